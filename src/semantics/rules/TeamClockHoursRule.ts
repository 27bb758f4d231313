import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Team clock hours
 *
 * A deadline `on <team>` is valid only if that team has `hours`, since the deadline runs
 * on them.
 */
export function TeamClockHoursRule(context: ValidationContext): RuleVisitor {
  return {
    DeadlineSpec: (node) => {
      if (node.clock?.kind !== "ClockOn") return;
      const id = node.clock.target.value;
      const team = context.symbols.teams.get(id);
      if (!team || context.symbols.calendars.has(id)) return;
      if (team.items.some((item) => item.kind === "HoursRef")) return;
      context.report(SemanticCodes.TeamWithoutHours, `team \`${id}\` has no \`hours\` for this deadline to run on`, node.clock.target.range, {
        hint: "add `hours <calendar>` or `hours 24x7` to the team",
        related: [{ message: "the team", range: team.id.range }],
      });
    },
  };
}
