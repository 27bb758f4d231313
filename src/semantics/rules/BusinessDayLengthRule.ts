import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Business day length
 *
 * A calendar's `business_day` is valid only if it is a whole number of minutes above zero
 * and at most 24h.
 */
export function BusinessDayLengthRule(context: ValidationContext): RuleVisitor {
  return {
    BusinessDay: (node) => {
      const minutes = node.length.minutes;
      if (Number.isInteger(minutes) && minutes > 0 && minutes <= 1440) return;
      context.report(SemanticCodes.InvalidBusinessDay, `a business day of \`${node.length.text}\` is not above zero and at most 24h`, node.length.range);
    },
  };
}
