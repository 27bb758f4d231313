/**
 * Open windows as minutes of the week (Monday 00:00 = 0), the form the bundle carries
 * and the overlap check compares. A daily window whose end is not after its start ends
 * the next day, so `00:00 - 00:00` and `00:00 - 24:00` are both the whole day; a span
 * from one weekday and time to another wraps over the week's end when it must. A span
 * whose ends are in other zones than the calendar's is a zoned span, kept apart.
 */
import type { Calendar, DaySet, Open, OpenSpan, Weekday } from "../ast/nodes.js";
import { formatTime } from "../civil/text.js";
import { WEEKDAY_WORDS } from "./values.js";
import { type CalendarZone, calendarZone } from "./zones.js";

/** Minutes in a day. */
export const DAY = 1440;

/** Minutes in a week. */
export const WEEK = 7 * DAY;

/** One weekly window: `0 ≤ start < WEEK`, `start < end ≤ start + WEEK`, and the item it came from. */
export interface WeekWindow {
  readonly start: number;
  readonly end: number;
  readonly source: Open;
}

function isStart(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= 0 && minutes < DAY;
}

function isEnd(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= DAY;
}

/** The distinct days of some day sets, Monday first; listing a day twice means it once. */
export function daysOf(sets: readonly DaySet[]): Weekday[] {
  // A seven-slot table rather than a Set and a sort: this runs for every window.
  const listed = [false, false, false, false, false, false, false, false];
  for (const set of sets) for (const day of set.days) listed[day] = true;
  const days: Weekday[] = [];
  for (let day = 1; day <= 7; day++) if (listed[day]) days.push(day as Weekday);
  return days;
}

/** The single day of a span endpoint, or undefined when the set names none or several. */
export function singleDay(set: DaySet): Weekday | undefined {
  const days = daysOf([set]);
  return days.length === 1 ? days[0] : undefined;
}

/**
 * The weekly windows of one `open` item; none when its times or days are invalid
 * (InvalidTime and InvalidWindow report those), so later stages never see a bad window.
 */
export function windowsOf(open: Open): WeekWindow[] {
  if (!isStart(open.from.minutes) || !isEnd(open.to.minutes)) return [];
  const from = open.from.minutes;
  const to = open.to.minutes;
  if (open.kind === "OpenDaily") {
    return daysOf(open.days).map((day) => {
      const start = (day - 1) * DAY + from;
      return { start, end: start - from + (to <= from ? to + DAY : to), source: open };
    });
  }
  const fromDay = singleDay(open.fromDay);
  const toDay = singleDay(open.toDay);
  if (fromDay === undefined || toDay === undefined) return [];
  const start = (fromDay - 1) * DAY + from;
  let end = (toDay - 1) * DAY + to;
  if (end === start) return [];
  if (end < start) end += WEEK;
  return [{ start, end, source: open }];
}

/**
 * The zones of a span's two ends, each its own or else the calendar's: `window` when it
 * names none, or both are the calendar's fixed zone (an ordinary window); `unzoned` when
 * an end names none and the calendar's zone is not fixed (SpanZonesRule reports it).
 */
export function spanZones(span: OpenSpan, zone: CalendarZone): { readonly startZone: string; readonly endZone: string } | "window" | "unzoned" {
  if (span.fromZone === undefined && span.toZone === undefined) return "window";
  const fixed = zone.kind === "fixed" ? zone.zone : undefined;
  const startZone = span.fromZone?.value ?? fixed;
  const endZone = span.toZone?.value ?? fixed;
  if (startZone === undefined || endZone === undefined) return "unzoned";
  return startZone === fixed && endZone === fixed ? "window" : { startZone, endZone };
}

/** All weekly windows of a calendar in its own zone, sorted by start (then end) for a stable bundle. */
export function calendarWindows(calendar: Calendar): WeekWindow[] {
  const zone = calendarZone(calendar);
  const windows: WeekWindow[] = [];
  for (const item of calendar.items) {
    if (item.kind === "OpenDaily" || (item.kind === "OpenSpan" && spanZones(item, zone) === "window")) windows.push(...windowsOf(item));
  }
  return windows.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A weekly span whose ends are wall-clock times in other zones: minutes of the week in each end's zone. */
export interface ZonedWeekSpan {
  readonly start: number;
  readonly startZone: string;
  readonly end: number;
  readonly endZone: string;
  readonly source: OpenSpan;
}

/** The ends of a span as minutes of the week (the end taken modulo a week), or undefined when its days or times are invalid. */
export function spanEnds(span: OpenSpan): { readonly start: number; readonly end: number } | undefined {
  const fromDay = singleDay(span.fromDay);
  const toDay = singleDay(span.toDay);
  if (fromDay === undefined || toDay === undefined || !isStart(span.from.minutes) || !isEnd(span.to.minutes)) return undefined;
  return { start: (fromDay - 1) * DAY + span.from.minutes, end: ((toDay - 1) * DAY + span.to.minutes) % WEEK };
}

/** The zoned spans of a calendar, sorted by start, then zones, then end, for a stable bundle. */
export function calendarSpans(calendar: Calendar): ZonedWeekSpan[] {
  const zone = calendarZone(calendar);
  const spans: ZonedWeekSpan[] = [];
  for (const item of calendar.items) {
    if (item.kind !== "OpenSpan") continue;
    const zones = spanZones(item, zone);
    const ends = spanEnds(item);
    if (typeof zones === "string" || ends === undefined) continue;
    spans.push({ ...ends, ...zones, source: item });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return spans.sort((a, b) => a.start - b.start || order(a.startZone, b.startZone) || a.end - b.end || order(a.endZone, b.endZone));
}

/** Two windows from different `open` items that share open time, and the first shared minute. */
export interface Overlap {
  readonly first: Open;
  readonly second: Open;
  readonly at: number;
}

/**
 * The overlaps among sorted windows, one per pair of `open` items, found by one sweep
 * (plus a pass for the windows that run past the week's end) rather than all pairs.
 */
export function findOverlaps(sorted: readonly WeekWindow[]): Overlap[] {
  const overlaps: Overlap[] = [];
  const seen = new Set<string>();
  const index = new Map<Open, number>();
  const idOf = (open: Open): number => {
    let id = index.get(open);
    if (id === undefined) index.set(open, (id = index.size));
    return id;
  };
  const add = (a: WeekWindow, b: WeekWindow, at: number): void => {
    if (a.source === b.source) return;
    const [first, second] = a.source.range.start.offset <= b.source.range.start.offset ? [a, b] : [b, a];
    const key = `${idOf(first.source)}:${idOf(second.source)}`;
    if (seen.has(key)) return;
    seen.add(key);
    overlaps.push({ first: first.source, second: second.source, at: at % WEEK });
  };
  let reach: WeekWindow | undefined;
  for (const window of sorted) {
    if (reach && window.start < reach.end) add(reach, window, window.start);
    if (!reach || window.end > reach.end) reach = window;
  }
  for (const wrapping of sorted) {
    const tail = wrapping.end - WEEK;
    for (const window of sorted) {
      if (window.start >= tail) break;
      add(wrapping, window, window.start);
    }
  }
  return overlaps;
}

/** A weekday word and time for a minute of the week, such as `mon 09:00`. */
export function describeMinute(minuteOfWeek: number): string {
  const minute = ((minuteOfWeek % WEEK) + WEEK) % WEEK;
  return `${WEEKDAY_WORDS[Math.floor(minute / DAY)]} ${formatTime(minute % DAY)}`;
}

/** Days written compactly: runs of three or more as `mon-fri`, all seven as `daily`. */
export function describeDays(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return "daily";
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const first = WEEKDAY_WORDS[sorted[i]! - 1]!;
    const last = WEEKDAY_WORDS[sorted[j]! - 1]!;
    if (j - i >= 2) parts.push(`${first}-${last}`);
    else for (let k = i; k <= j; k++) parts.push(WEEKDAY_WORDS[sorted[k]! - 1]!);
    i = j + 1;
  }
  return parts.join(", ");
}

/** An `open` item as a reader would write it, for messages. */
export function describeOpen(open: Open): string {
  if (open.kind === "OpenDaily") {
    return `open ${describeDays(daysOf(open.days))} ${formatTime(open.from.minutes)} - ${formatTime(open.to.minutes)}`;
  }
  const zone = (name: { readonly value: string } | undefined) => (name === undefined ? "" : ` ${name.value}`);
  return `open ${describeDays(open.fromDay.days)} ${formatTime(open.from.minutes)}${zone(open.fromZone)} - ${describeDays(
    open.toDay.days,
  )} ${formatTime(open.to.minutes)}${zone(open.toZone)}`;
}
