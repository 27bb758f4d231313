import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Required zone
 *
 * A calendar is valid only if it names its time zone, since wall-clock hours mean nothing
 * without one.
 */
export function RequiredZoneRule(context: ValidationContext): RuleVisitor {
  return {
    Calendar: (node) => {
      if (node.items.some((item) => item.kind === "Zone")) return;
      context.report(SemanticCodes.MissingZone, `calendar \`${node.id.value}\` has no \`zone\``, node.id.range, {
        hint: "add a line such as `zone America/New_York`",
      });
    },
  };
}
