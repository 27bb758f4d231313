/**
 * Bundle invariants of declared events, repeating metrics and test events: every event a
 * metric starts or repeats at is one the bundle knows, a declared event's id means only
 * that event, and only a `reclassified` event carries a severity.
 */
import type { Bundle } from "../contract/bundle.js";
import { METRIC_STARTS, RECLASSIFIED, TICKET_EVENTS } from "../contract/vocabulary.js";

/** The events every ticket has without a declaration: the ticket events and its opening. */
const BUILTIN_EVENTS: ReadonlySet<string> = new Set<string>([...TICKET_EVENTS, ...METRIC_STARTS]);

/** What is wrong with a bundle's declared events, its metrics' starts and repeats, and its tests' events. */
export function eventInconsistencies(bundle: Bundle): string[] {
  const problems: string[] = [];
  const metrics = new Set(bundle.metrics.map((m) => m.id));
  const events = new Set<string>();
  for (const event of bundle.events) {
    const where = `event \`${event.id}\``;
    if (events.has(event.id)) problems.push(`${where} is declared twice`);
    if (BUILTIN_EVENTS.has(event.id)) problems.push(`${where} has the id of a built-in event`);
    if (metrics.has(event.id)) problems.push(`${where} has the id of a metric`);
    events.add(event.id);
  }
  const isEvent = (id: string) => (TICKET_EVENTS as readonly string[]).includes(id) || events.has(id) || metrics.has(id);
  for (const metric of bundle.metrics) {
    const where = `metric \`${metric.id}\``;
    if (!(METRIC_STARTS as readonly string[]).includes(metric.starts) && !events.has(metric.starts)) {
      problems.push(`${where} starts at unknown event \`${metric.starts}\``);
    }
    if (metric.repeats === null) continue;
    if (metric.builtin) problems.push(`${where} is built in, and repeats`);
    for (const id of new Set([metric.repeats.after, metric.repeats.until])) if (!isEvent(id)) problems.push(`${where} repeats at unknown event \`${id}\``);
    if (metric.repeats.after === metric.repeats.until) problems.push(`${where} repeats after and until the same event \`${metric.repeats.until}\``);
  }
  for (const test of bundle.tests) {
    (test.ticket.events ?? []).forEach((event, i) => {
      if (event.severity !== undefined && event.type !== RECLASSIFIED) {
        problems.push(`test \`${test.name}\` event ${i + 1} (\`${event.type}\`) carries a severity, which only a \`${RECLASSIFIED}\` event may`);
      }
    });
    for (const expected of test.expect) {
      const metric = bundle.metrics.find((m) => m.id === expected.metric);
      if ((expected.cycle !== null || expected.missed !== null) && metric !== undefined && metric.repeats === null) {
        problems.push(`test \`${test.name}\` expects cycles of metric \`${metric.id}\`, which does not repeat`);
      }
    }
  }
  return problems;
}
