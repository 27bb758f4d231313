/**
 * The typed, immutable AST of `.sla` files. Every node has a `kind` and the source
 * `range` it was parsed from. The parser builds it; checks and the bundle compiler read it.
 * Items keep their source order so the formatter can print them back.
 *
 * A node the parser could not finish (after a syntax error) is left out rather than
 * half-built: consumers may rely on every required property being present.
 */
import type { Range } from "../diagnostics/diagnostic.js";

interface NodeBase {
  readonly range: Range;
}

/** An identifier as written (a policy id, a severity id, a zone, a language tag…). */
export interface Name extends NodeBase {
  readonly kind: "Name";
  readonly value: string;
}

/** A string literal, with escapes already decoded. */
export interface Text extends NodeBase {
  readonly kind: "Text";
  readonly value: string;
}

/** A whole `.sla` file: usually one policy. */
export interface SourceFile extends NodeBase {
  readonly kind: "SourceFile";
  readonly policies: readonly Policy[];
  /** Comments, in source order, for the formatter. */
  readonly comments: readonly Comment[];
}

/** A `//` or `/* *\/` comment. */
export interface Comment extends NodeBase {
  readonly kind: "Comment";
  readonly text: string;
}

/** `policy <id> "<title>" { … }` */
export interface Policy extends NodeBase {
  readonly kind: "Policy";
  readonly id: Name;
  readonly title?: Text;
  readonly items: readonly PolicyItem[];
}

/** Anything that may stand directly inside a policy block. */
export type PolicyItem =
  | Provider
  | Updated
  | ValidFrom
  | ValidUntil
  | Supersedes
  | Link
  | Note
  | Languages
  | BusinessHours
  | Calendar
  | Team
  | Channel
  | SeverityDecl
  | Tier
  | AttributeDecl
  | MetricDecl
  | EventDecl
  | Eligibility
  | Coverage
  | Targets
  | Escalation
  | Exclusions
  | Maintenance
  | Uptime
  | FiscalYear
  | ResponseCredit
  | Test;

/** `provider "<name>"` */
export interface Provider extends NodeBase {
  readonly kind: "Provider";
  readonly name: Text;
}

/** `updated 2026-08-01` */
export interface Updated extends NodeBase {
  readonly kind: "Updated";
  readonly date: DateLiteral;
}

/** `valid_from 2026-01-01`: the policy is in force for tickets opened on or after that date (UTC). */
export interface ValidFrom extends NodeBase {
  readonly kind: "ValidFrom";
  readonly date: DateLiteral;
}

/** `valid_until 2027-01-01`: the policy is in force for tickets opened before that date (UTC). */
export interface ValidUntil extends NodeBase {
  readonly kind: "ValidUntil";
  readonly date: DateLiteral;
}

/** `supersedes <policy id>`: the earlier policy this one replaces. */
export interface Supersedes extends NodeBase {
  readonly kind: "Supersedes";
  readonly policy: Name;
}

/** `link <id> "<title>" "<url>"` */
export interface Link extends NodeBase {
  readonly kind: "Link";
  readonly id: Name;
  readonly title: Text;
  readonly url: Text;
}

/** `note "<text>"` or `note "<title>" "<text>"`: prose a page carries. */
export interface Note extends NodeBase {
  readonly kind: "Note";
  readonly title?: Text;
  readonly text: Text;
}

/** `languages en primary, pt-BR, de` */
export interface Languages extends NodeBase {
  readonly kind: "Languages";
  readonly languages: readonly LanguageEntry[];
}

/** One language tag in a `languages` list. */
export interface LanguageEntry extends NodeBase {
  readonly kind: "LanguageEntry";
  readonly tag: Name;
  readonly primary: boolean;
}

/** `business_hours <calendar>`: the calendar that `business` means when a tier names none. */
export interface BusinessHours extends NodeBase {
  readonly kind: "BusinessHours";
  readonly calendar: Name;
}

/** A calendar date `YYYY-MM-DD`, kept as written. */
export interface DateLiteral extends NodeBase {
  readonly kind: "Date";
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A wall-clock time `HH:MM` (24:00 allowed as an end), in minutes after midnight. */
export interface TimeOfDay extends NodeBase {
  readonly kind: "Time";
  readonly minutes: number;
}

/** An instant with an offset, `2026-03-27T20:00Z`, as written. */
export interface InstantLiteral extends NodeBase {
  readonly kind: "Instant";
  readonly text: string;
}

/** A duration such as `15m`, `4h`, `1h30m`, `2d` (calendar days of 24 h), in minutes. */
export interface DurationLiteral extends NodeBase {
  readonly kind: "Duration";
  readonly minutes: number;
  readonly text: string;
}

/** A percentage such as `99.9%`, as a number of percent. */
export interface PercentLiteral extends NodeBase {
  readonly kind: "Percent";
  readonly value: number;
  readonly text: string;
}

/** `calendar <id> "<title>" { … }` */
export interface Calendar extends NodeBase {
  readonly kind: "Calendar";
  readonly id: Name;
  readonly title?: Text;
  readonly items: readonly CalendarItem[];
}

/** Anything that may stand inside a calendar block. */
export type CalendarItem =
  | Zone
  | CustomerZone
  | UnknownZone
  | Open
  | Closed
  | Holidays
  | UnknownHolidays
  | UnknownHours
  | BusinessDay
  | Assumption
  | Note;

/** `zone America/New_York` */
export interface Zone extends NodeBase {
  readonly kind: "Zone";
  readonly zone: Name;
}

/** `zone customer [default Europe/Paris]`: the ticket's zone, or the default when a ticket gives none. */
export interface CustomerZone extends NodeBase {
  readonly kind: "CustomerZone";
  readonly default?: Name;
}

/** `zone unknown "<why>"`: the source does not say which zone the hours are in. */
export interface UnknownZone extends NodeBase {
  readonly kind: "UnknownZone";
  readonly reason: Text;
}

/** `unknown "<why>"`: the source does not state the calendar's hours. */
export interface UnknownHours extends NodeBase {
  readonly kind: "UnknownHours";
  readonly reason: Text;
}

/** `holidays DE-NW [{ … }]`: the public holidays of a country or subdivision, from date-holidays. */
export interface Holidays extends NodeBase {
  readonly kind: "Holidays";
  /** An ISO 3166 country code, with a subdivision after a hyphen: `US`, `DE-NW`. */
  readonly region: Name;
  readonly items: readonly HolidaysItem[];
}

/** Anything that may stand inside a holidays block. */
export type HolidaysItem = HolidayTypes | HolidayExcept | HolidayOnly | HolidayYears;

/** `types public, bank`: the kinds of holiday kept (default: `public`). */
export interface HolidayTypes extends NodeBase {
  readonly kind: "HolidayTypes";
  readonly types: readonly Name[];
}

/** `except "Columbus Day", …`: holidays left out, by name. */
export interface HolidayExcept extends NodeBase {
  readonly kind: "HolidayExcept";
  readonly names: readonly Text[];
}

/** `only "Christmas Day", …`: the only holidays kept, by name. */
export interface HolidayOnly extends NodeBase {
  readonly kind: "HolidayOnly";
  readonly names: readonly Text[];
}

/** `years 2024 to 2035`: the years the set is expanded over (default: DEFAULT_HOLIDAY_YEARS). */
export interface HolidayYears extends NodeBase {
  readonly kind: "HolidayYears";
  readonly from: NumberLiteral;
  readonly to: NumberLiteral;
}

/** `holidays unknown "<which>"`: a holiday set the source names without listing it. */
export interface UnknownHolidays extends NodeBase {
  readonly kind: "UnknownHolidays";
  readonly reason: Text;
}

/** A day of the week, ISO numbered: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Days written as `mon`, `mon-fri`, `weekdays`, `weekends`, `daily`, expanded. */
export interface DaySet extends NodeBase {
  readonly kind: "DaySet";
  readonly days: readonly Weekday[];
}

/**
 * `open <days> <from> - <to>`: one window on each listed day (crossing midnight when
 * `to` ≤ `from`), or `open <day> <from> - <day> <to>`: one span across days.
 */
export type Open = OpenDaily | OpenSpan;

/** `open mon-fri, sun 09:00 - 17:00` */
export interface OpenDaily extends NodeBase {
  readonly kind: "OpenDaily";
  readonly days: readonly DaySet[];
  readonly from: TimeOfDay;
  readonly to: TimeOfDay;
}

/**
 * `open sun 18:00 - fri 21:00`, or with zones at its ends:
 * `open mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles` (an end without one is
 * in the calendar's zone).
 */
export interface OpenSpan extends NodeBase {
  readonly kind: "OpenSpan";
  readonly fromDay: DaySet;
  readonly from: TimeOfDay;
  readonly fromZone?: Name;
  readonly toDay: DaySet;
  readonly to: TimeOfDay;
  readonly toZone?: Name;
}

/** `closed <when> ["<name>"]` */
export interface Closed extends NodeBase {
  readonly kind: "Closed";
  readonly when: ClosedDate | ClosedYearly | ClosedNthWeekday | ClosedEaster | ClosedYearlyRange;
  readonly name?: Text;
}

/** `closed 2026-12-24` or `closed 2026-12-24 to 2026-12-26` */
export interface ClosedDate extends NodeBase {
  readonly kind: "ClosedDate";
  readonly from: DateLiteral;
  readonly to?: DateLiteral;
}

/** `closed every dec 25`, `closed every jul 4 observed` */
export interface ClosedYearly extends NodeBase {
  readonly kind: "ClosedYearly";
  readonly month: Name;
  readonly day: NumberLiteral;
  readonly shift?: DateShift;
  readonly observed?: Observed;
}

/** `closed every fourth thu of nov`, `closed every last mon of may`, `closed every fourth thu of nov +1d` */
export interface ClosedNthWeekday extends NodeBase {
  readonly kind: "ClosedNthWeekday";
  /** first, second, third, fourth, fifth or last. */
  readonly ordinal: Name;
  readonly weekday: Name;
  readonly month: Name;
  readonly shift?: DateShift;
  readonly observed?: Observed;
}

/** `closed every easter`, `closed every easter -2d`: Easter Sunday, moved by the shift. */
export interface ClosedEaster extends NodeBase {
  readonly kind: "ClosedEaster";
  readonly shift?: DateShift;
  readonly observed?: Observed;
}

/** `closed every dec 28 - jan 3`: the same days every year, across the new year when the end comes first. */
export interface ClosedYearlyRange extends NodeBase {
  readonly kind: "ClosedYearlyRange";
  readonly fromMonth: Name;
  readonly fromDay: NumberLiteral;
  readonly toMonth: Name;
  readonly toDay: NumberLiteral;
}

/** `+1d`, `-2d`: a yearly date moved by whole days. */
export interface DateShift extends NodeBase {
  readonly kind: "DateShift";
  readonly sign: 1 | -1;
  /** The number of days, as a duration (`2d`); a whole number of days is checked. */
  readonly days: DurationLiteral;
}

/** `observed [sat to fri, …]`: a date on a listed weekday is also closed on another; alone, Saturday to Friday and Sunday to Monday. */
export interface Observed extends NodeBase {
  readonly kind: "Observed";
  readonly days: readonly ObservedDay[];
}

/** `sat to fri`: a date on the first weekday is also closed on the nearest second one. */
export interface ObservedDay extends NodeBase {
  readonly kind: "ObservedDay";
  readonly from: Name;
  readonly to: Name;
}

/** An integer or decimal number. */
export interface NumberLiteral extends NodeBase {
  readonly kind: "Number";
  readonly value: number;
  readonly text: string;
}

/** `business_day 8h`: N business days then means N × 8 h of open time on this calendar. */
export interface BusinessDay extends NodeBase {
  readonly kind: "BusinessDay";
  readonly length: DurationLiteral;
}

/** `assumption "<why>"`: the source is silent and this calendar is the policy author's guess. */
export interface Assumption extends NodeBase {
  readonly kind: "Assumption";
  readonly text: Text;
}

/** Where a clock runs: `24x7`, `business` (the calendar in effect), or `on <calendar or team>`. */
export type ClockRef = Clock24x7 | ClockBusiness | ClockOn;

/** `24x7`: plain elapsed time. */
export interface Clock24x7 extends NodeBase {
  readonly kind: "Clock24x7";
}

/** `business`: the tier's calendar, else the policy's `business_hours`, else its only calendar. */
export interface ClockBusiness extends NodeBase {
  readonly kind: "ClockBusiness";
}

/** `on <id>`: a named calendar, or the calendar of a named team. */
export interface ClockOn extends NodeBase {
  readonly kind: "ClockOn";
  readonly target: Name;
}

/** `team <id> "<title>" { … }`: a support level or team with its own hours. */
export interface Team extends NodeBase {
  readonly kind: "Team";
  readonly id: Name;
  readonly title?: Text;
  readonly items: readonly TeamItem[];
}

/** Anything that may stand inside a team block. */
export type TeamItem = HoursRef | Responsibility | Contact | Assumption | Note;

/** `hours 24x7` or `hours <calendar>`: when a team, tier or on-call works. */
export interface HoursRef extends NodeBase {
  readonly kind: "HoursRef";
  /** `hours <id>` is a ClockOn whose range is the id. */
  readonly clock: Clock24x7 | ClockOn;
}

/** `responsibility "<what the team is in charge of>"` */
export interface Responsibility extends NodeBase {
  readonly kind: "Responsibility";
  readonly text: Text;
}

/** `contact "<address>" ["<what it is for>"]` */
export interface Contact extends NodeBase {
  readonly kind: "Contact";
  readonly address: Text;
  readonly purpose?: Text;
}

/** `channel <id> "<title>" { … }` */
export interface Channel extends NodeBase {
  readonly kind: "Channel";
  readonly id: Name;
  readonly title?: Text;
  readonly items: readonly ChannelItem[];
}

/** Anything that may stand inside a channel block. */
export type ChannelItem = FixedSeverity | DefaultSeverity | Contact | Audience | Assumption | Note;

/** `severity always <id>`: the channel cannot choose a severity. */
export interface FixedSeverity extends NodeBase {
  readonly kind: "FixedSeverity";
  readonly severity: Name;
}

/** `severity default <id>`: the severity of a ticket on the channel that asks for none. */
export interface DefaultSeverity extends NodeBase {
  readonly kind: "DefaultSeverity";
  readonly severity: Name;
}

/** `audience "<who may use it>"` */
export interface Audience extends NodeBase {
  readonly kind: "Audience";
  readonly text: Text;
}

/** `severity <id> "<title>" { … }`; severities are declared most severe first. */
export interface SeverityDecl extends NodeBase {
  readonly kind: "SeverityDecl";
  readonly id: Name;
  readonly title?: Text;
  readonly items: readonly SeverityItem[];
}

/** Anything that may stand inside a severity block. */
export type SeverityItem = Alias | Description | Example | Assumption | Note;

/** `alias "<other name>"`, e.g. `alias "Blocker"` for S0. */
export interface Alias extends NodeBase {
  readonly kind: "Alias";
  readonly text: Text;
}

/** `description "<text>"` */
export interface Description extends NodeBase {
  readonly kind: "Description";
  readonly text: Text;
}

/** `example "<text>" [tiers <id>, …]`: an example, optionally only for some tiers. */
export interface Example extends NodeBase {
  readonly kind: "Example";
  readonly text: Text;
  readonly tiers: readonly Name[];
}

/** `tier <id> "<title>" { … }`: a plan, support package or customer tier. */
export interface Tier extends NodeBase {
  readonly kind: "Tier";
  readonly id: Name;
  readonly title?: Text;
  readonly items: readonly TierItem[];
}

/** Anything that may stand inside a tier block. */
export type TierItem = HoursRef | ChannelsRef | Description | Addon | Assumption | Note;

/** `addon`: the tier is an add-on a ticket carries on top of its base tier, changing only the cells its rules name. */
export interface Addon extends NodeBase {
  readonly kind: "Addon";
}

/** `channels <id>, …`: the channels a tier may use (all when absent). */
export interface ChannelsRef extends NodeBase {
  readonly kind: "ChannelsRef";
  readonly channels: readonly Name[];
}

/** `metric <id> "<title>" [{ starts <event>  repeats …  reclassified …  assumption …  note … }]`: an author-named metric. */
export interface MetricDecl extends NodeBase {
  readonly kind: "MetricDecl";
  readonly id: Name;
  readonly title?: Text;
  readonly items: readonly MetricItem[];
}

/** Anything that may stand inside a metric block. */
export type MetricItem = MetricStarts | MetricRepeats | MetricOnChange | Assumption | Note;

/**
 * `starts <event>`: the event that starts the metric's clock: `opened` (default),
 * `escalated`, `customer_reply`, or a declared event (its first occurrence).
 */
export interface MetricStarts extends NodeBase {
  readonly kind: "MetricStarts";
  readonly event: Name;
}

/**
 * `repeats [after <event>] [until <event>]`: the metric is a cadence, due again after each
 * `after` event (absent: the metric's own, so due again each time it is met) until the
 * `until` event (absent: `resolved`).
 */
export interface MetricRepeats extends NodeBase {
  readonly kind: "MetricRepeats";
  readonly after?: Name;
  readonly until?: Name;
}

/**
 * `reclassified keeps` (the default) or `reclassified restarts`: when a change of the
 * ticket's severity or attributes changes the metric's target, the new target counts from
 * the clock's start (`keep`) or from the change (`restart`).
 */
export interface MetricOnChange extends NodeBase {
  readonly kind: "MetricOnChange";
  readonly rule: "keep" | "restart";
}

/** `event <id> ["<title>"] [{ assumption …  note … }]`: an event the policy declares, that tickets may carry. */
export interface EventDecl extends NodeBase {
  readonly kind: "EventDecl";
  readonly id: Name;
  readonly title?: Text;
  readonly items: readonly EventItem[];
}

/** Anything that may stand inside an event block. */
export type EventItem = Assumption | Note;

/** `attribute <id> "<title>" [from languages] { … }`: a ticket attribute, a dimension beside tier, severity and channel. */
export interface AttributeDecl extends NodeBase {
  readonly kind: "AttributeDecl";
  readonly id: Name;
  readonly title?: Text;
  /** `from languages`: the values are the policy's languages. */
  readonly fromLanguages?: FromLanguages;
  readonly items: readonly AttributeItem[];
}

/** `from languages` in an attribute's head. */
export interface FromLanguages extends NodeBase {
  readonly kind: "FromLanguages";
}

/** Anything that may stand inside an attribute block. */
export type AttributeItem = AttributeValues | AttributeDefault | Assumption | Note;

/** `values production "Production", staging, …`: the attribute's values, in order. */
export interface AttributeValues extends NodeBase {
  readonly kind: "AttributeValues";
  readonly values: readonly AttributeValue[];
}

/** One value of an attribute, with an optional title. */
export interface AttributeValue extends NodeBase {
  readonly kind: "AttributeValue";
  readonly id: Name;
  readonly title?: Text;
}

/** `default <value>`, or `default none` (absent `value`): the value of a ticket that gives none. */
export interface AttributeDefault extends NodeBase {
  readonly kind: "AttributeDefault";
  readonly value?: Name;
}

/** `eligibility { … }`: where severities may be asked for. */
export interface Eligibility extends NodeBase {
  readonly kind: "Eligibility";
  readonly rules: readonly EligibilityRule[];
}

/** `p1 only channel phone otherwise reject`: a limit on where severities may be asked for. */
export interface EligibilityRule extends NodeBase {
  readonly kind: "EligibilityRule";
  readonly severities: readonly Name[];
  /** `only`: offered only where every condition holds; `not`: not offered where they all hold. */
  readonly mode: "only" | "not";
  readonly conditions: readonly ScopeCondition[];
  readonly otherwise: Reject | Reclassify;
  readonly provenance: readonly RuleProvenance[];
}

/** `channel phone, chat`, `tier standard`, `environment production`: a dimension and the values it takes. */
export interface ScopeCondition extends NodeBase {
  readonly kind: "ScopeCondition";
  readonly dimension: "tier" | "channel" | "attribute";
  /** The attribute's id, for `dimension: "attribute"`. */
  readonly attribute?: Name;
  readonly values: readonly Name[];
}

/** `otherwise reject`: a ticket that asks for the severity there is refused. */
export interface Reject extends NodeBase {
  readonly kind: "Reject";
}

/** `otherwise reclassify <severity>`: a ticket that asks for the severity there gets this one. */
export interface Reclassify extends NodeBase {
  readonly kind: "Reclassify";
  readonly severity: Name;
}

/** The provenance that may trail a rule: `assumption "…"`, `note "…"`. */
export type RuleProvenance = Assumption | Note;

/** `coverage { … }`: which calendar `business` means for each scope, with an optional fallback. */
export interface Coverage extends NodeBase {
  readonly kind: "Coverage";
  readonly entries: readonly CoverageEntry[];
}

/** A coverage rule, or a scope that narrows the rules inside it. */
export type CoverageEntry = CoverageRule | CoverageScope;

/** `language ja { … }`, `tier gold { … }`: as a target scope. */
export interface CoverageScope extends NodeBase {
  readonly kind: "CoverageScope";
  readonly dimension: "tier" | "channel" | "severity" | "attribute";
  /** The attribute's id, for `dimension: "attribute"`. */
  readonly attribute?: Name;
  readonly values: readonly Name[];
  readonly entries: readonly CoverageEntry[];
}

/** `[<severity ids>] on <calendar> [otherwise <fallback>]`: the calendar `business` means in the rule's scope. */
export interface CoverageRule extends NodeBase {
  readonly kind: "CoverageRule";
  readonly severities: readonly Name[];
  /** The covered hours: `24x7`, or `on <calendar or team>`. */
  readonly calendar: Clock24x7 | ClockOn;
  /** Where a ticket goes whose clock starts outside the covered hours; absent: it waits for them. */
  readonly otherwise?: Clock24x7 | ClockOn;
}

/**
 * `<metric> { … }` or `<metric> <target>`: the targets of one metric. Metric ids are
 * `first_response`, `next_response`, `resolution`, `escalation_response` or declared ones.
 */
export interface Targets extends NodeBase {
  readonly kind: "Targets";
  readonly metric: Name;
  readonly entries: readonly TargetEntry[];
}

/** A rule, or a scope that narrows the rules inside it. */
export type TargetEntry = TargetRule | TargetScope;

/** `tier <ids> { … }`, `channel <ids> { … }`, `severity <ids> { … }`, `<attribute> <values> { … }` */
export interface TargetScope extends NodeBase {
  readonly kind: "TargetScope";
  readonly dimension: "tier" | "channel" | "severity" | "attribute";
  /** The attribute's id, for `dimension: "attribute"`. */
  readonly attribute?: Name;
  readonly values: readonly Name[];
  readonly entries: readonly TargetEntry[];
}

/** `[<severity ids>] <target> [assumption "…"] [note "…"]`: a rule; no severities means every severity in scope. */
export interface TargetRule extends NodeBase {
  readonly kind: "TargetRule";
  readonly severities: readonly Name[];
  readonly value: TargetValue;
  readonly provenance: readonly RuleProvenance[];
}

/** `none`, `unknown "<why>"`, or a deadline with an optional `, otherwise <deadline>` for tickets opened outside hours. */
export type TargetValue = NoTarget | UnknownTarget | DeadlineValue;

/** `none`: the policy promises nothing for this combination. */
export interface NoTarget extends NodeBase {
  readonly kind: "NoTarget";
}

/** `unknown "<why>"`: the policy has a target here but the source does not state it. */
export interface UnknownTarget extends NodeBase {
  readonly kind: "UnknownTarget";
  readonly reason: Text;
}

/** `4h business, otherwise next business day` */
export interface DeadlineValue extends NodeBase {
  readonly kind: "DeadlineValue";
  readonly inside: DeadlineSpec;
  readonly otherwise?: DeadlineSpec;
}

/** An amount of time on a clock: `15m 24x7`, `2 business days`, `next business day on tech`, `under 1h`. */
export interface DeadlineSpec extends NodeBase {
  readonly kind: "DeadlineSpec";
  /** `under`: met only strictly before the due instant. */
  readonly strict: boolean;
  readonly amount: AmountDuration | AmountBusinessDays | AmountCalendarDays | AmountNextBusinessDay;
  /** Absent: `business`. */
  readonly clock?: ClockRef;
}

/** `4h`, `15m` */
export interface AmountDuration extends NodeBase {
  readonly kind: "AmountDuration";
  readonly duration: DurationLiteral;
}

/** `2 business days`, `1 business day` */
export interface AmountBusinessDays extends NodeBase {
  readonly kind: "AmountBusinessDays";
  readonly days: NumberLiteral;
}

/** `60 calendar days`, `1 calendar day`: the same local time that many dates later, open or not. */
export interface AmountCalendarDays extends NodeBase {
  readonly kind: "AmountCalendarDays";
  readonly days: NumberLiteral;
}

/** `next business day` */
export interface AmountNextBusinessDay extends NodeBase {
  readonly kind: "AmountNextBusinessDay";
}

/** `escalation { … }` */
export interface Escalation extends NodeBase {
  readonly kind: "Escalation";
  readonly items: readonly EscalationItem[];
}

/** Anything that may stand inside an escalation block. */
export type EscalationItem = EscalationLevel | Contact | EscalationRight | OnCall | Assumption | Note;

/** `level 2 <team>` */
export interface EscalationLevel extends NodeBase {
  readonly kind: "EscalationLevel";
  readonly level: NumberLiteral;
  readonly team: Name;
}

/** `by "<who>" [via "<through whom>"] [when "<condition>"]`: who may escalate. */
export interface EscalationRight extends NodeBase {
  readonly kind: "EscalationRight";
  readonly who: Text;
  readonly via?: Text;
  readonly condition?: Text;
}

/** `on_call ["<title>"] { severities …  channels …  hours …  note … }` */
export interface OnCall extends NodeBase {
  readonly kind: "OnCall";
  readonly title?: Text;
  readonly items: readonly OnCallItem[];
}

/** Anything that may stand inside an on-call block. */
export type OnCallItem = SeveritiesRef | ChannelsRef | HoursRef | Note;

/** `severities <id>, …` */
export interface SeveritiesRef extends NodeBase {
  readonly kind: "SeveritiesRef";
  readonly severities: readonly Name[];
}

/** `exclusions { "<text>" … }` */
export interface Exclusions extends NodeBase {
  readonly kind: "Exclusions";
  readonly items: readonly Text[];
}

/** `maintenance { notice 72h  announce "<where>" ["<url>"]  note … }` */
export interface Maintenance extends NodeBase {
  readonly kind: "Maintenance";
  readonly items: readonly MaintenanceItem[];
}

/** Anything that may stand inside a maintenance block. */
export type MaintenanceItem = Notice | Announce | Assumption | Note;

/** `notice 72h`: how long before maintenance it is announced. */
export interface Notice extends NodeBase {
  readonly kind: "Notice";
  readonly duration: DurationLiteral;
}

/** `announce "<where>" ["<url>"]` */
export interface Announce extends NodeBase {
  readonly kind: "Announce";
  readonly where: Text;
  readonly url?: Text;
}

/** `uptime [<id> ["<title>"]] { … }`: an uptime commitment; without an id, its id is `uptime`. */
export interface Uptime extends NodeBase {
  readonly kind: "Uptime";
  readonly id?: Name;
  readonly title?: Text;
  readonly items: readonly UptimeItem[];
}

/** Anything that may stand inside an uptime block. */
export type UptimeItem =
  | Service
  | NotCovered
  | Objective
  | Downtime
  | ErrorDefinition
  | ValidRequests
  | MinimumPeriod
  | Exclusions
  | Credit
  | CreditCap
  | ClaimWindow
  | CommitmentTiers
  | Assumption
  | Note;

/** `service "<covered service>"` */
export interface Service extends NodeBase {
  readonly kind: "Service";
  readonly text: Text;
}

/** `not_covered "<text>", …` */
export interface NotCovered extends NodeBase {
  readonly kind: "NotCovered";
  readonly items: readonly Text[];
}

/** `objective 99.9% per month` */
export interface Objective extends NodeBase {
  readonly kind: "Objective";
  readonly percent: PercentLiteral;
  /** `month` (the only window so far). */
  readonly window: Name;
}

/** `downtime error_rate > 5%`: when a minute counts as down; the comparison is explicit. */
export interface Downtime extends NodeBase {
  readonly kind: "Downtime";
  readonly measure: Name;
  readonly operator: ">" | ">=";
  readonly threshold: PercentLiteral;
}

/** `errors "<what counts as an error>"` */
export interface ErrorDefinition extends NodeBase {
  readonly kind: "ErrorDefinition";
  readonly text: Text;
}

/** `valid_requests "<what counts as a valid request>"` */
export interface ValidRequests extends NodeBase {
  readonly kind: "ValidRequests";
  readonly text: Text;
}

/** `minimum_period 1m`: the shortest run of down minutes that counts. */
export interface MinimumPeriod extends NodeBase {
  readonly kind: "MinimumPeriod";
  readonly duration: DurationLiteral;
}

/** `credit 10% below 99.9%`: service credit owed when uptime falls below a level. */
export interface Credit extends NodeBase {
  readonly kind: "Credit";
  readonly credit: PercentLiteral;
  readonly below: PercentLiteral;
}

/** `credit_cap 30%`: the most a month's uptime credit may be. */
export interface CreditCap extends NodeBase {
  readonly kind: "CreditCap";
  readonly percent: PercentLiteral;
}

/** `claim_within 30d`: the days after its period within which a credit may be claimed. */
export interface ClaimWindow extends NodeBase {
  readonly kind: "ClaimWindow";
  readonly duration: DurationLiteral;
}

/** `tiers <id>, …`: the tiers an uptime commitment or a response credit covers (every tier without it). */
export interface CommitmentTiers extends NodeBase {
  readonly kind: "CommitmentTiers";
  readonly tiers: readonly Name[];
}

/** `fiscal_year starts feb 1 [zone <zone>]`: the day the policy's fiscal year, and its first quarter, start. */
export interface FiscalYear extends NodeBase {
  readonly kind: "FiscalYear";
  readonly month: Name;
  readonly day: NumberLiteral;
  /** Absent: UTC. */
  readonly zone?: Name;
}

/** `credit <metric> ["<title>"] { … }`: a support-response credit for missed targets of a metric. */
export interface ResponseCredit extends NodeBase {
  readonly kind: "ResponseCredit";
  readonly metric: Name;
  readonly title?: Text;
  readonly items: readonly ResponseCreditItem[];
}

/** Anything that may stand inside a response credit block. */
export type ResponseCreditItem = CommitmentTiers | Misses | CreditAmount | ClaimWindow | Assumption | Note;

/** `misses > 4 per fiscal_quarter`: how many missed targets in one period earn the credit. */
export interface Misses extends NodeBase {
  readonly kind: "Misses";
  readonly operator: ">" | ">=";
  readonly count: NumberLiteral;
  /** `fiscal_quarter` (the only period so far). */
  readonly period: Name;
}

/** `credit 20%`: a response credit, in percent of the period's fee. */
export interface CreditAmount extends NodeBase {
  readonly kind: "CreditAmount";
  readonly percent: PercentLiteral;
}

/** `test "<name>" { opened … tier … severity … channel … event … now … expect … }` */
export interface Test extends NodeBase {
  readonly kind: "Test";
  readonly name: Text;
  readonly items: readonly TestItem[];
}

/** Anything that may stand inside a test block. */
export type TestItem =
  | TestOpened
  | TestDimension
  | TestAttribute
  | TestAddons
  | TestZone
  | TestEvent
  | TestNow
  | TestExpect
  | TestExpectSeverity
  | TestExpectRejected;

/** `opened 2026-03-27T20:00Z` */
export interface TestOpened extends NodeBase {
  readonly kind: "TestOpened";
  readonly at: InstantLiteral;
}

/** `tier <id>`, `severity <id>`, `channel <id>` */
export interface TestDimension extends NodeBase {
  readonly kind: "TestDimension";
  readonly dimension: "tier" | "severity" | "channel";
  readonly value: Name;
}

/** `attribute <id> <value>`: the ticket's value of a declared attribute. */
export interface TestAttribute extends NodeBase {
  readonly kind: "TestAttribute";
  readonly attribute: Name;
  readonly value: Name;
}

/** `addons <tier>, …`: the add-on tiers the ticket's customer has on top of its tier. */
export interface TestAddons extends NodeBase {
  readonly kind: "TestAddons";
  readonly tiers: readonly Name[];
}

/** `zone Asia/Tokyo`: the customer's zone, for calendars in the customer's zone (`zone customer`). */
export interface TestZone extends NodeBase {
  readonly kind: "TestZone";
  readonly zone: Name;
}

/**
 * `event <type> <instant> [severity <id>] [attribute <id> <value>]…`: a built-in event
 * (`paused`, `resumed`, `escalated`, `customer_reply`, `resolved`, `reclassified`), a
 * declared one, or a metric id (that metric was met then), with what it changes.
 */
export interface TestEvent extends NodeBase {
  readonly kind: "TestEvent";
  readonly event: Name;
  readonly at: InstantLiteral;
  /** What holds from the event on, in source order: the ticket's new `severity` (a TestDimension) and attribute values. */
  readonly changes: readonly EventChange[];
}

/** `severity <id>` (dimension `severity`) or `attribute <id> <value>` after an event's instant. */
export type EventChange = TestDimension | TestAttribute;

/** `now <instant>` */
export interface TestNow extends NodeBase {
  readonly kind: "TestNow";
  readonly at: InstantLiteral;
}

/** `expect <metric> [cycle <n>] <instant>|none|unknown [<status>] [missed <n>]` */
export interface TestExpect extends NodeBase {
  readonly kind: "TestExpect";
  readonly metric: Name;
  /** `cycle <n>`: the n-th cycle (from 1) of a repeating metric; absent: the metric's latest. */
  readonly cycle?: NumberLiteral;
  /** Absent: `none` (no deadline applies) or `unknown`. */
  readonly due?: InstantLiteral;
  /** `unknown`: the policy does not state the target (the runtime answers `unknown`). */
  readonly unknown: boolean;
  /** met, running, paused or breached. */
  readonly status?: Name;
  /** `missed <n>`: how many cycles of a repeating metric were missed. */
  readonly missed?: NumberLiteral;
}

/** `expect severity <id>`: the severity the ticket is handled at, after its channel and eligibility. */
export interface TestExpectSeverity extends NodeBase {
  readonly kind: "TestExpectSeverity";
  readonly severity: Name;
}

/** `expect rejected`: an eligibility rule refuses the ticket. */
export interface TestExpectRejected extends NodeBase {
  readonly kind: "TestExpectRejected";
}

/** Every node kind. */
export type Node =
  | SourceFile
  | Comment
  | Policy
  | PolicyItem
  | Name
  | Text
  | LanguageEntry
  | DateLiteral
  | TimeOfDay
  | InstantLiteral
  | DurationLiteral
  | PercentLiteral
  | NumberLiteral
  | CalendarItem
  | HolidaysItem
  | DaySet
  | ClosedDate
  | ClosedYearly
  | ClosedNthWeekday
  | ClosedEaster
  | ClosedYearlyRange
  | DateShift
  | Observed
  | ObservedDay
  | ClockRef
  | TeamItem
  | ChannelItem
  | SeverityItem
  | TierItem
  | MetricItem
  | EventItem
  | AttributeItem
  | FromLanguages
  | AttributeValue
  | EligibilityRule
  | ScopeCondition
  | Reject
  | Reclassify
  | CoverageEntry
  | TargetEntry
  | TargetValue
  | DeadlineSpec
  | AmountDuration
  | AmountBusinessDays
  | AmountCalendarDays
  | AmountNextBusinessDay
  | EscalationItem
  | OnCallItem
  | MaintenanceItem
  | UptimeItem
  | ResponseCreditItem
  | TestItem;
