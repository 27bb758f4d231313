/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/** Milliseconds in a civil day (local days are counted on wall-clock time, so always this long). */
export const DAY_MS = 86_400_000;

/** The instant 00:00 UTC on January 1 of a year. */
export function yearStartMs(year: number): number {
  return utcMs(year, 1, 1, 0, 0, 0, 0);
}

/** The UTC year of an instant. */
export function utcYear(t: number): number {
  return new Date(t).getUTCFullYear();
}

/** The day number (days since 1970-01-01) of a civil date; month is 1–12. */
export function dayNumber(year: number, month: number, day: number): number {
  return utcMs(year, month, day, 0, 0, 0, 0) / DAY_MS;
}

/** Epoch ms of a UTC date and time; month is 1–12 (years 0–99 are taken literally). */
export function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday.
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Days in a month of a year; month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Parses `YYYY-MM-DD` into a day number, or returns null. */
export function parseDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;

/** Parses an ISO 8601 instant (a date and time with `Z` or an offset) into epoch ms, or returns null. */
export function parseInstant(text: string): number | null {
  const m = INSTANT.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offset = (m[9] === "-" ? -1 : 1) * (oh * 60 + om) * MINUTE_MS;
  }
  return utcMs(year, month, day, hour, minute, second, millis) - offset;
}

/**
 * Formats an instant as `YYYY-MM-DDTHH:MM:SSZ`, rounding up to the whole second so that a
 * due instant never moves earlier than the earliest instant that satisfies it.
 */
export function formatInstant(t: number): string {
  const iso = new Date(Math.ceil(t / 1000) * 1000).toISOString();
  return `${iso.slice(0, -5)}Z`;
}
