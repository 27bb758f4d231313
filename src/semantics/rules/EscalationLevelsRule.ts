import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Escalation levels
 *
 * An escalation level is valid only if its number is a whole number from 1.
 */
export function EscalationLevelsRule(context: ValidationContext): RuleVisitor {
  return {
    EscalationLevel: (node) => {
      const level = node.level.value;
      if (Number.isInteger(level) && level >= 1) return;
      context.report(SemanticCodes.InvalidEscalationLevel, `\`${node.level.text}\` is not an escalation level`, node.level.range, {
        hint: "levels are numbered 1, 2, 3, …",
      });
    },
  };
}
