/**
 * A ticket as input, checked against a bundle: its dimensions and attributes as ids, its
 * add-ons, the eligibility rules' verdict and the target rows it gets, its instants as ms,
 * its events sorted.
 */
import type { TargetRow, Ticket } from "../../contract/bundle.js";
import { ANY, RECLASSIFIED } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { quotedList } from "../../diagnostics/wording.js";
import type { BundleIndex } from "./bundle-index.js";
import { zoneNamed } from "../clock/zone.js";
import type { Reclassification } from "./eligibility.js";
import { runtimeError, RuntimeFailure } from "../errors.js";
import { languageName, type Named, type NameTable } from "./names.js";
import { END_INSTANT_MS, FIRST_INSTANT_MS, formatInstant, inAcceptedRange, parseInstant } from "../instants.js";
import { nearestEventType } from "./event-types.js";
import { type Combination, select } from "./selection.js";
import { changesOf, type EventChange, type RowChange } from "./changes.js";

/** A ticket as `deadlines` reads it: the bundle's ticket, optionally carrying its own `now`. */
export type TicketInput = Ticket & {
  /** The instant statuses are judged at (ISO instant), when the options give none. */
  readonly now?: string;
};

/** An event with its instant parsed. */
export interface ParsedEvent {
  readonly type: string;
  readonly at: number;
}

/**
 * A ticket checked against a policy: its dimensions as ids, the rows it gets, its instants as ms.
 * A dimension the ticket left out holds the first value (in declaration order) of those that
 * give the same answers, so its rows are the ticket's rows whichever value it has.
 */
export interface ResolvedTicket {
  /** The ticket's `id` as given (echoed even when it is not a string), or null. */
  readonly id: string | null;
  /** A base tier id, or `*`. */
  readonly tier: string;
  /** The severity whose targets apply (a severity id, never an alias or title, or `*`): after the channel's fixed or default severity and the eligibility rules. */
  readonly severity: string;
  readonly channel: string;
  /** One value id per declared attribute, in the bundle's order. */
  readonly attributes: readonly string[];
  /** Add-on ids, without repeats, in the bundle's tier order. */
  readonly addons: readonly string[];
  /** How the eligibility rules reclassified the ticket's severity; null when they did not. */
  readonly reclassified: Reclassification | null;
  /** Each metric's target row (bundle order), an add-on's where it wins; undefined where the table has none. */
  readonly rows: readonly (TargetRow | undefined)[];
  /** The customer's IANA zone (canonical), for calendars in the customer's zone; null when not given. */
  readonly zone: string | null;
  readonly openedAt: number;
  /** Sorted by instant (stable); events after `now` are dropped, as they have not happened yet. */
  readonly events: readonly ParsedEvent[];
  readonly now: number | null;
  /**
   * The ticket's rows after each event (up to `now`) that changed its severity or attributes,
   * in event order; null when none did. `severity`, `reclassified` and `rows` above are the
   * ticket's as opened, before any change.
   */
  readonly changes: readonly RowChange[] | null;
}

const NO_EVENTS: readonly unknown[] = [];
const NO_ADDONS: readonly string[] = [];
const NO_VALUES: readonly string[] = [];

/** The fields a ticket has of its own: an attribute with one of these ids is only ever read from `attributes`. */
const TICKET_FIELDS: ReadonlySet<string> = new Set(["id", "openedAt", "tier", "severity", "channel", "attributes", "addons", "zone", "events", "now"]);

type Code = (typeof RuntimeCodes)[keyof typeof RuntimeCodes];

function fail(info: Code, message: string, hint?: string): never {
  throw new RuntimeFailure(runtimeError(info, message, hint));
}

/** A field's string, or null when it is absent or JSON `null`. */
function text(value: unknown, what: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") fail(RuntimeCodes.BadField, `${what} must be a string`);
  return value;
}

function badInstant(value: string, what: string): never {
  fail(RuntimeCodes.BadInstant, `${what} \`${value}\` is not an ISO instant`, "write it like `2026-03-02T09:00Z` or `2026-03-02T10:00+01:00`");
}

function unknownZone(value: string): never {
  fail(RuntimeCodes.UnknownZone, `unknown time zone \`${value}\``, "give an IANA zone, such as `Europe/Paris` or `America/Los_Angeles`");
}

/** Refuses an instant outside the range the runtime accepts (SLA4020). */
function inRange(ms: number, what: string, written: string): number {
  if (inAcceptedRange(ms)) return ms;
  const range = `${formatInstant(FIRST_INSTANT_MS)} up to ${formatInstant(END_INSTANT_MS)}`;
  fail(RuntimeCodes.OutOfRange, `${what} \`${written}\` is outside the instants the runtime accepts, from ${range}`, "give the instant the ticket's system recorded; the runtime computes no earlier or later dates");
}

function instant(value: string, what: string): number {
  return inRange(parseInstant(value) ?? badInstant(value, what), what, value);
}

function known(ids: readonly { readonly id: string }[]): string {
  return ids.map((v) => `\`${v.id}\``).join(", ");
}

const PLURAL = { tier: "tiers", severity: "severities", channel: "channels" } as const;

/**
 * Why a name is not one value: unknown (with the values there are), or ambiguous (with those
 * it names); `where` ("event 3 (`reclassified`): ") says whose name it is when not the ticket's own.
 */
function unnamed(info: Code, what: string, name: string, named: Named | undefined, values: string, where = ""): never {
  if (named === undefined) fail(info, `${where}unknown ${what} \`${name}\``, values);
  fail(info, `${where}${what} \`${name}\` is ambiguous: it names ${quotedList(named as readonly string[], "and")}`, `give the id of the one you mean`);
}

/**
 * The id a ticket's name for a dimension value stands for: `*` when the policy does not
 * declare the dimension (whatever the ticket says), null when the ticket leaves it out.
 */
function dimension(
  given: unknown,
  field: "tier" | "severity" | "channel",
  names: NameTable,
  declared: readonly { readonly id: string }[],
  unknown: Code,
): string | null {
  if (declared.length === 0) return ANY;
  if (typeof given === "string") {
    const named = names.get(given);
    if (typeof named === "string") return named;
  }
  // Left out, or not a name of exactly one value: the slow path says which.
  const name = text(given, `\`${field}\``);
  if (name === null) return null;
  const named = names.get(name);
  if (typeof named !== "string") unnamed(unknown, field, name, named, `the policy's ${PLURAL[field]} are ${known(declared)}`);
  return named;
}

/** The add-ons a ticket carries: ids of add-on tiers, without repeats, in the bundle's tier order. */
function addonsOf(index: BundleIndex, given: unknown): readonly string[] {
  if (given === undefined || given === null) return NO_ADDONS;
  if (!Array.isArray(given)) fail(RuntimeCodes.BadField, "`addons` must be an array", 'list add-on ids, as in `"addons": ["extended_hours"]`');
  if (given.length === 0) return NO_ADDONS;
  const values = () => (index.addons.size === 0 ? "the policy declares no add-ons" : `the policy's add-ons are ${quotedList([...index.addons.keys()], "and")}`);
  const ids: string[] = [];
  for (let i = 0; i < given.length; i++) {
    const name: unknown = given[i];
    if (typeof name !== "string") fail(RuntimeCodes.BadField, `add-on ${i + 1} must be a string`);
    const named = index.tierNames.get(name);
    if (typeof named !== "string") unnamed(RuntimeCodes.UnknownTier, "add-on", name, named, values());
    if (!index.addons.has(named)) fail(RuntimeCodes.NotAnAddon, `\`${named}\` is a tier, not an add-on`, `give it as the ticket's \`tier\`; ${values()}`);
    if (!ids.includes(named)) ids.push(named);
  }
  return ids.length === 1 ? ids : ids.sort((a, b) => index.addons.get(a)! - index.addons.get(b)!);
}

/**
 * A ticket's value of each declared attribute (in the bundle's order), named by id or
 * title (a language by its tag, case aside); an attribute it does not give takes its default,
 * or is null (left out). An attribute written beside `attributes` instead of in it is an
 * error, not a silent default.
 */
function attributesOf(index: BundleIndex, ticket: TicketInput): readonly (string | null)[] {
  const given: unknown = ticket.attributes;
  const declared = index.attributes;
  if (declared.length === 0 && given === undefined) return NO_VALUES;
  const values: (string | null)[] = new Array<string | null>(declared.length).fill(null);
  if (given !== undefined && given !== null) {
    if (typeof given !== "object" || Array.isArray(given)) fail(RuntimeCodes.BadField, "`attributes` must be an object", 'give each attribute\'s value, as in `"attributes": {"environment": "production"}`');
    const record = given as Record<string, unknown>;
    for (const id in record) {
      if (!Object.hasOwn(record, id)) continue;
      const value = record[id];
      const k = index.attributePositions.get(id) ?? unknownAttribute(index, id, "");
      if (value === null) continue;
      if (typeof value !== "string") fail(RuntimeCodes.BadField, `attribute \`${id}\` must be a string`);
      values[k] = attributeValue(index, k, value, "");
    }
  }
  for (let k = 0; k < declared.length; k++) {
    if (values[k] !== null) continue;
    const { id, default: fallback } = declared[k]!.attribute;
    if (!TICKET_FIELDS.has(id) && Object.hasOwn(ticket, id) && (given === undefined || given === null || !Object.hasOwn(given, id))) {
      fail(RuntimeCodes.BadField, `\`${id}\` is an attribute: give it in \`attributes\``, `as in \`"attributes": {"${id}": ${JSON.stringify((ticket as unknown as Record<string, unknown>)[id])}}\``);
    }
    values[k] = fallback ?? null;
  }
  return values;
}

function unknownAttribute(index: BundleIndex, id: string, where: string): never {
  const declared = index.attributes;
  const known = declared.length === 0 ? "the policy declares no attributes" : `the policy's attributes are ${quotedList(declared.map((a) => a.attribute.id), "and")}`;
  fail(RuntimeCodes.UnknownAttribute, `${where}unknown attribute \`${id}\``, known);
}

/** The id of the value a name stands for in the attribute at position `k` (a language by its tag, case aside). */
function attributeValue(index: BundleIndex, k: number, value: string, where: string): string {
  const { attribute, names } = index.attributes[k]!;
  const named = attribute.fromLanguages ? languageName(names, value) : names.get(value);
  if (typeof named !== "string") {
    unnamed(RuntimeCodes.UnknownAttribute, attribute.id, value, named, `the values of \`${attribute.id}\` are ${quotedList(attribute.values.map((v) => v.id), "and")}`, where);
  }
  return named;
}

/**
 * What an event that carries `severity` or `attributes` changes, its names checked as the
 * ticket's own are (the errors name the event); `severity` only on a `reclassified` event,
 * which must change something (SLA4019).
 */
function changeOf(index: BundleIndex, event: ParsedEvent, number: number, given: { severity?: unknown; attributes?: unknown }): EventChange {
  const where = `event ${number} (\`${event.type}\`): `;
  const label = `event ${number} (\`${event.type}\`)`;
  const severityGiven = given.severity !== undefined && given.severity !== null;
  const attributesGiven = given.attributes !== undefined && given.attributes !== null;
  if (severityGiven && event.type !== RECLASSIFIED) {
    fail(RuntimeCodes.BadChange, `${label} carries a \`severity\`, which only a \`${RECLASSIFIED}\` event may`, `give the new severity in a \`${RECLASSIFIED}\` event at the same instant`);
  }
  let severity: string | null = null;
  if (severityGiven) {
    if (typeof given.severity !== "string") fail(RuntimeCodes.BadField, `the \`severity\` of ${label} must be a string`);
    const declared = index.bundle.severities;
    severity = ANY;
    if (declared.length > 0) {
      const named = index.severityNames.get(given.severity);
      if (typeof named !== "string") unnamed(RuntimeCodes.UnknownSeverity, "severity", given.severity, named, `the policy's severities are ${known(declared)}`, where);
      severity = named;
    }
  }
  const attributes: [number, string][] = [];
  if (attributesGiven) {
    const record = given.attributes;
    if (typeof record !== "object" || Array.isArray(record)) fail(RuntimeCodes.BadField, `the \`attributes\` of ${label} must be an object`);
    for (const id in record) {
      if (!Object.hasOwn(record, id)) continue;
      const value: unknown = (record as Record<string, unknown>)[id];
      const k = index.attributePositions.get(id) ?? unknownAttribute(index, id, where);
      if (typeof value !== "string") fail(RuntimeCodes.BadField, `attribute \`${id}\` of ${label} must be a string`);
      attributes.push([k, attributeValue(index, k, value, where)]);
    }
  }
  if (event.type === RECLASSIFIED && severity === null && attributes.length === 0) {
    fail(RuntimeCodes.BadChange, `${label} carries no \`severity\` and no \`attributes\``, `give the severity the ticket has from then on, as in \`"severity": "p1"\``);
  }
  return { event, number, severity, attributes };
}

/** An event type the bundle does not know: SLA4021, suggesting the nearest one it does. */
function unknownEvent(index: BundleIndex, type: string, number: number): never {
  const nearest = nearestEventType(type, index.eventTypes);
  const hint = nearest === null ? `a ticket's events are ${quotedList([...index.eventTypes], "and")}` : `did you mean \`${nearest}\`?`;
  fail(RuntimeCodes.UnknownEvent, `event ${number} has unknown type \`${type}\``, hint);
}

/** A ticket's `openedAt` as epoch ms; throws SLA4012 for a ticket that is no object, SLA4006 without it, SLA4005 for no instant. */
export function openedAtOf(ticket: TicketInput): number {
  if (typeof ticket !== "object" || ticket === null || Array.isArray(ticket)) fail(RuntimeCodes.BadField, "a ticket must be an object");
  const opened = text(ticket.openedAt, "`openedAt`");
  if (opened === null) fail(RuntimeCodes.MissingField, "the ticket has no `openedAt`");
  return instant(opened, "`openedAt`");
}

/**
 * Checks a ticket against a policy's dimensions, attributes and add-ons, applies the
 * eligibility rules and looks up its rows. A dimension the policy does not declare is `*`
 * whatever the ticket says; a declared one is named by id, alias or title, and may be left
 * out when no value of it would change the ticket's answer (see `Dimensions`). A severity left
 * out is the channel's default, when it has one; a ticket refused by a rule is SLA4017.
 */
export function resolveTicket(index: BundleIndex, ticket: TicketInput, now: string | number | undefined): ResolvedTicket {
  const { bundle } = index;
  const openedAt = openedAtOf(ticket);
  // Checked whenever it is given, as a misspelt zone is a mistake whichever calendar reads it.
  const zoneText = text(ticket.zone, "`zone`");
  const zone = zoneText === null ? null : (zoneNamed(zoneText) ?? unknownZone(zoneText));

  const tier = dimension(ticket.tier, "tier", index.tierNames, index.baseTiers, RuntimeCodes.UnknownTier);
  if (tier !== null && index.addons.has(tier)) {
    fail(RuntimeCodes.NotAnAddon, `\`${tier}\` is an add-on, not a tier`, `give it in \`addons\`, and the customer's plan as \`tier\` (${known(index.baseTiers)})`);
  }
  const channel = dimension(ticket.channel, "channel", index.channelNames, bundle.channels, RuntimeCodes.UnknownChannel);
  let severity = dimension(ticket.severity, "severity", index.severityNames, bundle.severities, RuntimeCodes.UnknownSeverity);
  if (tier !== null && tier !== ANY && channel !== null && channel !== ANY) {
    const allowed = index.tiers.get(tier)!.channels;
    if (!allowed.includes(channel)) {
      fail(RuntimeCodes.ChannelNotAvailable, `tier \`${tier}\` cannot use channel \`${channel}\``, `tier \`${tier}\` may use ${allowed.map((c) => `\`${c}\``).join(", ")}`);
    }
  }
  if (severity === null && channel !== null) severity = index.channels.get(channel)?.defaultSeverity ?? null;
  const addons = addonsOf(index, ticket.addons);
  const attributes = attributesOf(index, ticket);
  const combination: Combination =
    tier === null || channel === null || severity === null || attributes.includes(null)
      ? index.dimensions.complete({ tier, severity, channel, attributes, addons })
      : { tier, severity, channel, attributes: attributes as string[], addons };

  // The option overrides the ticket's `now`; as an option it may also be epoch ms.
  const nowText = now === undefined ? text(ticket.now, "`now`") : typeof now === "number" ? null : text(now, "`now`");
  const nowMs = typeof now === "number" ? now : nowText === null ? null : instant(nowText, "`now`");
  if (typeof now === "number") inRange(now, "`now`", Number.isFinite(now) && Math.abs(now) <= 8.64e15 ? formatInstant(now) : String(now));
  if (nowMs !== null && nowMs < openedAt) {
    const message = `\`now\` (${formatInstant(nowMs)}) is before the ticket's \`openedAt\` (${formatInstant(openedAt)})`;
    fail(RuntimeCodes.NowBeforeOpened, message, "judge the ticket at an instant after it was opened");
  }

  const events: ParsedEvent[] = [];
  let changes: EventChange[] | null = null;
  const given: unknown = ticket.events ?? NO_EVENTS;
  if (!Array.isArray(given)) fail(RuntimeCodes.BadField, "`events` must be an array");
  for (let i = 0; i < given.length; i++) {
    const event: unknown = given[i];
    if (typeof event !== "object" || event === null || Array.isArray(event)) fail(RuntimeCodes.BadField, `event ${i + 1} must be an object`);
    const { type, at, severity: newSeverity, attributes: newAttributes } = event as { type?: unknown; at?: unknown; severity?: unknown; attributes?: unknown };
    if (typeof type !== "string") fail(RuntimeCodes.BadField, `the \`type\` of event ${i + 1} must be a string`);
    if (typeof at !== "string") fail(RuntimeCodes.BadField, `the \`at\` of event ${i + 1} (\`${type}\`) must be a string`);
    if (!index.eventTypes.has(type)) unknownEvent(index, type, i + 1);
    // The event's label is built only when its instant is bad.
    const parsed = instant(at, `event ${i + 1} (\`${type}\`)`);
    const happened = nowMs === null || parsed <= nowMs;
    if (newSeverity === undefined && newAttributes === undefined && type !== RECLASSIFIED) {
      if (happened) events.push({ type, at: parsed });
      continue;
    }
    // An event that changes the ticket: its names are checked even after `now`, as a misspelt name is a mistake whenever.
    const parsedEvent: ParsedEvent = { type, at: parsed };
    const change = changeOf(index, parsedEvent, i + 1, { severity: newSeverity, attributes: newAttributes });
    if (!happened) continue;
    events.push(parsedEvent);
    if (change.severity !== null || change.attributes.length > 0) (changes ??= []).push(change);
  }
  // Array.prototype.sort is stable, so events at the same instant keep their written order.
  events.sort((a, b) => a.at - b.at);

  // Refused only once the ticket is known to be well formed, as a refusal is an answer.
  const choice = select(index, combination);
  if ("rejected" in choice) throw new RuntimeFailure(choice.rejected);

  return {
    id: ticket.id ?? null,
    tier: combination.tier,
    severity: choice.severity,
    channel: combination.channel,
    attributes: combination.attributes,
    addons,
    reclassified: choice.reclassified,
    rows: choice.rows,
    zone,
    openedAt,
    events,
    now: nowMs,
    // The dimensions as given (not completed), so that a change is completed as a new ticket would be.
    changes: changes === null ? null : changesOf(index, { tier, severity, channel, attributes, addons }, changes, events),
  };
}
