import type { RuleVisitor } from "../../ast/visitor.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { headOf } from "../describe.js";

/**
 * Required credit items
 *
 * A response credit is valid only if it states how many `misses` earn it and the `credit`
 * it earns.
 */
export function RequiredCreditItemsRule(context: ValidationContext): RuleVisitor {
  return {
    ResponseCredit: (node) => {
      for (const [kind, word, example] of [
        ["Misses", "misses", "misses > 4 per fiscal_quarter"],
        ["CreditAmount", "credit", "credit 20%"],
      ] as const) {
        if (node.items.some((item) => item.kind === kind)) continue;
        context.report(SemanticCodes.MissingCreditItem, `the credit for \`${node.metric.value}\` has no \`${word}\``, headOf(node.range, "credit".length), {
          hint: `add a line such as \`${example}\``,
        });
      }
    },
  };
}
