import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** The largest amount of each unit, as the bundle schema's `maximum`s state them too (a test keeps them equal). */
export const AMOUNT_LIMITS = { minutes: 525_600, business_days: 1_000, calendar_days: 3_650 } as const;
const MAX_AMOUNT = AMOUNT_LIMITS;

/**
 * Amount limits
 *
 * A deadline is valid only if its amount is at most a year of minutes (525,600 minutes,
 * 8,760 hours), 1,000 business days or 3,650 calendar days: a larger one is a slip, and the
 * bound keeps every due within the years the runtime computes.
 */
export function AmountLimitsRule(context: ValidationContext): RuleVisitor {
  return {
    AmountDuration: (node) => {
      if (!(node.duration.minutes > MAX_AMOUNT.minutes)) return;
      context.report(SemanticCodes.AmountTooLarge, `a deadline of \`${node.duration.text}\` is longer than a year`, node.range, {
        hint: `write at most \`${MAX_AMOUNT.minutes}m\` (\`8760h\`), or \`none\` to promise nothing`,
      });
    },
    AmountBusinessDays: (node) => {
      if (!(node.days.value > MAX_AMOUNT.business_days)) return;
      context.report(SemanticCodes.AmountTooLarge, `\`${node.days.text} business days\` is more than ${MAX_AMOUNT.business_days.toLocaleString("en")} business days`, node.days.range, {
        hint: `write at most \`${MAX_AMOUNT.business_days} business days\``,
      });
    },
    AmountCalendarDays: (node) => {
      if (!(node.days.value > MAX_AMOUNT.calendar_days)) return;
      context.report(SemanticCodes.AmountTooLarge, `\`${node.days.text} calendar days\` is more than ${MAX_AMOUNT.calendar_days.toLocaleString("en")} calendar days`, node.days.range, {
        hint: `write at most \`${MAX_AMOUNT.calendar_days} calendar days\` (ten years)`,
      });
    },
  };
}
