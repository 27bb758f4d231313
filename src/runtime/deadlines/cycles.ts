/**
 * Repeating (cadence) metrics: "an update every 2 business days while engineering works on
 * it". The ticket's events, walked in order from the metric's start, open and close cycles;
 * each cycle is a clock of its own (`runClock`).
 */
import type { Metric, Repeat } from "../../contract/bundle.js";
import type { BundleIndex } from "../ticket/bundle-index.js";
import type { ResolvedTicket } from "../ticket/read-ticket.js";
import { metBy, runClock } from "./clock-run.js";
import { type MetricCycle, type MetricCycles, type MetricDeadline, metricAnswer } from "./metric-answer.js";
import type { Pauses } from "./pauses.js";

const NO_CYCLES: MetricCycles = Object.freeze({ met: 0, missed: 0, worstOverrunMinutes: null, list: Object.freeze([]) });

/** A cycle as the walk finds it: when it opened, and the position of the event that closed it (-1: still open). */
interface Span {
  readonly start: number;
  readonly close: number;
}

/**
 * The cycles of a repeating metric. Cycle 1 opens at the first occurrence of `starts`
 * (`opened`: the ticket's opening). Then, for each later event (at or after that instant, the
 * starting event itself aside), in order: the metric's own event closes the open cycle; the
 * `until` event closes it too and ends the metric; the `after` event opens a new cycle when
 * none is open and the metric has not ended. A cycle is judged at the event that closed it.
 */
function cyclesOf(metric: Metric, repeats: Repeat, ticket: ResolvedTicket): Span[] | null {
  const { events } = ticket;
  let first = ticket.openedAt;
  let starting = -1;
  if (metric.starts !== "opened") {
    starting = events.findIndex((e) => e.type === metric.starts);
    if (starting < 0) return null;
    first = events[starting]!.at;
  }
  const spans: Span[] = [];
  let open: number | null = first;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (i === starting || event.at < first) continue;
    if (open !== null && metBy(metric, event)) {
      spans.push({ start: open, close: i });
      open = null;
    }
    if (event.type === repeats.until) {
      if (open !== null) spans.push({ start: open, close: i });
      return spans;
    }
    if (event.type === repeats.after && open === null) open = event.at;
  }
  if (open !== null) spans.push({ start: open, close: -1 });
  return spans;
}

/**
 * A repeating metric's deadline: its latest cycle's due and status (the open one, else the
 * last closed one), with every cycle in `cycles`. Without its start, no cycle and no due.
 */
export function cadenceDeadline(index: BundleIndex, ticket: ResolvedTicket, pauses: Pauses, metric: Metric, m: number, repeats: Repeat): MetricDeadline {
  const spans = cyclesOf(metric, repeats, ticket);
  if (spans === null || spans.length === 0) {
    return metricAnswer(metric, runClock(index, ticket, pauses, metric, m, null, Infinity), null, undefined, ticket.now, pauses.pausedAtNow, NO_CYCLES);
  }
  const list: MetricCycle[] = [];
  let met = 0;
  let missed = 0;
  let worst: number | null = null;
  let latest: MetricDeadline | null = null;
  for (const span of spans) {
    const closed = span.close < 0 ? undefined : ticket.events[span.close];
    const clock = runClock(index, ticket, pauses, metric, m, span.start, span.close < 0 ? Infinity : span.close);
    const answer = metricAnswer(metric, clock, span.start, closed, ticket.now, pauses.pausedAtNow, null);
    if (answer.status === "met") met++;
    else if (answer.status === "breached") {
      missed++;
      if (answer.overdueMinutes !== null && (worst === null || answer.overdueMinutes > worst)) worst = answer.overdueMinutes;
    }
    list.push({ start: answer.clockStart!, due: answer.due, metAt: answer.metAt, status: answer.status, overdueMinutes: answer.overdueMinutes });
    latest = answer;
  }
  const cycles: MetricCycles = { met, missed, worstOverrunMinutes: worst, list };
  const a = latest!;
  return {
    metric: a.metric,
    due: a.due,
    calendar: a.calendar,
    appliedSeverity: a.appliedSeverity,
    rule: a.rule,
    clockStart: a.clockStart,
    metAt: a.metAt,
    status: a.status,
    remainingMinutes: a.remainingMinutes,
    overdueMinutes: a.overdueMinutes,
    remainingWallMinutes: a.remainingWallMinutes,
    overdueWallMinutes: a.overdueWallMinutes,
    error: a.error,
    unknown: a.unknown,
    cycles,
  };
}
