/**
 * Compiles `test` blocks: the ticket (its attributes, add-ons and zone included), its
 * events with what they change, and the expectations, with instants in UTC.
 */
import type * as Ast from "../ast/nodes.js";
import type { PolicyTest, Ticket, TicketEvent } from "../contract/bundle.js";
import { METRIC_STATUSES, type MetricStatus, UNKNOWN } from "../contract/vocabulary.js";
import { instantToUtc } from "../civil/text.js";
import { lineColumn, type Symbols, valueOf } from "../semantics/index.js";

function isMetricStatus(word: string): word is MetricStatus {
  return (METRIC_STATUSES as readonly string[]).includes(word);
}

function utc(instant: Ast.InstantLiteral): string {
  // The parser reports bad instants (SLA1009); the text as written only reaches a withheld bundle.
  return instantToUtc(instant.text) ?? instant.text;
}

/** An attribute's value as the attribute has it: a value it reads another way (`JA` for `ja`) is given as its own. */
function attributeValue(symbols: Symbols, item: Ast.TestAttribute): string {
  const attribute = symbols.attributes.get(item.attribute.value);
  return (attribute && valueOf(attribute, item.value.value)) ?? item.value.value;
}

/** A test event: `severity` and `attributes` only when it gives them (the first of each counts). */
function eventOf(item: Ast.TestEvent, symbols: Symbols): TicketEvent {
  let severity: string | undefined;
  const attributes: Record<string, string> = {};
  for (const change of item.changes) {
    if (change.kind === "TestDimension") severity ??= change.value.value;
    else attributes[change.attribute.value] ??= attributeValue(symbols, change);
  }
  const event: { -readonly [K in keyof TicketEvent]: TicketEvent[K] } = { type: item.event.value, at: utc(item.at) };
  if (severity !== undefined) event.severity = severity;
  if (Object.keys(attributes).length > 0) event.attributes = attributes;
  return event;
}

/** The bundle form of one test: one pass over its items (the first of each kind counts). */
function compileTest(test: Ast.Test, symbols: Symbols): PolicyTest {
  let openedAt = "";
  let now: string | null = null;
  let tier: string | undefined;
  let severity: string | undefined;
  let channel: string | undefined;
  let zone: string | undefined;
  let addons: string[] | undefined;
  let expectSeverity: string | null = null;
  let expectRejected = false;
  const attributes: Record<string, string> = {};
  let seenOpened = false;
  let seenNow = false;
  const events: TicketEvent[] = [];
  const expect: PolicyTest["expect"][number][] = [];
  for (const item of test.items) {
    switch (item.kind) {
      case "TestOpened":
        if (!seenOpened) openedAt = utc(item.at);
        seenOpened = true;
        break;
      case "TestNow":
        if (!seenNow) now = utc(item.at);
        seenNow = true;
        break;
      case "TestDimension":
        if (item.dimension === "tier") tier ??= item.value.value;
        else if (item.dimension === "severity") severity ??= item.value.value;
        else if (item.dimension === "channel") channel ??= item.value.value;
        break;
      case "TestZone":
        zone ??= item.zone.value;
        break;
      case "TestAttribute":
        attributes[item.attribute.value] ??= attributeValue(symbols, item);
        break;
      case "TestAddons":
        addons ??= [...new Set(item.tiers.map((tier) => tier.value))];
        break;
      case "TestExpectSeverity":
        expectSeverity ??= item.severity.value;
        break;
      case "TestExpectRejected":
        expectRejected = true;
        break;
      case "TestEvent":
        events.push(eventOf(item, symbols));
        break;
      case "TestExpect": {
        const status = item.status && isMetricStatus(item.status.value) ? item.status.value : null;
        expect.push({
          metric: item.metric.value,
          due: item.due ? utc(item.due) : item.unknown ? UNKNOWN : null,
          status,
          cycle: item.cycle?.value ?? null,
          missed: item.missed?.value ?? null,
        });
        break;
      }
    }
  }
  // Keys in the schema's order; a dimension the test leaves out is absent.
  const ticket: { -readonly [K in keyof Ticket]: Ticket[K] } = { openedAt };
  if (tier !== undefined) ticket.tier = tier;
  if (severity !== undefined) ticket.severity = severity;
  if (channel !== undefined) ticket.channel = channel;
  if (Object.keys(attributes).length > 0) ticket.attributes = attributes;
  if (addons !== undefined) ticket.addons = addons;
  if (zone !== undefined) ticket.zone = zone;
  ticket.events = events;
  return { name: test.name.value, at: lineColumn(test.range), ticket: ticket as Ticket, now, expect, expectSeverity, expectRejected };
}

/** The bundle form of a policy's tests, in source order. */
export function compileTests(tests: readonly Ast.Test[], symbols: Symbols): PolicyTest[] {
  return tests.map((test) => compileTest(test, symbols));
}
