/**
 * Business-time arithmetic on a clock (a calendar or `24x7`): open time between
 * instants, due instants, open at an instant, end of a business day, calendar days.
 * On a calendar, each throws an `AnswerFailure` (SLA4014) when the answer needs a local
 * date outside the calendar's horizon.
 */
import type { Calendar } from "../../contract/bundle.js";
import { ALWAYS } from "../../contract/vocabulary.js";
import { CalendarIndex, indexCalendar } from "./calendar-index.js";
import { DAY_MS, MINUTE_MS } from "../../civil/days.js";

/**
 * A clock: a bundle calendar (in its own zone), a compiled one (`indexCalendar(calendar,
 * zone)`, also in a customer's zone), or `24x7` (plain elapsed time).
 */
export type Clock = Calendar | CalendarIndex | typeof ALWAYS;

function compiledOf(clock: Calendar | CalendarIndex): CalendarIndex {
  return clock instanceof CalendarIndex ? clock : indexCalendar(clock);
}

/**
 * The earliest instant (epoch ms) u ≥ start such that the open time of the clock in
 * [start, u) is `minutes` minutes; `Infinity` when the calendar lacks that much open time
 * within five years.
 */
export function dueAt(clock: Clock, start: number, minutes: number): number {
  if (clock === ALWAYS) {
    if (!(minutes >= 0)) throw new RangeError(`negative or NaN business time: ${minutes}`);
    return start + minutes * MINUTE_MS;
  }
  return compiledOf(clock).due(start, minutes * MINUTE_MS);
}

/** Minutes of open time of the clock in [from, to) (epoch ms); 0 when to ≤ from. */
export function openMinutesBetween(clock: Clock, from: number, to: number): number {
  if (clock === ALWAYS) return to > from ? (to - from) / MINUTE_MS : 0;
  return compiledOf(clock).openBetween(from, to) / MINUTE_MS;
}

/** True when the clock is open at instant t (epoch ms); windows include their start, not their end. */
export function isOpen(clock: Clock, t: number): boolean {
  return clock === ALWAYS || compiledOf(clock).isOpen(t);
}

/**
 * The end of the n-th business day after the local date of t (`next business day` is n = 1):
 * the last instant of open time on that local date; `Infinity` when none within five years.
 */
export function endOfBusinessDay(clock: Calendar | CalendarIndex, t: number, n: number): number {
  return compiledOf(clock).endOfBusinessDay(t, n);
}

/**
 * The instant n calendar days after t: the same local wall time n dates later in the
 * clock's zone, open or not (a time in a DST gap moves forward by the gap, an ambiguous one
 * takes the earlier offset); on `24x7`, which has no zone, n × 24 hours.
 */
export function calendarDaysLater(clock: Clock, t: number, n: number): number {
  if (clock === ALWAYS) return t + n * DAY_MS;
  return compiledOf(clock).calendarDaysLater(t, n);
}

/** Like `dueAt` with the amount in ms. */
export function dueAtMs(clock: Clock, start: number, ms: number): number {
  if (clock === ALWAYS) {
    if (!(ms >= 0)) throw new RangeError(`negative or NaN business time: ${ms}`);
    return start + ms;
  }
  return compiledOf(clock).due(start, ms);
}

/** Like `openMinutesBetween` in ms. */
export function openMsBetween(clock: Clock, from: number, to: number): number {
  if (clock === ALWAYS) return to > from ? to - from : 0;
  return compiledOf(clock).openBetween(from, to);
}
