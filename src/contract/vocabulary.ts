/**
 * The words a bundle shares with the language and the runtime: the ids that mean something
 * built in, and the closed sets of values a bundle holds. Each is declared here once, as a
 * constant (a list `as const` with its union type beside it); the checks test sources
 * against these lists, the bundle schema is built from them, the runtime compares with them.
 *
 * This file imports nothing, so that the runtime can load it without the compiler and
 * without TypeBox (bundle.ts, which needs TypeBox, is only ever imported as types).
 */

/** The bundle format version; bumped on any incompatible change. */
export const BUNDLE_FORMAT = 3;

/** The calendar id that means plain elapsed time, every minute open. */
export const ALWAYS = "24x7";

/** The dimension value used when a policy declares no tiers, severities or channels. */
export const ANY = "*";

/** An id as a regular expression source without anchors: the policy's own name for a calendar, tier, metric, … */
export const ID_PATTERN = "[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*";

/**
 * The built-in events that start a metric's clock, `opened` being the ticket's opening; a
 * metric may also start at an event the policy declares (`event <id>`), at its first occurrence.
 */
export const METRIC_STARTS = ["opened", "escalated", "customer_reply"] as const;

/** A built-in event that starts a metric's clock. */
export type MetricStart = (typeof METRIC_STARTS)[number];

/** The builtin metrics, in the fixed order bundles and rows list them. */
export const BUILTIN_METRICS = [
  { id: "first_response", title: "First response", starts: "opened" },
  { id: "next_response", title: "Next response", starts: "customer_reply" },
  { id: "resolution", title: "Resolution", starts: "opened" },
  { id: "escalation_response", title: "Response after escalation", starts: "escalated" },
] as const satisfies readonly { readonly id: string; readonly title: string; readonly starts: MetricStart }[];

/** The id of a builtin metric. */
export type BuiltinMetricId = (typeof BUILTIN_METRICS)[number]["id"];

/** Where a metric stands at an instant, in the order messages list them; the statuses a test may expect. */
export const METRIC_STATUSES = ["met", "running", "paused", "breached"] as const;

/**
 * Where a metric stands at an instant.
 * @useDeclaredType
 */
export type MetricStatus = (typeof METRIC_STATUSES)[number];

/**
 * The built-in ticket events. A ticket event's type is one of these, an event the policy
 * declares, or a metric id (that metric was met then); `resolved` also meets `resolution`.
 * `reclassified` carries the ticket's new severity (and may carry attribute values); any
 * event may carry attribute values, which hold from its instant on.
 */
export const TICKET_EVENTS = ["paused", "resumed", "escalated", "customer_reply", "resolved", "reclassified"] as const;

/** A built-in ticket event. */
export type TicketEventName = (typeof TICKET_EVENTS)[number];

/** The event that changes a ticket's severity from its instant on. */
export const RECLASSIFIED = "reclassified" satisfies TicketEventName;

/** The event that ends a repeating metric's cycles when the policy names none. */
export const DEFAULT_REPEAT_UNTIL = "resolved" satisfies TicketEventName;

/**
 * How a metric treats the time already elapsed when the ticket's severity or attributes
 * change before it is met or breached: `keep` counts the new target from the metric's clock
 * start (the elapsed time counts against it), `restart` counts it from the change.
 */
export const CHANGE_RULES = ["keep", "restart"] as const;

/** How a metric treats elapsed time when the ticket's severity or attributes change. */
export type ChangeRule = (typeof CHANGE_RULES)[number];

/**
 * The units of a target's amount of time: open minutes of its clock, the end of the n-th
 * business day, the end of the next one, and calendar days (the same local time n dates
 * later in the clock's zone, open or not).
 */
export const AMOUNT_UNITS = ["minutes", "business_days", "next_business_day", "calendar_days"] as const;

/** The unit of a target's amount of time. */
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

/** The `nth` of a closed-date rule: the first to fifth weekday of a month, or -1 for the last. */
export const NTH_WEEKDAYS = [1, 2, 3, 4, 5, -1] as const;

/** The `nth` of a closed-date rule. */
export type NthWeekday = (typeof NTH_WEEKDAYS)[number];

/**
 * The kinds of public holiday a holiday set may keep (date-holidays' types): `public` days
 * off for everyone, `bank` days banks and offices close, `school`, `optional` days many
 * take off, and `observance` days that are marked but not off.
 */
export const HOLIDAY_TYPES = ["public", "bank", "school", "optional", "observance"] as const;

/** A kind of public holiday. */
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

/**
 * The horizon a holiday set is expanded over when the policy states none: fixed years, so
 * that the same sources give the same bundle whatever the day of the build.
 */
export const DEFAULT_HOLIDAY_YEARS = { from: 2020, to: 2040 } as const;

/** What a calendar may leave `unknown` (not stated by the policy): itself, its zone, a holiday set. */
export const UNKNOWN_PARTS = ["hours", "zone", "holidays"] as const;

/** A part of a calendar the policy leaves unknown. */
export type UnknownPart = (typeof UNKNOWN_PARTS)[number];

/** The due a metric answers when its target or calendar is `unknown` (not stated), unlike null (no promise). */
export const UNKNOWN = "unknown";

/** The attribute whose values are the policy's languages when it declares `attribute language from languages`. */
export const LANGUAGE_ATTRIBUTE = "language";

/**
 * How an eligibility rule limits a severity: `only` where its scope holds, or `not` where it
 * holds; a ticket that asks for it elsewhere is rejected or reclassified.
 */
export const ELIGIBILITY_MODES = ["only", "not"] as const;

/** How an eligibility rule limits a severity. */
export type EligibilityMode = (typeof ELIGIBILITY_MODES)[number];

/** The one window an uptime objective is measured over, the one the runtime computes. */
export const UPTIME_WINDOW = "month";

/** The one downtime measure, the one the runtime computes. */
export const DOWNTIME_MEASURE = "error_rate";

/** How a downtime rule compares its measure with the threshold. */
export const DOWNTIME_OPERATORS = [">", ">="] as const;

/** How a downtime rule compares its measure with the threshold. */
export type DowntimeOperator = (typeof DOWNTIME_OPERATORS)[number];

/** The id of an uptime commitment written without one (`uptime { … }`). */
export const DEFAULT_UPTIME_ID = "uptime";

/** How a support-response credit compares its count of misses with its threshold: more than, or at least. */
export const MISS_OPERATORS = [">", ">="] as const;

/** How a support-response credit compares its count of misses with its threshold. */
export type MissOperator = (typeof MISS_OPERATORS)[number];

/** The periods a support-response credit counts misses over: quarters of the policy's fiscal year. */
export const CREDIT_PERIODS = ["fiscal_quarter"] as const;

/** A period a support-response credit counts misses over. */
export type CreditPeriod = (typeof CREDIT_PERIODS)[number];

/** The zone of a fiscal year that names none: its dates are UTC dates, as uptime months are. */
export const FISCAL_ZONE_DEFAULT = "UTC";

/** The last day of a month a fiscal year may start on: one every month has, so every quarter starts on it. */
export const FISCAL_START_LAST_DAY = 28;
