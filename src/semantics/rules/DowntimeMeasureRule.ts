import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../visitor.js";

/**
 * Downtime measure
 *
 * A downtime rule is valid only if it measures `error_rate`, the one measure the runtime
 * computes.
 */
export function DowntimeMeasureRule(context: ValidationContext): RuleVisitor {
  return {
    Downtime: (node) => {
      if (node.measure.value === "error_rate") return;
      context.report(SemanticCodes.UnknownDowntimeMeasure, `unknown downtime measure \`${node.measure.value}\``, node.measure.range, {
        hint: didYouMean(node.measure.value, ["error_rate"]) ?? "write `error_rate`",
      });
    },
  };
}
