import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Positive amounts
 *
 * A deadline is valid only if it allows more than zero time, and `N business days` and
 * `N calendar days` only if N is a whole number from 1.
 */
export function PositiveAmountsRule(context: ValidationContext): RuleVisitor {
  return {
    AmountDuration: (node) => {
      const minutes = node.duration.minutes;
      if (Number.isInteger(minutes) && minutes > 0) return;
      context.report(SemanticCodes.InvalidAmount, `a deadline of \`${node.duration.text}\` allows no time`, node.range, {
        hint: "write a duration of at least `1m`, or `none` to promise nothing",
      });
    },
    AmountBusinessDays: (node) => {
      const days = node.days.value;
      if (Number.isInteger(days) && days >= 1) return;
      context.report(SemanticCodes.InvalidAmount, `\`${node.days.text}\` is not a whole number of business days from 1`, node.days.range, {
        hint: "for part of a day write hours on the calendar, such as `4h`",
      });
    },
    AmountCalendarDays: (node) => {
      const days = node.days.value;
      if (Number.isInteger(days) && days >= 1) return;
      context.report(SemanticCodes.InvalidAmount, `\`${node.days.text}\` is not a whole number of calendar days from 1`, node.days.range, {
        hint: "for part of a day write hours, such as `12h 24x7`",
      });
    },
  };
}
