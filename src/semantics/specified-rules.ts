/**
 * The checks, in the order they run: declarations first, then values, then references,
 * then the static target resolution, so that diagnostics about a cause come before the
 * diagnostics about its consequences.
 */
import type { Rule } from "./context.js";
import { AddonTiersRule } from "./rules/AddonTiersRule.js";
import { AmountLimitsRule } from "./rules/AmountLimitsRule.js";
import { AttributeValuesRule } from "./rules/AttributeValuesRule.js";
import { BusinessCalendarRule } from "./rules/BusinessCalendarRule.js";
import { BusinessDayLengthRule } from "./rules/BusinessDayLengthRule.js";
import { ChannelSeverityRule } from "./rules/ChannelSeverityRule.js";
import { CombinationLimitRule } from "./rules/CombinationLimitRule.js";
import { CycleExpectationsRule } from "./rules/CycleExpectationsRule.js";
import { ClaimWindowRule } from "./rules/ClaimWindowRule.js";
import { CommitmentScopesRule } from "./rules/CommitmentScopesRule.js";
import { CoverageFallbackRule } from "./rules/CoverageFallbackRule.js";
import { CoveredTargetsRule } from "./rules/CoveredTargetsRule.js";
import { CreditPeriodRule } from "./rules/CreditPeriodRule.js";
import { CreditTargetsRule } from "./rules/CreditTargetsRule.js";
import { DayAmountOn24x7Rule } from "./rules/DayAmountOn24x7Rule.js";
import { DayDurationOnCalendarRule } from "./rules/DayDurationOnCalendarRule.js";
import { DowntimeMeasureRule } from "./rules/DowntimeMeasureRule.js";
import { EscalationLevelsRule } from "./rules/EscalationLevelsRule.js";
import { EventChangesRule } from "./rules/EventChangesRule.js";
import { FiscalYearRule } from "./rules/FiscalYearRule.js";
import { HolidayYearsRule } from "./rules/HolidayYearsRule.js";
import { KnownCalendarWordsRule } from "./rules/KnownCalendarWordsRule.js";
import { KnownEventTypesRule } from "./rules/KnownEventTypesRule.js";
import { KnownHolidaysRule } from "./rules/KnownHolidaysRule.js";
import { KnownMetricStartRule } from "./rules/KnownMetricStartRule.js";
import { KnownNamesRule } from "./rules/KnownNamesRule.js";
import { KnownTestStatusRule } from "./rules/KnownTestStatusRule.js";
import { KnownZoneRule } from "./rules/KnownZoneRule.js";
import { LanguageTagsRule } from "./rules/LanguageTagsRule.js";
import { NonOverlappingWindowsRule } from "./rules/NonOverlappingWindowsRule.js";
import { OnCallHoursRule } from "./rules/OnCallHoursRule.js";
import { OpenCalendarRule } from "./rules/OpenCalendarRule.js";
import { OrderedCreditsRule } from "./rules/OrderedCreditsRule.js";
import { OverlappingAddonsRule } from "./rules/OverlappingAddonsRule.js";
import { PolicyGenerationRule } from "./rules/PolicyGenerationRule.js";
import { PositiveAmountsRule } from "./rules/PositiveAmountsRule.js";
import { PrimaryLanguageRule } from "./rules/PrimaryLanguageRule.js";
import { ReachableEligibilityRule } from "./rules/ReachableEligibilityRule.js";
import { ReclassificationCycleRule } from "./rules/ReclassificationCycleRule.js";
import { RejectedExpectationsRule } from "./rules/RejectedExpectationsRule.js";
import { RepeatingMetricRule } from "./rules/RepeatingMetricRule.js";
import { RequiredCreditItemsRule } from "./rules/RequiredCreditItemsRule.js";
import { RequiredUptimeItemsRule } from "./rules/RequiredUptimeItemsRule.js";
import { RequiredZoneRule } from "./rules/RequiredZoneRule.js";
import { ReservedAttributeNamesRule } from "./rules/ReservedAttributeNamesRule.js";
import { ReservedEventNameRule } from "./rules/ReservedEventNameRule.js";
import { UnusedEventRule } from "./rules/UnusedEventRule.js";
import { ResponseBeforeResolutionRule } from "./rules/ResponseBeforeResolutionRule.js";
import { ResponseCreditRangeRule } from "./rules/ResponseCreditRangeRule.js";
import { SafeUrlsRule } from "./rules/SafeUrlsRule.js";
import { SingleNarrowingRule } from "./rules/SingleNarrowingRule.js";
import { SpanZonesRule } from "./rules/SpanZonesRule.js";
import { TeamClockHoursRule } from "./rules/TeamClockHoursRule.js";
import { TestOpenedRule } from "./rules/TestOpenedRule.js";
import { TestTicketRule } from "./rules/TestTicketRule.js";
import { UnambiguousClockRule } from "./rules/UnambiguousClockRule.js";
import { UnambiguousCoverageRule } from "./rules/UnambiguousCoverageRule.js";
import { UnambiguousEligibilityRule } from "./rules/UnambiguousEligibilityRule.js";
import { UnambiguousNamesRule } from "./rules/UnambiguousNamesRule.js";
import { UnambiguousTargetsRule } from "./rules/UnambiguousTargetsRule.js";
import { UniqueDefinitionsRule } from "./rules/UniqueDefinitionsRule.js";
import { UniqueItemsRule } from "./rules/UniqueItemsRule.js";
import { UnknownHoursRule } from "./rules/UnknownHoursRule.js";
import { UptimeObjectiveRule } from "./rules/UptimeObjectiveRule.js";
import { UptimeThresholdRule } from "./rules/UptimeThresholdRule.js";
import { UptimeWindowRule } from "./rules/UptimeWindowRule.js";
import { ValidDateMovesRule } from "./rules/ValidDateMovesRule.js";
import { ValidDatesRule } from "./rules/ValidDatesRule.js";
import { ValidWindowsRule } from "./rules/ValidWindowsRule.js";

/** Every check `check` runs, in order. */
export const specifiedRules: readonly Rule[] = Object.freeze([
  // Declarations
  UniqueDefinitionsRule,
  UniqueItemsRule,
  UnambiguousNamesRule,
  ReservedEventNameRule,
  UnusedEventRule,
  // Values
  AttributeValuesRule,
  ReservedAttributeNamesRule,
  ChannelSeverityRule,
  PolicyGenerationRule,
  RejectedExpectationsRule,
  RequiredZoneRule,
  KnownZoneRule,
  LanguageTagsRule,
  PrimaryLanguageRule,
  ValidDatesRule,
  KnownCalendarWordsRule,
  ValidDateMovesRule,
  KnownHolidaysRule,
  HolidayYearsRule,
  ValidWindowsRule,
  SpanZonesRule,
  NonOverlappingWindowsRule,
  UnknownHoursRule,
  BusinessDayLengthRule,
  SafeUrlsRule,
  PositiveAmountsRule,
  AmountLimitsRule,
  EscalationLevelsRule,
  OnCallHoursRule,
  KnownMetricStartRule,
  UptimeObjectiveRule,
  UptimeThresholdRule,
  UptimeWindowRule,
  DowntimeMeasureRule,
  OrderedCreditsRule,
  RequiredUptimeItemsRule,
  ClaimWindowRule,
  FiscalYearRule,
  ResponseCreditRangeRule,
  CreditPeriodRule,
  RequiredCreditItemsRule,
  TestOpenedRule,
  KnownTestStatusRule,
  // References
  KnownNamesRule,
  KnownEventTypesRule,
  RepeatingMetricRule,
  EventChangesRule,
  CycleExpectationsRule,
  TestTicketRule,
  AddonTiersRule,
  UnambiguousClockRule,
  TeamClockHoursRule,
  SingleNarrowingRule,
  CommitmentScopesRule,
  // Static target resolution
  CombinationLimitRule,
  BusinessCalendarRule,
  DayAmountOn24x7Rule,
  OpenCalendarRule,
  DayDurationOnCalendarRule,
  UnambiguousTargetsRule,
  UnambiguousCoverageRule,
  CoverageFallbackRule,
  ReclassificationCycleRule,
  UnambiguousEligibilityRule,
  ReachableEligibilityRule,
  CoveredTargetsRule,
  ResponseBeforeResolutionRule,
  CreditTargetsRule,
  OverlappingAddonsRule,
]);
