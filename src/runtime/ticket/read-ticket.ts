/**
 * A ticket as input, checked against a bundle: its dimensions as target-table keys, its
 * instants as ms, its events sorted.
 */
import type { Ticket } from "../../contract/bundle.js";
import { ANY } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { quotedList } from "../../diagnostics/wording.js";
import type { BundleIndex } from "./bundle-index.js";
import { zoneNamed } from "../clock/zone.js";
import { runtimeError, RuntimeFailure } from "../errors.js";
import type { NameTable } from "./names.js";
import { parseInstant } from "../instants.js";

/** A ticket as `deadlines` reads it: the bundle's ticket, optionally carrying its own `now`. */
export type TicketInput = Ticket & { readonly now?: string };

/** An event with its instant parsed. */
export interface ParsedEvent {
  readonly type: string;
  readonly at: number;
}

/**
 * A ticket checked against a policy: its dimensions as target-table keys and its instants as ms.
 * A dimension the ticket left out holds the first value (in declaration order) of those that
 * give the same answers, so its rows are the ticket's rows whichever value it has.
 */
export interface ResolvedTicket {
  /** The ticket's `id` as given (echoed even when it is not a string), or null. */
  readonly id: string | null;
  readonly tier: string;
  /** A severity id (never an alias or title), or `*`; the applied severity is in the target rows. */
  readonly severity: string;
  readonly channel: string;
  /** The customer's IANA zone (canonical), for calendars in the customer's zone; null when not given. */
  readonly zone: string | null;
  readonly openedAt: number;
  /** Sorted by instant (stable); events after `now` are dropped, as they have not happened yet. */
  readonly events: readonly ParsedEvent[];
  readonly now: number | null;
}

const NO_EVENTS: readonly unknown[] = [];

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

function instant(value: string, what: string): number {
  return parseInstant(value) ?? badInstant(value, what);
}

function known(ids: readonly { readonly id: string }[]): string {
  return ids.map((v) => `\`${v.id}\``).join(", ");
}

const PLURAL = { tier: "tiers", severity: "severities", channel: "channels" } as const;

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
  if (named === undefined) fail(unknown, `unknown ${field} \`${name}\``, `the policy's ${PLURAL[field]} are ${known(declared)}`);
  if (typeof named !== "string") {
    fail(unknown, `${field} \`${name}\` is ambiguous: it names ${quotedList(named, "and")}`, `give the id of the one you mean`);
  }
  return named;
}

/**
 * Checks a ticket against a policy's dimensions. A dimension the policy does not declare is
 * `*` whatever the ticket says; a declared one is named by id, alias or title, and may be
 * left out when no value of it would change the ticket's answer (see `Dimensions`).
 */
export function resolveTicket(index: BundleIndex, ticket: TicketInput, now: string | number | undefined): ResolvedTicket {
  const { bundle } = index;
  if (typeof ticket !== "object" || ticket === null || Array.isArray(ticket)) fail(RuntimeCodes.BadField, "a ticket must be an object");
  const opened = text(ticket.openedAt, "`openedAt`");
  if (opened === null) fail(RuntimeCodes.MissingField, "the ticket has no `openedAt`");
  const openedAt = instant(opened, "`openedAt`");
  // Checked whenever it is given, as a misspelt zone is a mistake whichever calendar reads it.
  const zoneText = text(ticket.zone, "`zone`");
  const zone = zoneText === null ? null : (zoneNamed(zoneText) ?? unknownZone(zoneText));

  let tier = dimension(ticket.tier, "tier", index.tierNames, bundle.tiers, RuntimeCodes.UnknownTier);
  let channel = dimension(ticket.channel, "channel", index.channelNames, bundle.channels, RuntimeCodes.UnknownChannel);
  let severity = dimension(ticket.severity, "severity", index.severityNames, bundle.severities, RuntimeCodes.UnknownSeverity);
  if (tier !== null && tier !== ANY && channel !== null && channel !== ANY) {
    const allowed = index.tiers.get(tier)!.channels;
    if (!allowed.includes(channel)) {
      fail(RuntimeCodes.ChannelNotAvailable, `tier \`${tier}\` cannot use channel \`${channel}\``, `tier \`${tier}\` may use ${allowed.map((c) => `\`${c}\``).join(", ")}`);
    }
  }
  if (tier === null || channel === null || severity === null) {
    ({ tier, severity, channel } = index.dimensions.complete({ tier, severity, channel }));
  }

  // The option overrides the ticket's `now`; as an option it may also be epoch ms.
  const nowText = now === undefined ? text(ticket.now, "`now`") : typeof now === "number" ? null : text(now, "`now`");
  const nowMs = typeof now === "number" ? now : nowText === null ? null : instant(nowText, "`now`");
  // The range of a JavaScript Date; beyond it no calendar can be computed.
  if (nowMs !== null && !(Math.abs(nowMs) <= 8.64e15)) fail(RuntimeCodes.BadInstant, "`now` is not an instant in range");

  const events: ParsedEvent[] = [];
  const given: unknown = ticket.events ?? NO_EVENTS;
  if (!Array.isArray(given)) fail(RuntimeCodes.BadField, "`events` must be an array");
  for (let i = 0; i < given.length; i++) {
    const event: unknown = given[i];
    if (typeof event !== "object" || event === null || Array.isArray(event)) fail(RuntimeCodes.BadField, `event ${i + 1} must be an object`);
    const { type, at } = event as { type?: unknown; at?: unknown };
    if (typeof type !== "string") fail(RuntimeCodes.BadField, `the \`type\` of event ${i + 1} must be a string`);
    if (typeof at !== "string") fail(RuntimeCodes.BadField, `the \`at\` of event ${i + 1} (\`${type}\`) must be a string`);
    // The event's label is built only when its instant is bad.
    const parsed = parseInstant(at) ?? badInstant(at, `event ${i + 1} (\`${type}\`)`);
    if (nowMs === null || parsed <= nowMs) events.push({ type, at: parsed });
  }
  // Array.prototype.sort is stable, so events at the same instant keep their written order.
  events.sort((a, b) => a.at - b.at);

  return { id: ticket.id ?? null, tier, severity, channel, zone, openedAt, events, now: nowMs };
}
