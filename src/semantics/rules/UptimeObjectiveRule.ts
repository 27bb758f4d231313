import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Uptime objective range
 *
 * An uptime objective is valid only if it is above 0 % and at most 100 %.
 */
export function UptimeObjectiveRule(context: ValidationContext): RuleVisitor {
  return {
    Objective: (node) => {
      const value = node.percent.value;
      if (value > 0 && value <= 100) return;
      context.report(SemanticCodes.UptimeObjectiveRange, `uptime objective \`${node.percent.text}\` is not above 0% and at most 100%`, node.percent.range);
    },
  };
}
