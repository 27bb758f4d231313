/**
 * slac's runtime: evaluates a compiled bundle — due times in business time across zones,
 * DST and holidays, metric statuses, monthly uptime, support-response credits — without
 * loading the compiler.
 *
 * Its layers, each importing only those before it: `clock/` (calendars as open time),
 * `ticket/` (a ticket read against a bundle, and its changes of severity and attributes),
 * `deadlines/` (targets, due instants and statuses, the cycles of repeating metrics),
 * `credits/` (support-response credits: missed targets by fiscal quarter), and
 * beside them `uptime/`; `errors.ts` and `instants.ts` serve them all. `policyInForce`
 * picks, of a policy's generations, the one in force when a ticket was opened.
 * @module slac/runtime
 */
export { dueAt, isOpen, openMinutesBetween, endOfBusinessDay, calendarDaysLater, type Clock } from "./clock/business-time.js";
export { CalendarIndex, indexCalendar } from "./clock/calendar-index.js";
export { openIntervals, businessDays, type OpenIntervals, type BusinessDays } from "./clock/intervals.js";
export { zoneModel, type ZoneModel } from "./clock/zone.js";
export {
  deadlines,
  type DeadlineOptions,
  type MetricCycle,
  type MetricCycles,
  type MetricDeadline,
  type TicketChange,
  type TicketDeadlines,
} from "./deadlines/deadlines.js";
export type { MetricStatus } from "../contract/vocabulary.js";
export { AnswerFailure, InvariantError, RuntimeFailure, type Outcome, type RuntimeError } from "./errors.js";
export type { TicketInput } from "./ticket/read-ticket.js";
export type { Reclassification, ReclassificationStep } from "./ticket/eligibility.js";
export { policyInForce } from "./ticket/generations.js";
export { parseInstant, formatInstant } from "./instants.js";
export { parseTrafficLine, readTrafficCsv, uptimeFromCsv, type CsvUptime, type TrafficLineError, type TrafficRecord } from "./uptime/traffic.js";
export { uptime, uptimeMonth, UptimeMonth, type CommitmentUptime, type TrafficMinute, type UptimeOptions, type UptimeReport } from "./uptime/uptime.js";
export {
  CreditLedger,
  creditLedger,
  responseCredits,
  type CreditOptions,
  type CreditPeriod,
  type CreditReport,
  type CreditRuleReport,
  type TicketOutcome,
} from "./credits/credits.js";
export { fiscalQuarterAt, quarterLabel, type FiscalQuarter } from "./credits/fiscal.js";
