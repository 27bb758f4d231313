/**
 * The door into semantics: the checks of `.sla` policies, their static target resolution,
 * and the readings of the AST the bundle compiler shares with them. Other modules import
 * semantics through this file only (test/architecture.test.ts).
 */
export { check, MAX_DIAGNOSTICS, type CheckedFile, type CheckedPolicy, type CheckOptions } from "./check.js";
export { ValidationContext, type Rule } from "./context.js";
export { specifiedRules } from "./specified-rules.js";
export {
  resolveTargets,
  flattenTargets,
  type Resolution,
  type ResolvedRow,
  type ResolvedTarget,
  type ResolvedDeadline,
  type ResolvedAmount,
  type FlatRule,
  type TargetConflict,
  type TargetGap,
  type ClockProblem,
} from "./resolve.js";
export {
  allOf,
  collectSymbols,
  defaultSeverityOf,
  firstOf,
  isAddon,
  policyItems,
  valueOf,
  type AttributeInfo,
  type MetricInfo,
  type Symbols,
} from "./symbols.js";
export type { EligibilityAnalysis, FlatEligibility } from "./eligibility.js";
export type { CoverageTable, CoverageChoice } from "./coverage.js";
export type { Combination, Constraints } from "./scopes.js";
export { canonicalLanguageTag, lineColumn, monthNumber, ORDINAL_WORDS, weekdayNumber } from "./values.js";
export { calendarSpans, calendarWindows } from "./windows.js";
export { calendarZone, type CalendarZone } from "./zones.js";
export { calendarHolidays, holidayDates, isRegion, type CalendarHolidays, type HolidaySetReading } from "./holiday-sets.js";
export { holidayData } from "./holidays.js";
export { headOf } from "./describe.js";
