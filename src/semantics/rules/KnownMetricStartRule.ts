import { METRIC_STARTS } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { alternatives, didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Known metric start
 *
 * A declared metric is valid only if it `starts` at `opened`, `escalated`,
 * `customer_reply` or an event the policy declares.
 */
export function KnownMetricStartRule(context: ValidationContext): RuleVisitor {
  return {
    MetricStarts: (node) => {
      const starts = node.event;
      const events = context.symbols.events;
      if ((METRIC_STARTS as readonly string[]).includes(starts.value) || events.has(starts.value)) return;
      context.report(SemanticCodes.UnknownMetricStart, `a metric cannot start at \`${starts.value}\``, starts.range, {
        hint:
          didYouMean(starts.value, [...METRIC_STARTS, ...events.keys()]) ??
          `write ${alternatives(METRIC_STARTS)}, or declare the event: \`event ${starts.value}\``,
      });
    },
  };
}
