/** The semantic checks of `.sla` policies and their static target resolution. */
export { check, MAX_DIAGNOSTICS, type CheckedFile, type CheckedPolicy, type CheckOptions } from "./check.js";
export { ValidationContext, type Rule } from "./context.js";
export { specifiedRules } from "./specifiedRules.js";
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
export { collectSymbols, type Symbols, type MetricInfo } from "./symbols.js";
