/**
 * A bundle calendar indexed for queries in one zone: its open intervals with prefix sums,
 * built lazily per UTC year and cached per calendar and zone.
 */
import type { Calendar } from "../../contract/bundle.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { Horizon } from "./horizon.js";
import { businessDays, openIntervals } from "./intervals.js";
import { DAY_MS, utcYear, yearStartMs } from "../../civil/days.js";
import { runtimeError, RuntimeFailure } from "../errors.js";
import { zoneModel, type ZoneModel } from "./zone.js";

// Lookups stay this far inside the computed years, so that a local day or a window that
// straddles the edge of the range is never read truncated.
const EDGE_MS = 3 * DAY_MS;
// A due this far past its start means the calendar has (almost) no open time.
const SEARCH_MS = 5 * 366 * DAY_MS;
// Past this many years, the range is recomputed around the new instant instead of grown.
const MAX_SPAN_YEARS = 30;

/**
 * A calendar indexes to open intervals (epoch ms) with prefix sums of open time, computed
 * lazily for the UTC years that queries touch, so that a due time is two binary searches
 * and some arithmetic. Its windows, closed dates and business days are read in `zone`: the
 * calendar's own, or for a calendar in the customer's zone the ticket's.
 *
 * Every query that needs the closed status of a local date outside the calendar's horizon
 * throws an `AnswerFailure` (SLA4014) instead of answering as if the date had no holidays.
 */
export class CalendarIndex {
  readonly calendar: Calendar;
  readonly zone: ZoneModel;
  /** The local dates whose closed status is known; null when all are. */
  private readonly horizon: Horizon | null;
  private fromYear = 0;
  private toYear = -1;
  /** Instants inside which lookups are exact. */
  private safeLo = 0;
  private safeHi = 0;
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  /** Open ms before interval i (from the start of the range), and through its end. */
  private openBeforeStart = new Float64Array(0);
  private openThroughEnd = new Float64Array(0);
  private total = 0;
  private days = new Float64Array(0);
  private dayEnds = new Float64Array(0);

  /** Indexes `calendar` in the IANA zone `zone` (by default its own). */
  constructor(calendar: Calendar, zone: string | null = calendar.zone) {
    if (zone === null) {
      const message = `calendar \`${calendar.id}\` has no zone of its own: index it in the ticket's zone`;
      throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, message));
    }
    this.calendar = calendar;
    this.zone = zoneModel(zone);
    this.horizon = calendar.horizon === null ? null : new Horizon(calendar);
  }

  /** Makes lookups exact for every instant in [from, to]. */
  private cover(from: number, to: number): void {
    if (!(from >= -8.64e15 && to <= 8.64e15)) throw new RangeError(`instant out of range: ${from}`);
    let fromYear = utcYear(from - EDGE_MS);
    let toYear = utcYear(to + EDGE_MS);
    if (this.toYear >= this.fromYear) {
      const lo = Math.min(fromYear, this.fromYear);
      const hi = Math.max(toYear, this.toYear);
      if (hi - lo <= MAX_SPAN_YEARS) {
        fromYear = lo;
        toYear = hi;
      }
    }
    const open = openIntervals(this.calendar, this.zone, fromYear, toYear);
    const n = open.starts.length;
    const before = new Float64Array(n);
    const through = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      before[i] = sum;
      sum += open.ends[i]! - open.starts[i]!;
      through[i] = sum;
    }
    const days = businessDays(open, this.zone);
    this.starts = open.starts;
    this.ends = open.ends;
    this.openBeforeStart = before;
    this.openThroughEnd = through;
    this.total = sum;
    this.days = days.days;
    this.dayEnds = days.ends;
    this.fromYear = fromYear;
    this.toYear = toYear;
    this.safeLo = yearStartMs(fromYear) + EDGE_MS;
    this.safeHi = yearStartMs(toYear + 1) - EDGE_MS;
  }

  /** The index of the first open interval that ends after t (the count of intervals when none does). */
  private endingAfter(t: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Open ms between the start of the computed range and t; t must lie in the safe range. */
  private openBefore(t: number): number {
    const lo = this.endingAfter(t);
    if (lo === this.ends.length) return this.total;
    const into = t - this.starts[lo]!;
    return into > 0 ? this.openBeforeStart[lo]! + into : this.openBeforeStart[lo]!;
  }

  /** True when t lies in open time. */
  isOpen(t: number): boolean {
    if (!(t >= this.safeLo && t < this.safeHi)) this.cover(t, t);
    if (this.horizon !== null) this.horizon.needs(this.zone.localDay(t), this.zone.localDay(t), "whether it is open then");
    const lo = this.endingAfter(t);
    return lo < this.ends.length && this.starts[lo]! <= t;
  }

  /** Open ms in [a, b); 0 when b ≤ a. */
  openBetween(a: number, b: number): number {
    if (!(b > a)) return 0;
    if (!(a >= this.safeLo && b < this.safeHi)) this.cover(a, b);
    if (this.horizon !== null) this.horizon.needs(this.zone.localDay(a), this.zone.localDay(b - 1), "this count of open time");
    return this.openBefore(b) - this.openBefore(a);
  }

  /** The earliest instant u ≥ t with `amount` ms of open time in [t, u); Infinity when there is none within five years. */
  due(t: number, amount: number): number {
    if (!(amount > 0)) {
      if (amount === 0) return t;
      throw new RangeError(`negative or NaN business time: ${amount}`);
    }
    if (!(t >= this.safeLo && t < this.safeHi)) this.cover(t, t);
    for (;;) {
      const target = this.openBefore(t) + amount;
      if (target <= this.total) {
        // The first interval whose cumulative open time reaches the target holds the due.
        const through = this.openThroughEnd;
        let lo = 0;
        let hi = through.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (through[mid]! < target) lo = mid + 1;
          else hi = mid;
        }
        const due = this.starts[lo]! + (target - this.openBeforeStart[lo]!);
        // The due depends on the closed status of the local dates of [t, due) only.
        if (this.horizon !== null) this.horizon.needs(this.zone.localDay(t), this.zone.localDay(due - 1), "this due");
        return due;
      }
      if (this.safeHi - t > SEARCH_MS) return Number.POSITIVE_INFINITY;
      this.cover(t, yearStartMs(this.toYear + 2));
    }
  }

  /**
   * The end of the n-th business day (local date with open time) after the local date of t;
   * Infinity when there is none within five years.
   */
  endOfBusinessDay(t: number, n: number): number {
    if (!(n >= 1)) throw new RangeError(`business day count must be at least 1: ${n}`);
    if (!(t >= this.safeLo && t < this.safeHi)) this.cover(t, t);
    const ticketDay = this.zone.localDay(t);
    for (;;) {
      const days = this.days;
      let lo = 0;
      let hi = days.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (days[mid]! <= ticketDay) lo = mid + 1;
        else hi = mid;
      }
      const index = lo + n - 1;
      if (index < days.length && this.dayEnds[index]! < this.safeHi) {
        // It depends on the dates after the ticket's, through the n-th business day.
        if (this.horizon !== null) this.horizon.needs(ticketDay + 1, days[index]!, "this due");
        return this.dayEnds[index]!;
      }
      if (this.safeHi - t > SEARCH_MS) return Number.POSITIVE_INFINITY;
      this.cover(t, yearStartMs(this.toYear + 2));
    }
  }

  /** The local date of instant t as a day number (days since 1970-01-01). */
  localDay(t: number): number {
    if (!(t >= this.safeLo && t < this.safeHi)) this.cover(t, t);
    return this.zone.localDay(t);
  }

  /**
   * The instant n calendar days after t: the same local wall time n dates later in the
   * index's zone, open or not, read like a window bound (a time in a DST gap moves forward
   * by the gap, an ambiguous one takes the earlier offset). Needs no closed dates, so no
   * horizon. Infinity past the range of instants.
   */
  calendarDaysLater(t: number, n: number): number {
    const later = t + n * DAY_MS;
    if (!(Math.abs(t) <= 8.64e15 && Math.abs(later) <= 8.64e15 - 2 * DAY_MS)) return Number.POSITIVE_INFINITY;
    // The zone model covers a year more each side, so the wall time's offsets are known too.
    this.zone.cover(utcYear(Math.min(t, later)), utcYear(Math.max(t, later)));
    return this.zone.boundInstant(t + this.zone.offsetAt(t) + n * DAY_MS);
  }
}

const indexes = new WeakMap<Calendar, CalendarIndex>();
const zonedIndexes = new WeakMap<Calendar, Map<string, CalendarIndex>>();

/**
 * Indexes a bundle calendar (its open intervals by UTC year), once per calendar object and
 * zone: in its own zone, or in `zone` (a ticket's, for a calendar in the customer's zone).
 * A calendar without a zone of its own must be given one.
 */
export function indexCalendar(calendar: Calendar, zone?: string): CalendarIndex {
  if (zone === undefined || zone === calendar.zone) {
    let result = indexes.get(calendar);
    if (result === undefined) {
      result = new CalendarIndex(calendar);
      indexes.set(calendar, result);
    }
    return result;
  }
  let byZone = zonedIndexes.get(calendar);
  if (byZone === undefined) zonedIndexes.set(calendar, (byZone = new Map()));
  let result = byZone.get(zone);
  if (result === undefined) {
    result = new CalendarIndex(calendar, zone);
    byZone.set(zone, result);
  }
  return result;
}
