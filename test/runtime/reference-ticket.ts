/**
 * A brute-force reference for whole tickets, written from the specification of changes
 * during a ticket and of repeating metrics alone, sharing no code with src/runtime: it reads
 * the bundle's contract types, finds rows by scanning the target table, steps due times a
 * minute at a time over `ReferenceCalendar`'s open minutes (skipping paused minutes it works
 * out from the events one by one), and walks the events for cycles and changes.
 *
 * It covers what the property tests generate: severities and attributes (no tiers, channels
 * or eligibility rules), targets in minutes on a calendar or `24x7`, strict or not, with or
 * without `otherwise`, `none` and `unknown`.
 */
import type { Bundle, Metric, Target, Ticket, TicketEvent } from "../../src/contract/bundle.js";
import { REF_FROM, REF_TO, type ReferenceCalendar, ReferenceExhausted } from "./reference.js";

const MIN = 60_000;

/** One clock as the reference sees it: a non-repeating metric's, or one cycle's. */
export interface ReferenceClock {
  readonly start: number;
  /** Epoch ms; null: no due; `unknown`: not stated. */
  readonly due: number | null | "unknown";
  readonly metAt: number | null;
  readonly status: "met" | "breached" | "paused" | "running" | null;
  /** Open minutes of the due's calendar from the due to the close (or `now`), when breached. */
  readonly overdue: number | null;
}

/** A metric as the reference answers it. */
export interface ReferenceMetric {
  readonly metric: string;
  /** The latest clock's due; before the metric starts, `unknown` when its target in force at the end is, else null. */
  readonly due: number | null | "unknown";
  /** The latest clock (null: not started). */
  readonly latest: ReferenceClock | null;
  /** Null for a metric that does not repeat. */
  readonly cycles: { readonly met: number; readonly missed: number; readonly worst: number | null; readonly list: readonly ReferenceClock[] } | null;
}

/** A ticket as the reference answers it. */
export interface ReferenceTicket {
  /** The severity after every event. */
  readonly severity: string;
  readonly metrics: readonly ReferenceMetric[];
}

interface Happened {
  readonly type: string;
  readonly t: number;
  readonly severity: string | undefined;
  readonly attributes: Readonly<Record<string, string>> | undefined;
}

/** The ticket's severity and attribute values. */
interface Values {
  severity: string;
  attributes: Record<string, string>;
}

/** What a row's target gives from some instant: a due, or why there is none. */
interface Timing {
  readonly due: number | null | "unknown";
  readonly strict: boolean;
  /** The calendar the due runs on (null for `24x7`). */
  readonly on: ReferenceCalendar | null;
  /** The target, compared to tell whether a change changes anything. */
  readonly target: string;
}

/**
 * Evaluates a ticket: `calendars` holds a reference for each calendar id the bundle's targets
 * use (`24x7` is every minute). `now` null: statuses only from events.
 */
export function referenceTicket(bundle: Bundle, calendars: ReadonlyMap<string, ReferenceCalendar>, ticket: Ticket, now: number | null): ReferenceTicket {
  const opened = Date.parse(ticket.openedAt);
  const written: readonly TicketEvent[] = ticket.events ?? [];
  // In time order, ties in the order written; what happens after `now` has not happened.
  const events: Happened[] = written
    .map((e, i) => ({ type: e.type, t: Date.parse(e.at), i, severity: e.severity, attributes: e.attributes }))
    .filter((e) => now === null || e.t <= now)
    .sort((a, b) => a.t - b.t || a.i - b.i);

  const initial = (): Values => {
    const attributes: Record<string, string> = {};
    for (const a of bundle.attributes) if (a.default !== null) attributes[a.id] = a.default;
    Object.assign(attributes, ticket.attributes ?? {});
    return { severity: ticket.severity!, attributes };
  };
  const apply = (values: Values, e: Happened): void => {
    if (e.severity !== undefined) values.severity = e.severity;
    if (e.attributes !== undefined) Object.assign(values.attributes, e.attributes);
  };
  /** The values after every event at or before instant t. */
  const valuesAt = (t: number): Values => {
    const values = initial();
    for (const e of events) if (e.t <= t) apply(values, e);
    return values;
  };
  /** The values after the first `k + 1` events. */
  const valuesAfter = (k: number): Values => {
    const values = initial();
    for (let j = 0; j <= k; j++) apply(values, events[j]!);
    return values;
  };

  // The events that pause or resume, for stepping.
  const pauseEvents = events.filter((e) => e.type === "paused" || e.type === "resumed");
  /** Paused at minute t: the latest pause or resume at or before t is a pause, and (with a `now`) t is before it. */
  const pausedAt = (t: number): boolean => {
    if (now !== null && t >= now) return false;
    let paused = false;
    for (const e of pauseEvents) {
      if (e.t > t) break;
      paused = e.type === "paused";
    }
    return paused;
  };
  // Waiting on the customer at `now`: the latest pause or resume up to it is a pause.
  const pausedAtNow = now !== null && pauseEvents.filter((e) => e.t <= now).at(-1)?.type === "paused";
  const pausedForever = (t: number): boolean => now === null && pausedAt(t) && !pauseEvents.some((e) => e.t > t);

  const targetOf = (metric: Metric, values: Values): Target | { unknown: string } | null => {
    const row = bundle.targets.find(
      (r) => r.metric === metric.id && r.severity === values.severity && metric.attributes.every((a) => r.attributes[a] === values.attributes[a]),
    );
    return row?.target ?? null;
  };

  const isOpenOn = (calendar: ReferenceCalendar | null, t: number): boolean => (calendar === null ? true : calendar.open[(t - REF_FROM) / MIN] === 1);
  const calendarOf = (id: string): ReferenceCalendar | null => (id === "24x7" ? null : calendars.get(id)!);

  /** A target's due counted from `from`: open, unpaused minutes stepped one at a time. */
  const timing = (target: Target | { unknown: string } | null, from: number): Timing => {
    const text = JSON.stringify(target);
    if (target === null) return { due: null, strict: false, on: null, target: text };
    if ("unknown" in target) return { due: "unknown", strict: false, on: null, target: text };
    const inHours = target.otherwise === null || isOpenOn(calendarOf(target.hoursCalendar!), from);
    const deadline = inHours ? target.deadline : target.otherwise!;
    if (deadline.amount.unit !== "minutes") throw new Error("the reference steps minutes only");
    const on = calendarOf(deadline.calendar);
    let counted = 0;
    let t = from;
    while (counted < deadline.amount.value) {
      if (pausedForever(t)) return { due: null, strict: deadline.strict, on, target: text };
      // A calendar that opens too rarely has no due within the reference's minutes: it cannot say.
      if (t >= REF_TO) throw new ReferenceExhausted();
      if (isOpenOn(on, t) && !pausedAt(t)) counted++;
      t += MIN;
    }
    return { due: t, strict: deadline.strict, on, target: text };
  };

  const late = (timed: Timing, t: number): boolean => typeof timed.due === "number" && (timed.strict ? t >= timed.due : t > timed.due);

  /** A clock from `start`, closed by event `close` (null: open): its rows, the changes it lives through, its status. */
  const clock = (metric: Metric, start: number, close: number | null): ReferenceClock => {
    let timed = timing(targetOf(metric, valuesAt(start)), start);
    let from = start;
    for (let k = 0; k < events.length; k++) {
      const e = events[k]!;
      if (e.t <= start || (e.severity === undefined && e.attributes === undefined)) continue;
      // Met before the change (the closing event itself closes before it changes anything), or breached at it.
      if (close !== null && k >= close) break;
      if (late(timed, e.t)) break;
      const target = targetOf(metric, valuesAfter(k));
      if (JSON.stringify(target) === timed.target) continue;
      if (metric.onChange === "restart") from = e.t;
      timed = timing(target, from);
    }
    const closedAt = close === null ? null : events[close]!.t;
    let status: ReferenceClock["status"] = null;
    if (typeof timed.due === "number") {
      if (closedAt !== null) status = late(timed, closedAt) ? "breached" : "met";
      else if (now !== null) status = late(timed, now) ? "breached" : pausedAtNow ? "paused" : "running";
    }
    let overdue: number | null = null;
    if (status === "breached") {
      const due = timed.due as number;
      const to = closedAt ?? now!;
      overdue = 0;
      for (let t = due; t < to; t += MIN) if (isOpenOn(timed.on, t)) overdue++;
    }
    return { start, due: timed.due, metAt: closedAt, status, overdue };
  };

  const meets = (metric: Metric, e: Happened): boolean => e.type === metric.id || (metric.id === "resolution" && e.type === "resolved");

  const notStarted = (metric: Metric, cycles: ReferenceMetric["cycles"]): ReferenceMetric => {
    const target = targetOf(metric, valuesAt(Infinity));
    return { metric: metric.id, due: target !== null && "unknown" in target ? "unknown" : null, latest: null, cycles };
  };
  const started = (metric: Metric, latest: ReferenceClock, cycles: ReferenceMetric["cycles"]): ReferenceMetric => ({ metric: metric.id, due: latest.due, latest, cycles });

  const metrics = bundle.metrics.map((metric): ReferenceMetric => {
    if (metric.repeats === null) {
      let start: number | null;
      if (metric.starts === "opened") start = opened;
      else if (metric.starts === "customer_reply") start = events.filter((e) => e.type === "customer_reply").at(-1)?.t ?? null;
      else start = events.find((e) => e.type === metric.starts)?.t ?? null;
      if (start === null) return notStarted(metric, null);
      const close = events.findIndex((e) => e.t >= start && meets(metric, e));
      return started(metric, clock(metric, start, close < 0 ? null : close), null);
    }
    // Cycle 1 at the first occurrence of `starts`; then the walk.
    const starting = metric.starts === "opened" ? -1 : events.findIndex((e) => e.type === metric.starts);
    if (metric.starts !== "opened" && starting < 0) return notStarted(metric, { met: 0, missed: 0, worst: null, list: [] });
    const first = starting < 0 ? opened : events[starting]!.t;
    const spans: { start: number; close: number | null }[] = [];
    let open: number | null = first;
    let ended = false;
    events.forEach((e, k) => {
      if (ended || k === starting || e.t < first) return;
      if (meets(metric, e) && open !== null) {
        spans.push({ start: open, close: k });
        open = null;
      }
      if (e.type === metric.repeats!.until) {
        if (open !== null) spans.push({ start: open, close: k });
        open = null;
        ended = true;
        return;
      }
      if (e.type === metric.repeats!.after && open === null) open = e.t;
    });
    if (open !== null) spans.push({ start: open, close: null });
    const list = spans.map((s) => clock(metric, s.start, s.close));
    const missed = list.filter((c) => c.status === "breached");
    const worst = missed.length === 0 ? null : Math.max(...missed.map((c) => c.overdue!));
    return started(metric, list.at(-1)!, { met: list.filter((c) => c.status === "met").length, missed: missed.length, worst, list });
  });
  return { severity: events.reduce((s, e) => e.severity ?? s, ticket.severity!), metrics };
}
