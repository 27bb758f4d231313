/**
 * Closed dates of a bundle calendar as day numbers: dated ranges, holiday dates, and the
 * yearly rules (dates, nth weekdays, Easter-based days, yearly ranges) expanded over a span
 * of years, each moved as its rule says.
 */
import type { Calendar, ClosedRule, DateMove } from "../../contract/bundle.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { civilDate, dayNumber, daysInMonth, isoWeekday } from "../../civil/days.js";
import { readDate } from "../../civil/text.js";
import { runtimeError, RuntimeFailure } from "../errors.js";

/** The rules that recur every year. */
type YearlyRule = Exclude<ClosedRule, { kind: "dates" }>;

/** The day number of a bundle date `YYYY-MM-DD`, or null. */
function dayOf(text: string): number | null {
  const date = text.length === 10 ? readDate(text) : null;
  return date === null ? null : dayNumber(date.year, date.month, date.day);
}

function brokenDates(from: string, to: string): never {
  throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, `closed dates \`${from}\` to \`${to}\` are not dates`));
}

/**
 * A calendar's closed dates, read once from the bundle: its dated ranges and the dates of
 * its holiday sets as day numbers, and its yearly rules, which are expanded per query.
 */
export class ClosedDates {
  /** Flat inclusive [from, to, from, to, …] day numbers of dated closures and holidays. */
  private readonly ranges: readonly number[];
  private readonly yearly: readonly YearlyRule[];
  /** How many years before and after a range a rule's base date may lie and still be moved into it. */
  private readonly reach: number;

  constructor(calendar: Calendar) {
    const ranges: number[] = [];
    const yearly: YearlyRule[] = [];
    let reach = 1;
    for (const rule of calendar.closed) {
      if (rule.kind === "dates") {
        const from = dayOf(rule.from);
        const to = dayOf(rule.to);
        if (from === null || to === null) brokenDates(rule.from, rule.to);
        ranges.push(from, to);
        continue;
      }
      yearly.push(rule);
      const move = rule.kind === "yearly_range" ? null : rule.move;
      // A shift and an observed day move a date at most |shift| + 6 days.
      if (move !== null) reach = Math.max(reach, 1 + Math.ceil((Math.abs(move.shift) + 6) / 365));
    }
    for (const set of calendar.holidays) {
      for (const { date } of set.dates) {
        const day = dayOf(date);
        if (day === null) brokenDates(date, date);
        ranges.push(day, day);
      }
    }
    this.ranges = ranges;
    this.yearly = yearly;
    this.reach = reach;
  }

  /**
   * The day numbers in [fromDay, toDay] on which the calendar is closed, sorted and unique.
   * A yearly date that a year lacks (Feb 29) and a fifth weekday that a month lacks close
   * nothing that year.
   */
  between(fromDay: number, toDay: number): number[] {
    const days = new Set<number>();
    const add = (day: number): void => {
      if (day >= fromDay && day <= toDay) days.add(day);
    };
    const ranges = this.ranges;
    for (let i = 0; i < ranges.length; i += 2) {
      for (let day = Math.max(ranges[i]!, fromDay); day <= Math.min(ranges[i + 1]!, toDay); day++) days.add(day);
    }
    const firstYear = civilDate(fromDay)[0] - this.reach;
    const lastYear = civilDate(toDay)[0] + this.reach;
    for (const rule of this.yearly) {
      for (let year = firstYear; year <= lastYear; year++) {
        if (rule.kind === "yearly_range") {
          const [from, to] = yearlyRange(rule, year);
          for (let day = Math.max(from, fromDay); day <= Math.min(to, toDay); day++) days.add(day);
          continue;
        }
        const base = baseDay(rule, year);
        if (base !== null) moved(base, rule.move, add);
      }
    }
    return [...days].sort((a, b) => a - b);
  }
}

/** The date a yearly rule names in a year, before it moves; null when the year has none. */
function baseDay(rule: Exclude<YearlyRule, { kind: "yearly_range" }>, year: number): number | null {
  switch (rule.kind) {
    case "yearly":
      return rule.day <= daysInMonth(year, rule.month) ? dayNumber(year, rule.month, rule.day) : null;
    case "nth_weekday":
      return nthWeekday(year, rule.month, rule.weekday, rule.nth);
    case "easter":
      return easterSunday(year) + rule.offset;
  }
}

/** Closes a rule's date moved by `shift`, and each day it is also observed on. */
function moved(base: number, move: DateMove | null, add: (day: number) => void): void {
  if (move === null) {
    add(base);
    return;
  }
  const day = base + move.shift;
  add(day);
  const weekday = isoWeekday(day);
  for (const observed of move.observed) if (observed.weekday === weekday) add(day + observed.days);
}

/**
 * The inclusive day numbers of a yearly range that starts in `year`, running into the next
 * year when `to` comes before `from`. A `from` past its month's end (Feb 29 in a common year)
 * starts on the next day; a `to` past it ends on the month's last day.
 */
function yearlyRange(rule: Extract<ClosedRule, { kind: "yearly_range" }>, year: number): [number, number] {
  const { from, to } = rule;
  const wraps = to.month < from.month || (to.month === from.month && to.day < from.day);
  const toYear = wraps ? year + 1 : year;
  const start = dayNumber(year, from.month, 1) + from.day - 1;
  return [start, dayNumber(toYear, to.month, Math.min(to.day, daysInMonth(toYear, to.month)))];
}

const closedDates = new WeakMap<Calendar, ClosedDates>();

/** A calendar's closed dates, read once per calendar object. */
export function closedDatesOf(calendar: Calendar): ClosedDates {
  let result = closedDates.get(calendar);
  if (result === undefined) {
    result = new ClosedDates(calendar);
    closedDates.set(calendar, result);
  }
  return result;
}

/** The day number of the nth (or last, for -1) ISO weekday of a month, or null when it has none. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): number | null {
  if (nth === -1) {
    const last = dayNumber(year, month, daysInMonth(year, month));
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = dayNumber(year, month, 1);
  const day = first + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
  return day < first + daysInMonth(year, month) ? day : null;
}

/**
 * The day number of Easter Sunday in a year of the Gregorian calendar, as western churches
 * reckon it: the anonymous Gregorian computus (Meeus, Jones, Butcher).
 */
export function easterSunday(year: number): number {
  // Floored division and remainders, so that any year gives a date (proleptic before 1583).
  const mod = (x: number, n: number): number => ((x % n) + n) % n;
  const a = mod(year, 19);
  const b = Math.floor(year / 100);
  const c = mod(year, 100);
  const d = Math.floor(b / 4);
  const e = mod(b, 4);
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = mod(19 * a + b - d - g + 15, 30);
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = mod(32 + 2 * e + 2 * i - h - k, 7);
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumber(year, Math.floor(n / 31), (n % 31) + 1);
}
