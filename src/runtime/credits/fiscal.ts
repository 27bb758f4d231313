/**
 * Fiscal quarters: the four three-month spans of a fiscal year that starts every year on
 * the same month and day, in a zone. A fiscal year is named by the calendar year it ends
 * in (one starting 2025-02-01 is FY2026); with a start of Jan 1 that is its own year.
 */
import type { FiscalYear } from "../../contract/bundle.js";
import { civilDate, DAY_MS, dayNumber } from "../../civil/days.js";
import { formatDate } from "../../civil/text.js";
import { zoneModel } from "../clock/zone.js";

/** One quarter of a fiscal year. */
export interface FiscalQuarter {
  /** The fiscal year's name: the calendar year it ends in. */
  readonly fiscalYear: number;
  /** 1 to 4. */
  readonly quarter: 1 | 2 | 3 | 4;
  /** Its first day, `YYYY-MM-DD`, in the fiscal year's zone. */
  readonly start: string;
  /** Its last day, `YYYY-MM-DD` (inclusive). */
  readonly end: string;
  /** The instant it starts: 00:00 of its first day in the zone. */
  readonly startsAt: number;
  /** The instant it ends (exclusive): 00:00 of the next quarter's first day. */
  readonly endsAt: number;
}

/** A month counted from year 0: `year × 12 + month − 1`. */
const monthIndex = (year: number, month: number): number => year * 12 + month - 1;

/** The day number of `day` in the month `index` counts. */
const dayOfMonth = (index: number, day: number): number => dayNumber(Math.floor(index / 12), (index % 12) + 1, day);

const dateText = (day: number): string => {
  const [year, month, date] = civilDate(day);
  return formatDate({ year, month, day: date });
};

/** The instant of 00:00 on a local date of the zone (a midnight in a DST gap moves forward by the gap). */
function midnight(zone: string, day: number): number {
  const model = zoneModel(zone);
  const year = civilDate(day)[0];
  model.cover(year - 1, year + 1);
  return model.boundInstant(day * DAY_MS);
}

/** The fiscal quarter whose first day is in the month `startIndex` counts. */
function quarterStartingIn(fiscal: FiscalYear, startIndex: number): FiscalQuarter {
  const yearStart = startIndex - ((((startIndex - (fiscal.startMonth - 1)) % 12) + 12) % 12);
  const quarter = ((startIndex - yearStart) / 3 + 1) as 1 | 2 | 3 | 4;
  const calendarYearStart = Math.floor(yearStart / 12);
  const first = dayOfMonth(startIndex, fiscal.startDay);
  const next = dayOfMonth(startIndex + 3, fiscal.startDay);
  const endsInStartYear = fiscal.startMonth === 1 && fiscal.startDay === 1;
  return {
    fiscalYear: endsInStartYear ? calendarYearStart : calendarYearStart + 1,
    quarter,
    start: dateText(first),
    end: dateText(next - 1),
    startsAt: midnight(fiscal.zone, first),
    endsAt: midnight(fiscal.zone, next),
  };
}

/** The fiscal quarter that holds an instant (epoch ms), by its date in the fiscal year's zone. */
export function fiscalQuarterAt(fiscal: FiscalYear, instant: number): FiscalQuarter {
  const model = zoneModel(fiscal.zone);
  const utcYear = new Date(instant).getUTCFullYear();
  model.cover(utcYear - 1, utcYear + 1);
  const [year, month, day] = civilDate(model.localDay(instant));
  // The quarters start in the months startMonth, +3, +6, +9, on startDay.
  let index = monthIndex(year, month);
  if (day < fiscal.startDay) index -= 1;
  const sinceStart = (((index - (fiscal.startMonth - 1)) % 3) + 3) % 3;
  return quarterStartingIn(fiscal, index - sinceStart);
}

/** How a report names a quarter: `Q3 (fiscal, ending Oct 31)`. */
export function quarterLabel(quarter: FiscalQuarter): string {
  const [, month, day] = quarter.end.split("-").map(Number);
  return `Q${quarter.quarter} (fiscal, ending ${MONTH_ABBREVIATIONS[month! - 1]} ${day})`;
}

const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
