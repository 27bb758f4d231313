/**
 * A brute-force reference for business time, written from the bundle's Calendar and luxon
 * alone, sharing no code with src/runtime: one bit per minute says whether that minute is
 * open, and due times are found by stepping minute by minute.
 *
 * - Window bounds are wall-clock times turned into instants by luxon (`DateTime.fromObject`),
 *   which moves a time in a DST gap forward by the gap; for an ambiguous time luxon picks the
 *   later offset, so the earliest of `getPossibleOffsets()` is taken instead.
 * - A span between two zones opens at its start bound (read so in its start zone) and closes
 *   at the earliest end bound (read so in its end zone, one per local week there) after that.
 * - A minute is closed when its local date (from luxon's offset at that minute) is closed;
 *   closed rules are expanded with luxon's own calendar arithmetic, Easter by Gauss's
 *   algorithm (the runtime uses the anonymous Gregorian computus).
 * - A calendar in the customer's zone is painted in the zone given for the ticket.
 * - With a horizon, every answer that steps over a minute whose local date lies outside it
 *   is refused (`ReferenceRefusal`), as the runtime must refuse it.
 */
import { DateTime } from "luxon";
import type { Calendar, ClosedRule, DateMove } from "../../src/contract/bundle.js";

const MIN = 60_000;
const DAY = 86_400_000;
const BLOCK = 15 * MIN;

/** The range every reference covers: December 2025 to June 2029, in whole minutes. */
export const REF_FROM = Date.UTC(2025, 11, 1);
export const REF_TO = Date.UTC(2029, 5, 1);
const MINUTES = (REF_TO - REF_FROM) / MIN;
const BLOCKS = MINUTES / 15;

/** Base years whose closed rules are expanded: the range's years and more, for moved dates. */
const FIRST_YEAR = 2023;
const LAST_YEAR = 2031;

// Offsets are tabled two months beyond the range, for window and span occurrences (and the
// end bounds around a span's opening) that reach into it.
const TABLE_FROM = REF_FROM - 60 * DAY;
const TABLE_TO = REF_TO + 60 * DAY;
const BLOCKS_PER_DAY = 96;
const offsetCache = new Map<string, Int32Array>();
const dayCache = new Map<string, Int32Array>();

/** Thrown when an answer lies past the end of the reference's range (a calendar open too rarely to answer within it). */
export class ReferenceExhausted extends Error {
  constructor() {
    super("reference range exhausted");
  }
}

/** Thrown when an answer needs a local date outside the calendar's horizon. */
export class ReferenceRefusal extends Error {
  constructor(readonly date: string) {
    super(`the reference knows no closed dates on ${date}`);
  }
}

/**
 * Luxon's UTC offset (minutes) of each 15-minute block of the table range. Luxon is asked
 * once a day, and for every block of a day whose offset differs from the next day's; every
 * zone the tests use changes offset at most once a day, on a 15-minute boundary.
 */
function blockOffsets(zone: string): Int32Array {
  let offsets = offsetCache.get(zone);
  if (offsets === undefined) {
    const days = (TABLE_TO - TABLE_FROM) / DAY;
    offsets = new Int32Array(days * BLOCKS_PER_DAY);
    const at = (t: number): number => DateTime.fromMillis(t, { zone }).offset;
    let next = at(TABLE_FROM);
    for (let d = 0; d < days; d++) {
      const today = next;
      next = at(TABLE_FROM + (d + 1) * DAY);
      for (let b = 0; b < BLOCKS_PER_DAY; b++) {
        const i = d * BLOCKS_PER_DAY + b;
        offsets[i] = today === next ? today : at(TABLE_FROM + i * BLOCK);
      }
    }
    offsetCache.set(zone, offsets);
  }
  return offsets;
}

function offsetAt(offsets: Int32Array, t: number): number {
  return offsets[Math.floor((t - TABLE_FROM) / BLOCK)]!;
}

/** The local date (days since 1970-01-01) of each 15-minute block of the reference range. */
function blockDays(zone: string): Int32Array {
  let days = dayCache.get(zone);
  if (days === undefined) {
    const offsets = blockOffsets(zone);
    days = new Int32Array(BLOCKS);
    for (let block = 0; block < BLOCKS; block++) {
      const t = REF_FROM + block * BLOCK;
      days[block] = Math.floor((t + offsetAt(offsets, t) * MIN) / DAY);
    }
    dayCache.set(zone, days);
  }
  return days;
}

/** A wall-clock time in a zone as an instant, by luxon alone: a gap moves forward, an ambiguous time takes its earlier offset. */
function wallInZone(zone: string, year: number, month: number, day: number, hour: number, minute: number): number {
  const dt = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  const candidates = dt.getPossibleOffsets().map((d) => d.toMillis());
  return candidates.length > 0 ? Math.min(...candidates) : dt.toMillis();
}

/**
 * The instant of a wall-clock bound, given as local ms since 1970-01-01. Away from offset
 * changes it is the wall time minus the one offset in force; within 14 h of a change luxon
 * decides (taking the earliest possible offset).
 */
function wallToInstant(zone: string, offsets: Int32Array, wall: number): number {
  const offset = offsetAt(offsets, wall - 14 * 3_600_000);
  if (offset === offsetAt(offsets, wall + 14 * 3_600_000)) return wall - offset * MIN;
  const w = new Date(wall);
  return wallInZone(zone, w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes());
}

/** The Monday 00:00 (as local wall ms) of the local week holding a wall time. */
function mondayOf(wall: number): number {
  const d = DateTime.fromMillis(wall, { zone: "UTC" }).startOf("week");
  return Date.UTC(d.year, d.month - 1, d.day);
}

/**
 * Easter Sunday by Gauss's algorithm (with its two exceptions), as a UTC luxon date; the
 * years the reference expands, 2023–2031, are checked against a published list in
 * calendar-rules.test.ts.
 */
export function gaussEaster(year: number): DateTime {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const M = (15 - p + k - q) % 30;
  const N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30;
  const e = (2 * b + 4 * c + 6 * d + N) % 7;
  let days = d + e; // after March 22
  if (d === 29 && e === 6) days = 28; // April 19, not 26
  else if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) days = 27; // April 18, not 25
  return DateTime.fromObject({ year, month: 3, day: 22 }, { zone: "UTC" }).plus({ days });
}

/** The dates a moved rule closes: its date shifted, and that date's observed day if its weekday is listed. */
function movedDates(date: DateTime, move: DateMove | null): DateTime[] {
  if (move === null) return [date];
  const shifted = date.plus({ days: move.shift });
  const out = [shifted];
  for (const o of move.observed) if (shifted.weekday === o.weekday) out.push(shifted.plus({ days: o.days }));
  return out;
}

/** Days since 1970-01-01 of a luxon date (its calendar date, whatever its zone). */
function dayNumberOf(d: DateTime): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY;
}

/** Days since 1970-01-01 of a bundle date. */
function dayOfIso(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

function closedDateSet(calendar: Calendar): Set<number> {
  const out = new Set<number>();
  const addRange = (from: number, to: number): void => {
    for (let d = from; d <= to; d++) out.add(d);
  };
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const rule of calendar.closed) {
      let dates: DateTime[] = [];
      if (rule.kind === "yearly") {
        const d = DateTime.fromObject({ year, month: rule.month, day: rule.day }, { zone: "UTC" });
        if (d.isValid) dates = movedDates(d, rule.move);
      } else if (rule.kind === "nth_weekday") {
        // The first such weekday of the month, then whole weeks on; the last counted back from the month's end.
        const first = DateTime.fromObject({ year, month: rule.month, day: 1 }, { zone: "UTC" });
        const last = first.endOf("month").startOf("day");
        const pick =
          rule.nth === -1
            ? last.minus({ days: (last.weekday - rule.weekday + 7) % 7 })
            : first.plus({ days: ((rule.weekday - first.weekday + 7) % 7) + 7 * (rule.nth - 1) });
        if (pick.month === rule.month) dates = movedDates(pick, rule.move);
      } else if (rule.kind === "easter") {
        dates = movedDates(gaussEaster(year).plus({ days: rule.offset }), rule.move);
      } else if (rule.kind === "yearly_range") {
        const [from, to] = yearlyRange(rule, year);
        addRange(dayNumberOf(from), dayNumberOf(to));
      }
      for (const d of dates) out.add(dayNumberOf(d));
    }
  }
  for (const rule of calendar.closed) if (rule.kind === "dates") addRange(dayOfIso(rule.from), dayOfIso(rule.to));
  for (const set of calendar.holidays) for (const { date } of set.dates) out.add(dayOfIso(date));
  return out;
}

/**
 * The first and last date of a yearly range starting in `year`: into the next year when
 * `to` comes before `from`; a `from` day past its month's end starts on the next day, a `to`
 * day past it ends on the month's last day.
 */
function yearlyRange(rule: Extract<ClosedRule, { kind: "yearly_range" }>, year: number): [DateTime, DateTime] {
  const { from, to } = rule;
  const wraps = to.month * 100 + to.day < from.month * 100 + from.day;
  const first = DateTime.fromObject({ year, month: from.month, day: 1 }, { zone: "UTC" }).plus({ days: from.day - 1 });
  const month = DateTime.fromObject({ year: wraps ? year + 1 : year, month: to.month, day: 1 }, { zone: "UTC" });
  return [first, month.set({ day: Math.min(to.day, month.daysInMonth!) })];
}

/** A calendar's open minutes over the reference range, and brute-force queries on them. */
export class ReferenceCalendar {
  readonly open: Uint8Array;
  readonly zone: string;
  /** The local date of each 15-minute block, for closed dates, day-based units and the horizon. */
  private readonly dayOfBlock: Int32Array;
  private readonly horizonFrom: number;
  private readonly horizonTo: number;
  /** 1 for each block whose local date lies outside the horizon; null without a horizon. */
  private readonly unknownBlock: Uint8Array | null = null;

  /** The calendar in its own zone, or for a calendar in the customer's zone in `ticketZone` (else its default). */
  constructor(calendar: Calendar, ticketZone?: string) {
    const zone = calendar.ticketZone ? (ticketZone ?? calendar.zone) : calendar.zone;
    if (zone === null) throw new Error("the reference needs a zone");
    this.zone = zone;
    const offsets = blockOffsets(zone);
    this.open = new Uint8Array(MINUTES);
    const paint = (from: number, to: number): void => {
      const a = Math.max(from, REF_FROM);
      const b = Math.min(to, REF_TO);
      if (b > a) this.open.fill(1, (a - REF_FROM) / MIN, (b - REF_FROM) / MIN);
    };
    // Paint every window occurrence of every local week that can reach into the range.
    const firstMonday = mondayOf(REF_FROM - 14 * DAY);
    for (let week = firstMonday; week < REF_TO + 14 * DAY; week += 7 * DAY) {
      for (const w of calendar.windows) paint(wallToInstant(zone, offsets, week + w.start * MIN), wallToInstant(zone, offsets, week + w.end * MIN));
    }
    for (const span of calendar.spans) {
      const startOffsets = blockOffsets(span.startZone);
      const endOffsets = blockOffsets(span.endZone);
      for (let week = firstMonday; week < REF_TO + 14 * DAY; week += 7 * DAY) {
        const opens = wallToInstant(span.startZone, startOffsets, week + span.start * MIN);
        // The end zone's local weeks around the opening: their end bounds, the first after it.
        // Local Mondays are the same wall times in every zone, so its week is counted from ours.
        const endWall = opens + offsetAt(endOffsets, opens) * MIN;
        const endWeek = firstMonday + Math.floor((endWall - firstMonday) / (7 * DAY)) * 7 * DAY;
        let closes = Infinity;
        for (let k = -2; k <= 2; k++) {
          const bound = wallToInstant(span.endZone, endOffsets, endWeek + k * 7 * DAY + span.end * MIN);
          if (bound > opens) closes = Math.min(closes, bound);
        }
        paint(opens, closes);
      }
    }
    // Close every minute whose local date is closed; the 15 minutes of a block share its date.
    const closed = closedDateSet(calendar);
    this.dayOfBlock = blockDays(zone);
    const firstDay = this.dayOfBlock[0]! - 1;
    const isClosed = new Uint8Array(this.dayOfBlock[BLOCKS - 1]! - firstDay + 2);
    for (const day of closed) if (day >= firstDay && day - firstDay < isClosed.length) isClosed[day - firstDay] = 1;
    for (let block = 0; block < BLOCKS; block++) {
      if (isClosed[this.dayOfBlock[block]! - firstDay] === 1) this.open.fill(0, block * 15, block * 15 + 15);
    }
    const horizon = calendar.horizon;
    this.horizonFrom = horizon === null ? -Infinity : Date.parse(`${horizon.from}T00:00:00Z`) / DAY;
    this.horizonTo = horizon === null ? Infinity : Date.parse(`${horizon.to}T00:00:00Z`) / DAY;
    if (horizon !== null) {
      this.unknownBlock = new Uint8Array(BLOCKS);
      for (let block = 0; block < BLOCKS; block++) {
        const day = this.dayOfBlock[block]!;
        if (day < this.horizonFrom || day > this.horizonTo) this.unknownBlock[block] = 1;
      }
    }
  }

  private index(t: number): number {
    if (t < REF_FROM || t >= REF_TO || (t - REF_FROM) % MIN !== 0) throw new Error(`reference cannot answer for ${new Date(t).toISOString()}`);
    return (t - REF_FROM) / MIN;
  }

  private dayOf(i: number): number {
    return this.dayOfBlock[Math.floor(i / 15)]!;
  }

  /** Refuses when minute i's local date lies outside the horizon. */
  private known(i: number): void {
    if (this.unknownBlock !== null && this.unknownBlock[Math.floor(i / 15)] === 1) {
      throw new ReferenceRefusal(new Date(this.dayOf(i) * DAY).toISOString().slice(0, 10));
    }
  }

  /** True when the minute starting at t is open. */
  isOpen(t: number): boolean {
    const i = this.index(t);
    this.known(i);
    return this.open[i] === 1;
  }

  /** The earliest u ≥ t with `minutes` open minutes in [t, u), stepping a minute at a time. */
  due(t: number, minutes: number): number {
    let i = this.index(t);
    let counted = 0;
    while (counted < minutes) {
      if (i >= MINUTES) throw new ReferenceExhausted();
      this.known(i);
      counted += this.open[i]!;
      i++;
    }
    return REF_FROM + i * MIN;
  }

  /** Open minutes in [a, b). */
  openMinutes(a: number, b: number): number {
    let sum = 0;
    for (let i = this.index(a), end = this.index(b); i < end; i++) {
      this.known(i);
      sum += this.open[i]!;
    }
    return sum;
  }

  /** The end of the open time of the n-th local date with open time after the local date of t. */
  endOfBusinessDay(t: number, n: number): number {
    let i = this.index(t);
    const ticketDay = this.dayOf(i);
    let seen = 0;
    let day = ticketDay;
    let lastEnd = -1;
    for (; i < MINUTES; i++) {
      const d = this.dayOf(i);
      if (d !== day) {
        if (day !== ticketDay && lastEnd >= 0 && ++seen === n) return lastEnd;
        day = d;
        lastEnd = -1;
      }
      // The dates after the ticket's are read until the n-th business day is complete.
      if (d !== ticketDay) this.known(i);
      if (this.open[i] === 1) lastEnd = REF_FROM + (i + 1) * MIN;
    }
    throw new ReferenceExhausted();
  }

  /**
   * The same wall time n dates later in the calendar's zone: the wall time from luxon's
   * offset at t, n whole days of wall time added, and turned back into an instant as a bound.
   */
  calendarDaysLater(t: number, n: number): number {
    const offsets = blockOffsets(this.zone);
    return wallToInstant(this.zone, offsets, t + offsetAt(offsets, t) * MIN + n * DAY);
  }
}
