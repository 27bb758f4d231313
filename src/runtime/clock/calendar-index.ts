/**
 * A bundle calendar indexed for queries in one zone: its open intervals with prefix sums,
 * built lazily per UTC year and cached per calendar and zone.
 */
import type { Calendar } from "../../contract/bundle.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { Horizon } from "./horizon.js";
import { businessDays, openIntervals } from "./intervals.js";
import { DAY_MS, utcYear, yearStartMs } from "../../civil/days.js";
import { AnswerFailure, runtimeError, RuntimeFailure } from "../errors.js";
import { COMPUTED_FROM_YEAR, COMPUTED_TO_YEAR, formatInstant } from "../instants.js";
import { zoneModel, type ZoneModel } from "./zone.js";

// Lookups stay this far inside the computed years, so that a local day or a window that
// straddles the edge of the range is never read truncated.
const EDGE_MS = 3 * DAY_MS;
// Every real offset lies within ±16 h of UTC: a local date lies within this of its UTC day.
const OFFSET_MS = 16 * 3_600_000;
// The years an index may compute: the instants the runtime accepts and a decade after them,
// so a due from the last accepted instant is found, and the work and memory of one calendar
// are bounded (about 140 years of intervals) whatever the instants asked about.
const FIRST_MS = yearStartMs(COMPUTED_FROM_YEAR);
const END_MS = yearStartMs(COMPUTED_TO_YEAR + 1);

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
  /** The calendar, as the bundle holds it. */
  readonly calendar: Calendar;
  /** The zone the calendar is read in: the offset model of its IANA zone, whose `name` is the zone's. */
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
    if (!(from >= FIRST_MS + EDGE_MS && to < END_MS - EDGE_MS)) outOfRange(this.calendar, from < FIRST_MS + EDGE_MS ? from : to);
    let fromYear = utcYear(from - EDGE_MS);
    let toYear = utcYear(to + EDGE_MS);
    // The range only grows (it is bounded by the computed years), so no query recomputes what
    // another needed; it grows by at least its own span, so growing to a far instant step by
    // step costs as much as computing it once.
    if (this.toYear >= this.fromYear) {
      const span = this.toYear - this.fromYear + 1;
      fromYear = fromYear < this.fromYear ? Math.max(COMPUTED_FROM_YEAR, Math.min(fromYear, this.fromYear - span)) : this.fromYear;
      toYear = toYear > this.toYear ? Math.min(COMPUTED_TO_YEAR, Math.max(toYear, this.toYear + span)) : this.toYear;
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
    this.horizon?.surely(t, t + 1, "whether it is open then");
    if (!(t >= this.safeLo && t < this.safeHi)) this.cover(t, t);
    if (this.horizon !== null) this.horizon.needs(this.zone.localDay(t), this.zone.localDay(t), "whether it is open then");
    const lo = this.endingAfter(t);
    return lo < this.ends.length && this.starts[lo]! <= t;
  }

  /** Open ms in [a, b); 0 when b ≤ a. */
  openBetween(a: number, b: number): number {
    if (!(b > a)) return 0;
    // Refused before anything is computed: a span past the horizon costs nothing to refuse.
    this.horizon?.surely(a, b, "this count of open time");
    if (!(a >= this.safeLo && b < this.safeHi)) this.cover(a, b);
    if (this.horizon !== null) this.horizon.needs(this.zone.localDay(a), this.zone.localDay(b - 1), "this count of open time");
    return this.openBefore(b) - this.openBefore(a);
  }

  /**
   * The earliest instant u ≥ t with `amount` ms of open time in [t, u); Infinity when the
   * calendar never has that much open time again within the computed years. A due that the
   * search would look for past the horizon is SLA4014, not "too little open time".
   */
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
      if (!this.searchOn(t, "this due")) return Number.POSITIVE_INFINITY;
    }
  }


  /**
   * The end of the n-th business day (local date with open time) after the local date of t;
   * Infinity when there is none within the computed years.
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
      if (!this.searchOn(t, "this due")) return Number.POSITIVE_INFINITY;
    }
  }


  /**
   * Grows the range past its end for a search from t that found nothing in it: SLA4014 when
   * the search would need dates past the horizon; false at the end of the computed years.
   */
  private searchOn(t: number, what: string): boolean {
    if (this.horizon !== null && this.zone.localDay(this.safeHi) > this.horizon.to) this.horizon.needs(this.zone.localDay(t), this.horizon.to + 1, what);
    if (this.toYear >= COMPUTED_TO_YEAR) return false;
    this.cover(t, Math.min(yearStartMs(this.toYear + 2), END_MS - EDGE_MS - 1));
    return true;
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
    if (!(t >= FIRST_MS && t < END_MS)) outOfRange(this.calendar, t);
    if (!(later >= FIRST_MS && later < END_MS)) return Number.POSITIVE_INFINITY;
    // The zone model covers a year more each side, so the wall time's offsets are known too.
    this.zone.cover(utcYear(Math.min(t, later)), utcYear(Math.max(t, later)));
    return this.zone.boundInstant(t + this.zone.offsetAt(t) + n * DAY_MS);
  }
}

/** An answer that needs an instant outside the computed years (SLA4020). */
function outOfRange(calendar: Calendar, t: number): never {
  const when = Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? ` (${formatInstant(t)})` : "";
  const message = `calendar \`${calendar.id}\` is computed for ${COMPUTED_FROM_YEAR} to ${COMPUTED_TO_YEAR} only; this answer needs an instant outside them${when}`;
  throw new AnswerFailure(runtimeError(RuntimeCodes.OutOfRange, message, "give instants from 1970-01-01T00:00Z up to 2100-01-01T00:00Z"));
}

const indexes = new WeakMap<Calendar, CalendarIndex>();
// A calendar in the customer's zone keeps its index in this many zones at most.
const MAX_ZONES = 64;
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
    // The least recently used zone goes first: tickets name any number of zones, memory is bounded.
    if (byZone.size >= MAX_ZONES) byZone.delete(byZone.keys().next().value!);
  } else {
    byZone.delete(zone);
  }
  byZone.set(zone, result);
  return result;
}
