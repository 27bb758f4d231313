/**
 * Two small SQL engines to run the export on: embedded DuckDB and PGlite (Postgres in
 * WASM). Each creates the user's two tables, loads generated tickets and events (DuckDB
 * through its appender or from CSV files, PGlite through COPY), runs the export's
 * statements and reads `slac_ticket_metrics` back in one shape.
 *
 * The tables are named as the export's default column mapping names them. The runtime the
 * check compares with is passed in (see `Runtime`).
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import type { Bundle, TargetRow } from "../../src/contract/bundle.js";
import type { Clock, deadlines, isOpen, MetricDeadline, openMinutesBetween } from "../../src/runtime/index.js";
import { DEFAULT_COLUMNS } from "../../src/sql/index.js";
import type { EventRow, SqlTicket, TicketRow } from "./tickets.js";

const { tickets: T, events: E } = DEFAULT_COLUMNS;

/** The user's tables as the export's default column mapping names them, columns in the order the loaders write them. */
const USER_TABLES = [
  `CREATE TABLE ${T.table} (${T.id} VARCHAR, ${T.openedAt} TIMESTAMP, ${T.tier ?? "tier"} VARCHAR, ${T.severity ?? "severity"} VARCHAR, ${T.channel ?? "channel"} VARCHAR)`,
  `CREATE TABLE ${E.table} (${E.ticket} VARCHAR, ${E.type} VARCHAR, ${E.at} TIMESTAMP, ${E.seq ?? "seq"} BIGINT)`,
];

/** One row of `slac_ticket_metrics`, as both engines give it: numbers as JS numbers, timestamps as `YYYY-MM-DD HH:MM:SS[.fff]` text. */
export interface MetricRow {
  readonly ticket_id: string;
  readonly metric: string;
  readonly due_ms: number | null;
  readonly due: string | null;
  readonly status: string | null;
  readonly target: string | null;
  readonly clock_start: string | null;
  readonly met_at: string | null;
  readonly open_minutes_used: number | null;
}

// DOUBLE PRECISION and VARCHAR read the same in both dialects; casting leaves no engine-specific types (bigint, timestamp objects) to convert.
const metricsSelect = (schema: string | null) => `SELECT ticket_id, metric, CAST(due_ms AS DOUBLE PRECISION) AS due_ms, CAST(due AS VARCHAR) AS due, status, target,
  CAST(clock_start AS VARCHAR) AS clock_start, CAST(met_at AS VARCHAR) AS met_at, CAST(open_minutes_used AS DOUBLE PRECISION) AS open_minutes_used
FROM ${schema === null ? "" : `${schema}.`}slac_ticket_metrics`;

/** Empties the user's tables, keeping slac's. */
const CLEAR_TICKETS = [`DELETE FROM ${T.table}`, `DELETE FROM ${E.table}`];

/**
 * The statements of an export that depend on `now`: its views (query.sql). Its tables and
 * their rows do not, so a database loaded once takes another `now` by running these alone.
 */
export function viewStatements(statements: readonly string[]): string[] {
  return statements.filter((s) => /^CREATE OR REPLACE VIEW\b/.test(s));
}

/** The statements of an export that create and fill slac's tables: all but its views. */
export function tableStatements(statements: readonly string[]): string[] {
  return statements.filter((s) => !/^CREATE OR REPLACE VIEW\b/.test(s));
}

/** What the tests and the big run need of an engine. */
export interface SqlEngine {
  /** The export dialect this engine runs. */
  readonly dialect: "duckdb" | "postgres";
  /** Empties the database: the user's tables are created again, empty, and slac's are gone. */
  reset(): Promise<void>;
  /** Empties the user's tables, keeping slac's. */
  clear(): Promise<void>;
  /** Appends rows to the user's tables. */
  load(tickets: readonly TicketRow[], events: readonly EventRow[]): Promise<void>;
  /** Runs statements in order; a failing one is named in the error. */
  run(statements: readonly string[]): Promise<void>;
  /** Every row of `slac_ticket_metrics` (in `schema`, when the export was given one). */
  metrics(schema?: string | null): Promise<MetricRow[]>;
  /** Rows of any query, as plain objects. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

function failed(statement: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${message}\n  in statement: ${statement.length > 600 ? `${statement.slice(0, 600)} …` : statement}`, { cause: error });
}

function metricRow(o: Record<string, unknown>): MetricRow {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    ticket_id: String(o.ticket_id),
    metric: String(o.metric),
    due_ms: num(o.due_ms),
    due: text(o.due),
    status: text(o.status),
    target: text(o.target),
    clock_start: text(o.clock_start),
    met_at: text(o.met_at),
    open_minutes_used: num(o.open_minutes_used),
  };
}

/** DuckDB settings: `memory_limit`, `threads`, `temp_directory`, … as DuckDB spells them. */
export type DuckDbSettings = Readonly<Record<string, string>>;

/** Embedded DuckDB, in memory; `reset` starts a new database. */
export class DuckDbEngine implements SqlEngine {
  readonly dialect = "duckdb" as const;
  #instance: DuckDBInstance;
  #connection: DuckDBConnection;
  readonly #settings: DuckDbSettings;

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection, settings: DuckDbSettings) {
    this.#instance = instance;
    this.#connection = connection;
    this.#settings = settings;
  }

  /** A new in-memory database with the user's tables, empty. */
  static async create(settings: DuckDbSettings = {}): Promise<DuckDbEngine> {
    const instance = await DuckDBInstance.create(":memory:", { ...settings });
    const engine = new DuckDbEngine(instance, await instance.connect(), settings);
    await engine.run(USER_TABLES);
    return engine;
  }

  /** The connection, for what the runner does not cover. */
  get connection(): DuckDBConnection {
    return this.#connection;
  }

  async reset(): Promise<void> {
    this.#connection.closeSync();
    this.#instance.closeSync();
    this.#instance = await DuckDBInstance.create(":memory:", { ...this.#settings });
    this.#connection = await this.#instance.connect();
    await this.run(USER_TABLES);
  }

  async load(tickets: readonly TicketRow[], events: readonly EventRow[]): Promise<void> {
    const t = await this.#connection.createAppender(T.table);
    const text = (v: string | null) => (v === null ? t.appendNull() : t.appendVarchar(v));
    for (const r of tickets) {
      t.appendVarchar(r.ticket_id);
      t.appendVarchar(r.opened_at);
      text(r.tier);
      text(r.severity);
      text(r.channel);
      t.endRow();
    }
    t.closeSync();
    const e = await this.#connection.createAppender(E.table);
    for (const r of events) {
      e.appendVarchar(r.ticket_id);
      e.appendVarchar(r.type);
      e.appendVarchar(r.occurred_at);
      e.appendBigInt(BigInt(r.seq));
      e.endRow();
    }
    e.closeSync();
  }

  /** Appends the rows of two CSV files with headers (as `ticketsCsv` and `eventsCsv` write them). */
  async loadCsv(ticketsPath: string, eventsPath: string): Promise<void> {
    const quoted = (p: string) => `'${p.replaceAll("'", "''")}'`;
    await this.run([`COPY ${T.table} FROM ${quoted(ticketsPath)} (HEADER)`, `COPY ${E.table} FROM ${quoted(eventsPath)} (HEADER)`]);
  }

  async run(statements: readonly string[]): Promise<void> {
    for (const statement of statements) {
      try {
        await this.#connection.run(statement);
      } catch (error) {
        throw failed(statement, error);
      }
    }
  }

  async clear(): Promise<void> {
    await this.run(CLEAR_TICKETS);
  }

  async metrics(schema: string | null = null): Promise<MetricRow[]> {
    return (await this.query(metricsSelect(schema))).map(metricRow);
  }

  async query(sql: string): Promise<Record<string, unknown>[]> {
    try {
      return (await this.#connection.runAndReadAll(sql)).getRowObjectsJS();
    } catch (error) {
      throw failed(sql, error);
    }
  }

  async close(): Promise<void> {
    this.#connection.closeSync();
    this.#instance.closeSync();
  }
}

function csvField(v: string | null): string {
  return v ?? "";
}

/** PGlite (Postgres in WASM), in memory; `reset` drops and recreates the public schema, as a new instance takes seconds. */
export class PgliteEngine implements SqlEngine {
  readonly dialect = "postgres" as const;
  readonly #db: PGlite;

  private constructor(db: PGlite) {
    this.#db = db;
  }

  /** A new database with the user's tables, empty. */
  static async create(): Promise<PgliteEngine> {
    const engine = new PgliteEngine(await PGlite.create());
    await engine.run(USER_TABLES);
    return engine;
  }

  async reset(): Promise<void> {
    await this.run(["DROP SCHEMA public CASCADE", "CREATE SCHEMA public", ...USER_TABLES]);
  }

  async load(tickets: readonly TicketRow[], events: readonly EventRow[]): Promise<void> {
    const t = tickets.map((r) => `${r.ticket_id},${r.opened_at},${csvField(r.tier)},${csvField(r.severity)},${csvField(r.channel)}\n`);
    const e = events.map((r) => `${r.ticket_id},${r.type},${r.occurred_at},${r.seq}\n`);
    await this.#copy(T.table, t);
    await this.#copy(E.table, e);
  }

  async #copy(table: string, lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    const statement = `COPY ${table} FROM '/dev/blob' WITH (FORMAT csv)`;
    try {
      await this.#db.query(statement, [], { blob: new Blob(lines as string[]) });
    } catch (error) {
      throw failed(statement, error);
    }
  }

  async run(statements: readonly string[]): Promise<void> {
    for (const statement of statements) {
      try {
        await this.#db.exec(statement);
      } catch (error) {
        throw failed(statement, error);
      }
    }
  }

  async clear(): Promise<void> {
    await this.run(CLEAR_TICKETS);
  }

  async metrics(schema: string | null = null): Promise<MetricRow[]> {
    return (await this.query(metricsSelect(schema))).map(metricRow);
  }

  async query(sql: string): Promise<Record<string, unknown>[]> {
    try {
      return (await this.#db.query<Record<string, unknown>>(sql)).rows;
    } catch (error) {
      throw failed(sql, error);
    }
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}

// ---------------------------------------------------------------------------------------
// The check: each SQL row against the runtime's answer for the same ticket and `now`.

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
