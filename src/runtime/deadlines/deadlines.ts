/**
 * A ticket's deadlines: for each metric of a bundle, the target that applies, its due
 * instant and its status at `now`. The top of the runtime.
 */
import type { Bundle, Deadline, Metric, Target, TargetRow } from "../../contract/bundle.js";
import { statedTarget, unknownTarget } from "../../contract/targets.js";
import { ANY, type BuiltinMetricId, type MetricStatus, type TicketEventName, UNKNOWN } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { type BundleIndex, indexBundle, isUnstated, ticketClock, type UnstatedClock } from "../ticket/bundle-index.js";
import type { Reclassification } from "../ticket/eligibility.js";
import { type Clock, isOpen, openMsBetween } from "../clock/business-time.js";
import { dueOfAmount } from "./amount-due.js";
import { AnswerFailure, type Outcome, type RuntimeError, runtimeError, RuntimeFailure } from "../errors.js";
import { type Pauses, pausesOf } from "./pauses.js";
import { type ParsedEvent, type ResolvedTicket, resolveTicket, type TicketInput } from "../ticket/read-ticket.js";
import { MINUTE_MS } from "../../civil/days.js";
import { formatInstant } from "../instants.js";

/** Options of `deadlines`. */
export interface DeadlineOptions {
  /** The instant statuses are judged at (ISO instant or epoch ms); overrides the ticket's `now`. */
  readonly now?: string | number;
}

/** One metric's deadline for a ticket. */
export interface MetricDeadline {
  readonly metric: string;
  /**
   * The due instant, `YYYY-MM-DDTHH:MM:SSZ`; `"unknown"` when the policy does not state the
   * target, or the calendar it runs on (or decides by) leaves something unstated, once the
   * clock has started (`unknown` says what); null when no target applies (`none`), the clock
   * has not started, an open pause leaves it undetermined, or it cannot be computed (then
   * `error` says why).
   */
  readonly due: string | null;
  /** The clock the due is counted on (a calendar id or `24x7`); null without a target. */
  readonly calendar: string | null;
  /** The severity whose target applied (differs from the ticket's when its channel fixes one, or a rule reclassified it). */
  readonly appliedSeverity: string | null;
  /** The target rule that decided (`line:column` in the source; an add-on's where it won); null when no rule covers the ticket. */
  readonly rule: string | null;
  /** When the metric's clock started; null when its starting event has not happened. */
  readonly clockStart: string | null;
  /** When the metric was met; null while it is not. */
  readonly metAt: string | null;
  /**
   * Null when the due is null, or when there is no `now` and the metric is not met. Met when
   * the meeting event comes at or before the due — strictly before it for a strict deadline
   * (`under`), which is breached from its due instant on.
   */
  readonly status: MetricStatus | null;
  /** Open minutes of the deadline's calendar from `now` (not before the clock start) to the due, while running or paused; unrounded. */
  readonly remainingMinutes: number | null;
  /** Open minutes of the deadline's calendar from the due to the meeting (or `now`), once breached; unrounded. */
  readonly overdueMinutes: number | null;
  /** Elapsed real minutes over the same span as `remainingMinutes`, closed hours included; unrounded. */
  readonly remainingWallMinutes: number | null;
  /** Elapsed real minutes over the same span as `overdueMinutes`, closed hours included; unrounded. */
  readonly overdueWallMinutes: number | null;
  /**
   * Why the due could not be computed (SLA4008 too little open time, SLA4014 past the
   * calendar's horizon, SLA4006 no `zone` for a calendar in the customer's zone), or, with a
   * due, why `overdueMinutes` could not be (SLA4014); null when nothing failed.
   */
  readonly error: RuntimeError | null;
  /** What the policy leaves unstated, when `due` is `"unknown"`; else null. */
  readonly unknown: string | null;
}

/** A ticket's deadlines: `due` maps each metric to its due instant, as `slac due` prints it. */
export interface TicketDeadlines {
  readonly id: string | null;
  /**
   * The severity the ticket is handled at, whose targets apply: its channel's fixed severity,
   * else its own, else its channel's default, after the eligibility rules; null when the
   * policy declares no severities.
   */
  readonly severity: string | null;
  readonly due: Readonly<Record<string, string | null>>;
  readonly metrics: readonly MetricDeadline[];
  /** The error of each metric whose due could not be computed; present only when there is one. */
  readonly errors?: Readonly<Record<string, RuntimeError>>;
  /** What the policy leaves unstated for each metric answered `"unknown"`; present only when there is one. */
  readonly unknown?: Readonly<Record<string, string>>;
  /** How the eligibility rules reclassified the ticket's severity (from, to, the rule); present only when they did. */
  readonly reclassified?: Reclassification;
}

/**
 * Computes, for each metric of a bundle, when a ticket's target is due and, given `now` (or
 * a met event), its status; bad input comes back as an SLA4nnn error, never as a throw, and
 * a metric whose due cannot be computed gets its own error while the others are answered.
 * The ticket's rows come from its channel's fixed or default severity, the eligibility rules
 * (which may refuse it, SLA4017, or reclassify it) and its add-ons, in that order (see
 * `select`).
 */
export function deadlines(bundle: Bundle, ticket: TicketInput, options: DeadlineOptions = {}): Outcome<TicketDeadlines> {
  try {
    const index = indexBundle(bundle);
    const resolved = resolveTicket(index, ticket, options.now);
    const pauses = pausesOf(resolved.events, resolved.now);
    const metrics = bundle.metrics.map((metric, i) => metricDeadline(index, resolved, pauses, metric, resolved.rows[i]));
    const due: Record<string, string | null> = {};
    let errors: Record<string, RuntimeError> | null = null;
    let unknown: Record<string, string> | null = null;
    for (const m of metrics) {
      due[m.metric] = m.due;
      if (m.error !== null) (errors ??= {})[m.metric] = m.error;
      if (m.unknown !== null) (unknown ??= {})[m.metric] = m.unknown;
    }
    const { reclassified } = resolved;
    const value: TicketDeadlines = { id: resolved.id, severity: resolved.severity === ANY ? null : resolved.severity, due, metrics };
    if (errors === null && unknown === null && reclassified === null) return { ok: true, value };
    return {
      ok: true,
      value: { ...value, ...(reclassified === null ? {} : { reclassified }), ...(unknown === null ? {} : { unknown }), ...(errors === null ? {} : { errors }) },
    };
  } catch (error) {
    if (error instanceof RuntimeFailure) return { ok: false, error: error.error };
    throw error;
  }
}

function clockStartOf(metric: Metric, ticket: ResolvedTicket): number | null {
  switch (metric.starts) {
    case "opened":
      return ticket.openedAt;
    case "escalated":
      return ticket.events.find((e) => e.type === ("escalated" satisfies TicketEventName))?.at ?? null;
    case "customer_reply":
      return ticket.events.findLast((e) => e.type === ("customer_reply" satisfies TicketEventName))?.at ?? null;
  }
}

function metBy(metric: Metric, event: ParsedEvent): boolean {
  if (event.type === metric.id) return true;
  return metric.id === ("resolution" satisfies BuiltinMetricId) && event.type === ("resolved" satisfies TicketEventName);
}

/**
 * The deadline that applies: `otherwise` when the clock starts while the hours calendar is
 * closed; the hours calendar's unstated parts when it leaves something unstated.
 */
function applicable(index: BundleIndex, ticket: ResolvedTicket, target: Target, start: number): Deadline | UnstatedClock {
  if (target.otherwise === null || target.hoursCalendar === null) return target.deadline;
  const hours = ticketClock(index, target.hoursCalendar, ticket.zone);
  if (isUnstated(hours)) return hours;
  return isOpen(hours, start) ? target.deadline : target.otherwise;
}

function metricDeadline(index: BundleIndex, ticket: ResolvedTicket, pauses: Pauses, metric: Metric, row: TargetRow | undefined): MetricDeadline {
  const start = clockStartOf(metric, ticket);
  const met = start === null ? undefined : ticket.events.find((e) => e.at >= start && metBy(metric, e));
  // One object literal with a fixed key order keeps results monomorphic (spreads were 10× slower).
  const result = (
    due: number | null,
    calendar: string | null,
    status: MetricStatus | null,
    clock: Clock | null,
    error: RuntimeError | null,
    unknown: string | null,
  ): MetricDeadline => {
    // Remaining time runs from `now` (not before the clock start) to the due; overdue time
    // from the due to the meeting, or to `now` while unmet. A status implies a due and a clock.
    const breached = status === "breached";
    const counted = breached || status === "running" || status === "paused";
    const from = !counted ? 0 : breached ? due! : Math.max(ticket.now!, start!);
    const to = !counted ? 0 : breached ? (met?.at ?? ticket.now!) : due!;
    let open: number | null = null;
    if (counted) {
      // Only the overdue span can reach past the calendar's horizon (to a `now` long after the due).
      try {
        open = openMsBetween(clock!, from, to) / MINUTE_MS;
      } catch (failure) {
        if (!(failure instanceof AnswerFailure)) throw failure;
        error = failure.error;
      }
    }
    const wall = counted ? (to - from) / MINUTE_MS : null;
    return {
      metric: metric.id,
      due: unknown !== null ? UNKNOWN : due === null ? null : formatInstant(due),
      calendar,
      appliedSeverity: row?.appliedSeverity ?? null,
      rule: row?.rule ?? null,
      clockStart: start === null ? null : formatInstant(start),
      metAt: met === undefined ? null : formatInstant(met.at),
      status,
      remainingMinutes: breached ? null : open,
      overdueMinutes: breached ? open : null,
      remainingWallMinutes: breached ? null : wall,
      overdueWallMinutes: breached ? wall : null,
      error,
      unknown,
    };
  };
  const given = row === undefined ? null : row.target;
  // A target declared `unknown` is not stated, whatever has happened to the ticket.
  const unstatedTarget = unknownTarget(given);
  if (unstatedTarget !== null) return result(null, null, null, null, null, unstatedTarget.unknown);
  const target = statedTarget(given);
  if (target === null) return result(null, null, null, null, null, null);
  if (start === null) return result(null, target.deadline.calendar, null, null, null, null);

  let calendar = target.hoursCalendar ?? target.deadline.calendar;
  try {
    const deadline = applicable(index, ticket, target, start);
    if (isUnstated(deadline)) return result(null, calendar, null, null, null, deadline.unstated);
    calendar = deadline.calendar;
    const clock = ticketClock(index, deadline.calendar, ticket.zone);
    if (isUnstated(clock)) return result(null, calendar, null, null, null, clock.unstated);
    const due = dueOfAmount(clock, deadline.amount, start, pauses.intervals);
    if (due === Number.POSITIVE_INFINITY) {
      // Only this metric goes unanswered: the ticket's other metrics do not depend on it.
      const message = `calendar \`${calendar}\` has too little open time after ${formatInstant(start)} for \`${metric.id}\``;
      return result(null, calendar, null, null, runtimeError(RuntimeCodes.NoOpenTime, message), null);
    }
    if (Number.isNaN(due)) return result(null, calendar, null, null, null, null);

    // A strict deadline (`under`) is met only strictly before its due, so it is breached from the due instant on.
    const now = ticket.now;
    const strict = deadline.strict === true;
    if (met !== undefined) return result(due, calendar, (strict ? met.at < due : met.at <= due) ? "met" : "breached", clock, null, null);
    if (now === null) return result(due, calendar, null, clock, null, null);
    return result(due, calendar, (strict ? now >= due : now > due) ? "breached" : pauses.pausedAtNow ? "paused" : "running", clock, null, null);
  } catch (failure) {
    // A due past the horizon or a customer zone the ticket lacks: this metric alone.
    if (failure instanceof AnswerFailure) return result(null, calendar, null, null, failure.error, null);
    throw failure;
  }
}
