/**
 * slac's runtime: evaluates a compiled bundle — due times in business time across zones,
 * DST and holidays, metric statuses, monthly uptime — without loading the compiler.
 *
 * Its layers, each importing only those before it: `clock/` (calendars as open time),
 * `ticket/` (a ticket read against a bundle), `deadlines/` (targets, due instants and
 * statuses), and beside them `uptime/`; `errors.ts` and `instants.ts` serve them all.
 */
export { dueAt, isOpen, openMinutesBetween, endOfBusinessDay, calendarDaysLater, type Clock } from "./clock/business-time.js";
export { CalendarIndex, indexCalendar } from "./clock/calendar-index.js";
export { deadlines, type DeadlineOptions, type MetricDeadline, type TicketDeadlines } from "./deadlines/deadlines.js";
export type { MetricStatus } from "../contract/vocabulary.js";
export { AnswerFailure, InvariantError, RuntimeFailure, type Outcome, type RuntimeError } from "./errors.js";
export type { TicketInput } from "./ticket/read-ticket.js";
export { parseInstant, formatInstant } from "./instants.js";
export { parseTrafficLine, readTrafficCsv, uptimeFromCsv, type CsvUptime, type TrafficLineError, type TrafficRecord } from "./uptime/traffic.js";
export { uptime, type TrafficMinute, type UptimeReport } from "./uptime/uptime.js";
