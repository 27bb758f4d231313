/**
 * The bundle: the normalized, schema-valid JSON a policy compiles to. The runtime and the
 * renderers read only this, never the AST, so everything a page shows or the runtime
 * enforces is here. Key order in the written JSON follows the order of properties below.
 *
 * Conventions: durations are whole minutes; instants are ISO 8601 UTC strings
 * (`2026-03-30T03:00:00.000Z` is never written; `2026-03-30T03:00Z` neither: bundles use
 * `YYYY-MM-DDTHH:MM:SSZ`); dates are `YYYY-MM-DD`; ids are the policy's own names.
 */

/** The bundle format version; bumped on any incompatible change. */
export const BUNDLE_FORMAT = 1;

/** The calendar id that means plain elapsed time, every minute open. */
export const ALWAYS = "24x7";

/** The dimension value used when a policy declares no tiers, severities or channels. */
export const ANY = "*";

/** A compiled policy. */
export interface Bundle {
  readonly format: typeof BUNDLE_FORMAT;
  /** `sha256:<hex>` of the canonical JSON of this bundle with `digest` set to "". */
  readonly digest: string;
  readonly policy: PolicyInfo;
  readonly languages: readonly Language[];
  /** User calendars; `24x7` is built in and never listed. */
  readonly calendars: readonly Calendar[];
  readonly teams: readonly Team[];
  readonly channels: readonly Channel[];
  /** Most severe first. */
  readonly severities: readonly SeverityLevel[];
  readonly tiers: readonly Tier[];
  /** Every metric with at least one target rule or declaration, builtins first in a fixed order. */
  readonly metrics: readonly Metric[];
  /** The resolved target table: one row per available (tier, severity, channel, metric). */
  readonly targets: readonly TargetRow[];
  readonly escalation: Escalation | null;
  /** Support exclusions (what support does not cover). */
  readonly exclusions: readonly string[];
  readonly maintenance: Maintenance | null;
  readonly uptime: Uptime | null;
  readonly tests: readonly PolicyTest[];
}

/** Who the policy is and where it came from. */
export interface PolicyInfo {
  readonly id: string;
  readonly title: string | null;
  readonly provider: string | null;
  /** `YYYY-MM-DD` or null. */
  readonly updated: string | null;
  /** The source file as the build named it: its path inside the folder given to the build, or its own name when the file itself was given; `/` separators. */
  readonly source: string;
  readonly links: readonly Link[];
  readonly notes: readonly Note[];
  /** The calendar `business` means when a tier names none; null when there is none. */
  readonly businessHours: string | null;
}

/** A named link a page shows. URLs are http(s) or mailto only. */
export interface Link {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

/** Prose a page carries. */
export interface Note {
  readonly title: string | null;
  readonly text: string;
}

/** A BCP 47 language tag (canonical case) and whether it is the primary language. */
export interface Language {
  readonly tag: string;
  readonly primary: boolean;
}

/** Weekly wall-clock windows in an IANA zone, minus closed dates. */
export interface Calendar {
  readonly id: string;
  readonly title: string | null;
  readonly zone: string;
  /**
   * Open windows in minutes of the week, Monday 00:00 = 0: `0 ≤ start < 10080` and
   * `start < end ≤ start + 10080`; an `end` past 10080 runs into the next week.
   * Sorted by `start`, never overlapping (also not across the week's end).
   */
  readonly windows: readonly Window[];
  readonly closed: readonly ClosedRule[];
  /** Minutes of open time in one business day, when the policy defines it; else null. */
  readonly businessDayMinutes: number | null;
  /** Set when the source is silent and the author assumed these hours; pages say so. */
  readonly assumption: string | null;
  readonly notes: readonly Note[];
}

/** One weekly open window in minutes of the week. */
export interface Window {
  readonly start: number;
  readonly end: number;
}

/** Dates on which a calendar is closed: all open time whose local date is such a date is removed. */
export type ClosedRule = ClosedDates | ClosedYearly | ClosedNthWeekday;

/** One date or an inclusive range of dates. */
export interface ClosedDates {
  readonly kind: "dates";
  readonly from: string;
  /** Inclusive; equal to `from` for a single date. */
  readonly to: string;
  readonly name: string | null;
}

/** The same month and day every year. */
export interface ClosedYearly {
  readonly kind: "yearly";
  readonly month: number;
  readonly day: number;
  readonly name: string | null;
}

/** The nth (1–5, or -1 for last) weekday (ISO 1 = Monday) of a month, every year. */
export interface ClosedNthWeekday {
  readonly kind: "nth_weekday";
  readonly month: number;
  readonly weekday: number;
  readonly nth: number;
  readonly name: string | null;
}

/** A support level or team. */
export interface Team {
  readonly id: string;
  readonly title: string | null;
  /** A calendar id or `24x7`; null when the policy does not say. */
  readonly hours: string | null;
  readonly responsibility: string | null;
  readonly contacts: readonly Contact[];
  readonly notes: readonly Note[];
}

/** An address (email, URL, place) and what it is for. */
export interface Contact {
  readonly address: string;
  readonly purpose: string | null;
}

/** A way to reach support. */
export interface Channel {
  readonly id: string;
  readonly title: string | null;
  /** Every ticket on this channel gets this severity, whatever was asked. */
  readonly fixedSeverity: string | null;
  readonly contacts: readonly Contact[];
  readonly audience: string | null;
  readonly notes: readonly Note[];
}

/** A severity or priority level. */
export interface SeverityLevel {
  readonly id: string;
  readonly title: string | null;
  /** 1 = most severe. */
  readonly rank: number;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly examples: readonly SeverityExample[];
  readonly notes: readonly Note[];
}

/** An example of a severity; `tiers` empty means every tier. */
export interface SeverityExample {
  readonly text: string;
  readonly tiers: readonly string[];
}

/** A plan, support package or customer tier. */
export interface Tier {
  readonly id: string;
  readonly title: string | null;
  readonly description: string | null;
  /** The calendar `business` means for this tier (id or `24x7`); null: the policy's. */
  readonly hours: string | null;
  /** Channel ids this tier may use (every declared channel when the source names none). */
  readonly channels: readonly string[];
  readonly notes: readonly Note[];
}

/** A measured promise: first response, resolution, or an author-named one. */
export interface Metric {
  readonly id: string;
  readonly title: string;
  readonly builtin: boolean;
  /** The ticket event that starts the clock. */
  readonly starts: "opened" | "escalated" | "customer_reply";
}

/** How much time a target allows. */
export type Amount =
  | { readonly unit: "minutes"; readonly value: number }
  | { readonly unit: "business_days"; readonly value: number }
  | { readonly unit: "next_business_day" };

/** An amount of time on a clock (a calendar id or `24x7`). */
export interface Deadline {
  readonly amount: Amount;
  readonly calendar: string;
}

/**
 * A resolved target. When `otherwise` is set, `deadline` applies to tickets whose clock
 * starts while `hoursCalendar` is open, and `otherwise` to the others.
 */
export interface Target {
  readonly deadline: Deadline;
  readonly otherwise: Deadline | null;
  /** The calendar that decides inside vs outside hours; null when `otherwise` is null. */
  readonly hoursCalendar: string | null;
}

/** One resolved (tier, severity, channel, metric) combination. */
export interface TargetRow {
  /** Tier id, or `*` when the policy declares no tiers. */
  readonly tier: string;
  /** The severity the ticket asked for, or `*` when the policy declares none. */
  readonly severity: string;
  /** Channel id, or `*` when the policy declares no channels. */
  readonly channel: string;
  readonly metric: string;
  /** The severity actually applied (differs when the channel fixes one). */
  readonly appliedSeverity: string;
  /** null: the policy says `none`, or no rule covers it (a warning at compile time). */
  readonly target: Target | null;
  /** The rule that decided, as `line:column` in the source; null when no rule covers it. */
  readonly rule: string | null;
}

/** How tickets escalate and who may escalate them. */
export interface Escalation {
  /** Ordered by level. */
  readonly levels: readonly { readonly level: number; readonly team: string }[];
  readonly contacts: readonly Contact[];
  readonly rights: readonly EscalationRight[];
  readonly onCall: readonly OnCall[];
  readonly notes: readonly Note[];
}

/** Who may escalate, through whom, and on what condition. */
export interface EscalationRight {
  readonly who: string;
  readonly via: string | null;
  readonly condition: string | null;
}

/** An on-call service for some severities and channels. */
export interface OnCall {
  readonly title: string | null;
  /** Empty: every severity. */
  readonly severities: readonly string[];
  /** Empty: every channel. */
  readonly channels: readonly string[];
  /** Calendar id or `24x7`. */
  readonly hours: string;
  readonly notes: readonly Note[];
}

/** How scheduled maintenance is announced. */
export interface Maintenance {
  /** Minutes of notice before maintenance, or null when the policy gives none. */
  readonly noticeMinutes: number | null;
  readonly announcements: readonly { readonly where: string; readonly url: string | null }[];
  readonly notes: readonly Note[];
}

/** An uptime commitment and how it is measured. */
export interface Uptime {
  readonly service: string | null;
  readonly notCovered: readonly string[];
  readonly objectivePercent: number;
  readonly window: "month";
  /** A minute is down when `measure operator thresholdPercent` holds. */
  readonly downtime: {
    readonly measure: "error_rate";
    readonly operator: ">" | ">=";
    readonly thresholdPercent: number;
  };
  readonly errors: string | null;
  readonly validRequests: string | null;
  /** Down minutes count only in runs of at least this many consecutive minutes. */
  readonly minimumPeriodMinutes: number;
  readonly exclusions: readonly string[];
  /** Sorted by `belowPercent` descending; the lowest threshold the uptime is below wins. */
  readonly credits: readonly { readonly belowPercent: number; readonly creditPercent: number }[];
  readonly notes: readonly Note[];
}

/** A `test` block: a ticket and what the policy must give it. */
export interface PolicyTest {
  readonly name: string;
  /** `line:column` of the test in the source. */
  readonly at: string;
  readonly ticket: Ticket;
  readonly now: string | null;
  readonly expect: readonly {
    readonly metric: string;
    /** null: no deadline applies. */
    readonly due: string | null;
    readonly status: "met" | "running" | "paused" | "breached" | null;
  }[];
}

/** A ticket as the runtime reads it. */
export interface Ticket {
  readonly id?: string;
  /** ISO instant. */
  readonly openedAt: string;
  readonly tier?: string;
  readonly severity?: string;
  readonly channel?: string;
  readonly events?: readonly TicketEvent[];
}

/** Something that happened to a ticket. */
export interface TicketEvent {
  readonly type: "paused" | "resumed" | "first_response" | "resolved" | "escalated" | "customer_reply" | string;
  /** ISO instant. */
  readonly at: string;
}
