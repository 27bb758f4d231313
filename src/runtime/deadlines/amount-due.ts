/**
 * When an amount of a deadline (a duration, N business days, next business day, N calendar
 * days) is due on a clock from a start, pauses skipped.
 */
import type { Amount } from "../../contract/bundle.js";
import { ALWAYS } from "../../contract/vocabulary.js";
import type { Clock } from "../clock/business-time.js";
import { calendarDaysLater, endOfBusinessDay, openMsBetween } from "../clock/business-time.js";
import { CalendarIndex } from "../clock/calendar-index.js";
import { InvariantError } from "../errors.js";
import { dueWithPauses, pausedWithin } from "./pauses.js";
import { MINUTE_MS } from "../../civil/days.js";

/**
 * The due instant (epoch ms) of an amount on a clock for a clock that starts at `start`,
 * pushed by the open time that pauses cover. NaN when an open pause leaves it undetermined;
 * Infinity when the calendar lacks the open time within five years.
 *
 * Minutes (and `N business days` on a calendar with `business_day`) are business time:
 * the due is where the open time elapsed outside pauses reaches the amount. A day-based
 * amount (`next business day`, `N business days` otherwise) is first found without pauses —
 * the end of the n-th business day after the ticket day — and then, when pauses overlap it,
 * converted to the open time between the start and that instant and added like minutes: a
 * pause pushes a day-based due by exactly the open time it covered, never by whole days.
 *
 * `N calendar days` count time whether the calendar is open or not: the same local wall
 * time N dates later in the clock's zone (N × 24 h on `24x7`), which needs no closed dates.
 * Pauses are the same as for business days, with elapsed time in place of open time: when
 * pauses overlap the span, the due is where the elapsed time outside pauses reaches the
 * span's length, so a pause pushes it by exactly the time it covered, open or not.
 */
export function dueOfAmount(clock: Clock, amount: Amount, start: number, pauses: readonly number[]): number {
  if (amount.unit === "minutes") return dueWithPauses(clock, start, amount.value * MINUTE_MS, pauses);
  if (amount.unit === "calendar_days") {
    const unpaused = calendarDaysLater(clock, start, amount.value);
    if (!Number.isFinite(unpaused) || !pausedWithin(pauses, start, unpaused)) return unpaused;
    return dueWithPauses(ALWAYS, start, unpaused - start, pauses);
  }
  if (clock === ALWAYS) throw new InvariantError(`a day-based amount (${amount.unit}) on 24x7 never appears in a valid bundle`);
  const calendar = clock instanceof CalendarIndex ? clock.calendar : clock;
  const days = amount.unit === "next_business_day" ? 1 : amount.value;
  if (amount.unit === "business_days" && calendar.businessDayMinutes !== null) {
    return dueWithPauses(clock, start, days * calendar.businessDayMinutes * MINUTE_MS, pauses);
  }
  if (days === 0) return start;
  const unpaused = endOfBusinessDay(clock, start, days);
  if (!Number.isFinite(unpaused) || !pausedWithin(pauses, start, unpaused)) return unpaused;
  return dueWithPauses(clock, start, openMsBetween(clock, start, unpaused), pauses);
}
