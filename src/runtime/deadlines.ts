import type { Bundle, Deadline, Metric, Target } from "../bundle/types.js";
import { RuntimeCodes } from "../diagnostics/codes/runtime.js";
import { type BundleIndex, clockOf, indexBundle, rowKey } from "./bundle-index.js";
import { isOpen, openMsBetween } from "./business-time.js";
import { dueOfAmount } from "./deadline-due.js";
import { type Outcome, runtimeError, RuntimeFailure } from "./errors.js";
import { type Pauses, pausesOf } from "./pauses.js";
import { type ParsedEvent, type ResolvedTicket, resolveTicket, type TicketInput } from "./ticket.js";
import { formatInstant, MINUTE_MS } from "./time.js";

/** Where a metric stands at `now`. */
export type MetricStatus = "met" | "breached" | "paused" | "running";

/** Options of `deadlines`. */
export interface DeadlineOptions {
  /** The instant statuses are judged at (ISO instant or epoch ms); overrides the ticket's `now`. */
  readonly now?: string | number;
}

/** One metric's deadline for a ticket. */
export interface MetricDeadline {
  readonly metric: string;
  /** The due instant, `YYYY-MM-DDTHH:MM:SSZ`; null when no target applies, the clock has not started, or an open pause leaves it unknown. */
  readonly due: string | null;
  /** The clock the due is counted on (a calendar id or `24x7`); null without a target. */
  readonly calendar: string | null;
  /** The severity whose target applied (differs from the ticket's when its channel fixes one). */
  readonly appliedSeverity: string | null;
  /** When the metric's clock started; null when its starting event has not happened. */
  readonly clockStart: string | null;
  /** When the metric was met; null while it is not. */
  readonly metAt: string | null;
  /** Null when the due is null, or when there is no `now` and the metric is not met. */
  readonly status: MetricStatus | null;
  /** Open minutes of the deadline's calendar from `now` to the due, while running or paused. */
  readonly remainingMinutes: number | null;
  /** Open minutes of the deadline's calendar from the due to the meeting (or `now`), once breached. */
  readonly overdueMinutes: number | null;
}

/** A ticket's deadlines: `due` maps each metric to its due instant, as `slac due` prints it. */
export interface TicketDeadlines {
  readonly id: string | null;
  readonly due: Readonly<Record<string, string | null>>;
  readonly metrics: readonly MetricDeadline[];
}

/**
 * Computes, for each metric of a bundle, when a ticket's target is due and, given `now` (or
 * a met event), its status; bad input comes back as an SLA4nnn error, never as a throw.
 */
export function deadlines(bundle: Bundle, ticket: TicketInput, options: DeadlineOptions = {}): Outcome<TicketDeadlines> {
  try {
    const index = indexBundle(bundle);
    const resolved = resolveTicket(index, ticket, options.now);
    const pauses = pausesOf(resolved.events, resolved.now);
    const metrics = bundle.metrics.map((metric) => metricDeadline(index, resolved, pauses, metric));
    const due: Record<string, string | null> = {};
    for (const m of metrics) due[m.metric] = m.due;
    return { ok: true, value: { id: resolved.id, due, metrics } };
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
      return ticket.events.find((e) => e.type === "escalated")?.at ?? null;
    case "customer_reply":
      return ticket.events.findLast((e) => e.type === "customer_reply")?.at ?? null;
  }
}

function metBy(metric: Metric, event: ParsedEvent): boolean {
  return event.type === metric.id || (metric.id === "resolution" && event.type === "resolved");
}

/** The deadline that applies: `otherwise` when the clock starts while the hours calendar is closed. */
function applicable(index: BundleIndex, target: Target, start: number): Deadline {
  if (target.otherwise === null || target.hoursCalendar === null) return target.deadline;
  return isOpen(clockOf(index, target.hoursCalendar), start) ? target.deadline : target.otherwise;
}

function metricDeadline(index: BundleIndex, ticket: ResolvedTicket, pauses: Pauses, metric: Metric): MetricDeadline {
  const row = index.rows.get(rowKey(ticket.tier, ticket.severity, ticket.channel, metric.id));
  const start = clockStartOf(metric, ticket);
  const met = start === null ? undefined : ticket.events.find((e) => e.at >= start && metBy(metric, e));
  const base = {
    metric: metric.id,
    appliedSeverity: row?.appliedSeverity ?? null,
    clockStart: start === null ? null : formatInstant(start),
    metAt: met === undefined ? null : formatInstant(met.at),
  };
  const none = { ...base, due: null, status: null, remainingMinutes: null, overdueMinutes: null };
  if (row === undefined || row.target === null) return { ...none, calendar: null };
  if (start === null) return { ...none, calendar: row.target.deadline.calendar };

  const deadline = applicable(index, row.target, start);
  const clock = clockOf(index, deadline.calendar);
  const dueMs = dueOfAmount(clock, deadline.amount, start, pauses.intervals);
  if (dueMs === Number.POSITIVE_INFINITY) {
    throw new RuntimeFailure(
      runtimeError(RuntimeCodes.NoOpenTime, `calendar \`${deadline.calendar}\` has too little open time after ${formatInstant(start)} for \`${metric.id}\``),
    );
  }
  if (Number.isNaN(dueMs)) return { ...none, calendar: deadline.calendar };

  const minutes = (from: number, to: number): number => openMsBetween(clock, from, to) / MINUTE_MS;
  const now = ticket.now;
  let status: MetricStatus | null = null;
  let remainingMinutes: number | null = null;
  let overdueMinutes: number | null = null;
  if (met !== undefined) {
    status = met.at <= dueMs ? "met" : "breached";
    if (status === "breached") overdueMinutes = minutes(dueMs, met.at);
  } else if (now !== null) {
    if (now > dueMs) {
      status = "breached";
      overdueMinutes = minutes(dueMs, now);
    } else {
      status = pauses.pausedAtNow ? "paused" : "running";
      remainingMinutes = minutes(Math.max(now, start), dueMs);
    }
  }
  return { ...base, due: formatInstant(dueMs), calendar: deadline.calendar, status, remainingMinutes, overdueMinutes };
}
