/**
 * Bundle values read as a person says them, through a message catalog: durations, target
 * amounts, weekly windows, closed dates, language names and a zone's UTC offsets. Nothing
 * here reads the machine's locale or time zone: every Intl call names its locale and zone,
 * so the same bundle gives the same words on any machine.
 */
import type { Calendar, ClosedRule, DateMove, Deadline, HolidaySet, TargetRow, Window, ZonedSpan } from "../contract/bundle.js";
import { statedTarget, unknownTarget } from "../contract/targets.js";
import { ALWAYS } from "../contract/vocabulary.js";
import { formatTime, readDate } from "../civil/text.js";
import type { Messages } from "./messages.js";
import type { WindowLine } from "./model.js";

const DAY = 1440;
const WEEK = 7 * DAY;

/** "15 min", "4 h", "1 h 30 min"; seconds are added when `totalSeconds` has them. */
export function duration(m: Messages, totalMinutes: number, extraSeconds = 0): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(m.hours(hours));
  if (minutes > 0 || (hours === 0 && extraSeconds === 0)) parts.push(m.minutes(minutes));
  if (extraSeconds > 0) parts.push(m.seconds(extraSeconds));
  return parts.join(" ");
}

/** How the page names a calendar id (or `24x7`). */
export type CalendarNamer = (id: string) => string;

/** A deadline: "15 min, 24/7", "4 business hours", "next business day", "2 business days". */
export function deadlinePhrase(m: Messages, d: Deadline, businessCalendar: string | null, nameOf: CalendarNamer): string {
  const phrase = boundPhrase(m, d, businessCalendar, nameOf);
  return d.strict ? m.under(phrase) : phrase;
}

function boundPhrase(m: Messages, d: Deadline, businessCalendar: string | null, nameOf: CalendarNamer): string {
  const a = d.amount;
  if (a.unit === "next_business_day") return m.nextBusinessDay;
  if (a.unit === "business_days") return m.businessDays(a.value);
  if (a.unit === "calendar_days") return m.calendarDays(a.value);
  if (d.calendar === ALWAYS) return m.onAlways(duration(m, a.value));
  // On the row's own business calendar, whole hours read as "business hours".
  if (d.calendar === businessCalendar) return a.value % 60 === 0 ? m.businessHours(a.value / 60) : m.ofBusinessHours(duration(m, a.value));
  return m.onCalendar(duration(m, a.value), nameOf(d.calendar));
}

/** A target cell: the deadline, with the outside-hours alternative when there is one; "—" or "not stated" when null. */
export function targetPhrase(
  m: Messages,
  row: TargetRow["target"],
  ruled: boolean,
  businessCalendar: string | null,
  nameOf: CalendarNamer,
): string {
  const unknown = unknownTarget(row);
  if (unknown !== null) return m.unknownTarget(unknown.unknown);
  const target = statedTarget(row);
  if (target === null) return ruled ? m.none : m.notStated;
  const inside = deadlinePhrase(m, target.deadline, businessCalendar, nameOf);
  if (target.otherwise === null || target.hoursCalendar === null) return inside;
  return m.insideOutside(inside, nameOf(target.hoursCalendar), deadlinePhrase(m, target.otherwise, businessCalendar, nameOf));
}

function dayTime(m: Messages, minuteOfWeek: number): { day: string; time: string } {
  const w = ((minuteOfWeek % WEEK) + WEEK) % WEEK;
  return { day: m.weekdays[Math.floor(w / DAY)]!, time: formatTime(w % DAY) };
}

/** A weekly span across zones: "Monday 10:00 Australia/Sydney time – Friday 17:00 America/Los_Angeles time". */
export function spanLine(m: Messages, span: ZonedSpan): string {
  const from = dayTime(m, span.start);
  const to = dayTime(m, span.end);
  return m.zonedSpan(from.day, from.time, span.startZone, to.day, to.time, span.endZone);
}

/** The distinct names of a holiday set, in the order of their first date. */
export function holidayNames(set: HolidaySet): string[] {
  return [...new Set(set.dates.map((d) => d.name))];
}

/** A bundle date as the page writes it: "January 1, 2020". */
export function fullDate(m: Messages, date: string): string {
  const d = readDate(date);
  return d === null ? date : m.fullDate(m.months[d.month - 1]!, d.day, d.year);
}

/** A yearly date as its rule moves it: shifted by whole days, then observed on other weekdays. */
function moved(m: Messages, move: DateMove | null, date: string): string {
  if (move === null) return date;
  const shifted = move.shift === 0 ? date : m.shifted(move.shift, date);
  return move.observed.length === 0 ? shifted : m.observed(shifted, move.observed);
}

/** Consecutive weekday indices as "Monday–Friday", separate runs joined by the catalog's list. */
function dayRuns(m: Messages, days: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === d - 1) last[1] = d;
    else runs.push([d, d]);
  }
  return m.list(runs.map(([a, b]) => (a === b ? m.weekdays[a]! : `${m.weekdays[a]}–${m.weekdays[b]}`)));
}

/**
 * Weekly windows as lines, each with the windows it reads: windows of the same daily hours
 * are grouped by days ("Monday–Friday 09:00–17:00"); a window longer than a day is a span
 * ("Sunday 18:00 – Friday 21:00"). A week that is open throughout is one line with no
 * windows (there is no time of day to read in another zone).
 */
export function windowGroups(m: Messages, windows: readonly Window[]): WindowLine[] {
  if (windows.length > 0 && windows.reduce((sum, w) => sum + (w.end - w.start), 0) >= WEEK) return [{ text: m.alwaysOpen, windows: [] }];
  const groups = new Map<string, { first: number; days: number[]; start: number; length: number; windows: Window[] }>();
  const lines: { first: number; line: WindowLine }[] = [];
  for (const w of windows) {
    const length = w.end - w.start;
    if (length > DAY) {
      const from = dayTime(m, w.start);
      const to = dayTime(m, w.end);
      lines.push({ first: w.start, line: { text: `${from.day} ${from.time} – ${to.day} ${to.time}`, windows: [w] } });
      continue;
    }
    const start = w.start % DAY;
    const key = `${start}/${length}`;
    const group = groups.get(key) ?? { first: w.start, days: [], start, length, windows: [] };
    group.days.push(Math.floor(w.start / DAY));
    group.windows.push(w);
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    const end = g.start + g.length;
    const range = `${formatTime(g.start)}–${formatTime(end > DAY ? end - DAY : end)}`;
    lines.push({ first: g.first, line: { text: `${dayRuns(m, g.days)} ${end > DAY ? m.overnight(range) : range}`, windows: g.windows } });
  }
  const all = lines.sort((a, b) => a.first - b.first).map((l) => l.line);
  return all.length === 0 ? [{ text: m.noWindows, windows: [] }] : all;
}

/** Weekly windows as lines of text (see `windowGroups`). */
export function windowLines(m: Messages, windows: readonly Window[]): string[] {
  return windowGroups(m, windows).map((l) => l.text);
}

/** A closed-date rule: "December 24–26, 2026 (Christmas)", "every January 1", "every fourth Thursday of November". */
export function closedPhrase(m: Messages, rule: ClosedRule): string {
  if (rule.kind === "yearly") return m.closedDate(moved(m, rule.move, m.yearly(m.monthDay(m.months[rule.month - 1]!, rule.day))), rule.name);
  if (rule.kind === "nth_weekday") {
    const date = m.nthWeekday(m.ordinals[rule.nth]!, m.weekdays[rule.weekday - 1]!, m.months[rule.month - 1]!);
    return m.closedDate(moved(m, rule.move, date), rule.name);
  }
  if (rule.kind === "easter") return m.closedDate(moved(m, rule.move, m.easter(rule.offset)), rule.name);
  if (rule.kind === "yearly_range") {
    const day = (d: { month: number; day: number }) => m.monthDay(m.months[d.month - 1]!, d.day);
    return m.closedDate(m.yearlyRange(day(rule.from), day(rule.to)), rule.name);
  }
  const from = readDate(rule.from)!;
  const to = readDate(rule.to)!;
  const full = (d: typeof from) => m.fullDate(m.months[d.month - 1]!, d.day, d.year);
  let date: string;
  if (rule.from === rule.to) date = full(from);
  else if (from.year === to.year && from.month === to.month) date = m.dateRangeSameMonth(m.months[from.month - 1]!, from.day, to.day, from.year);
  else date = `${full(from)} – ${full(to)}`;
  return m.closedDate(date, rule.name);
}

/**
 * The language's name in the page's language ("Portuguese (Brazil)"), not its endonym
 * ("Português (Brasil)"): a page is read in one language, and an English page that names
 * languages in their own scripts reads as a list of foreign words. A localized page gets
 * the names in its own language from its catalog's locale.
 */
export function languageName(m: Messages, tag: string): string {
  try {
    let names = languageNames.get(m.locale);
    if (names === undefined) {
      names = new Intl.DisplayNames([m.locale], { type: "language", languageDisplay: "standard", fallback: "code" });
      languageNames.set(m.locale, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** One `Intl.DisplayNames` per page locale: making one costs far more than asking it. */
const languageNames = new Map<string, Intl.DisplayNames>();

/** The fixed reference year whose January 15 and July 15 give a zone's two offsets, so no page depends on its build date. */
export const REFERENCE_YEAR = 2026;

function offsetAt(format: Intl.DateTimeFormat, utcMs: number): string {
  const part = format.formatToParts(utcMs).find((p) => p.type === "timeZoneName")?.value;
  // "GMT-05:00" → "UTC−5", "GMT+05:30" → "UTC+5:30", "GMT" → "UTC".
  const match = /^GMT([+-])(\d\d):(\d\d)$/.exec(part ?? "");
  if (match === null) return "UTC";
  const hours = String(Number(match[2]));
  return `UTC${match[1] === "-" ? "−" : "+"}${hours}${match[3] === "00" ? "" : `:${match[3]}`}`;
}

function offsetMinutes(label: string): number {
  const match = /^UTC([+−])(\d+)(?::(\d\d))?$/.exec(label);
  if (match === null) return 0;
  return (match[1] === "−" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * A zone's January and July offsets, cached per zone: they depend on the zone alone (the
 * reference year is fixed), and making an `Intl.DateTimeFormat` costs more than the rest of
 * a calendar's text.
 */
const offsetsByZone = new Map<string, readonly [string, string]>();

function referenceOffsets(zone: string): readonly [string, string] {
  let offsets = offsetsByZone.get(zone);
  if (offsets === undefined) {
    const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsets = [offsetAt(format, Date.UTC(REFERENCE_YEAR, 0, 15, 12)), offsetAt(format, Date.UTC(REFERENCE_YEAR, 6, 15, 12))];
    offsetsByZone.set(zone, offsets);
  }
  return offsets;
}

/** A zone's UTC offset explained: "UTC+1" or "UTC−5; UTC−4 during daylight saving time". */
export function zoneOffsets(m: Messages, zone: string): string {
  try {
    const [winter, summer] = referenceOffsets(zone);
    if (winter === summer) return m.offsetFixed(winter);
    // The larger offset is the daylight-saving one, in either hemisphere.
    const [standard, daylight] = offsetMinutes(winter) < offsetMinutes(summer) ? [winter, summer] : [summer, winter];
    return m.offsetSeasonal(standard, daylight);
  } catch {
    return zone;
  }
}

/** The calendar's lines of open hours. */
export function calendarHours(m: Messages, calendar: Calendar): string[] {
  return windowLines(m, calendar.windows);
}

/** A percentage as written in the bundle ("99.9%"). */
export function percent(m: Messages, value: number): string {
  return m.percent(value);
}

/** The downtime a monthly objective allows in a month of `days` days, rounded down to the second. */
export function allowedDowntime(m: Messages, objectivePercent: number, days: number): string {
  // Scaled to whole micro-seconds first so that 100 − 99.9 does not read as 0.0999….
  const seconds = Math.floor(Math.round(days * DAY * 60 * (100 - objectivePercent) * 10_000) / 1_000_000);
  return duration(m, Math.floor(seconds / 60), seconds % 60);
}
