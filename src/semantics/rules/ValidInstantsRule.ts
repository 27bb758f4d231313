import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { instantToUtc } from "../values.js";
import type { RuleVisitor } from "../visitor.js";

/**
 * Valid instants
 *
 * An instant is valid only if it is a real moment: an existing date, a time of day, and
 * `Z` or an offset of at most 23:59.
 */
export function ValidInstantsRule(context: ValidationContext): RuleVisitor {
  return {
    Instant: (node) => {
      if (instantToUtc(node.text) !== undefined) return;
      context.report(SemanticCodes.InvalidInstant, `\`${node.text}\` is not a valid instant`, node.range, {
        hint: "write an instant such as `2026-03-27T20:00Z` or `2026-03-27T22:00:00+02:00`",
      });
    },
  };
}
