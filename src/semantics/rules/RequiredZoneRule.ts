import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { calendarZone } from "../zones.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Required zone
 *
 * A calendar is valid only if it says which zone its hours are in (a zone, `zone
 * customer`, or `zone unknown "<why>"`), since wall-clock hours mean nothing without one;
 * a calendar whose hours themselves are `unknown` may leave it out.
 */
export function RequiredZoneRule(context: ValidationContext): RuleVisitor {
  return {
    Calendar: (node) => {
      if (calendarZone(node).kind !== "missing" || node.items.some((item) => item.kind === "UnknownHours")) return;
      context.report(SemanticCodes.MissingZone, `calendar \`${node.id.value}\` has no \`zone\``, node.id.range, {
        hint: "add a line such as `zone America/New_York`, `zone customer` for the customer's zone, or `zone unknown \"…\"` when the source does not say",
      });
    },
  };
}
