import type { TargetRule } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeCombination, describeRule } from "../describe.js";
import type { ResolvedRow } from "../resolve.js";
import { isAddon } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Overlapping add-ons
 *
 * A policy's add-on tiers are valid (without a warning) only if no two of them set
 * different targets for the same severity, channel, attribute values and metric: a ticket
 * that carries both gets the target of the add-on first in tier order, which a reader of
 * either rule is likely to miss.
 */
export function OverlappingAddonsRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      const { tiers } = context.symbols;
      const addons = new Set([...tiers.values()].filter(isAddon).map((tier) => tier.id.value));
      if (addons.size < 2) return;
      // The first add-on row of each cell, in tier order (rows are sorted by tier).
      const first = new Map<string, ResolvedRow & { readonly rule: TargetRule }>();
      const reported = new Set<string>();
      for (const row of context.resolutionOf(policy).rows) {
        if (!addons.has(row.tier) || row.rule === null) continue;
        const cell = JSON.stringify([row.metric, row.severity, row.channel, row.attributes]);
        const winner = first.get(cell);
        if (winner === undefined) {
          first.set(cell, { ...row, rule: row.rule });
          continue;
        }
        if (winner.tier === row.tier || JSON.stringify(winner.target) === JSON.stringify(row.target)) continue;
        const pair = `${winner.rule.range.start.offset}:${row.rule.range.start.offset}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        const cellText = describeCombination({ ...row, tier: "*" });
        context.report(
          SemanticCodes.OverlappingAddons,
          `add-ons \`${winner.tier}\` and \`${row.tier}\` set different \`${row.metric}\` targets for ${cellText}; a ticket that carries both gets \`${winner.tier}\`'s \`${describeRule(winner.rule)}\`, not this \`${describeRule(row.rule)}\``,
          row.rule.range,
          {
            hint: `the add-on first in tier order wins, and \`${winner.tier}\` is declared first; give both the same target if that is not meant`,
            related: [{ message: `the rule of \`${winner.tier}\``, range: winner.rule.range }],
          },
        );
      }
    },
  };
}
