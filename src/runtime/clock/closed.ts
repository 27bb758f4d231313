/**
 * Closed dates of a bundle calendar as day numbers: dated ranges, yearly dates and nth
 * weekdays expanded over a span of years.
 */
import type { ClosedRule } from "../../contract/bundle.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { civilDate, dayNumber, daysInMonth, isoWeekday } from "../../civil/days.js";
import { readDate } from "../../civil/text.js";
import { runtimeError, RuntimeFailure } from "../errors.js";

/** The day number of a bundle date `YYYY-MM-DD`, or null. */
function dayOf(text: string): number | null {
  const date = text.length === 10 ? readDate(text) : null;
  return date === null ? null : dayNumber(date.year, date.month, date.day);
}

/**
 * The day numbers in [fromDay, toDay] on which a calendar is closed, sorted and unique.
 * Rules are read straight from the bundle; a yearly date that a year lacks (Feb 29) and a
 * fifth weekday that a month lacks close nothing that year.
 */
export function closedDays(rules: readonly ClosedRule[], fromDay: number, toDay: number): number[] {
  const days = new Set<number>();
  const add = (day: number): void => {
    if (day >= fromDay && day <= toDay) days.add(day);
  };
  const firstYear = civilDate(fromDay)[0];
  const lastYear = civilDate(toDay)[0];
  for (const rule of rules) {
    switch (rule.kind) {
      case "dates": {
        const from = dayOf(rule.from);
        const to = dayOf(rule.to);
        if (from === null || to === null) {
          throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, `closed dates \`${rule.from}\` to \`${rule.to}\` are not dates`));
        }
        for (let day = Math.max(from, fromDay); day <= Math.min(to, toDay); day++) days.add(day);
        break;
      }
      case "yearly":
        for (let year = firstYear; year <= lastYear; year++) {
          if (rule.day <= daysInMonth(year, rule.month)) add(dayNumber(year, rule.month, rule.day));
        }
        break;
      case "nth_weekday":
        for (let year = firstYear; year <= lastYear; year++) {
          const day = nthWeekday(year, rule.month, rule.weekday, rule.nth);
          if (day !== null) add(day);
        }
        break;
    }
  }
  return [...days].sort((a, b) => a - b);
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
