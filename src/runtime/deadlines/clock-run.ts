/**
 * One clock of a metric — the metric's own, or one cycle of a repeating metric — from its
 * start to the event that closes it: the row in force, the due it gives, and how changes
 * during the ticket switch it to another row (`onChange`: keep or restart).
 */
import type { Deadline, Metric, Target, TargetRow } from "../../contract/bundle.js";
import { statedTarget, unknownTarget } from "../../contract/targets.js";
import type { BuiltinMetricId, TicketEventName } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { type Clock, isOpen } from "../clock/business-time.js";
import { AnswerFailure, type RuntimeError, runtimeError } from "../errors.js";
import { formatInstant } from "../instants.js";
import { type BundleIndex, isUnstated, ticketClock, type UnstatedClock } from "../ticket/bundle-index.js";
import type { ParsedEvent, ResolvedTicket } from "../ticket/read-ticket.js";
import { dueOfAmount } from "./amount-due.js";
import type { Pauses } from "./pauses.js";

/** What a clock comes to under one row: its due (epoch ms) and the calendar it runs on, or why it has none. */
export interface ClockRun {
  /** The row whose target applies, the last one switched to. */
  readonly row: TargetRow | undefined;
  /** Null: no target (`none`), unstated (`unknown`), not started, undetermined by an open pause, or failed (`error`). */
  readonly due: number | null;
  readonly calendar: string | null;
  /** The clock the due is counted on; set exactly when `due` is. */
  readonly clock: Clock | null;
  readonly strict: boolean;
  readonly error: RuntimeError | null;
  readonly unknown: string | null;
}

/** Whether an event meets a metric: its own id, or `resolved` for `resolution`. */
export function metBy(metric: Metric, event: ParsedEvent): boolean {
  if (event.type === metric.id) return true;
  return metric.id === ("resolution" satisfies BuiltinMetricId) && event.type === ("resolved" satisfies TicketEventName);
}

function run(row: TargetRow | undefined, due: number | null, calendar: string | null, clock: Clock | null, strict: boolean, error: RuntimeError | null, unknown: string | null): ClockRun {
  // One object literal with a fixed key order keeps results monomorphic.
  return { row, due, calendar, clock, strict, error, unknown };
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

/**
 * A row's due counted from `basis` (null: the clock has not started), `otherwise` decided
 * at `basis`, the ticket's pauses skipped. A problem of this due alone (too little open time,
 * past the horizon, no customer zone) is its `error`, never a throw.
 */
export function runOf(index: BundleIndex, ticket: ResolvedTicket, pauses: Pauses, metric: Metric, row: TargetRow | undefined, basis: number | null): ClockRun {
  const given = row === undefined ? null : row.target;
  // A target declared `unknown` is not stated, whatever has happened to the ticket.
  const unstatedTarget = unknownTarget(given);
  if (unstatedTarget !== null) return run(row, null, null, null, false, null, unstatedTarget.unknown);
  const target = statedTarget(given);
  if (target === null) return run(row, null, null, null, false, null, null);
  if (basis === null) return run(row, null, target.deadline.calendar, null, false, null, null);
  let calendar = target.hoursCalendar ?? target.deadline.calendar;
  try {
    const deadline = applicable(index, ticket, target, basis);
    if (isUnstated(deadline)) return run(row, null, calendar, null, false, null, deadline.unstated);
    calendar = deadline.calendar;
    const clock = ticketClock(index, deadline.calendar, ticket.zone);
    if (isUnstated(clock)) return run(row, null, calendar, null, false, null, clock.unstated);
    const due = dueOfAmount(clock, deadline.amount, basis, pauses.intervals);
    if (due === Number.POSITIVE_INFINITY) {
      // Only this metric goes unanswered: the ticket's other metrics do not depend on it.
      const message = `calendar \`${calendar}\` has too little open time after ${formatInstant(basis)} for \`${metric.id}\``;
      return run(row, null, calendar, null, false, runtimeError(RuntimeCodes.NoOpenTime, message), null);
    }
    if (Number.isNaN(due)) return run(row, null, calendar, null, false, null, null);
    return run(row, due, calendar, clock, deadline.strict === true, null, null);
  } catch (failure) {
    // A due past the horizon or a customer zone the ticket lacks: this metric alone.
    if (failure instanceof AnswerFailure) return run(row, null, calendar, null, false, failure.error, null);
    throw failure;
  }
}

/** The rows in force at an instant: after every change at or before it. */
function rowsAt(ticket: ResolvedTicket, at: number): readonly (TargetRow | undefined)[] {
  let rows = ticket.rows;
  for (const change of ticket.changes!) if (change.at <= at) rows = change.rows;
  return rows;
}

/** Whether two rows give the same target (both none, both the same unknown, or equal deadlines). */
function sameTarget(a: TargetRow | undefined, b: TargetRow | undefined): boolean {
  return JSON.stringify(a?.target ?? null) === JSON.stringify(b?.target ?? null);
}

/**
 * A clock of metric `m` (bundle position) that starts at `start` (null: not started) and is
 * closed by the event at position `closeOrder` of the ticket's sorted events (Infinity: still
 * open). It takes the rows in force at its start; each later change that comes before the
 * closing event, while the clock is not breached (after its due; from it on when strict),
 * switches it to its row under the new values when that row's target differs — counted
 * from the clock's start under `keep` (`otherwise` decided there), from the change under
 * `restart` (decided at the change). A clock that has not started takes the rows in force
 * at the end.
 */
export function runClock(index: BundleIndex, ticket: ResolvedTicket, pauses: Pauses, metric: Metric, m: number, start: number | null, closeOrder: number): ClockRun {
  const changes = ticket.changes;
  if (changes === null) return runOf(index, ticket, pauses, metric, ticket.rows[m], start);
  if (start === null) return runOf(index, ticket, pauses, metric, changes[changes.length - 1]!.rows[m], null);
  let row = rowsAt(ticket, start)[m];
  let basis = start;
  let current = runOf(index, ticket, pauses, metric, row, basis);
  for (const change of changes) {
    if (change.at <= start) continue;
    // An event that both closes the clock and changes the ticket closes it first.
    if (change.order >= closeOrder) break;
    const due = current.due;
    if (due !== null && (current.strict ? change.at >= due : change.at > due)) break;
    const next = change.rows[m];
    if (next === row) continue;
    const same = sameTarget(row, next);
    row = next;
    if (same) {
      current = run(row, current.due, current.calendar, current.clock, current.strict, current.error, current.unknown);
      continue;
    }
    if (metric.onChange === "restart") basis = change.at;
    current = runOf(index, ticket, pauses, metric, row, basis);
  }
  return current;
}
