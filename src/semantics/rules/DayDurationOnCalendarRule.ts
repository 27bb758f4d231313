import type { AmountDuration, Calendar } from "../../ast/nodes.js";
import { statedTarget } from "../../contract/targets.js";
import { ALWAYS } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { hasOpenWindows } from "../symbols.js";
import { formatHours } from "../values.js";
import { WEEK, calendarWindows } from "../windows.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** Whether a calendar is open every minute of the week, where a day of open time is a day. */
function openAllWeek(calendar: Calendar): boolean {
  return calendarWindows(calendar).reduce((sum, w) => sum + (w.end - w.start), 0) >= WEEK;
}

/**
 * Day durations on calendars
 *
 * A deadline is valid (without warnings) only if a duration written with days (`1d`,
 * `2d4h`) runs on `24x7`: on a calendar a `d` is 24 hours of open time, three business
 * days of a 9-to-5 calendar, which is rarely what was meant (`N business days` and
 * `N calendar days` say what is). `24h` written out is taken as meant, and so is a
 * calendar open around the clock all week.
 */
export function DayDurationOnCalendarRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      const calendars = context.symbols.calendars;
      const reported = new Set<AmountDuration>();
      for (const row of context.resolutionOf(policy).rows) {
        const { rule } = row;
        const target = statedTarget(row.target);
        if (!target || !rule || rule.value.kind !== "DeadlineValue") continue;
        const deadlines = [[rule.value.inside, target.deadline.calendar] as const];
        if (rule.value.otherwise && target.otherwise) deadlines.push([rule.value.otherwise, target.otherwise.calendar] as const);
        // A coverage's fallback counts the same deadline on another calendar.
        else if (target.otherwise) deadlines.push([rule.value.inside, target.otherwise.calendar] as const);
        for (const [spec, id] of deadlines) {
          const amount = spec.amount;
          if (amount.kind !== "AmountDuration" || reported.has(amount) || id === ALWAYS) continue;
          const days = /^(\d+)d/.exec(amount.duration.text);
          // A calendar with no `open` window at all is OpenCalendarRule's error, or has unknown hours.
          const calendar = calendars.get(id);
          if (!days || amount.duration.minutes <= 0 || !calendar || !hasOpenWindows(calendar) || openAllWeek(calendar)) continue;
          reported.add(amount);
          const n = Number(days[1]);
          const hours = formatHours(amount.duration.minutes);
          const oneDay = amount.duration.text === "1d";
          context.report(
            SemanticCodes.DayDurationOnCalendar,
            `\`${amount.duration.text}\` on calendar \`${id}\` counts \`${hours}\` of open time, not ${oneDay ? "a calendar day" : "calendar days"}`,
            amount.range,
            {
              hint: `for business days write \`${n} business ${n === 1 ? "day" : "days"}\`, for calendar days \`${n} calendar ${n === 1 ? "day" : "days"}\`, or write \`${hours}\` if hours of open time are meant`,
            },
          );
        }
      }
    },
  };
}
