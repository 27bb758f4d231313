import { DOWNTIME_MEASURE } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { alternatives, didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Downtime measure
 *
 * A downtime rule is valid only if it measures `error_rate`, the one measure the runtime
 * computes.
 */
export function DowntimeMeasureRule(context: ValidationContext): RuleVisitor {
  return {
    Downtime: (node) => {
      if (node.measure.value === DOWNTIME_MEASURE) return;
      context.report(SemanticCodes.UnknownDowntimeMeasure, `unknown downtime measure \`${node.measure.value}\``, node.measure.range, {
        hint: didYouMean(node.measure.value, [DOWNTIME_MEASURE]) ?? `write ${alternatives([DOWNTIME_MEASURE])}`,
      });
    },
  };
}
