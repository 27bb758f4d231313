import { METRIC_STARTS, TICKET_EVENTS } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Unused event
 *
 * A declared event should be one a metric starts, repeats after or ends at: tickets may
 * carry any event, but one no metric counts from changes no answer, and no page says it.
 */
export function UnusedEventRule(context: ValidationContext): RuleVisitor {
  return {
    EventDecl: (node) => {
      const id = node.id.value;
      // A reserved id is SLA2080's.
      if ((TICKET_EVENTS as readonly string[]).includes(id) || (METRIC_STARTS as readonly string[]).includes(id) || context.symbols.metrics.has(id)) return;
      for (const metric of context.symbols.metrics.values()) {
        if (metric.starts === id || metric.repeats?.after === id || metric.repeats?.until === id) return;
      }
      context.report(SemanticCodes.UnusedEvent, `no metric starts, repeats or ends at event \`${id}\``, node.id.range, {
        hint: `count a metric from it (\`metric <id> { starts ${id} }\`), or remove the declaration`,
      });
    },
  };
}
