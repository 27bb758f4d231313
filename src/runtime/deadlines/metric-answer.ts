/**
 * A metric's answer for a ticket: a clock's due as an instant, its status at `now` or at the
 * event that closed it, and the open and elapsed time left or overdue.
 */
import type { Metric } from "../../contract/bundle.js";
import { type MetricStatus, UNKNOWN } from "../../contract/vocabulary.js";
import { MINUTE_MS } from "../../civil/days.js";
import { openMsBetween } from "../clock/business-time.js";
import { AnswerFailure, type RuntimeError } from "../errors.js";
import { formatInstant } from "../instants.js";
import type { ParsedEvent } from "../ticket/read-ticket.js";
import type { ClockRun } from "./clock-run.js";

/** One cycle of a repeating metric. */
export interface MetricCycle {
  /** When the cycle opened, `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly start: string;
  /** Its due; `"unknown"` when its target is not stated; null when none applies or it cannot be computed. */
  readonly due: string | null;
  /** When it closed: the metric's own event, or its `until` event. */
  readonly metAt: string | null;
  /** Met or breached (missed) once closed; breached, paused or running while open at `now`; null without a due, or open without `now`. */
  readonly status: MetricStatus | null;
  /** Open minutes of the cycle's calendar from its due to its close (or `now` while open), once breached. */
  readonly overdueMinutes: number | null;
}

/** The cycles of a repeating metric, and how they went. */
export interface MetricCycles {
  /** Cycles closed in time. */
  readonly met: number;
  /** Cycles closed late, and an open cycle breached at `now`. */
  readonly missed: number;
  /** The largest `overdueMinutes` of the missed cycles; null when none was missed. */
  readonly worstOverrunMinutes: number | null;
  /** In the order they opened; empty when the metric's start has not happened. */
  readonly list: readonly MetricCycle[];
}

/** One metric's deadline for a ticket; for a repeating metric, its latest cycle's (the open one, else the last closed one). */
export interface MetricDeadline {
  /** The metric's id. */
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
  /** The severity whose target applied (differs from the ticket's when its channel fixes one, or a rule reclassified it); of the row finally used when the ticket changed. */
  readonly appliedSeverity: string | null;
  /** The target rule that decided (`line:column` in the source; an add-on's where it won); null when no rule covers the ticket. */
  readonly rule: string | null;
  /** When the metric's clock started; null when its starting event has not happened. */
  readonly clockStart: string | null;
  /** When the metric was met (for a cycle: closed); null while it is not. */
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
  /** The cycles of a repeating metric; null for a metric that does not repeat. */
  readonly cycles: MetricCycles | null;
}

/**
 * The answer of a clock started at `start` (null: not started) and closed by `closed` (the
 * meeting event; undefined while open), judged at `now` while open.
 */
export function metricAnswer(
  metric: Metric,
  run: ClockRun,
  start: number | null,
  closed: ParsedEvent | undefined,
  now: number | null,
  pausedAtNow: boolean,
  cycles: MetricCycles | null,
): MetricDeadline {
  const { due, clock } = run;
  let status: MetricStatus | null = null;
  // A strict deadline (`under`) is met only strictly before its due, so it is breached from the due instant on.
  if (due !== null) {
    if (closed !== undefined) status = (run.strict ? closed.at < due : closed.at <= due) ? "met" : "breached";
    else if (now !== null) status = (run.strict ? now >= due : now > due) ? "breached" : pausedAtNow ? "paused" : "running";
  }
  // Remaining time runs from `now` (not before the clock start) to the due; overdue time
  // from the due to the meeting, or to `now` while unmet. A status implies a due and a clock.
  const breached = status === "breached";
  const counted = breached || status === "running" || status === "paused";
  const from = !counted ? 0 : breached ? due! : Math.max(now!, start!);
  const to = !counted ? 0 : breached ? (closed?.at ?? now!) : due!;
  let open: number | null = null;
  let error = run.error;
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
  const { row, unknown } = run;
  return {
    metric: metric.id,
    due: unknown !== null ? UNKNOWN : due === null ? null : formatInstant(due),
    calendar: run.calendar,
    appliedSeverity: row?.appliedSeverity ?? null,
    rule: row?.rule ?? null,
    clockStart: start === null ? null : formatInstant(start),
    metAt: closed === undefined ? null : formatInstant(closed.at),
    status,
    remainingMinutes: breached ? null : open,
    overdueMinutes: breached ? open : null,
    remainingWallMinutes: breached ? null : wall,
    overdueWallMinutes: breached ? wall : null,
    error,
    unknown,
    cycles,
  };
}
