import type { RuleVisitor } from "../../ast/visitor.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";

/**
 * Response credit range
 *
 * A response credit is valid only if it counts a whole number of misses, is earned only
 * once at least one target is missed (`misses >= 0` would pay for a perfect quarter), and
 * credits above 0 % and at most 100 % of the period's fee.
 */
export function ResponseCreditRangeRule(context: ValidationContext): RuleVisitor {
  return {
    Misses: (node) => {
      const count = node.count.value;
      if (!Number.isInteger(count)) {
        context.report(SemanticCodes.InvalidResponseCredit, `\`${node.count.text}\` is not a whole number of misses`, node.count.range);
      } else if (node.operator === ">=" && count === 0) {
        context.report(SemanticCodes.InvalidResponseCredit, "`misses >= 0` earns the credit in a period without a single miss", node.count.range, {
          hint: "write `misses > 0` for a credit on the first miss",
        });
      }
    },
    CreditAmount: (node) => {
      const value = node.percent.value;
      if (value > 0 && value <= 100) return;
      context.report(SemanticCodes.InvalidResponseCredit, `credit \`${node.percent.text}\` is not above 0% and at most 100%`, node.percent.range);
    },
  };
}
