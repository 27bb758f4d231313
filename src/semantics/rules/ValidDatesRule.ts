import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { MONTH_WORDS, daysInMonth, formatDate, isValidDate, monthNumber } from "../values.js";
import type { RuleVisitor } from "../visitor.js";

/**
 * Valid dates
 *
 * A date is valid only if it exists (`2026-02-30` does not), a date range does not end
 * before it starts, and a yearly date names a day its month has (`feb 29` is allowed).
 */
export function ValidDatesRule(context: ValidationContext): RuleVisitor {
  return {
    Date: (node) => {
      if (isValidDate(node.year, node.month, node.day)) return;
      const hint =
        node.month >= 1 && node.month <= 12 && node.year >= 1
          ? `${MONTH_WORDS[node.month - 1]} ${node.year} has ${daysInMonth(node.year, node.month)} days`
          : "write a date as `YYYY-MM-DD`";
      context.report(SemanticCodes.InvalidDate, `\`${formatDate(node)}\` is not a date`, node.range, { hint });
    },
    ClosedDate: (node) => {
      const to = node.to;
      if (!to || !isValidDate(node.from.year, node.from.month, node.from.day) || !isValidDate(to.year, to.month, to.day)) return;
      if (formatDate(to) >= formatDate(node.from)) return;
      context.report(
        SemanticCodes.InvalidDate,
        `the range \`${formatDate(node.from)} to ${formatDate(to)}\` ends before it starts`,
        node.range,
      );
    },
    ClosedYearly: (node) => {
      const month = monthNumber(node.month.value);
      if (month === undefined) return; // KnownCalendarWordsRule reports it
      const day = node.day.value;
      // 2000 is a leap year, so feb 29 passes: it is closed in the years that have one.
      if (Number.isInteger(day) && day >= 1 && day <= daysInMonth(2000, month)) return;
      context.report(SemanticCodes.InvalidDate, `\`${node.month.value} ${node.day.text}\` is not a day of the year`, node.day.range, {
        hint: `${node.month.value} has ${daysInMonth(2000, month)} days`,
      });
    },
  };
}
