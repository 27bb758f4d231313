import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { HOLIDAY_YEAR_LIMITS, calendarHolidays } from "../holiday-sets.js";
import { firstOf } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Holiday years
 *
 * A holiday set's `years` are valid only if they run forward, between 1900 and 2199, over
 * at most 100 years; and the holiday sets of one calendar only if they share a year, since
 * the calendar knows its closed dates (its horizon) only in the years all its sets cover.
 */
export function HolidayYearsRule(context: ValidationContext): RuleVisitor {
  const { earliest, latest, span } = HOLIDAY_YEAR_LIMITS;
  return {
    HolidayYears: (node) => {
      const [from, to] = [node.from.value, node.to.value];
      const whole = Number.isInteger(from) && Number.isInteger(to);
      const problem = !whole
        ? "are not whole years"
        : from > to
          ? "end before they start"
          : from < earliest || to > latest
            ? `are not between ${earliest} and ${latest}`
            : to - from >= span
              ? `cover more than ${span} years`
              : undefined;
      if (problem === undefined) return;
      context.report(SemanticCodes.InvalidHolidayYears, `the years \`${node.from.text} to ${node.to.text}\` ${problem}`, node.range, {
        hint: `a holiday set covers whole years from ${earliest} to ${latest}, at most ${span} of them, such as \`years 2024 to 2035\``,
      });
    },
    Calendar: (calendar) => {
      if (!calendar.items.some((item) => item.kind === "Holidays")) return;
      const disjoint = calendarHolidays(calendar).disjoint;
      if (disjoint === undefined) return;
      const [first, second] = disjoint;
      const years = (set: typeof first) => `${set.years!.from}–${set.years!.to}`;
      const range = firstOf(second.node.items, "HolidayYears")?.range ?? second.node.range;
      context.report(
        SemanticCodes.DisjointHolidayYears,
        `\`holidays ${second.node.region.value}\` covers ${years(second)} and \`holidays ${first.node.region.value}\` ${years(first)}: no year has both`,
        range,
        {
          hint: "the calendar knows its closed dates only in the years all its holiday sets cover; give them common `years`",
          related: [{ message: "the other holiday set", range: first.node.range }],
        },
      );
    },
  };
}
