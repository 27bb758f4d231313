import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { weekdayNumber } from "../values.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** The farthest a yearly date may move, in days. */
const MAX_SHIFT = 366;

/**
 * Valid date moves
 *
 * A yearly date's shift (`easter -2d`, `+1d`) is valid only if it is a whole number of days
 * within a year; its `observed` days only if each weekday is moved once, and to another
 * weekday.
 */
export function ValidDateMovesRule(context: ValidationContext): RuleVisitor {
  return {
    DateShift: (node) => {
      const minutes = node.days.minutes;
      const written = `${node.sign > 0 ? "+" : "-"}${node.days.text}`;
      if (minutes % 1440 !== 0) {
        context.report(SemanticCodes.InvalidDateMove, `\`${written}\` moves a date by part of a day`, node.range, {
          hint: "a date moves by whole days, as in `+1d` or `-2d`",
        });
      } else if (minutes / 1440 > MAX_SHIFT) {
        context.report(SemanticCodes.InvalidDateMove, `\`${written}\` moves a date by more than a year`, node.range, {
          hint: `a date moves by at most ${MAX_SHIFT} days`,
        });
      }
    },
    Observed: (node) => {
      const seen = new Map<number, string>();
      for (const day of node.days) {
        const from = weekdayNumber(day.from.value);
        const to = weekdayNumber(day.to.value);
        if (from === undefined || to === undefined) continue; // KnownCalendarWordsRule reports it
        if (from === to) {
          context.report(SemanticCodes.InvalidDateMove, `\`${day.from.value} to ${day.to.value}\` moves a date to its own weekday`, day.range, {
            hint: "an observed day is another weekday, as in `sat to fri` or `sun to mon`",
          });
        } else if (seen.has(from)) {
          context.report(SemanticCodes.InvalidDateMove, `\`${day.from.value}\` is observed twice`, day.range, {
            hint: `it is already observed on \`${seen.get(from)}\`; keep one`,
          });
        } else seen.set(from, day.to.value);
      }
    },
  };
}
