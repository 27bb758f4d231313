import { TICKET_EVENTS } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Known event types
 *
 * A test event is valid only if it is `paused`, `resumed`, `escalated`, `customer_reply`,
 * `resolved`, `reclassified`, an event the policy declares, or the id of a metric
 * (meaning that metric was met then).
 */
export function KnownEventTypesRule(context: ValidationContext): RuleVisitor {
  return {
    TestEvent: (node) => {
      const type = node.event.value;
      const { events, metrics } = context.symbols;
      if ((TICKET_EVENTS as readonly string[]).includes(type) || events.has(type) || metrics.has(type)) return;
      context.report(SemanticCodes.UnknownEventType, `unknown event \`${type}\``, node.event.range, {
        hint:
          didYouMean(type, [...TICKET_EVENTS, ...events.keys(), ...metrics.keys()]) ??
          `write ${TICKET_EVENTS.map((event) => `\`${event}\``).join(", ")}, a declared event or a metric id`,
      });
    },
  };
}
