/**
 * The CST's types, one node type and one children type per grammar rule, and a visitor
 * interface that maps each rule name to its children. Generated from the parser by
 * src/syntax/cst-types.ts; `npx vitest run -u test/syntax/cst-types.test.ts` rewrites it.
 * Do not edit.
 */
import type { CstNode, ICstVisitor, IToken } from "./chevrotain.js";

export interface IdListCstNode extends CstNode {
  name: "idList";
  children: IdListCstChildren;
}

export type IdListCstChildren = {
  id: (IToken)[];
  Comma?: IToken[];
};

export interface NoteCstNode extends CstNode {
  name: "note";
  children: NoteCstChildren;
}

export type NoteCstChildren = {
  Note: IToken[];
  text: (IToken)[];
};

export interface HoursCstNode extends CstNode {
  name: "hours";
  children: HoursCstChildren;
}

export type HoursCstChildren = {
  Hours: IToken[];
  always?: IToken[];
  calendar?: IToken[];
};

export interface ContactCstNode extends CstNode {
  name: "contact";
  children: ContactCstChildren;
}

export type ContactCstChildren = {
  Contact: IToken[];
  address: IToken[];
  purpose?: IToken[];
};

export interface DescriptionCstNode extends CstNode {
  name: "description";
  children: DescriptionCstChildren;
}

export type DescriptionCstChildren = {
  Description: IToken[];
  text: IToken[];
};

export interface ChannelsCstNode extends CstNode {
  name: "channels";
  children: ChannelsCstChildren;
}

export type ChannelsCstChildren = {
  Channels: IToken[];
  ids: IdListCstNode[];
};

export interface ExclusionsCstNode extends CstNode {
  name: "exclusions";
  children: ExclusionsCstChildren;
}

export type ExclusionsCstChildren = {
  Exclusions: IToken[];
  LCurly: IToken[];
  text?: IToken[];
  RCurly: IToken[];
};

export interface CalendarCstNode extends CstNode {
  name: "calendar";
  children: CalendarCstChildren;
}

export type CalendarCstChildren = {
  Calendar: IToken[];
  id: IToken[];
  title?: IToken[];
  LCurly: IToken[];
  calendarItem?: CalendarItemCstNode[];
  RCurly: IToken[];
};

export interface CalendarItemCstNode extends CstNode {
  name: "calendarItem";
  children: CalendarItemCstChildren;
}

export type CalendarItemCstChildren = {
  zone?: ZoneCstNode[];
  open?: OpenCstNode[];
  closed?: ClosedCstNode[];
  holidays?: HolidaysCstNode[];
  unknownHours?: UnknownHoursCstNode[];
  businessDay?: BusinessDayCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface ZoneCstNode extends CstNode {
  name: "zone";
  children: ZoneCstChildren;
}

export type ZoneCstChildren = {
  Zone: IToken[];
  Customer?: IToken[];
  Default?: IToken[];
  default?: ZoneNameCstNode[];
  Unknown?: IToken[];
  reason?: IToken[];
  name?: ZoneNameCstNode[];
};

export interface ZoneNameCstNode extends CstNode {
  name: "zoneName";
  children: ZoneNameCstChildren;
}

export type ZoneNameCstChildren = {
  name?: (IToken)[];
};

export interface OpenCstNode extends CstNode {
  name: "open";
  children: OpenCstChildren;
}

export type OpenCstChildren = {
  Open: IToken[];
  days: DaysCstNode[];
  from: IToken[];
  fromZone?: ZoneNameCstNode[];
  Dash: IToken[];
  toDay?: IToken[];
  to: IToken[];
  toZone?: ZoneNameCstNode[];
};

export interface DaysCstNode extends CstNode {
  name: "days";
  children: DaysCstChildren;
}

export type DaysCstChildren = {
  day: (IToken)[];
  Comma?: IToken[];
};

export interface ClosedCstNode extends CstNode {
  name: "closed";
  children: ClosedCstChildren;
}

export type ClosedCstChildren = {
  Closed: IToken[];
  closedDates?: ClosedDatesCstNode[];
  closedEvery?: ClosedEveryCstNode[];
  name?: IToken[];
};

export interface ClosedDatesCstNode extends CstNode {
  name: "closedDates";
  children: ClosedDatesCstChildren;
}

export type ClosedDatesCstChildren = {
  from: IToken[];
  To?: IToken[];
  to?: IToken[];
};

export interface ClosedEveryCstNode extends CstNode {
  name: "closedEvery";
  children: ClosedEveryCstChildren;
}

export type ClosedEveryCstChildren = {
  Every: IToken[];
  Easter?: IToken[];
  dateMove?: (DateMoveCstNode)[];
  first?: IToken[];
  day?: IToken[];
  Dash?: IToken[];
  toMonth?: IToken[];
  toDay?: IToken[];
  weekday?: IToken[];
  Of?: IToken[];
  month?: IToken[];
};

export interface DateMoveCstNode extends CstNode {
  name: "dateMove";
  children: DateMoveCstChildren;
}

export type DateMoveCstChildren = {
  dateShift?: DateShiftCstNode[];
  observed?: ObservedCstNode[];
};

export interface DateShiftCstNode extends CstNode {
  name: "dateShift";
  children: DateShiftCstChildren;
}

export type DateShiftCstChildren = {
  sign?: (IToken)[];
  days: IToken[];
};

export interface ObservedCstNode extends CstNode {
  name: "observed";
  children: ObservedCstChildren;
}

export type ObservedCstChildren = {
  Observed: IToken[];
  observedDay?: (ObservedDayCstNode)[];
  Comma?: IToken[];
};

export interface ObservedDayCstNode extends CstNode {
  name: "observedDay";
  children: ObservedDayCstChildren;
}

export type ObservedDayCstChildren = {
  from: IToken[];
  To: IToken[];
  to: IToken[];
};

export interface HolidaysCstNode extends CstNode {
  name: "holidays";
  children: HolidaysCstChildren;
}

export type HolidaysCstChildren = {
  Holidays: IToken[];
  Unknown?: IToken[];
  reason?: IToken[];
  region?: IToken[];
  LCurly?: IToken[];
  holidaysItem?: HolidaysItemCstNode[];
  RCurly?: IToken[];
};

export interface HolidaysItemCstNode extends CstNode {
  name: "holidaysItem";
  children: HolidaysItemCstChildren;
}

export type HolidaysItemCstChildren = {
  holidayTypes?: HolidayTypesCstNode[];
  holidayExcept?: HolidayExceptCstNode[];
  holidayOnly?: HolidayOnlyCstNode[];
  holidayYears?: HolidayYearsCstNode[];
};

export interface HolidayTypesCstNode extends CstNode {
  name: "holidayTypes";
  children: HolidayTypesCstChildren;
}

export type HolidayTypesCstChildren = {
  Types: IToken[];
  types: IdListCstNode[];
};

export interface HolidayExceptCstNode extends CstNode {
  name: "holidayExcept";
  children: HolidayExceptCstChildren;
}

export type HolidayExceptCstChildren = {
  Except: IToken[];
  name: (IToken)[];
  Comma?: IToken[];
};

export interface HolidayOnlyCstNode extends CstNode {
  name: "holidayOnly";
  children: HolidayOnlyCstChildren;
}

export type HolidayOnlyCstChildren = {
  Only: IToken[];
  name: (IToken)[];
  Comma?: IToken[];
};

export interface HolidayYearsCstNode extends CstNode {
  name: "holidayYears";
  children: HolidayYearsCstChildren;
}

export type HolidayYearsCstChildren = {
  Years: IToken[];
  from: IToken[];
  To: IToken[];
  to: IToken[];
};

export interface UnknownHoursCstNode extends CstNode {
  name: "unknownHours";
  children: UnknownHoursCstChildren;
}

export type UnknownHoursCstChildren = {
  Unknown: IToken[];
  reason: IToken[];
};

export interface BusinessDayCstNode extends CstNode {
  name: "businessDay";
  children: BusinessDayCstChildren;
}

export type BusinessDayCstChildren = {
  BusinessDay: IToken[];
  length: IToken[];
};

export interface AssumptionCstNode extends CstNode {
  name: "assumption";
  children: AssumptionCstChildren;
}

export type AssumptionCstChildren = {
  Assumption: IToken[];
  text: IToken[];
};

export interface TeamCstNode extends CstNode {
  name: "team";
  children: TeamCstChildren;
}

export type TeamCstChildren = {
  Team: IToken[];
  id: IToken[];
  title?: IToken[];
  LCurly: IToken[];
  teamItem?: TeamItemCstNode[];
  RCurly: IToken[];
};

export interface TeamItemCstNode extends CstNode {
  name: "teamItem";
  children: TeamItemCstChildren;
}

export type TeamItemCstChildren = {
  hours?: HoursCstNode[];
  responsibility?: ResponsibilityCstNode[];
  contact?: ContactCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface ResponsibilityCstNode extends CstNode {
  name: "responsibility";
  children: ResponsibilityCstChildren;
}

export type ResponsibilityCstChildren = {
  Responsibility: IToken[];
  text: IToken[];
};

export interface ChannelCstNode extends CstNode {
  name: "channel";
  children: ChannelCstChildren;
}

export type ChannelCstChildren = {
  Channel: IToken[];
  id: IToken[];
  title?: IToken[];
  LCurly?: IToken[];
  channelItem?: ChannelItemCstNode[];
  RCurly?: IToken[];
};

export interface ChannelItemCstNode extends CstNode {
  name: "channelItem";
  children: ChannelItemCstChildren;
}

export type ChannelItemCstChildren = {
  channelSeverity?: ChannelSeverityCstNode[];
  contact?: ContactCstNode[];
  audience?: AudienceCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface ChannelSeverityCstNode extends CstNode {
  name: "channelSeverity";
  children: ChannelSeverityCstChildren;
}

export type ChannelSeverityCstChildren = {
  Severity: IToken[];
  mode?: (IToken)[];
  severity: IToken[];
};

export interface AudienceCstNode extends CstNode {
  name: "audience";
  children: AudienceCstChildren;
}

export type AudienceCstChildren = {
  Audience: IToken[];
  text: IToken[];
};

export interface SeverityDeclCstNode extends CstNode {
  name: "severityDecl";
  children: SeverityDeclCstChildren;
}

export type SeverityDeclCstChildren = {
  Severity: IToken[];
  id: IToken[];
  title?: IToken[];
  LCurly?: IToken[];
  severityItem?: SeverityItemCstNode[];
  RCurly?: IToken[];
};

export interface SeverityItemCstNode extends CstNode {
  name: "severityItem";
  children: SeverityItemCstChildren;
}

export type SeverityItemCstChildren = {
  alias?: AliasCstNode[];
  description?: DescriptionCstNode[];
  example?: ExampleCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface AliasCstNode extends CstNode {
  name: "alias";
  children: AliasCstChildren;
}

export type AliasCstChildren = {
  Alias: IToken[];
  text: IToken[];
};

export interface ExampleCstNode extends CstNode {
  name: "example";
  children: ExampleCstChildren;
}

export type ExampleCstChildren = {
  Example: IToken[];
  text: IToken[];
  Tiers?: IToken[];
  tiers?: IdListCstNode[];
};

export interface TierCstNode extends CstNode {
  name: "tier";
  children: TierCstChildren;
}

export type TierCstChildren = {
  Tier: IToken[];
  id: IToken[];
  title?: IToken[];
  LCurly?: IToken[];
  tierItem?: TierItemCstNode[];
  RCurly?: IToken[];
};

export interface TierItemCstNode extends CstNode {
  name: "tierItem";
  children: TierItemCstChildren;
}

export type TierItemCstChildren = {
  hours?: HoursCstNode[];
  channels?: ChannelsCstNode[];
  description?: DescriptionCstNode[];
  addon?: AddonCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface AddonCstNode extends CstNode {
  name: "addon";
  children: AddonCstChildren;
}

export type AddonCstChildren = {
  Addon: IToken[];
};

export interface AttributeDeclCstNode extends CstNode {
  name: "attributeDecl";
  children: AttributeDeclCstChildren;
}

export type AttributeDeclCstChildren = {
  Attribute: IToken[];
  id: IToken[];
  title?: IToken[];
  attributeSource?: AttributeSourceCstNode[];
  LCurly?: IToken[];
  attributeItem?: AttributeItemCstNode[];
  RCurly?: IToken[];
};

export interface AttributeSourceCstNode extends CstNode {
  name: "attributeSource";
  children: AttributeSourceCstChildren;
}

export type AttributeSourceCstChildren = {
  From: IToken[];
  Languages: IToken[];
};

export interface AttributeItemCstNode extends CstNode {
  name: "attributeItem";
  children: AttributeItemCstChildren;
}

export type AttributeItemCstChildren = {
  attributeValues?: AttributeValuesCstNode[];
  attributeDefault?: AttributeDefaultCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface AttributeValuesCstNode extends CstNode {
  name: "attributeValues";
  children: AttributeValuesCstChildren;
}

export type AttributeValuesCstChildren = {
  Values: IToken[];
  attributeValue: (AttributeValueCstNode)[];
  Comma?: IToken[];
};

export interface AttributeValueCstNode extends CstNode {
  name: "attributeValue";
  children: AttributeValueCstChildren;
}

export type AttributeValueCstChildren = {
  id: IToken[];
  title?: IToken[];
};

export interface AttributeDefaultCstNode extends CstNode {
  name: "attributeDefault";
  children: AttributeDefaultCstChildren;
}

export type AttributeDefaultCstChildren = {
  Default: IToken[];
  None?: IToken[];
  value?: IToken[];
};

export interface MetricDeclCstNode extends CstNode {
  name: "metricDecl";
  children: MetricDeclCstChildren;
}

export type MetricDeclCstChildren = {
  Metric: IToken[];
  id: IToken[];
  title?: IToken[];
  LCurly?: IToken[];
  metricItem?: MetricItemCstNode[];
  RCurly?: IToken[];
};

export interface MetricItemCstNode extends CstNode {
  name: "metricItem";
  children: MetricItemCstChildren;
}

export type MetricItemCstChildren = {
  metricStarts?: MetricStartsCstNode[];
  metricRepeats?: MetricRepeatsCstNode[];
  metricOnChange?: MetricOnChangeCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface MetricStartsCstNode extends CstNode {
  name: "metricStarts";
  children: MetricStartsCstChildren;
}

export type MetricStartsCstChildren = {
  Starts: IToken[];
  event: IToken[];
};

export interface MetricRepeatsCstNode extends CstNode {
  name: "metricRepeats";
  children: MetricRepeatsCstChildren;
}

export type MetricRepeatsCstChildren = {
  Repeats: IToken[];
  After?: IToken[];
  after?: IToken[];
  Until?: IToken[];
  until?: IToken[];
};

export interface MetricOnChangeCstNode extends CstNode {
  name: "metricOnChange";
  children: MetricOnChangeCstChildren;
}

export type MetricOnChangeCstChildren = {
  Reclassified: IToken[];
  rule?: (IToken)[];
};

export interface EventDeclCstNode extends CstNode {
  name: "eventDecl";
  children: EventDeclCstChildren;
}

export type EventDeclCstChildren = {
  Event: IToken[];
  id: IToken[];
  title?: IToken[];
  LCurly?: IToken[];
  eventItem?: EventItemCstNode[];
  RCurly?: IToken[];
};

export interface EventItemCstNode extends CstNode {
  name: "eventItem";
  children: EventItemCstChildren;
}

export type EventItemCstChildren = {
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface EscalationCstNode extends CstNode {
  name: "escalation";
  children: EscalationCstChildren;
}

export type EscalationCstChildren = {
  Escalation: IToken[];
  LCurly: IToken[];
  escalationItem?: EscalationItemCstNode[];
  RCurly: IToken[];
};

export interface EscalationItemCstNode extends CstNode {
  name: "escalationItem";
  children: EscalationItemCstChildren;
}

export type EscalationItemCstChildren = {
  escalationLevel?: EscalationLevelCstNode[];
  contact?: ContactCstNode[];
  escalationRight?: EscalationRightCstNode[];
  onCall?: OnCallCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface EscalationLevelCstNode extends CstNode {
  name: "escalationLevel";
  children: EscalationLevelCstChildren;
}

export type EscalationLevelCstChildren = {
  Level: IToken[];
  level: IToken[];
  team: IToken[];
};

export interface EscalationRightCstNode extends CstNode {
  name: "escalationRight";
  children: EscalationRightCstChildren;
}

export type EscalationRightCstChildren = {
  By: IToken[];
  who: IToken[];
  Via?: IToken[];
  via?: IToken[];
  When?: IToken[];
  condition?: IToken[];
};

export interface OnCallCstNode extends CstNode {
  name: "onCall";
  children: OnCallCstChildren;
}

export type OnCallCstChildren = {
  OnCall: IToken[];
  title?: IToken[];
  LCurly: IToken[];
  onCallItem?: OnCallItemCstNode[];
  RCurly: IToken[];
};

export interface OnCallItemCstNode extends CstNode {
  name: "onCallItem";
  children: OnCallItemCstChildren;
}

export type OnCallItemCstChildren = {
  severities?: SeveritiesCstNode[];
  channels?: ChannelsCstNode[];
  hours?: HoursCstNode[];
  note?: NoteCstNode[];
};

export interface SeveritiesCstNode extends CstNode {
  name: "severities";
  children: SeveritiesCstChildren;
}

export type SeveritiesCstChildren = {
  Severities: IToken[];
  ids: IdListCstNode[];
};

export interface MaintenanceCstNode extends CstNode {
  name: "maintenance";
  children: MaintenanceCstChildren;
}

export type MaintenanceCstChildren = {
  Maintenance: IToken[];
  LCurly: IToken[];
  maintenanceItem?: MaintenanceItemCstNode[];
  RCurly: IToken[];
};

export interface MaintenanceItemCstNode extends CstNode {
  name: "maintenanceItem";
  children: MaintenanceItemCstChildren;
}

export type MaintenanceItemCstChildren = {
  notice?: NoticeCstNode[];
  announce?: AnnounceCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface NoticeCstNode extends CstNode {
  name: "notice";
  children: NoticeCstChildren;
}

export type NoticeCstChildren = {
  Notice: IToken[];
  duration: IToken[];
};

export interface AnnounceCstNode extends CstNode {
  name: "announce";
  children: AnnounceCstChildren;
}

export type AnnounceCstChildren = {
  Announce: IToken[];
  where: IToken[];
  url?: IToken[];
};

export interface UptimeCstNode extends CstNode {
  name: "uptime";
  children: UptimeCstChildren;
}

export type UptimeCstChildren = {
  Uptime: IToken[];
  id?: IToken[];
  title?: IToken[];
  LCurly: IToken[];
  uptimeItem?: UptimeItemCstNode[];
  RCurly: IToken[];
};

export interface UptimeItemCstNode extends CstNode {
  name: "uptimeItem";
  children: UptimeItemCstChildren;
}

export type UptimeItemCstChildren = {
  service?: ServiceCstNode[];
  notCovered?: NotCoveredCstNode[];
  objective?: ObjectiveCstNode[];
  downtime?: DowntimeCstNode[];
  errorDefinition?: ErrorDefinitionCstNode[];
  validRequests?: ValidRequestsCstNode[];
  minimumPeriod?: MinimumPeriodCstNode[];
  credit?: CreditCstNode[];
  creditCap?: CreditCapCstNode[];
  claimWindow?: ClaimWindowCstNode[];
  commitmentTiers?: CommitmentTiersCstNode[];
  exclusions?: ExclusionsCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface CommitmentTiersCstNode extends CstNode {
  name: "commitmentTiers";
  children: CommitmentTiersCstChildren;
}

export type CommitmentTiersCstChildren = {
  Tiers: IToken[];
  ids: IdListCstNode[];
};

export interface CreditCapCstNode extends CstNode {
  name: "creditCap";
  children: CreditCapCstChildren;
}

export type CreditCapCstChildren = {
  CreditCap: IToken[];
  percent: IToken[];
};

export interface ClaimWindowCstNode extends CstNode {
  name: "claimWindow";
  children: ClaimWindowCstChildren;
}

export type ClaimWindowCstChildren = {
  ClaimWithin: IToken[];
  duration: IToken[];
};

export interface ServiceCstNode extends CstNode {
  name: "service";
  children: ServiceCstChildren;
}

export type ServiceCstChildren = {
  Service: IToken[];
  text: IToken[];
};

export interface NotCoveredCstNode extends CstNode {
  name: "notCovered";
  children: NotCoveredCstChildren;
}

export type NotCoveredCstChildren = {
  NotCovered: IToken[];
  text: (IToken)[];
  Comma?: IToken[];
};

export interface ObjectiveCstNode extends CstNode {
  name: "objective";
  children: ObjectiveCstChildren;
}

export type ObjectiveCstChildren = {
  Objective: IToken[];
  percent: IToken[];
  Per: IToken[];
  window: IToken[];
};

export interface DowntimeCstNode extends CstNode {
  name: "downtime";
  children: DowntimeCstChildren;
}

export type DowntimeCstChildren = {
  Downtime: IToken[];
  measure: IToken[];
  operator?: (IToken)[];
  threshold: IToken[];
};

export interface ErrorDefinitionCstNode extends CstNode {
  name: "errorDefinition";
  children: ErrorDefinitionCstChildren;
}

export type ErrorDefinitionCstChildren = {
  Errors: IToken[];
  text: IToken[];
};

export interface ValidRequestsCstNode extends CstNode {
  name: "validRequests";
  children: ValidRequestsCstChildren;
}

export type ValidRequestsCstChildren = {
  ValidRequests: IToken[];
  text: IToken[];
};

export interface MinimumPeriodCstNode extends CstNode {
  name: "minimumPeriod";
  children: MinimumPeriodCstChildren;
}

export type MinimumPeriodCstChildren = {
  MinimumPeriod: IToken[];
  duration: IToken[];
};

export interface CreditCstNode extends CstNode {
  name: "credit";
  children: CreditCstChildren;
}

export type CreditCstChildren = {
  Credit: IToken[];
  credit: IToken[];
  Below: IToken[];
  below: IToken[];
};

export interface FiscalYearCstNode extends CstNode {
  name: "fiscalYear";
  children: FiscalYearCstChildren;
}

export type FiscalYearCstChildren = {
  FiscalYear: IToken[];
  Starts: IToken[];
  month: IToken[];
  day: IToken[];
  Zone?: IToken[];
  zone?: (IToken)[];
};

export interface ResponseCreditCstNode extends CstNode {
  name: "responseCredit";
  children: ResponseCreditCstChildren;
}

export type ResponseCreditCstChildren = {
  Credit: IToken[];
  metric: IToken[];
  title?: IToken[];
  LCurly: IToken[];
  responseCreditItem?: ResponseCreditItemCstNode[];
  RCurly: IToken[];
};

export interface ResponseCreditItemCstNode extends CstNode {
  name: "responseCreditItem";
  children: ResponseCreditItemCstChildren;
}

export type ResponseCreditItemCstChildren = {
  commitmentTiers?: CommitmentTiersCstNode[];
  misses?: MissesCstNode[];
  creditAmount?: CreditAmountCstNode[];
  claimWindow?: ClaimWindowCstNode[];
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface MissesCstNode extends CstNode {
  name: "misses";
  children: MissesCstChildren;
}

export type MissesCstChildren = {
  Misses: IToken[];
  operator?: (IToken)[];
  count: IToken[];
  Per: IToken[];
  period: IToken[];
};

export interface CreditAmountCstNode extends CstNode {
  name: "creditAmount";
  children: CreditAmountCstChildren;
}

export type CreditAmountCstChildren = {
  Credit: IToken[];
  percent: IToken[];
};

export interface TestCstNode extends CstNode {
  name: "test";
  children: TestCstChildren;
}

export type TestCstChildren = {
  Test: IToken[];
  name: IToken[];
  LCurly: IToken[];
  testItem?: TestItemCstNode[];
  RCurly: IToken[];
};

export interface TestItemCstNode extends CstNode {
  name: "testItem";
  children: TestItemCstChildren;
}

export type TestItemCstChildren = {
  testOpened?: TestOpenedCstNode[];
  testDimension?: TestDimensionCstNode[];
  testAttribute?: TestAttributeCstNode[];
  testAddons?: TestAddonsCstNode[];
  testZone?: TestZoneCstNode[];
  testEvent?: TestEventCstNode[];
  testNow?: TestNowCstNode[];
  testExpect?: TestExpectCstNode[];
};

export interface TestOpenedCstNode extends CstNode {
  name: "testOpened";
  children: TestOpenedCstChildren;
}

export type TestOpenedCstChildren = {
  Opened: IToken[];
  at: IToken[];
};

export interface TestDimensionCstNode extends CstNode {
  name: "testDimension";
  children: TestDimensionCstChildren;
}

export type TestDimensionCstChildren = {
  dimension?: (IToken)[];
  value: IToken[];
};

export interface TestAttributeCstNode extends CstNode {
  name: "testAttribute";
  children: TestAttributeCstChildren;
}

export type TestAttributeCstChildren = {
  Attribute: IToken[];
  attribute: IToken[];
  value?: IToken[];
};

export interface TestAddonsCstNode extends CstNode {
  name: "testAddons";
  children: TestAddonsCstChildren;
}

export type TestAddonsCstChildren = {
  Addons: IToken[];
  tiers: IdListCstNode[];
};

export interface TestZoneCstNode extends CstNode {
  name: "testZone";
  children: TestZoneCstChildren;
}

export type TestZoneCstChildren = {
  Zone: IToken[];
  name?: (IToken)[];
};

export interface TestEventCstNode extends CstNode {
  name: "testEvent";
  children: TestEventCstChildren;
}

export type TestEventCstChildren = {
  Event: IToken[];
  event: IToken[];
  at: IToken[];
  eventChange?: EventChangeCstNode[];
};

export interface EventChangeCstNode extends CstNode {
  name: "eventChange";
  children: EventChangeCstChildren;
}

export type EventChangeCstChildren = {
  severityKeyword?: IToken[];
  severity?: IToken[];
  attributeKeyword?: IToken[];
  attribute?: IToken[];
  value?: IToken[];
};

export interface TestNowCstNode extends CstNode {
  name: "testNow";
  children: TestNowCstChildren;
}

export type TestNowCstChildren = {
  Now: IToken[];
  at: IToken[];
};

export interface TestExpectCstNode extends CstNode {
  name: "testExpect";
  children: TestExpectCstChildren;
}

export type TestExpectCstChildren = {
  Expect: IToken[];
  rejected?: IToken[];
  severityKeyword?: IToken[];
  severity?: IToken[];
  metric?: IToken[];
  Cycle?: IToken[];
  cycle?: IToken[];
  due?: IToken[];
  none?: IToken[];
  unknown?: IToken[];
  status?: IToken[];
  Missed?: IToken[];
  missed?: IToken[];
};

export interface RuleNoteCstNode extends CstNode {
  name: "ruleNote";
  children: RuleNoteCstChildren;
}

export type RuleNoteCstChildren = {
  assumption?: AssumptionCstNode[];
  note?: NoteCstNode[];
};

export interface EligibilityCstNode extends CstNode {
  name: "eligibility";
  children: EligibilityCstChildren;
}

export type EligibilityCstChildren = {
  Eligibility: IToken[];
  LCurly: IToken[];
  eligibilityRule?: EligibilityRuleCstNode[];
  RCurly: IToken[];
};

export interface EligibilityRuleCstNode extends CstNode {
  name: "eligibilityRule";
  children: EligibilityRuleCstChildren;
}

export type EligibilityRuleCstChildren = {
  severities: IdListCstNode[];
  mode?: (IToken)[];
  scopeCondition: ScopeConditionCstNode[];
  Comma?: IToken[];
  Otherwise: IToken[];
  Reject?: IToken[];
  Reclassify?: IToken[];
  severity?: IToken[];
  ruleNote?: RuleNoteCstNode[];
};

export interface ScopeConditionCstNode extends CstNode {
  name: "scopeCondition";
  children: ScopeConditionCstChildren;
}

export type ScopeConditionCstChildren = {
  dimension?: (IToken)[];
  attribute?: IToken[];
  value: (IToken)[];
  Comma?: IToken[];
};

export interface CoverageCstNode extends CstNode {
  name: "coverage";
  children: CoverageCstChildren;
}

export type CoverageCstChildren = {
  Coverage: IToken[];
  LCurly: IToken[];
  coverageEntry?: CoverageEntryCstNode[];
  RCurly: IToken[];
};

export interface CoverageEntryCstNode extends CstNode {
  name: "coverageEntry";
  children: CoverageEntryCstChildren;
}

export type CoverageEntryCstChildren = {
  coverageScope?: CoverageScopeCstNode[];
  coverageRule?: CoverageRuleCstNode[];
};

export interface CoverageScopeCstNode extends CstNode {
  name: "coverageScope";
  children: CoverageScopeCstChildren;
}

export type CoverageScopeCstChildren = {
  dimension?: (IToken)[];
  attribute?: IToken[];
  values: IdListCstNode[];
  LCurly?: IToken[];
  coverageEntry?: CoverageEntryCstNode[];
  RCurly?: IToken[];
  coverageValue?: CoverageValueCstNode[];
};

export interface CoverageRuleCstNode extends CstNode {
  name: "coverageRule";
  children: CoverageRuleCstChildren;
}

export type CoverageRuleCstChildren = {
  severities?: IdListCstNode[];
  coverageValue: CoverageValueCstNode[];
};

export interface CoverageValueCstNode extends CstNode {
  name: "coverageValue";
  children: CoverageValueCstChildren;
}

export type CoverageValueCstChildren = {
  calendar: CoverageClockCstNode[];
  Comma?: IToken[];
  Otherwise?: IToken[];
  otherwise?: CoverageClockCstNode[];
};

export interface CoverageClockCstNode extends CstNode {
  name: "coverageClock";
  children: CoverageClockCstChildren;
}

export type CoverageClockCstChildren = {
  always?: IToken[];
  On?: IToken[];
  target?: IToken[];
};

export interface TargetsCstNode extends CstNode {
  name: "targets";
  children: TargetsCstChildren;
}

export type TargetsCstChildren = {
  metric?: IToken[];
  LCurly?: IToken[];
  targetEntry?: TargetEntryCstNode[];
  RCurly?: IToken[];
  targetValue?: TargetValueCstNode[];
};

export interface TargetEntryCstNode extends CstNode {
  name: "targetEntry";
  children: TargetEntryCstChildren;
}

export type TargetEntryCstChildren = {
  targetScope?: TargetScopeCstNode[];
  targetRule?: TargetRuleCstNode[];
};

export interface TargetScopeCstNode extends CstNode {
  name: "targetScope";
  children: TargetScopeCstChildren;
}

export type TargetScopeCstChildren = {
  dimension?: (IToken)[];
  attribute?: IToken[];
  values: IdListCstNode[];
  LCurly?: IToken[];
  targetEntry?: TargetEntryCstNode[];
  RCurly?: IToken[];
  targetValue?: TargetValueCstNode[];
  ruleNote?: RuleNoteCstNode[];
};

export interface TargetRuleCstNode extends CstNode {
  name: "targetRule";
  children: TargetRuleCstChildren;
}

export type TargetRuleCstChildren = {
  severities?: IdListCstNode[];
  targetValue: TargetValueCstNode[];
  ruleNote?: RuleNoteCstNode[];
};

export interface TargetValueCstNode extends CstNode {
  name: "targetValue";
  children: TargetValueCstChildren;
}

export type TargetValueCstChildren = {
  None?: IToken[];
  Unknown?: IToken[];
  reason?: IToken[];
  inside?: DeadlineCstNode[];
  Comma?: IToken[];
  Otherwise?: IToken[];
  otherwise?: DeadlineCstNode[];
};

export interface DeadlineCstNode extends CstNode {
  name: "deadline";
  children: DeadlineCstChildren;
}

export type DeadlineCstChildren = {
  under?: IToken[];
  amount: AmountCstNode[];
  clock?: ClockCstNode[];
};

export interface AmountCstNode extends CstNode {
  name: "amount";
  children: AmountCstChildren;
}

export type AmountCstChildren = {
  duration?: IToken[];
  days?: IToken[];
  Business?: (IToken)[];
  Calendar?: IToken[];
  Day?: (IToken)[];
  Days?: IToken[];
  Next?: IToken[];
};

export interface ClockCstNode extends CstNode {
  name: "clock";
  children: ClockCstChildren;
}

export type ClockCstChildren = {
  always?: IToken[];
  business?: IToken[];
  On?: IToken[];
  target?: IToken[];
};

export interface SourceFileCstNode extends CstNode {
  name: "sourceFile";
  children: SourceFileCstChildren;
}

export type SourceFileCstChildren = {
  policy?: PolicyCstNode[];
};

export interface PolicyCstNode extends CstNode {
  name: "policy";
  children: PolicyCstChildren;
}

export type PolicyCstChildren = {
  Policy: IToken[];
  id: IToken[];
  title?: IToken[];
  LCurly: IToken[];
  policyItem?: PolicyItemCstNode[];
  RCurly: IToken[];
};

export interface PolicyItemCstNode extends CstNode {
  name: "policyItem";
  children: PolicyItemCstChildren;
}

export type PolicyItemCstChildren = {
  provider?: ProviderCstNode[];
  updated?: UpdatedCstNode[];
  validFrom?: ValidFromCstNode[];
  validUntil?: ValidUntilCstNode[];
  supersedes?: SupersedesCstNode[];
  link?: LinkCstNode[];
  note?: NoteCstNode[];
  languages?: LanguagesCstNode[];
  businessHours?: BusinessHoursCstNode[];
  calendar?: CalendarCstNode[];
  team?: TeamCstNode[];
  channel?: ChannelCstNode[];
  severityDecl?: SeverityDeclCstNode[];
  tier?: TierCstNode[];
  attributeDecl?: AttributeDeclCstNode[];
  metricDecl?: MetricDeclCstNode[];
  eventDecl?: EventDeclCstNode[];
  eligibility?: EligibilityCstNode[];
  coverage?: CoverageCstNode[];
  escalation?: EscalationCstNode[];
  exclusions?: ExclusionsCstNode[];
  maintenance?: MaintenanceCstNode[];
  uptime?: UptimeCstNode[];
  fiscalYear?: FiscalYearCstNode[];
  responseCredit?: ResponseCreditCstNode[];
  test?: TestCstNode[];
  targets?: TargetsCstNode[];
};

export interface ProviderCstNode extends CstNode {
  name: "provider";
  children: ProviderCstChildren;
}

export type ProviderCstChildren = {
  Provider: IToken[];
  name: IToken[];
};

export interface UpdatedCstNode extends CstNode {
  name: "updated";
  children: UpdatedCstChildren;
}

export type UpdatedCstChildren = {
  Updated: IToken[];
  date: IToken[];
};

export interface ValidFromCstNode extends CstNode {
  name: "validFrom";
  children: ValidFromCstChildren;
}

export type ValidFromCstChildren = {
  ValidFrom: IToken[];
  date: IToken[];
};

export interface ValidUntilCstNode extends CstNode {
  name: "validUntil";
  children: ValidUntilCstChildren;
}

export type ValidUntilCstChildren = {
  ValidUntil: IToken[];
  date: IToken[];
};

export interface SupersedesCstNode extends CstNode {
  name: "supersedes";
  children: SupersedesCstChildren;
}

export type SupersedesCstChildren = {
  Supersedes: IToken[];
  policy: IToken[];
};

export interface LinkCstNode extends CstNode {
  name: "link";
  children: LinkCstChildren;
}

export type LinkCstChildren = {
  Link: IToken[];
  id: IToken[];
  title: IToken[];
  url: IToken[];
};

export interface LanguagesCstNode extends CstNode {
  name: "languages";
  children: LanguagesCstChildren;
}

export type LanguagesCstChildren = {
  Languages: IToken[];
  languageEntry: (LanguageEntryCstNode)[];
  Comma?: IToken[];
};

export interface LanguageEntryCstNode extends CstNode {
  name: "languageEntry";
  children: LanguageEntryCstChildren;
}

export type LanguageEntryCstChildren = {
  tag: IToken[];
  Primary?: IToken[];
};

export interface BusinessHoursCstNode extends CstNode {
  name: "businessHours";
  children: BusinessHoursCstChildren;
}

export type BusinessHoursCstChildren = {
  BusinessHours: IToken[];
  calendar: IToken[];
};

export interface SlaCstVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  idList(children: IdListCstChildren, param?: IN): OUT;
  note(children: NoteCstChildren, param?: IN): OUT;
  hours(children: HoursCstChildren, param?: IN): OUT;
  contact(children: ContactCstChildren, param?: IN): OUT;
  description(children: DescriptionCstChildren, param?: IN): OUT;
  channels(children: ChannelsCstChildren, param?: IN): OUT;
  exclusions(children: ExclusionsCstChildren, param?: IN): OUT;
  calendar(children: CalendarCstChildren, param?: IN): OUT;
  calendarItem(children: CalendarItemCstChildren, param?: IN): OUT;
  zone(children: ZoneCstChildren, param?: IN): OUT;
  zoneName(children: ZoneNameCstChildren, param?: IN): OUT;
  open(children: OpenCstChildren, param?: IN): OUT;
  days(children: DaysCstChildren, param?: IN): OUT;
  closed(children: ClosedCstChildren, param?: IN): OUT;
  closedDates(children: ClosedDatesCstChildren, param?: IN): OUT;
  closedEvery(children: ClosedEveryCstChildren, param?: IN): OUT;
  dateMove(children: DateMoveCstChildren, param?: IN): OUT;
  dateShift(children: DateShiftCstChildren, param?: IN): OUT;
  observed(children: ObservedCstChildren, param?: IN): OUT;
  observedDay(children: ObservedDayCstChildren, param?: IN): OUT;
  holidays(children: HolidaysCstChildren, param?: IN): OUT;
  holidaysItem(children: HolidaysItemCstChildren, param?: IN): OUT;
  holidayTypes(children: HolidayTypesCstChildren, param?: IN): OUT;
  holidayExcept(children: HolidayExceptCstChildren, param?: IN): OUT;
  holidayOnly(children: HolidayOnlyCstChildren, param?: IN): OUT;
  holidayYears(children: HolidayYearsCstChildren, param?: IN): OUT;
  unknownHours(children: UnknownHoursCstChildren, param?: IN): OUT;
  businessDay(children: BusinessDayCstChildren, param?: IN): OUT;
  assumption(children: AssumptionCstChildren, param?: IN): OUT;
  team(children: TeamCstChildren, param?: IN): OUT;
  teamItem(children: TeamItemCstChildren, param?: IN): OUT;
  responsibility(children: ResponsibilityCstChildren, param?: IN): OUT;
  channel(children: ChannelCstChildren, param?: IN): OUT;
  channelItem(children: ChannelItemCstChildren, param?: IN): OUT;
  channelSeverity(children: ChannelSeverityCstChildren, param?: IN): OUT;
  audience(children: AudienceCstChildren, param?: IN): OUT;
  severityDecl(children: SeverityDeclCstChildren, param?: IN): OUT;
  severityItem(children: SeverityItemCstChildren, param?: IN): OUT;
  alias(children: AliasCstChildren, param?: IN): OUT;
  example(children: ExampleCstChildren, param?: IN): OUT;
  tier(children: TierCstChildren, param?: IN): OUT;
  tierItem(children: TierItemCstChildren, param?: IN): OUT;
  addon(children: AddonCstChildren, param?: IN): OUT;
  attributeDecl(children: AttributeDeclCstChildren, param?: IN): OUT;
  attributeSource(children: AttributeSourceCstChildren, param?: IN): OUT;
  attributeItem(children: AttributeItemCstChildren, param?: IN): OUT;
  attributeValues(children: AttributeValuesCstChildren, param?: IN): OUT;
  attributeValue(children: AttributeValueCstChildren, param?: IN): OUT;
  attributeDefault(children: AttributeDefaultCstChildren, param?: IN): OUT;
  metricDecl(children: MetricDeclCstChildren, param?: IN): OUT;
  metricItem(children: MetricItemCstChildren, param?: IN): OUT;
  metricStarts(children: MetricStartsCstChildren, param?: IN): OUT;
  metricRepeats(children: MetricRepeatsCstChildren, param?: IN): OUT;
  metricOnChange(children: MetricOnChangeCstChildren, param?: IN): OUT;
  eventDecl(children: EventDeclCstChildren, param?: IN): OUT;
  eventItem(children: EventItemCstChildren, param?: IN): OUT;
  escalation(children: EscalationCstChildren, param?: IN): OUT;
  escalationItem(children: EscalationItemCstChildren, param?: IN): OUT;
  escalationLevel(children: EscalationLevelCstChildren, param?: IN): OUT;
  escalationRight(children: EscalationRightCstChildren, param?: IN): OUT;
  onCall(children: OnCallCstChildren, param?: IN): OUT;
  onCallItem(children: OnCallItemCstChildren, param?: IN): OUT;
  severities(children: SeveritiesCstChildren, param?: IN): OUT;
  maintenance(children: MaintenanceCstChildren, param?: IN): OUT;
  maintenanceItem(children: MaintenanceItemCstChildren, param?: IN): OUT;
  notice(children: NoticeCstChildren, param?: IN): OUT;
  announce(children: AnnounceCstChildren, param?: IN): OUT;
  uptime(children: UptimeCstChildren, param?: IN): OUT;
  uptimeItem(children: UptimeItemCstChildren, param?: IN): OUT;
  commitmentTiers(children: CommitmentTiersCstChildren, param?: IN): OUT;
  creditCap(children: CreditCapCstChildren, param?: IN): OUT;
  claimWindow(children: ClaimWindowCstChildren, param?: IN): OUT;
  service(children: ServiceCstChildren, param?: IN): OUT;
  notCovered(children: NotCoveredCstChildren, param?: IN): OUT;
  objective(children: ObjectiveCstChildren, param?: IN): OUT;
  downtime(children: DowntimeCstChildren, param?: IN): OUT;
  errorDefinition(children: ErrorDefinitionCstChildren, param?: IN): OUT;
  validRequests(children: ValidRequestsCstChildren, param?: IN): OUT;
  minimumPeriod(children: MinimumPeriodCstChildren, param?: IN): OUT;
  credit(children: CreditCstChildren, param?: IN): OUT;
  fiscalYear(children: FiscalYearCstChildren, param?: IN): OUT;
  responseCredit(children: ResponseCreditCstChildren, param?: IN): OUT;
  responseCreditItem(children: ResponseCreditItemCstChildren, param?: IN): OUT;
  misses(children: MissesCstChildren, param?: IN): OUT;
  creditAmount(children: CreditAmountCstChildren, param?: IN): OUT;
  test(children: TestCstChildren, param?: IN): OUT;
  testItem(children: TestItemCstChildren, param?: IN): OUT;
  testOpened(children: TestOpenedCstChildren, param?: IN): OUT;
  testDimension(children: TestDimensionCstChildren, param?: IN): OUT;
  testAttribute(children: TestAttributeCstChildren, param?: IN): OUT;
  testAddons(children: TestAddonsCstChildren, param?: IN): OUT;
  testZone(children: TestZoneCstChildren, param?: IN): OUT;
  testEvent(children: TestEventCstChildren, param?: IN): OUT;
  eventChange(children: EventChangeCstChildren, param?: IN): OUT;
  testNow(children: TestNowCstChildren, param?: IN): OUT;
  testExpect(children: TestExpectCstChildren, param?: IN): OUT;
  ruleNote(children: RuleNoteCstChildren, param?: IN): OUT;
  eligibility(children: EligibilityCstChildren, param?: IN): OUT;
  eligibilityRule(children: EligibilityRuleCstChildren, param?: IN): OUT;
  scopeCondition(children: ScopeConditionCstChildren, param?: IN): OUT;
  coverage(children: CoverageCstChildren, param?: IN): OUT;
  coverageEntry(children: CoverageEntryCstChildren, param?: IN): OUT;
  coverageScope(children: CoverageScopeCstChildren, param?: IN): OUT;
  coverageRule(children: CoverageRuleCstChildren, param?: IN): OUT;
  coverageValue(children: CoverageValueCstChildren, param?: IN): OUT;
  coverageClock(children: CoverageClockCstChildren, param?: IN): OUT;
  targets(children: TargetsCstChildren, param?: IN): OUT;
  targetEntry(children: TargetEntryCstChildren, param?: IN): OUT;
  targetScope(children: TargetScopeCstChildren, param?: IN): OUT;
  targetRule(children: TargetRuleCstChildren, param?: IN): OUT;
  targetValue(children: TargetValueCstChildren, param?: IN): OUT;
  deadline(children: DeadlineCstChildren, param?: IN): OUT;
  amount(children: AmountCstChildren, param?: IN): OUT;
  clock(children: ClockCstChildren, param?: IN): OUT;
  sourceFile(children: SourceFileCstChildren, param?: IN): OUT;
  policy(children: PolicyCstChildren, param?: IN): OUT;
  policyItem(children: PolicyItemCstChildren, param?: IN): OUT;
  provider(children: ProviderCstChildren, param?: IN): OUT;
  updated(children: UpdatedCstChildren, param?: IN): OUT;
  validFrom(children: ValidFromCstChildren, param?: IN): OUT;
  validUntil(children: ValidUntilCstChildren, param?: IN): OUT;
  supersedes(children: SupersedesCstChildren, param?: IN): OUT;
  link(children: LinkCstChildren, param?: IN): OUT;
  languages(children: LanguagesCstChildren, param?: IN): OUT;
  languageEntry(children: LanguageEntryCstChildren, param?: IN): OUT;
  businessHours(children: BusinessHoursCstChildren, param?: IN): OUT;
}
