/**
 * The written forms of civil time that the language uses, read strictly and written
 * canonically: dates `YYYY-MM-DD`, times of day `HH:MM`, instants
 * `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`. One grammar for syntax, checks, bundle and runtime;
 * the runtime reads the looser forms tickets use on top of it.
 */
import { DAY_MS, MINUTE_MS, civilDate, dayNumber, isValidDate } from "./days.js";

/** A civil date as numbers; month and day are 1-based. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));

function pad4(value: number): string {
  return String(value).padStart(4, "0");
}

/** The number written by `count` decimal digits at `at`, or -1 when one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** Reads `YYYY-MM-DD` (at `at` in `text`), or null when it is not a date that exists in 0001–9999. */
export function readDate(text: string, at = 0): CivilDate | null {
  if (text.charCodeAt(at + 4) !== 45 /* - */ || text.charCodeAt(at + 7) !== 45) return null;
  const year = digits(text, at, 4);
  const month = digits(text, at + 5, 2);
  const day = digits(text, at + 8, 2);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** Reads a time of day `HH:MM` into minutes after midnight (`24:00` is 1440), or null. */
export function readTime(text: string, at = 0): number | null {
  if (text.charCodeAt(at + 2) !== 58 /* : */) return null;
  const hours = digits(text, at, 2);
  const minutes = digits(text, at + 3, 2);
  if (hours < 0 || minutes < 0 || minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/**
 * Reads an instant `YYYY-MM-DDTHH:MM[:SS]` with `Z` or an offset `±HH:MM` into epoch ms,
 * or null when it names no real moment: a date that does not exist in 0001–9999, a time
 * past 23:59:59, an offset past 23:59.
 */
export function readInstant(text: string): number | null {
  const date = readDate(text);
  if (date === null || text.charCodeAt(10) !== 84 /* T */) return null;
  const clock = readTime(text, 11);
  if (clock === null || clock >= 1440) return null;
  let at = 16;
  let second = 0;
  if (text.charCodeAt(at) === 58 /* : */) {
    second = digits(text, at + 1, 2);
    if (second < 0 || second > 59) return null;
    at += 3;
  }
  let offset = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 /* Z */) {
    at += 1;
  } else if (sign === 43 /* + */ || sign === 45 /* - */) {
    const hours = text.charCodeAt(at + 3) === 58 ? digits(text, at + 1, 2) : -1;
    const minutes = digits(text, at + 4, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
    offset = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
    at += 6;
  } else {
    return null;
  }
  if (at !== text.length) return null;
  return dayNumber(date.year, date.month, date.day) * DAY_MS + (clock - offset) * MINUTE_MS + second * 1000;
}

/** `YYYY-MM-DD` of a date. */
export function formatDate(date: CivilDate): string {
  return `${pad4(date.year)}-${TWO_DIGITS[date.month]}-${TWO_DIGITS[date.day]}`;
}

/** `HH:MM` of minutes after midnight (1440 prints as 24:00). */
export function formatTime(minutes: number): string {
  return `${TWO_DIGITS[Math.floor(minutes / 60)]}:${TWO_DIGITS[minutes % 60]}`;
}

/**
 * Formats an instant as `YYYY-MM-DDTHH:MM:SSZ`, rounding up to the whole second so that a
 * due instant never moves earlier than the earliest instant that satisfies it.
 */
export function formatInstant(t: number): string {
  const seconds = Math.ceil(t / 1000);
  const days = Math.floor(seconds / 86_400);
  let rest = seconds - days * 86_400;
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  const second = rest - minute * 60;
  const [year, month, day] = civilDate(days);
  const yyyy = year >= 0 && year <= 9999 ? pad4(year) : new Date(seconds * 1000).toISOString().slice(0, -20);
  return `${yyyy}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}Z`;
}

/**
 * The UTC form `YYYY-MM-DDTHH:MM:SSZ` of an instant as the language writes it, or null
 * when it names no real moment or one whose UTC date leaves 0001–9999.
 */
export function instantToUtc(text: string): string | null {
  const t = readInstant(text);
  if (t === null) return null;
  const year = civilDate(Math.floor(t / DAY_MS))[0];
  return year >= 1 && year <= 9999 ? formatInstant(t) : null;
}
