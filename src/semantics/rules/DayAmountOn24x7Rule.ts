import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeCoverage, describeDeadline } from "../describe.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Day amounts on calendars
 *
 * A deadline is valid only if a day-based amount (`next business day`, `N business days`,
 * `N calendar days`) runs on a calendar: business days do not exist on `24x7`, and
 * calendar days need a zone to tell where a date ends, which `24x7` has not, whether it is
 * written or reached through a tier whose `hours` are `24x7` or a coverage (or its
 * fallback) on `24x7`.
 */
export function DayAmountOn24x7Rule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      for (const problem of context.resolutionOf(policy).clockProblems) {
        if (problem.kind !== "day-amount-on-24x7" || problem.node.kind !== "DeadlineSpec") continue;
        const spec = problem.node;
        const written = spec.clock?.kind === "Clock24x7";
        const calendarDays = spec.amount.kind === "AmountCalendarDays";
        const message = calendarDays
          ? `\`${describeDeadline(spec)}\` counts calendar days on \`24x7\`, which has no zone`
          : `\`${describeDeadline(spec)}\` counts business days on \`24x7\``;
        const fix = calendarDays
          ? "calendar days need a zone: run the deadline on a calendar with `on <calendar>`, or use a duration such as `48h`"
          : "use a duration such as `24h` on `24x7`, or run the deadline on a calendar";
        const coverage = problem.coverage;
        context.report(SemanticCodes.DayAmountOn24x7, message, spec.range, {
          hint: written
            ? fix
            : coverage
              ? `the coverage \`${describeCoverage(coverage)}\` puts it on \`24x7\`; use a duration, or a calendar with \`on <calendar>\``
              : `the business clock of tier \`${problem.tier}\` is \`24x7\`; use a duration, or a calendar with \`on <calendar>\``,
          ...(coverage && { related: [{ message: "the coverage", range: coverage.range }] }),
        });
      }
    },
  };
}
