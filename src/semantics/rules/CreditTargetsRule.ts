import type { RuleVisitor } from "../../ast/visitor.js";
import { statedTarget } from "../../contract/targets.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import { quotedList } from "../../diagnostics/wording.js";
import type { ValidationContext } from "../context.js";
import { firstOf } from "../symbols.js";

/**
 * Credit targets
 *
 * A response credit is valid only if its metric has a stated target for some ticket of the
 * tiers it covers: a metric without targets there is never missed, so the credit could
 * never be earned. (An unknown metric or tier is KnownNamesRule's.)
 */
export function CreditTargetsRule(context: ValidationContext): RuleVisitor {
  return {
    ResponseCredit: (node) => {
      const metric = node.metric.value;
      if (!context.symbols.metrics.has(metric)) return;
      const tiers = firstOf(node.items, "CommitmentTiers")?.tiers.map((t) => t.value);
      if (tiers?.some((t) => !context.symbols.tiers.has(t))) return;
      const rows = context.resolution.rows.filter((row) => row.metric === metric && (tiers === undefined || tiers.includes(row.tier)));
      if (rows.some((row) => statedTarget(row.target) !== null)) return;
      const where = tiers === undefined ? "" : ` for ${tiers.length === 1 ? "tier" : "tiers"} ${quotedList(tiers, "and")}`;
      context.report(SemanticCodes.CreditWithoutTargets, `\`${metric}\` has no target${where}, so it is never missed`, node.metric.range, {
        hint: `give \`${metric}\` a target, or credit a metric that has one`,
      });
    },
  };
}
