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
  fixedSeverity?: FixedSeverityCstNode[];
  contact?: ContactCstNode[];
  audience?: AudienceCstNode[];
  note?: NoteCstNode[];
};

export interface FixedSeverityCstNode extends CstNode {
  name: "fixedSeverity";
  children: FixedSeverityCstChildren;
}

export type FixedSeverityCstChildren = {
  Severity: IToken[];
  Always: IToken[];
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
  note?: NoteCstNode[];
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
  Starts?: IToken[];
  starts?: IToken[];
  RCurly?: IToken[];
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
  exclusions?: ExclusionsCstNode[];
  note?: NoteCstNode[];
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
  metric: IToken[];
  due?: IToken[];
  none?: IToken[];
  unknown?: IToken[];
  status?: IToken[];
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
  values: IdListCstNode[];
  LCurly?: IToken[];
  targetEntry?: TargetEntryCstNode[];
  RCurly?: IToken[];
  targetValue?: TargetValueCstNode[];
};

export interface TargetRuleCstNode extends CstNode {
  name: "targetRule";
  children: TargetRuleCstChildren;
}

export type TargetRuleCstChildren = {
  severities?: IdListCstNode[];
  targetValue: TargetValueCstNode[];
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
  link?: LinkCstNode[];
  note?: NoteCstNode[];
  languages?: LanguagesCstNode[];
  businessHours?: BusinessHoursCstNode[];
  calendar?: CalendarCstNode[];
  team?: TeamCstNode[];
  channel?: ChannelCstNode[];
  severityDecl?: SeverityDeclCstNode[];
  tier?: TierCstNode[];
  metricDecl?: MetricDeclCstNode[];
  escalation?: EscalationCstNode[];
  exclusions?: ExclusionsCstNode[];
  maintenance?: MaintenanceCstNode[];
  uptime?: UptimeCstNode[];
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
  fixedSeverity(children: FixedSeverityCstChildren, param?: IN): OUT;
  audience(children: AudienceCstChildren, param?: IN): OUT;
  severityDecl(children: SeverityDeclCstChildren, param?: IN): OUT;
  severityItem(children: SeverityItemCstChildren, param?: IN): OUT;
  alias(children: AliasCstChildren, param?: IN): OUT;
  example(children: ExampleCstChildren, param?: IN): OUT;
  tier(children: TierCstChildren, param?: IN): OUT;
  tierItem(children: TierItemCstChildren, param?: IN): OUT;
  metricDecl(children: MetricDeclCstChildren, param?: IN): OUT;
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
  service(children: ServiceCstChildren, param?: IN): OUT;
  notCovered(children: NotCoveredCstChildren, param?: IN): OUT;
  objective(children: ObjectiveCstChildren, param?: IN): OUT;
  downtime(children: DowntimeCstChildren, param?: IN): OUT;
  errorDefinition(children: ErrorDefinitionCstChildren, param?: IN): OUT;
  validRequests(children: ValidRequestsCstChildren, param?: IN): OUT;
  minimumPeriod(children: MinimumPeriodCstChildren, param?: IN): OUT;
  credit(children: CreditCstChildren, param?: IN): OUT;
  test(children: TestCstChildren, param?: IN): OUT;
  testItem(children: TestItemCstChildren, param?: IN): OUT;
  testOpened(children: TestOpenedCstChildren, param?: IN): OUT;
  testDimension(children: TestDimensionCstChildren, param?: IN): OUT;
  testZone(children: TestZoneCstChildren, param?: IN): OUT;
  testEvent(children: TestEventCstChildren, param?: IN): OUT;
  testNow(children: TestNowCstChildren, param?: IN): OUT;
  testExpect(children: TestExpectCstChildren, param?: IN): OUT;
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
  link(children: LinkCstChildren, param?: IN): OUT;
  languages(children: LanguagesCstChildren, param?: IN): OUT;
  languageEntry(children: LanguageEntryCstChildren, param?: IN): OUT;
  businessHours(children: BusinessHoursCstChildren, param?: IN): OUT;
}
