/**
 * Wall-clock time in an IANA zone: local days and the instants of local times (DST gaps
 * move forward, ambiguous times take the earlier offset). The bottom of the clock layer.
 */
import { IANAZone } from "luxon";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { runtimeError, RuntimeFailure } from "../errors.js";
import { DAY_MS, MINUTE_MS, yearStartMs } from "../../civil/days.js";

// Offsets are sampled at this step and transitions located by bisection; IANA zones never
// change offset twice within half a day in the years anyone files tickets in.
const SAMPLE_MS = 12 * 3_600_000;
// Every real offset lies within ±16 h of UTC, so this bounds the search for a wall time.
const MAX_OFFSET_MS = 16 * 3_600_000;

/**
 * A zone's UTC offsets over a range of years, as segments of constant offset, so that
 * wall-clock ↔ instant conversions are exact arithmetic instead of repeated Intl calls.
 */
export class ZoneModel {
  /** The IANA name of the zone. */
  readonly name: string;
  private readonly zone: IANAZone;
  private fromYear = 0;
  private toYear = -1;
  /** Segment k covers instants [starts[k], starts[k + 1]) with offset offsets[k] (ms). */
  private starts: number[] = [];
  private offsets: number[] = [];

  constructor(name: string) {
    const zone = IANAZone.create(name);
    if (!zone.isValid) {
      throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, `\`${name}\` is not an IANA time zone`));
    }
    this.name = name;
    this.zone = zone;
  }

  /** Makes the model exact for every instant of the given UTC years (and one more each side). */
  cover(fromYear: number, toYear: number): void {
    if (this.toYear < this.fromYear) {
      const start = yearStartMs(fromYear - 1);
      const offset = this.offsetFromZone(start);
      this.starts = [Number.NEGATIVE_INFINITY];
      this.offsets = [offset];
      this.sampleForward(start, yearStartMs(toYear + 2));
      this.fromYear = fromYear;
      this.toYear = toYear;
      return;
    }
    if (fromYear < this.fromYear) {
      // Sample the earlier years on their own, then put the known segments after them.
      const start = yearStartMs(fromYear - 1);
      const known = { starts: this.starts.slice(1), offsets: this.offsets.slice(1) };
      this.starts = [Number.NEGATIVE_INFINITY];
      this.offsets = [this.offsetFromZone(start)];
      this.sampleForward(start, yearStartMs(this.fromYear - 1));
      this.starts.push(...known.starts);
      this.offsets.push(...known.offsets);
      this.fromYear = fromYear;
    }
    if (toYear > this.toYear) {
      this.sampleForward(yearStartMs(this.toYear + 2), yearStartMs(toYear + 2));
      this.toYear = toYear;
    }
  }

  /** Appends the transitions in (from, to], given that the last segment's offset holds at `from`. */
  private sampleForward(from: number, to: number): void {
    let previous = this.offsets[this.offsets.length - 1]!;
    for (let a = from; a < to; ) {
      const t = Math.min(a + SAMPLE_MS, to);
      const offset = this.offsetFromZone(t);
      if (offset !== previous) {
        // The transition lies in (a, t]: bisect to the millisecond.
        let lo = a;
        let hi = t;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (this.offsetFromZone(mid) === previous) lo = mid;
          else hi = mid;
        }
        this.starts.push(hi);
        this.offsets.push(offset);
        previous = offset;
      }
      a = t;
    }
  }

  private offsetFromZone(t: number): number {
    return this.zone.offset(t) * MINUTE_MS;
  }

  /** Index of the segment holding instant t. */
  private segmentAt(t: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The UTC offset (ms) in force at instant t. */
  offsetAt(t: number): number {
    return this.offsets[this.segmentAt(t)]!;
  }

  /** The local date of instant t as a day number (days since 1970-01-01). */
  localDay(t: number): number {
    return Math.floor((t + this.offsetAt(t)) / DAY_MS);
  }

  /**
   * The instant of a wall-clock time (given as local ms since 1970-01-01 00:00) for a
   * window bound: an ambiguous wall time takes the earlier offset, and one that falls in a
   * gap moves forward by the gap (it is read with the offset in force before the gap).
   */
  boundInstant(wall: number): number {
    const first = this.segmentAt(wall - MAX_OFFSET_MS);
    const last = this.segmentAt(wall + MAX_OFFSET_MS);
    for (let k = first; k <= last; k++) {
      // Segments are in time order, so the first that contains the wall time is the earlier offset.
      const u = wall - this.offsets[k]!;
      if (u >= this.starts[k]! && (k + 1 >= this.starts.length || u < this.starts[k + 1]!)) return u;
    }
    for (let k = first + 1; k <= last; k++) {
      const before = this.offsets[k - 1]!;
      const start = this.starts[k]!;
      if (wall >= start + before && wall < start + this.offsets[k]!) return wall - before;
    }
    throw new Error(`no instant for wall time ${wall} in ${this.name}`);
  }

  /** Calls back with the pieces [from, to) of [a, b) that lie in one segment, and its offset. */
  forEachSegment(a: number, b: number, visit: (from: number, to: number, offset: number) => void): void {
    for (let k = this.segmentAt(a); k < this.starts.length; k++) {
      const from = Math.max(a, this.starts[k]!);
      const to = k + 1 < this.starts.length ? Math.min(b, this.starts[k + 1]!) : b;
      if (from >= b) break;
      if (to > from) visit(from, to, this.offsets[k]!);
    }
  }
}

const zones = new Map<string, ZoneModel>();
const canonical = new Map<string, string | null>();
// Names as tickets write them are cached up to this many (case variants are unbounded).
const MAX_NAMES = 4096;

/**
 * The canonical name of an IANA zone as a ticket writes it (`asia/tokyo` is `Asia/Tokyo`),
 * or null when there is no such zone. Only names that start with a letter count, so an
 * offset such as `+05:00` is not a zone, whatever the JavaScript engine accepts.
 */
export function zoneNamed(name: string): string | null {
  let result = canonical.get(name);
  if (result === undefined) {
    result = null;
    if (/^[A-Za-z]/.test(name) && IANAZone.isValidZone(name)) {
      result = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    }
    if (canonical.size >= MAX_NAMES) canonical.clear();
    canonical.set(name, result);
  }
  return result;
}

/** The shared offset model of an IANA zone. */
export function zoneModel(name: string): ZoneModel {
  let model = zones.get(name);
  if (model === undefined) {
    model = new ZoneModel(name);
    zones.set(name, model);
  }
  return model;
}
