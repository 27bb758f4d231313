/**
 * A brute-force reference for business time, written from the bundle's Calendar and luxon
 * alone, sharing no code with src/runtime: one bit per minute says whether that minute is
 * open, and due times are found by stepping minute by minute.
 *
 * - Window bounds are wall-clock times turned into instants by luxon (`DateTime.fromObject`),
 *   which moves a time in a DST gap forward by the gap; for an ambiguous time luxon picks the
 *   later offset, so the earliest of `getPossibleOffsets()` is taken instead.
 * - A minute is closed when its local date (from luxon's offset at that minute) is closed;
 *   closed rules are expanded with luxon's own calendar arithmetic.
 */
import { DateTime } from "luxon";
import type { Calendar, ClosedRule } from "../../src/contract/bundle.js";

const MIN = 60_000;
const BLOCK = 15 * MIN;

/** The range every reference covers: December 2025 to June 2029, in whole minutes. */
export const REF_FROM = Date.UTC(2025, 11, 1);
export const REF_TO = Date.UTC(2029, 5, 1);
const MINUTES = (REF_TO - REF_FROM) / MIN;

// Offsets are tabled a month beyond the range, for window occurrences that reach into it.
const TABLE_FROM = REF_FROM - 30 * 86_400_000;
const TABLE_TO = REF_TO + 30 * 86_400_000;
const BLOCKS_PER_DAY = 96;
const offsetCache = new Map<string, Int32Array>();

/**
 * Luxon's UTC offset (minutes) of each 15-minute block of the table range. Luxon is asked
 * once a day, and for every block of a day whose offset differs from the next day's; every
 * zone the tests use changes offset at most once a day, on a 15-minute boundary.
 */
function blockOffsets(zone: string): Int32Array {
  let offsets = offsetCache.get(zone);
  if (offsets === undefined) {
    const days = (TABLE_TO - TABLE_FROM) / 86_400_000;
    offsets = new Int32Array(days * BLOCKS_PER_DAY);
    const at = (t: number): number => DateTime.fromMillis(t, { zone }).offset;
    let next = at(TABLE_FROM);
    for (let d = 0; d < days; d++) {
      const today = next;
      next = at(TABLE_FROM + (d + 1) * 86_400_000);
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

/**
 * The instant of a wall-clock bound, given as local ms since 1970-01-01. Away from offset
 * changes it is the wall time minus the one offset in force; within 14 h of a change luxon
 * decides (taking the earliest possible offset).
 */
function wallToInstant(zone: string, offsets: Int32Array, wall: number): number {
  const offset = offsetAt(offsets, wall - 14 * 3_600_000);
  if (offset === offsetAt(offsets, wall + 14 * 3_600_000)) return wall - offset * MIN;
  const w = new Date(wall);
  const dt = DateTime.fromObject(
    { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours(), minute: w.getUTCMinutes() },
    { zone },
  );
  const candidates = dt.getPossibleOffsets().map((d) => d.toMillis());
  return candidates.length > 0 ? Math.min(...candidates) : dt.toMillis();
}

function closedDateSet(rules: readonly ClosedRule[]): Set<number> {
  const out = new Set<string>();
  for (let year = 2024; year <= 2030; year++) {
    for (const rule of rules) {
      if (rule.kind === "yearly") {
        const d = DateTime.fromObject({ year, month: rule.month, day: rule.day }, { zone: "UTC" });
        if (d.isValid) out.add(d.toISODate()!);
      } else if (rule.kind === "nth_weekday") {
        const matches: DateTime[] = [];
        for (let d = DateTime.fromObject({ year, month: rule.month, day: 1 }, { zone: "UTC" }); d.month === rule.month; d = d.plus({ days: 1 })) {
          if (d.weekday === rule.weekday) matches.push(d);
        }
        const pick = rule.nth === -1 ? matches[matches.length - 1] : matches[rule.nth - 1];
        if (pick !== undefined) out.add(pick.toISODate()!);
      }
    }
  }
  for (const rule of rules) {
    if (rule.kind !== "dates") continue;
    const last = DateTime.fromISO(rule.to, { zone: "UTC" });
    for (let d = DateTime.fromISO(rule.from, { zone: "UTC" }); d <= last; d = d.plus({ days: 1 })) out.add(d.toISODate()!);
  }
  return new Set([...out].map((date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000));
}

/** A calendar's open minutes over the reference range, and brute-force queries on them. */
export class ReferenceCalendar {
  readonly open: Uint8Array;
  /** The local date of each minute as days since 1970-01-01, for day-based units. */
  private readonly localDayOf: Int32Array;

  constructor(calendar: Calendar) {
    const zone = calendar.zone;
    const offsets = blockOffsets(zone);
    this.open = new Uint8Array(MINUTES);
    // Paint every window occurrence of every local week that can reach into the range.
    let monday = DateTime.fromMillis(REF_FROM, { zone }).minus({ days: 14 });
    while (monday.weekday !== 1) monday = monday.minus({ days: 1 });
    const firstMonday = Date.UTC(monday.year, monday.month - 1, monday.day);
    for (let week = firstMonday; week < REF_TO + 14 * 86_400_000; week += 7 * 86_400_000) {
      for (const w of calendar.windows) {
        const from = wallToInstant(zone, offsets, week + w.start * MIN);
        const to = wallToInstant(zone, offsets, week + w.end * MIN);
        const a = Math.max(from, REF_FROM);
        const b = Math.min(to, REF_TO);
        if (b > a) this.open.fill(1, (a - REF_FROM) / MIN, (b - REF_FROM) / MIN);
      }
    }
    // Close every minute whose local date is closed.
    const closed = closedDateSet(calendar.closed);
    this.localDayOf = new Int32Array(MINUTES);
    // The 15 minutes of a block share its offset, hence its local date.
    for (let block = 0; block < MINUTES / 15; block++) {
      const t = REF_FROM + block * BLOCK;
      const day = Math.floor((t + offsetAt(offsets, t) * MIN) / 86_400_000);
      this.localDayOf.fill(day, block * 15, block * 15 + 15);
      if (closed.has(day)) this.open.fill(0, block * 15, block * 15 + 15);
    }
  }

  private index(t: number): number {
    if (t < REF_FROM || t >= REF_TO || (t - REF_FROM) % MIN !== 0) throw new Error(`reference cannot answer for ${new Date(t).toISOString()}`);
    return (t - REF_FROM) / MIN;
  }

  /** True when the minute starting at t is open. */
  isOpen(t: number): boolean {
    return this.open[this.index(t)] === 1;
  }

  /** The earliest u ≥ t with `minutes` open minutes in [t, u), stepping a minute at a time. */
  due(t: number, minutes: number): number {
    let i = this.index(t);
    let counted = 0;
    while (counted < minutes) {
      if (i >= MINUTES) throw new Error("reference range exhausted");
      counted += this.open[i]!;
      i++;
    }
    return REF_FROM + i * MIN;
  }

  /** Open minutes in [a, b). */
  openMinutes(a: number, b: number): number {
    let sum = 0;
    for (let i = this.index(a); i < this.index(b); i++) sum += this.open[i]!;
    return sum;
  }

  /** The end of the open time of the n-th local date with open time after the local date of t. */
  endOfBusinessDay(t: number, n: number): number {
    let i = this.index(t);
    const ticketDay = this.localDayOf[i]!;
    let seen = 0;
    let day = ticketDay;
    let lastEnd = -1;
    for (; i < MINUTES; i++) {
      const d = this.localDayOf[i]!;
      if (d !== day) {
        if (day !== ticketDay && lastEnd >= 0 && ++seen === n) return lastEnd;
        day = d;
        lastEnd = -1;
      }
      if (this.open[i] === 1) lastEnd = REF_FROM + (i + 1) * MIN;
    }
    throw new Error("reference range exhausted");
  }
}
