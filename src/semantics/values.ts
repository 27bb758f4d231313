/**
 * Meanings of literal values that checks validate and the bundle compiler normalizes:
 * dates, times, durations, instants, and the month, weekday and ordinal words of
 * closed-date rules.
 */
import type { DateLiteral } from "../ast/nodes.js";
import type { NthWeekday } from "../contract/vocabulary.js";

/** Month words, `jan` = 1. */
export const MONTH_WORDS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** Weekday words, ISO order: `mon` = 1. */
export const WEEKDAY_WORDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Ordinal words of `every <ordinal> <weekday> of <month>` and their `nth` (-1: last). */
export const ORDINAL_WORDS: ReadonlyMap<string, NthWeekday> = new Map<string, NthWeekday>([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["last", -1],
]);

/** The 1-based month of a month word, or undefined. */
export function monthNumber(word: string): number | undefined {
  const index = (MONTH_WORDS as readonly string[]).indexOf(word);
  return index < 0 ? undefined : index + 1;
}

/** The ISO weekday of a weekday word, or undefined. */
export function weekdayNumber(word: string): number | undefined {
  const index = (WEEKDAY_WORDS as readonly string[]).indexOf(word);
  return index < 0 ? undefined : index + 1;
}

/** The number of days of a month; February 29 counts only in leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the date exists in the (proleptic Gregorian) calendar. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(value: number, width = 2): string {
  if (width === 2 && value >= 0 && value < 100) return value < 10 ? `0${value}` : `${value}`;
  return String(value).padStart(width, "0");
}

/** `YYYY-MM-DD` of a date literal. */
export function formatDate(date: DateLiteral): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `HH:MM` of minutes after midnight (1440 prints as 24:00). */
export function formatTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A number of minutes as a duration in hours and minutes, never days: 1440 is `24h`, 2190 is `36h30m`. */
export function formatHours(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h${rest}m`;
}

/** Whether `text` is `DDDD-DD-DDTDD:DDZ` (D a digit). */
function isPlainUtc(text: string): boolean {
  for (let i = 0; i < 16; i++) {
    const c = text.charCodeAt(i);
    const want = i === 4 || i === 7 ? 45 /* - */ : i === 10 ? 84 /* T */ : i === 13 ? 58 /* : */ : -1;
    if (want < 0 ? c < 48 || c > 57 : c !== want) return false;
  }
  return true;
}

/** The number written by `count` digits at `at`. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The UTC form `YYYY-MM-DDTHH:MM:SSZ` of an instant written with `Z` or an offset, or
 * undefined when it names no real moment (a bad date or time, an offset past 23:59, the limit the parser applies too).
 */
export function instantToUtc(text: string): string | undefined {
  // The common spelling `YYYY-MM-DDTHH:MMZ` is read by position; anything else by the pattern.
  if (text.length === 17 && text.charCodeAt(16) === 90 /* Z */ && isPlainUtc(text)) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    if (!isValidDate(year, month, day) || hour > 23 || minute > 59) return undefined;
    return `${text.slice(0, 16)}:00Z`;
  }
  const match = INSTANT.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  if (match[7] !== undefined) {
    const offsetHours = Number(match[8]);
    const offsetMinutes = Number(match[9]);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offset = (match[7] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  }
  // Plain day arithmetic rather than Date objects: tests and checks convert every instant.
  const minutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offset;
  const days = Math.floor(minutes / 1440);
  const [utcYear, utcMonth, utcDay] = civilFromDays(days);
  if (utcYear < 1 || utcYear > 9999) return undefined;
  const ofDay = minutes - days * 1440;
  return `${pad(utcYear, 4)}-${pad(utcMonth)}-${pad(utcDay)}T${pad(Math.floor(ofDay / 60))}:${pad(ofDay % 60)}:${pad(second)}Z`;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a number of days since 1970-01-01. */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** A source position as `line:column`, the form bundles use to point at rules and tests. */
export function lineColumn(range: { readonly start: { readonly line: number; readonly column: number } }): string {
  return `${range.start.line}:${range.start.column}`;
}

const canonicalTags = new Map<string, string | null>();

/**
 * The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or undefined when it is not well
 * formed. Cached: Intl.getCanonicalLocales is slow and a policy set repeats few tags.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      canonical = null;
    }
    canonicalTags.set(tag, canonical);
  }
  return canonical ?? undefined;
}
