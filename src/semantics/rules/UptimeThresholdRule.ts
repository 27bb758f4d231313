import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Downtime threshold range
 *
 * A downtime rule is valid only if its threshold lies between 0 % and 100 %.
 */
export function UptimeThresholdRule(context: ValidationContext): RuleVisitor {
  return {
    Downtime: (node) => {
      const value = node.threshold.value;
      if (value >= 0 && value <= 100) return;
      context.report(SemanticCodes.UptimeThresholdRange, `downtime threshold \`${node.threshold.text}\` is not between 0% and 100%`, node.threshold.range);
    },
  };
}
