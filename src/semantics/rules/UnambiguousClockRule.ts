import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Unambiguous clock
 *
 * A deadline `on <id>` is valid only if the id names a calendar or a team, not one of each.
 */
export function UnambiguousClockRule(context: ValidationContext): RuleVisitor {
  return {
    DeadlineSpec: (node) => {
      if (node.clock?.kind !== "ClockOn") return;
      const id = node.clock.target.value;
      const calendar = context.symbols.calendars.get(id);
      const team = context.symbols.teams.get(id);
      if (!calendar || !team) return;
      context.report(SemanticCodes.AmbiguousClock, `\`on ${id}\` could mean the calendar or the team \`${id}\``, node.clock.target.range, {
        hint: "rename the calendar or the team",
        related: [
          { message: "the calendar", range: calendar.id.range },
          { message: "the team", range: team.id.range },
        ],
      });
    },
  };
}
