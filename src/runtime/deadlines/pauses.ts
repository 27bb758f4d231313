/**
 * Pauses of a ticket (paused … resumed) as intervals that business time skips.
 */
import type { TicketEventName } from "../../contract/vocabulary.js";
import type { Clock } from "../clock/business-time.js";
import { dueAtMs, openMsBetween } from "../clock/business-time.js";
import type { ParsedEvent } from "../ticket/read-ticket.js";

/** When a ticket waited on the customer: disjoint [start, end) pairs in time order. */
export interface Pauses {
  /** Flat [start, end, start, end, …]; the last end is `Infinity` for a pause with no end known. */
  readonly intervals: readonly number[];
  /** True when the ticket is still waiting at `now`. */
  readonly pausedAtNow: boolean;
}

/**
 * Pairs `paused` and `resumed` events into intervals. A second `paused` while paused and a
 * `resumed` while running change nothing; a pause still open lasts until `now`, or, without
 * `now`, for an unknown time.
 */
export function pausesOf(events: readonly ParsedEvent[], now: number | null): Pauses {
  const intervals: number[] = [];
  let since: number | null = null;
  for (const event of events) {
    if (event.type === ("paused" satisfies TicketEventName) && since === null) since = event.at;
    else if (event.type === ("resumed" satisfies TicketEventName) && since !== null) {
      if (event.at > since) intervals.push(since, event.at);
      since = null;
    }
  }
  if (since !== null) {
    const end = now ?? Number.POSITIVE_INFINITY;
    if (end > since) intervals.push(since, end);
  }
  return { intervals, pausedAtNow: since !== null && now !== null };
}

/**
 * The earliest instant u ≥ start at which `amount` ms of the clock's open time, not counting
 * open time inside pauses, lies in [start, u); NaN when that depends on when an open pause ends.
 */
export function dueWithPauses(clock: Clock, start: number, amount: number, pauses: readonly number[]): number {
  if (amount === 0) return start;
  let cursor = start;
  let remaining = amount;
  for (let i = 0; i < pauses.length; i += 2) {
    const pausedFrom = pauses[i]!;
    const pausedTo = pauses[i + 1]!;
    if (pausedTo <= cursor) continue;
    if (pausedFrom > cursor) {
      const available = openMsBetween(clock, cursor, pausedFrom);
      if (available >= remaining) return dueAtMs(clock, cursor, remaining);
      remaining -= available;
    }
    cursor = pausedTo;
    if (cursor === Number.POSITIVE_INFINITY) return Number.NaN;
  }
  return dueAtMs(clock, cursor, remaining);
}

/** True when some pause overlaps [from, to). */
export function pausedWithin(pauses: readonly number[], from: number, to: number): boolean {
  for (let i = 0; i < pauses.length; i += 2) if (pauses[i]! < to && pauses[i + 1]! > from) return true;
  return false;
}
