import type { Name, NumberLiteral } from "../../ast/nodes.js";
import { daysInMonth } from "../../civil/days.js";
import { formatDate } from "../../civil/text.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { monthNumber } from "../values.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Valid date ranges and yearly dates
 *
 * A closed date range is valid only if it does not end before it starts, and a yearly date
 * (each end of a yearly range too) only if it names a day its month has (`feb 29` is
 * allowed). That a written date exists is the parser's to say (SLA1008).
 */
export function ValidDatesRule(context: ValidationContext): RuleVisitor {
  const checkDay = (monthWord: Name, dayNumber: NumberLiteral): void => {
    const month = monthNumber(monthWord.value);
    if (month === undefined) return; // KnownCalendarWordsRule reports it
    const day = dayNumber.value;
    // 2000 is a leap year, so feb 29 passes: it is closed in the years that have one.
    if (Number.isInteger(day) && day >= 1 && day <= daysInMonth(2000, month)) return;
    context.report(SemanticCodes.InvalidDate, `\`${monthWord.value} ${dayNumber.text}\` is not a day of the year`, dayNumber.range, {
      hint: `${monthWord.value} has ${daysInMonth(2000, month)} days`,
    });
  };
  return {
    ClosedDate: (node) => {
      const to = node.to;
      if (!to || formatDate(to) >= formatDate(node.from)) return;
      context.report(
        SemanticCodes.InvalidDate,
        `the range \`${formatDate(node.from)} to ${formatDate(to)}\` ends before it starts`,
        node.range,
      );
    },
    ClosedYearly: (node) => checkDay(node.month, node.day),
    ClosedYearlyRange: (node) => {
      checkDay(node.fromMonth, node.fromDay);
      checkDay(node.toMonth, node.toDay);
    },
  };
}
