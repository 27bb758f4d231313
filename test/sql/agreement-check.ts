/**
 * The check: each row the SQL gives against the runtime's answer for the same ticket and
 * `now` — due, status, target, clock start, met at, and the open minutes used, computed
 * here from the runtime's clock functions and the ticket's pauses.
 */
import type { Bundle, TargetRow } from "../../src/contract/bundle.js";
import type { Clock, deadlines, isOpen, MetricDeadline, openMinutesBetween } from "../../src/runtime/index.js";
import type { MetricRow } from "./engines.js";
import type { SqlTicket } from "./tickets.js";

/** The runtime functions the check calls, passed in so that the big run can check any build. */
export interface Runtime {
  readonly deadlines: typeof deadlines;
  readonly openMinutesBetween: typeof openMinutesBetween;
  readonly isOpen: typeof isOpen;
}

/** What the SQL must give for one ticket × metric, computed from the runtime. */
interface Expected {
  readonly due_ms: number | null;
  readonly status: string | null;
  readonly target: string | null;
  readonly clock_start: number | null;
  readonly met_at: number | null;
  /** Undefined: not comparable (the runtime reports an error for the metric). */
  readonly open_minutes_used: number | null | undefined;
  /** The unit of the deadline that applied (`otherwise` marked), for the coverage counts; null without a due. */
  readonly unit: string | null;
}

/** A ticket on which the SQL and the runtime disagree, in full. */
export interface Disagreement {
  readonly policy: string;
  readonly engine: string;
  readonly now: string;
  readonly ticket: SqlTicket;
  /** `metric.field` of each difference. */
  readonly fields: readonly string[];
  readonly sql: readonly MetricRow[];
  readonly runtime: readonly MetricDeadline[];
  readonly expected: Readonly<Record<string, Expected>>;
}

const msOfSql = (text: string | null): number | null => (text === null ? null : Date.parse(`${text.replace(" ", "T")}Z`));
const msOfIso = (text: string | null): number | null => (text === null || text === "unknown" ? null : Date.parse(text));

/** Open pauses of a ticket as the runtime documents them, computed here on their own: [from, to) pairs up to `now`. */
function pausesOf(ticket: SqlTicket, now: number): [number, number][] {
  const events = ticket.events
    .map((e, seq) => ({ type: e.type, at: Date.parse(e.at), seq }))
    .filter((e) => e.at <= now)
    .sort((a, b) => a.at - b.at || a.seq - b.seq);
  const out: [number, number][] = [];
  let since: number | null = null;
  for (const e of events) {
    if (e.type === "paused" && since === null) since = e.at;
    else if (e.type === "resumed" && since !== null) {
      if (e.at > since) out.push([since, e.at]);
      since = null;
    }
  }
  if (since !== null && now > since) out.push([since, now]);
  return out;
}

/** Counts over the rows checked, and the first disagreements in full. */
export class Agreement {
  tickets = 0;
  rows = 0;
  /** Tickets × metrics whose open minutes were compared. */
  openMinutesCompared = 0;
  /** Per status (`null` for none). */
  readonly statuses = new Map<string, number>();
  /** Per unit of the deadline that applied, over rows with a due. */
  readonly units = new Map<string, number>();
  /** Per `field`, how many rows differ there. */
  readonly differences = new Map<string, number>();
  mismatchedTickets = 0;
  readonly examples: Disagreement[] = [];
  readonly #keep: number;

  /** `keep`: how many disagreeing tickets to keep in full. */
  constructor(keep = 5) {
    this.#keep = keep;
  }

  /** Checks the SQL rows of a batch against the runtime, ticket by ticket. */
  check(bundle: Bundle, engine: string, now: string, tickets: readonly SqlTicket[], rows: readonly MetricRow[], runtime: Runtime): void {
    const nowMs = Date.parse(now);
    const byTicket = new Map<string, MetricRow[]>();
    for (const row of rows) {
      const list = byTicket.get(row.ticket_id);
      if (list === undefined) byTicket.set(row.ticket_id, [row]);
      else list.push(row);
    }
    const calendars = new Map<string, Clock>(bundle.calendars.map((c) => [c.id, c]));
    calendars.set("24x7", "24x7");
    for (const ticket of tickets) {
      this.tickets++;
      const answer = runtime.deadlines(bundle, ticket, { now });
      if (!answer.ok) throw new Error(`the runtime refuses a generated ticket (${answer.error.code} ${answer.error.message}): ${JSON.stringify(ticket)}`);
      const sql = byTicket.get(ticket.id) ?? [];
      byTicket.delete(ticket.id);
      const fields: string[] = [];
      const expected: Record<string, Expected> = {};
      const pauses = pausesOf(ticket, nowMs);
      for (const m of answer.value.metrics) {
        this.rows++;
        const want = expectedOf(bundle, ticket, m, nowMs, pauses, calendars, runtime);
        expected[m.metric] = want;
        this.statuses.set(String(want.status), (this.statuses.get(String(want.status)) ?? 0) + 1);
        if (want.unit !== null) this.units.set(want.unit, (this.units.get(want.unit) ?? 0) + 1);
        const got = sql.filter((r) => r.metric === m.metric);
        if (got.length !== 1) {
          fields.push(`${m.metric}.rows(${got.length})`);
          continue;
        }
        const row = got[0]!;
        const differ = (field: string) => fields.push(`${m.metric}.${field}`);
        if (row.due_ms !== want.due_ms) differ("due_ms");
        if (msOfSql(row.due) !== row.due_ms) differ("due(vs due_ms)");
        if (row.status !== want.status) differ("status");
        if (row.target !== want.target) differ("target");
        if (msOfSql(row.clock_start) !== want.clock_start) differ("clock_start");
        if (msOfSql(row.met_at) !== want.met_at) differ("met_at");
        if (want.open_minutes_used !== undefined) {
          if (want.open_minutes_used !== null) this.openMinutesCompared++;
          const same = want.open_minutes_used === null ? row.open_minutes_used === null : row.open_minutes_used !== null && Math.abs(row.open_minutes_used - want.open_minutes_used) < 1e-6;
          if (!same) differ("open_minutes_used");
        }
      }
      for (const r of sql) if (!answer.value.metrics.some((m) => m.metric === r.metric)) fields.push(`${r.metric}.extra-row`);
      if (fields.length === 0) continue;
      this.mismatchedTickets++;
      for (const f of fields) {
        const key = f.replace(/^[^.]*\./, "");
        this.differences.set(key, (this.differences.get(key) ?? 0) + 1);
      }
      if (this.examples.length < this.#keep) this.examples.push({ policy: bundle.policy.id, engine, now, ticket, fields, sql, runtime: answer.value.metrics, expected });
    }
    if (byTicket.size > 0) {
      this.mismatchedTickets += byTicket.size;
      this.differences.set("rows-for-unknown-tickets", (this.differences.get("rows-for-unknown-tickets") ?? 0) + byTicket.size);
    }
  }

  /** The disagreements kept, each ticket with its SQL rows and the runtime's answer, for a failure message. */
  describe(): string {
    const counts = [...this.differences].map(([f, n]) => `${f} ${n}`).join(", ");
    const lines = [`${this.mismatchedTickets} of ${this.tickets} tickets disagree (${counts}); the first ${this.examples.length}:`];
    for (const d of this.examples) {
      lines.push(
        `--- ${d.policy} on ${d.engine}, now ${d.now}: ${d.fields.join(", ")}`,
        `ticket  ${JSON.stringify(d.ticket)}`,
        ...d.sql.map((r) => `sql     ${JSON.stringify(r)}`),
        ...d.runtime.map(
          (m) =>
            `runtime ${JSON.stringify({ metric: m.metric, due: m.due, status: m.status, calendar: m.calendar, rule: m.rule, appliedSeverity: m.appliedSeverity, clockStart: m.clockStart, metAt: m.metAt, error: m.error?.code ?? null, unknown: m.unknown })}`,
        ),
        ...Object.entries(d.expected).map(([metric, e]) => `expect  ${metric} ${JSON.stringify(e)}`),
      );
    }
    return lines.join("\n");
  }
}

/** The target row the runtime used for a metric: the ticket's cell with the rule the runtime names. */
function rowOf(bundle: Bundle, ticket: SqlTicket, m: MetricDeadline): TargetRow | undefined {
  const tier = ticket.tier ?? "*";
  const channel = ticket.channel ?? "*";
  return bundle.targets.find((r) => r.metric === m.metric && r.tier === tier && r.channel === channel && r.rule === m.rule && (m.appliedSeverity === null || r.appliedSeverity === m.appliedSeverity));
}

function expectedOf(
  bundle: Bundle,
  ticket: SqlTicket,
  m: MetricDeadline,
  now: number,
  pauses: readonly [number, number][],
  calendars: ReadonlyMap<string, Clock>,
  runtime: Runtime,
): Expected {
  const row = rowOf(bundle, ticket, m);
  const given = row?.target ?? null;
  const target = row === undefined || (given === null && row.rule === null) ? null : given === null ? "none" : "unknown" in given ? "unknown" : "stated";
  const start = msOfIso(m.clockStart);
  const due = msOfIso(m.due);
  let unit: string | null = null;
  if (due !== null && given !== null && !("unknown" in given) && start !== null) {
    const hours = given.hoursCalendar === null ? undefined : calendars.get(given.hoursCalendar);
    const inside = given.otherwise === null || hours === undefined || runtime.isOpen(hours, start);
    unit = inside ? given.deadline.amount.unit : `otherwise ${given.otherwise!.amount.unit}`;
  }
  let open: number | null | undefined = null;
  const clock = m.calendar === null ? undefined : calendars.get(m.calendar);
  if (m.error !== null) open = undefined;
  else if (start !== null && clock !== undefined && m.due !== "unknown" && m.due !== null) {
    const end = msOfIso(m.metAt) ?? now;
    open = runtime.openMinutesBetween(clock, start, end);
    for (const [from, to] of pauses) open -= runtime.openMinutesBetween(clock, Math.max(from, start), Math.min(to, end));
  }
  return { due_ms: due, status: m.status, target, clock_start: start, met_at: msOfIso(m.metAt), open_minutes_used: open, unit };
}
