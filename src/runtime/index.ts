/**
 * slac's runtime: evaluates a compiled bundle — due times in business time across zones,
 * DST and holidays, metric statuses, monthly uptime — without loading the compiler.
 */
export { dueAt, isOpen, openMinutesBetween, endOfBusinessDay, type Clock } from "./business-time.js";
export { CompiledCalendar, compileCalendar } from "./calendar.js";
export { deadlines, type DeadlineOptions, type MetricDeadline, type TicketDeadlines } from "./deadlines.js";
export type { MetricStatus } from "../contract/vocabulary.js";
export { InvariantError, type Outcome, type RuntimeError } from "./errors.js";
export type { TicketInput } from "./ticket.js";
export { parseInstant, formatInstant } from "./time.js";
export { parseTrafficLine, readTrafficCsv, uptimeFromCsv, type CsvUptime, type TrafficLineError, type TrafficRecord } from "./traffic.js";
export { uptime, type TrafficMinute, type UptimeReport } from "./uptime.js";
