import { RECLASSIFIED, TICKET_EVENTS } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Event changes
 *
 * A test event is valid only if it gives a new `severity` only when it is `reclassified`,
 * and a `reclassified` event gives a new severity or at least one attribute value: a
 * reclassification that changes nothing is a slip.
 */
export function EventChangesRule(context: ValidationContext): RuleVisitor {
  const knownType = (type: string): boolean =>
    (TICKET_EVENTS as readonly string[]).includes(type) ||
    context.symbols.events.has(type) ||
    context.symbols.metrics.has(type);
  return {
    TestEvent: (node) => {
      const type = node.event.value;
      if (type === RECLASSIFIED) {
        if (node.changes.length > 0) return;
        context.report(SemanticCodes.EmptyReclassification, "this `reclassified` event changes nothing", node.event.range, {
          hint: `give the new severity after its instant: \`event ${RECLASSIFIED} ${node.at.text} severity <id>\``,
        });
        return;
      }
      // An unknown type is reported as such (KnownEventTypesRule): it may be a misspelt `reclassified`.
      if (!knownType(type)) return;
      for (const change of node.changes) {
        if (change.kind !== "TestDimension") continue;
        context.report(SemanticCodes.SeverityOnEvent, `only a \`${RECLASSIFIED}\` event changes the ticket's severity, not \`${type}\``, change.range, {
          hint: `write \`event ${RECLASSIFIED} ${node.at.text} ${change.dimension} ${change.value.value}\`; the ticket's own severity goes on a line of its own`,
        });
      }
    },
  };
}
