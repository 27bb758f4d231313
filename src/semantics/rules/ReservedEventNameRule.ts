import { METRIC_STARTS, TICKET_EVENTS } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** The event types every ticket has without a declaration: the ticket events and its opening. */
const BUILTIN_EVENTS: ReadonlySet<string> = new Set<string>([...TICKET_EVENTS, ...METRIC_STARTS]);

/**
 * Reserved event name
 *
 * A declared event is valid only if its id is not a built-in event (`paused`, `resumed`,
 * `escalated`, `customer_reply`, `resolved`, `reclassified`), `opened`, or the id of a
 * metric, built in or declared: a test event of that type, or a metric that starts or
 * repeats at it, would mean two things.
 */
export function ReservedEventNameRule(context: ValidationContext): RuleVisitor {
  return {
    EventDecl: (node) => {
      const id = node.id.value;
      if (BUILTIN_EVENTS.has(id)) {
        context.report(SemanticCodes.ReservedEventName, `event \`${id}\` is built in`, node.id.range, {
          hint: `every ticket may have \`${id}\` without a declaration; give the declared event another id`,
        });
        return;
      }
      const metric = context.symbols.metrics.get(id);
      if (metric === undefined) return;
      context.report(SemanticCodes.ReservedEventName, `event \`${id}\` has the id of a metric`, node.id.range, {
        hint: `an event \`${id}\` in a test means the metric was met then; give the declared event another id`,
        ...(metric.decl && { related: [{ message: "the metric", range: metric.decl.id.range }] }),
      });
    },
  };
}
