/**
 * The calendar a clock names: `24x7`, a calendar, a team's hours, or the business calendar
 * in effect (a coverage's, a tier's `hours`, the policy's `business_hours`, its only
 * calendar). Shared by target resolution and coverage.
 */
import type { Clock24x7, ClockOn, ClockRef, DeadlineSpec } from "../ast/nodes.js";
import type { Amount } from "../contract/bundle.js";
import { ALWAYS } from "../contract/vocabulary.js";
import { hoursOf, type Symbols } from "./symbols.js";

/** No business calendar is in effect (an error where the business clock is used). */
export const NONE = "\0none";

/** Resolution depends on a name already reported as unknown (or ambiguous); stay silent. */
export const SKIP = "\0skip";

/** Whether a calendar id is one of the markers above rather than a calendar or `24x7`. */
export function isMarker(id: string): boolean {
  return id === NONE || id === SKIP;
}

/** The policy-wide business calendar: `business_hours`, else the only calendar. */
export function businessOfPolicy(symbols: Symbols): string {
  if (symbols.businessHours) {
    const id = symbols.businessHours.calendar.value;
    return symbols.calendars.has(id) ? id : SKIP;
  }
  return symbols.calendars.size === 1 ? [...symbols.calendars.keys()][0]! : NONE;
}

/** The calendar `24x7` or `on <calendar or team>` names. */
export function namedCalendar(clock: Clock24x7 | ClockOn, symbols: Symbols): string {
  if (clock.kind === "Clock24x7") return ALWAYS;
  const id = clock.target.value;
  const calendar = symbols.calendars.has(id);
  const team = symbols.teams.get(id);
  if (calendar && team) return SKIP; // AmbiguousClock reports it
  if (calendar) return id;
  if (!team) return SKIP; // UnknownName reports it
  return hoursOf(team, symbols) ?? SKIP; // TeamWithoutHours reports a team without hours
}

/** Whether a deadline runs on the business clock (no clock, or `business`). */
export function onBusinessClock(clock: ClockRef | undefined): boolean {
  return clock === undefined || clock.kind === "ClockBusiness";
}

/** The calendar id a deadline's clock names, given the business calendar in effect. */
export function deadlineCalendar(spec: DeadlineSpec, business: string, symbols: Symbols): string {
  const clock = spec.clock;
  if (clock === undefined || clock.kind === "ClockBusiness") return business;
  return namedCalendar(clock, symbols);
}

/** How much time a deadline allows. */
export function amountOf(spec: DeadlineSpec): Amount {
  const amount = spec.amount;
  switch (amount.kind) {
    case "AmountDuration":
      return { unit: "minutes", value: amount.duration.minutes };
    case "AmountBusinessDays":
      return { unit: "business_days", value: amount.days.value };
    case "AmountCalendarDays":
      return { unit: "calendar_days", value: amount.days.value };
    case "AmountNextBusinessDay":
      return { unit: "next_business_day" };
  }
}
