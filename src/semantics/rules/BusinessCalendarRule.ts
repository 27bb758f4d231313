import { ANY } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeDeadline } from "../describe.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Business calendar in effect
 *
 * A deadline on the business clock (no clock, or `business`), and an `otherwise` whose
 * first deadline runs on `24x7`, is valid only if a business calendar is in effect: the
 * tier's `hours`, else the policy's `business_hours`, else its only calendar.
 */
export function BusinessCalendarRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      const calendars = context.symbols.calendars.size;
      for (const problem of context.resolutionOf(policy).clockProblems) {
        if (problem.kind !== "no-business-calendar") continue;
        const who = problem.tier === ANY ? "the policy" : `tier \`${problem.tier}\``;
        const message =
          problem.node.kind === "DeadlineSpec"
            ? `\`${describeDeadline(problem.node)}\` runs on the business calendar, and ${who} has none`
            : `\`otherwise\` needs a business calendar to tell inside from outside hours, and ${who} has none`;
        const hint =
          calendars === 0
            ? "declare a calendar, or put the deadline on `24x7`"
            : calendars > 1
              ? "the policy has several calendars: name one with `business_hours <calendar>`, or give the tier `hours`"
              : "give the tier `hours`";
        context.report(SemanticCodes.NoBusinessCalendar, message, problem.node.range, { hint });
      }
    },
  };
}
