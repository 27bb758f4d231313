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
  return daysFromCivil(year, month, day);
}

/** Epoch ms of a UTC date and time; month is 1–12 (proleptic Gregorian, any year). */
export function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * MINUTE_MS + second * 1000 + ms;
}

// Civil date ↔ day number by H. Hinnant's algorithms: integer arithmetic, no Date objects.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));

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
  // Inverse of daysFromCivil.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const yyyy = year >= 0 && year <= 9999 ? String(year).padStart(4, "0") : new Date(seconds * 1000).toISOString().slice(0, -20);
  return `${yyyy}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}Z`;
}
