/**
 * Two small SQL engines to run the export on: embedded DuckDB and PGlite (Postgres in
 * WASM). Each creates the user's two tables, loads generated tickets and events (DuckDB
 * through its appender or from CSV files, PGlite through COPY), runs the export's
 * statements and reads `slac_ticket_metrics` back in one shape.
 *
 * The tables are named as the export's default column mapping names them. The runtime the
 * check (agreement-check.ts) compares the rows with the runtime.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import { DEFAULT_COLUMNS } from "../../src/sql/index.js";
import type { EventRow, TicketRow } from "./tickets.js";

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
