/**
 * A bundle calendar indexed for queries: its open intervals with prefix sums, built
 * lazily per UTC year and cached per calendar.
 */
import type { Calendar } from "../../contract/bundle.js";
import { businessDays, openIntervals } from "./intervals.js";
import { DAY_MS, utcYear, yearStartMs } from "../../civil/days.js";
import { zoneModel, type ZoneModel } from "./zone.js";

// Lookups stay this far inside the computed years, so that a local day or a window that
// straddles the edge of the range is never read truncated.
const EDGE_MS = 3 * DAY_MS;
// A due this far past its start means the calendar has (almost) no open time.
const HORIZON_MS = 5 * 366 * DAY_MS;
// Past this many years, the range is recomputed around the new instant instead of grown.
const MAX_SPAN_YEARS = 30;

/**
 * A calendar indexes to open intervals (epoch ms) with prefix sums of open time, computed
 * lazily for the UTC years that queries touch, so that a due time is two binary searches
 * and some arithmetic.
 */
export class CalendarIndex {
  readonly calendar: Calendar;
  readonly zone: ZoneModel;
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

  constructor(calendar: Calendar) {
    this.calendar = calendar;
    this.zone = zoneModel(calendar.zone);
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

  /** Open ms between the start of the computed range and t; t must lie in the safe range. */
  private openBefore(t: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    if (lo === ends.length) return this.total;
    const into = t - this.starts[lo]!;
    return into > 0 ? this.openBeforeStart[lo]! + into : this.openBeforeStart[lo]!;
  }

  /** True when t lies in open time. */
  isOpen(t: number): boolean {
    if (!(t >= this.safeLo && t < this.safeHi)) this.cover(t, t);
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo < ends.length && this.starts[lo]! <= t;
  }

  /** Open ms in [a, b); 0 when b ≤ a. */
  openBetween(a: number, b: number): number {
    if (!(b > a)) return 0;
    if (!(a >= this.safeLo && b < this.safeHi)) this.cover(a, b);
    return this.openBefore(b) - this.openBefore(a);
  }

  /** The earliest instant u ≥ t with `amount` ms of open time in [t, u); Infinity past the horizon. */
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
        return this.starts[lo]! + (target - this.openBeforeStart[lo]!);
      }
      if (this.safeHi - t > HORIZON_MS) return Number.POSITIVE_INFINITY;
      this.cover(t, yearStartMs(this.toYear + 2));
    }
  }

  /**
   * The end of the n-th business day (local date with open time) after the local date of t;
   * Infinity when there is none within the horizon.
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
      if (index < days.length && this.dayEnds[index]! < this.safeHi) return this.dayEnds[index]!;
      if (this.safeHi - t > HORIZON_MS) return Number.POSITIVE_INFINITY;
      this.cover(t, yearStartMs(this.toYear + 2));
    }
  }

  /** The local date of instant t as a day number (days since 1970-01-01). */
  localDay(t: number): number {
    if (!(t >= this.safeLo && t < this.safeHi)) this.cover(t, t);
    return this.zone.localDay(t);
  }
}

const indexes = new WeakMap<Calendar, CalendarIndex>();

/** Indexes a bundle calendar (its open intervals by UTC year), once per calendar object. */
export function indexCalendar(calendar: Calendar): CalendarIndex {
  let result = indexes.get(calendar);
  if (result === undefined) {
    result = new CalendarIndex(calendar);
    indexes.set(calendar, result);
  }
  return result;
}
