/**
 * A ticket's deadlines: for each metric of a bundle, the target that applies, its due
 * instant and its status at `now` — for a repeating metric, each cycle's. The top of the runtime.
 */
import type { Bundle, Metric } from "../../contract/bundle.js";
import { ANY, type TicketEventName } from "../../contract/vocabulary.js";
import { indexBundle } from "../ticket/bundle-index.js";
import type { Reclassification } from "../ticket/eligibility.js";
import { type Outcome, type RuntimeError, RuntimeFailure } from "../errors.js";
import { formatInstant } from "../instants.js";
import { pausesOf } from "./pauses.js";
import { type ResolvedTicket, resolveTicket, type TicketInput } from "../ticket/read-ticket.js";
import { metBy, runClock } from "./clock-run.js";
import { cadenceDeadline } from "./cycles.js";
import { type MetricDeadline, metricAnswer } from "./metric-answer.js";

export type { MetricCycle, MetricCycles, MetricDeadline } from "./metric-answer.js";

/** Options of `deadlines`. */
export interface DeadlineOptions {
  /** The instant statuses are judged at (ISO instant or epoch ms); overrides the ticket's `now`. */
  readonly now?: string | number;
}

/** An event that changed the ticket's severity or attributes, and what the ticket was handled at from then on. */
export interface TicketChange {
  /** `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly at: string;
  /** The event's type: a built-in event, a declared event or a metric id. */
  readonly type: string;
  /** The severity handled at after the change (after the channel and the eligibility rules); null when the policy declares none. */
  readonly severity: string | null;
  /** The attribute values the event set, attribute id to value id. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** A ticket's deadlines: `due` maps each metric to its due instant, as `slac due` prints it. */
export interface TicketDeadlines {
  /** The ticket's id; null when it gives none. */
  readonly id: string | null;
  /**
   * The severity the ticket is handled at, whose targets apply: its channel's fixed severity,
   * else its own, else its channel's default, after the eligibility rules — as of `now` (after
   * the last change, without one); null when the policy declares no severities.
   */
  readonly severity: string | null;
  /** Metric id to its due, as in `MetricDeadline.due`. */
  readonly due: Readonly<Record<string, string | null>>;
  /** One answer per metric of the bundle, in the bundle's order. */
  readonly metrics: readonly MetricDeadline[];
  /** The error of each metric whose due could not be computed; present only when there is one. */
  readonly errors?: Readonly<Record<string, RuntimeError>>;
  /** What the policy leaves unstated for each metric answered `"unknown"`; present only when there is one. */
  readonly unknown?: Readonly<Record<string, string>>;
  /** How the eligibility rules reclassified the severity in force at `now` (from, to, the rule); present only when they did. */
  readonly reclassified?: Reclassification;
  /** The events (up to `now`) that changed the ticket's severity or attributes, in event order; present only when there is one. */
  readonly changes?: readonly TicketChange[];
}

/**
 * Computes, for each metric of a bundle, when a ticket's target is due and, given `now` (or
 * a met event), its status; bad input comes back as an SLA4nnn error, never as a throw, and
 * a metric whose due cannot be computed gets its own error while the others are answered.
 * The ticket's rows come from its channel's fixed or default severity, the eligibility rules
 * (which may refuse it, SLA4017, or reclassify it) and its add-ons, in that order (see
 * `select`); an event carrying a severity (`reclassified`) or attributes changes them from
 * its instant on, for each metric still open then (see `runClock`). A repeating metric's
 * cycles come from the ticket's events (see `cadenceDeadline`).
 */
export function deadlines(bundle: Bundle, ticket: TicketInput, options: DeadlineOptions = {}): Outcome<TicketDeadlines> {
  try {
    const index = indexBundle(bundle);
    const resolved = resolveTicket(index, ticket, options.now);
    const pauses = pausesOf(resolved.events, resolved.now);
    const metrics = bundle.metrics.map((metric, m) => {
      // A bundle written before metrics could repeat has no `repeats`.
      const repeats = metric.repeats ?? null;
      if (repeats !== null) return cadenceDeadline(index, resolved, pauses, metric, m, repeats);
      const start = clockStartOf(metric, resolved);
      const closing = start === null ? -1 : resolved.events.findIndex((e) => e.at >= start && metBy(metric, e));
      const run = runClock(index, resolved, pauses, metric, m, start, closing < 0 ? Infinity : closing);
      return metricAnswer(metric, run, start, closing < 0 ? undefined : resolved.events[closing], resolved.now, pauses.pausedAtNow, null);
    });
    const due: Record<string, string | null> = {};
    let errors: Record<string, RuntimeError> | null = null;
    let unknown: Record<string, string> | null = null;
    for (const m of metrics) {
      due[m.metric] = m.due;
      if (m.error !== null) (errors ??= {})[m.metric] = m.error;
      if (m.unknown !== null) (unknown ??= {})[m.metric] = m.unknown;
    }
    const { changes } = resolved;
    const last = changes === null ? null : changes[changes.length - 1]!;
    const severity = last === null ? resolved.severity : last.severity;
    const reclassified = last === null ? resolved.reclassified : last.reclassified;
    const value: TicketDeadlines = { id: resolved.id, severity: severity === ANY ? null : severity, due, metrics };
    if (errors === null && unknown === null && reclassified === null && changes === null) return { ok: true, value };
    const listed =
      changes === null
        ? null
        : changes.map((c) => ({ at: formatInstant(c.at), type: c.type, severity: c.severity === ANY ? null : c.severity, attributes: c.attributes }));
    return {
      ok: true,
      value: {
        ...value,
        ...(reclassified === null ? {} : { reclassified }),
        ...(listed === null ? {} : { changes: listed }),
        ...(unknown === null ? {} : { unknown }),
        ...(errors === null ? {} : { errors }),
      },
    };
  } catch (error) {
    if (error instanceof RuntimeFailure) return { ok: false, error: error.error };
    throw error;
  }
}

/**
 * When a metric's clock starts: the ticket's opening, the first escalation, the latest
 * customer reply, or the first occurrence of a declared event; null before it happens.
 */
function clockStartOf(metric: Metric, ticket: ResolvedTicket): number | null {
  switch (metric.starts) {
    case "opened":
      return ticket.openedAt;
    case "customer_reply":
      return ticket.events.findLast((e) => e.type === ("customer_reply" satisfies TicketEventName))?.at ?? null;
    default:
      return ticket.events.find((e) => e.type === metric.starts)?.at ?? null;
  }
}
