import type { NumberLiteral } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Cycle expectations
 *
 * An `expect` is valid only if it names a `cycle` or a number of cycles `missed` of a
 * metric that `repeats`, its cycle is a whole number from 1 and its number missed a whole
 * number from 0, and it does not give both: `missed` counts the cycles of the whole ticket.
 */
export function CycleExpectationsRule(context: ValidationContext): RuleVisitor {
  const whole = (n: NumberLiteral, from: number): boolean => Number.isInteger(n.value) && n.value >= from;
  return {
    TestExpect: (node) => {
      const { cycle, missed } = node;
      if (cycle === undefined && missed === undefined) return;
      const metric = context.symbols.metrics.get(node.metric.value);
      // An unknown metric is reported as such (KnownNamesRule).
      if (metric !== undefined && metric.repeats === null) {
        const part = cycle ?? missed!;
        const what = cycle !== undefined ? `cycle ${cycle.text}` : "cycles to miss";
        context.report(SemanticCodes.CyclesOfSingleMetric, `metric \`${metric.id}\` does not repeat, so it has no ${what}`, part.range, {
          hint: metric.builtin
            ? `a built-in metric has one due per ticket; expect its due without \`${cycle !== undefined ? "cycle" : "missed"}\``
            : `add \`repeats\` to the block of metric \`${metric.id}\`, or expect its one due without \`${cycle !== undefined ? "cycle" : "missed"}\``,
          ...(metric.decl && { related: [{ message: "the metric", range: metric.decl.id.range }] }),
        });
        return;
      }
      if (cycle !== undefined && !whole(cycle, 1)) {
        context.report(SemanticCodes.InvalidCycleExpectation, `\`${cycle.text}\` is not a cycle number`, cycle.range, {
          hint: "cycles are counted in whole numbers from 1, the cycle that starts at the metric's `starts` event",
        });
      }
      if (missed !== undefined && !whole(missed, 0)) {
        context.report(SemanticCodes.InvalidCycleExpectation, `\`${missed.text}\` is not a number of cycles`, missed.range, {
          hint: "write a whole number such as `0` or `2`",
        });
      } else if (missed !== undefined && cycle !== undefined) {
        context.report(SemanticCodes.InvalidCycleExpectation, "`missed` counts the cycles of the whole ticket, not of one cycle", missed.range, {
          hint: `expect it on a line without \`cycle\`: \`expect ${node.metric.value} <due> missed ${missed.text}\``,
        });
      }
    },
  };
}
