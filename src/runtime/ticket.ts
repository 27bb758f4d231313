import { ANY, type Ticket } from "../bundle/types.js";
import { RuntimeCodes } from "../diagnostics/codes/runtime.js";
import type { BundleIndex } from "./bundle-index.js";
import { runtimeError, RuntimeFailure } from "./errors.js";
import { parseInstant } from "./time.js";

/** A ticket as `deadlines` reads it: the bundle's ticket, optionally carrying its own `now`. */
export type TicketInput = Ticket & { readonly now?: string };

/** An event with its instant parsed. */
export interface ParsedEvent {
  readonly type: string;
  readonly at: number;
}

/** A ticket checked against a policy: its dimensions as target-table keys and its instants as ms. */
export interface ResolvedTicket {
  readonly id: string | null;
  readonly tier: string;
  /** The severity the ticket asked for (a severity id, never an alias), or `*`. */
  readonly severity: string;
  readonly channel: string;
  readonly openedAt: number;
  /** Sorted by instant (stable); events after `now` are dropped, as they have not happened yet. */
  readonly events: readonly ParsedEvent[];
  readonly now: number | null;
}

function fail(info: (typeof RuntimeCodes)[keyof typeof RuntimeCodes], message: string, hint?: string): never {
  throw new RuntimeFailure(runtimeError(info, message, hint));
}

function instant(text: unknown, what: string): number {
  if (typeof text !== "string") fail(RuntimeCodes.BadInstant, `${what} is not an ISO instant string`);
  const t = parseInstant(text);
  if (t === null) {
    fail(RuntimeCodes.BadInstant, `${what} \`${text}\` is not an ISO instant`, "write it like `2026-03-02T09:00Z` or `2026-03-02T10:00+01:00`");
  }
  return t;
}

function known(ids: Iterable<string>): string {
  return [...ids].map((id) => `\`${id}\``).join(", ");
}

/**
 * Checks a ticket against a policy's dimensions. A dimension the policy does not declare
 * is `*` whatever the ticket says; a declared one must be given and known, except that a
 * ticket on a channel that fixes the severity may leave its severity out.
 */
export function resolveTicket(index: BundleIndex, ticket: TicketInput, now: string | number | undefined): ResolvedTicket {
  const { bundle } = index;
  if (ticket.openedAt === undefined) fail(RuntimeCodes.MissingField, "the ticket has no `openedAt`");
  const openedAt = instant(ticket.openedAt, "`openedAt`");

  let tier: string = ANY;
  if (bundle.tiers.length > 0) {
    if (ticket.tier === undefined) fail(RuntimeCodes.MissingField, "the ticket has no `tier`", `the policy's tiers are ${known(index.tiers.keys())}`);
    if (!index.tiers.has(ticket.tier)) fail(RuntimeCodes.UnknownTier, `unknown tier \`${ticket.tier}\``, `the policy's tiers are ${known(index.tiers.keys())}`);
    tier = ticket.tier;
  }

  let channel: string = ANY;
  if (bundle.channels.length > 0) {
    if (ticket.channel === undefined) fail(RuntimeCodes.MissingField, "the ticket has no `channel`", `the policy's channels are ${known(index.channels.keys())}`);
    if (!index.channels.has(ticket.channel)) {
      fail(RuntimeCodes.UnknownChannel, `unknown channel \`${ticket.channel}\``, `the policy's channels are ${known(index.channels.keys())}`);
    }
    const allowed = tier === ANY ? null : index.tiers.get(tier)!.channels;
    if (allowed !== null && !allowed.includes(ticket.channel)) {
      fail(RuntimeCodes.ChannelNotAvailable, `tier \`${tier}\` cannot use channel \`${ticket.channel}\``, `tier \`${tier}\` may use ${known(allowed)}`);
    }
    channel = ticket.channel;
  }

  let severity: string = ANY;
  if (bundle.severities.length > 0) {
    const fixed = channel === ANY ? null : index.channels.get(channel)!.fixedSeverity;
    const asked = ticket.severity ?? fixed ?? undefined;
    if (asked === undefined) fail(RuntimeCodes.MissingField, "the ticket has no `severity`", `the policy's severities are ${known(index.severities.keys())}`);
    const id = index.severities.get(asked);
    if (id === undefined) fail(RuntimeCodes.UnknownSeverity, `unknown severity \`${asked}\``, `the policy's severities are ${known(index.severities.keys())}`);
    severity = id;
  }

  const nowMs = now === undefined ? (ticket.now === undefined ? null : instant(ticket.now, "`now`")) : typeof now === "number" ? now : instant(now, "`now`");
  // The range of a JavaScript Date; beyond it no calendar can be computed.
  if (nowMs !== null && !(Math.abs(nowMs) <= 8.64e15)) fail(RuntimeCodes.BadInstant, "`now` is not an instant in range");

  const events: ParsedEvent[] = [];
  (ticket.events ?? []).forEach((event, i) => {
    const at = instant(event.at, `event ${i + 1} (\`${String(event.type)}\`)`);
    if (nowMs === null || at <= nowMs) events.push({ type: event.type, at });
  });
  // Array.prototype.sort is stable, so events at the same instant keep their written order.
  events.sort((a, b) => a.at - b.at);

  return { id: ticket.id ?? null, tier, severity, channel, openedAt, events, now: nowMs };
}
