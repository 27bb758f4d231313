/**
 * A calendar's open time for a UTC year as sorted instant intervals: weekly windows in
 * its zone and spans between two zones, minus its closed dates.
 */
import type { Calendar, ZonedSpan } from "../../contract/bundle.js";
import { closedDatesOf } from "./closed.js";
import { DAY_MS, isoWeekday, MINUTE_MS, yearStartMs } from "../../civil/days.js";
import { zoneModel, type ZoneModel } from "./zone.js";

// Windows and spans last about a week at most and offsets shift wall time by under a day,
// so generating two extra weeks each side of a range catches every one that reaches into it.
const MARGIN_DAYS = 15;
const MAX_OFFSET_MS = 16 * 3_600_000;

/** Open time of a calendar over a range: sorted, disjoint, non-touching [start, end) instants. */
export interface OpenIntervals {
  /** Where each interval opens (epoch ms), ascending. */
  readonly starts: Float64Array<ArrayBuffer>;
  /** Where each interval closes (epoch ms, exclusive). */
  readonly ends: Float64Array<ArrayBuffer>;
}

/** Business days of a range: each local date with open time and the end of its open time. */
export interface BusinessDays {
  /** The local dates with open time, as day numbers (days since 1970-01-01), ascending. */
  readonly days: Float64Array<ArrayBuffer>;
  /** The end of each date's open time (epoch ms). */
  readonly ends: Float64Array<ArrayBuffer>;
}

/**
 * Computes the open intervals of a calendar over whole UTC years, clipped to them, with its
 * windows and closed dates read in `zone` (its own, or the ticket's).
 */
export function openIntervals(calendar: Calendar, zone: ZoneModel, fromYear: number, toYear: number): OpenIntervals {
  const lo = yearStartMs(fromYear);
  const hi = yearStartMs(toYear + 1);
  zone.cover(fromYear, toYear);
  const firstDay = Math.floor(lo / DAY_MS) - MARGIN_DAYS;
  const lastDay = Math.floor(hi / DAY_MS) + MARGIN_DAYS;
  const open: number[] = [];
  for (let monday = firstDay - (isoWeekday(firstDay) - 1); monday <= lastDay; monday += 7) {
    const wall = monday * DAY_MS;
    for (const window of calendar.windows) {
      const start = zone.boundInstant(wall + window.start * MINUTE_MS);
      const end = zone.boundInstant(wall + window.end * MINUTE_MS);
      // A bound moved forward out of a DST gap can overtake the other bound: nothing is open.
      if (end > start) open.push(start, end);
    }
  }
  for (const span of calendar.spans) pushSpans(open, span, fromYear, toYear, firstDay, lastDay);
  const closed: number[] = [];
  for (const day of closedDatesOf(calendar).between(firstDay, lastDay)) {
    // Open time is closed when its local date is the day; with one offset per segment the
    // instants of that date within a segment are one interval.
    zone.forEachSegment(day * DAY_MS - MAX_OFFSET_MS, (day + 1) * DAY_MS + MAX_OFFSET_MS, (from, to, offset) => {
      const a = Math.max(from, day * DAY_MS - offset);
      const b = Math.min(to, (day + 1) * DAY_MS - offset);
      if (b > a) closed.push(a, b);
    });
  }
  const result = clip(subtract(merge(open), merge(closed)), lo, hi);
  const n = result.length / 2;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = result[2 * i]!;
    ends[i] = result[2 * i + 1]!;
  }
  return { starts, ends };
}

/**
 * Adds the occurrences of a span whose weeks start in [firstDay, lastDay] (local days of its
 * start zone). Each opens at its start bound and closes at the first end bound after that
 * instant; both bounds are read like window bounds (a time in a DST gap moves forward by the
 * gap, an ambiguous time takes the earlier offset), each in its own zone.
 */
function pushSpans(open: number[], span: ZonedSpan, fromYear: number, toYear: number, firstDay: number, lastDay: number): void {
  const startZone = zoneModel(span.startZone);
  const endZone = zoneModel(span.endZone);
  startZone.cover(fromYear, toYear);
  endZone.cover(fromYear, toYear);
  for (let monday = firstDay - (isoWeekday(firstDay) - 1); monday <= lastDay; monday += 7) {
    const start = startZone.boundInstant(monday * DAY_MS + span.start * MINUTE_MS);
    // The end zone's week holding the opening, and the weeks around it: the first end bound
    // after the opening lies in one of them (bounds moved out of a gap are not in order).
    const local = Math.floor((start + endZone.offsetAt(start)) / DAY_MS);
    const week = local - (isoWeekday(local) - 1);
    let end = Number.POSITIVE_INFINITY;
    for (let k = -14; k <= 14; k += 7) {
      const bound = endZone.boundInstant((week + k) * DAY_MS + span.end * MINUTE_MS);
      if (bound > start && bound < end) end = bound;
    }
    open.push(start, end);
  }
}

/** Sorts flat [start, end, …] pairs and merges overlapping and touching ones. */
function merge(pairs: number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) order.push(i);
  order.sort((a, b) => pairs[a]! - pairs[b]!);
  const out: number[] = [];
  for (const i of order) {
    const start = pairs[i]!;
    const end = pairs[i + 1]!;
    if (out.length > 0 && start <= out[out.length - 1]!) {
      out[out.length - 1] = Math.max(out[out.length - 1]!, end);
    } else {
      out.push(start, end);
    }
  }
  return out;
}

/** Removes merged `holes` from merged `pairs`. */
function subtract(pairs: number[], holes: number[]): number[] {
  const out: number[] = [];
  let h = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    let start = pairs[i]!;
    const end = pairs[i + 1]!;
    while (h < holes.length && holes[h + 1]! <= start) h += 2;
    let k = h;
    while (k < holes.length && holes[k]! < end) {
      if (holes[k]! > start) out.push(start, holes[k]!);
      start = Math.max(start, holes[k + 1]!);
      k += 2;
    }
    if (end > start) out.push(start, end);
  }
  return out;
}

function clip(pairs: number[], lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const start = Math.max(lo, pairs[i]!);
    const end = Math.min(hi, pairs[i + 1]!);
    if (end > start) out.push(start, end);
  }
  return out;
}

/** Finds each local date with open time and the last instant of its open time. */
export function businessDays(open: OpenIntervals, zone: ZoneModel): BusinessDays {
  const lastEnd = new Map<number, number>();
  for (let i = 0; i < open.starts.length; i++) {
    zone.forEachSegment(open.starts[i]!, open.ends[i]!, (from, to, offset) => {
      // Split the piece at each local midnight of this segment's offset.
      for (let a = from; a < to; ) {
        const day = Math.floor((a + offset) / DAY_MS);
        const b = Math.min(to, (day + 1) * DAY_MS - offset);
        lastEnd.set(day, Math.max(lastEnd.get(day) ?? b, b));
        a = b;
      }
    });
  }
  const days = [...lastEnd.keys()].sort((a, b) => a - b);
  return { days: Float64Array.from(days), ends: Float64Array.from(days, (d) => lastEnd.get(d)!) };
}
