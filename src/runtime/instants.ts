/**
 * Instants as tickets and traffic write them: ISO 8601 in the looser forms other systems
 * emit (fractional seconds, `t`/`z` in lower case, offsets without a colon), read on top of
 * the language's civil time, and written back in its canonical UTC form.
 */
import { MINUTE_MS, daysInMonth, utcMs } from "../civil/days.js";
export { formatInstant } from "../civil/text.js";

/**
 * The instants the runtime accepts (a ticket's `openedAt`, `now` and events): from
 * 1970-01-01T00:00Z up to, not including, 2100-01-01T00:00Z. The IANA time zone data is
 * exact from 1970 on only, and a bound on the instants bounds the work and memory of every
 * answer; outside it an instant is SLA4020.
 */
export const FIRST_INSTANT_MS = Date.UTC(1970, 0, 1);
/** The first instant past the range the runtime accepts (see `FIRST_INSTANT_MS`). */
export const END_INSTANT_MS = Date.UTC(2100, 0, 1);
/** The UTC years a calendar index may compute: the accepted range, a year before it and a decade after it (for dues). */
export const COMPUTED_FROM_YEAR = 1969;
/** The last UTC year a calendar index may compute (see `COMPUTED_FROM_YEAR`). */
export const COMPUTED_TO_YEAR = 2109;

/** True when an instant (epoch ms) lies in the range the runtime accepts. */
export function inAcceptedRange(ms: number): boolean {
  return ms >= FIRST_INSTANT_MS && ms < END_INSTANT_MS;
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
