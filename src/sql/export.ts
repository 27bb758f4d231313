/**
 * `slac sql`: a bundle as three SQL files for one dialect — the tables (schema.sql), their
 * rows (data.sql) and the views that evaluate the user's tickets (query.sql).
 */
import type { Bundle } from "../contract/bundle.js";
import { SqlCodes } from "../diagnostics/codes/sql.js";
import type { CodeInfo } from "../diagnostics/registry.js";
import { formatInstant, parseInstant, type Outcome, type RuntimeError } from "../runtime/index.js";
import { type Dialect, type DialectSpelling, spellingOf, stringLiteral } from "./dialects.js";
import { DEFAULT_YEARS, LEFT_OUT, sqlModel, type SqlDeadline, type SqlModel, unsupportedIn, YEAR_LIMITS } from "./model.js";
import { ticketMetricsView } from "./query.js";

/** Where the user's tickets and events are: table names (may be qualified, `a.b`) and column names. */
export interface ColumnMapping {
  /** The tickets table: one row per ticket. */
  readonly tickets: {
    /** The table's name. */
    readonly table: string;
    /** The ticket's id. */
    readonly id: string;
    /** When the ticket was opened (a UTC TIMESTAMP). */
    readonly openedAt: string;
    /** The tier's id; null when the table has no such column (the ticket gives none). */
    readonly tier: string | null;
    /** The severity's id, as the ticket asks for it; null when the table has none. */
    readonly severity: string | null;
    /** The channel's id; null when the table has none. */
    readonly channel: string | null;
  };
  /** The events table: one row per ticket event. */
  readonly events: {
    /** The table's name. */
    readonly table: string;
    /** The id of the event's ticket. */
    readonly ticket: string;
    /** The event's type, as the runtime's tickets give it (`first_response`, `paused`, …). */
    readonly type: string;
    /** When it happened (a UTC TIMESTAMP). */
    readonly at: string;
    /** The order of events at one instant (their position in the ticket); null when the table has none. */
    readonly seq: string | null;
  };
}

/** `tickets(ticket_id, opened_at, tier, severity, channel)` and `ticket_events(ticket_id, type, occurred_at, seq)`. */
export const DEFAULT_COLUMNS: ColumnMapping = {
  tickets: { table: "tickets", id: "ticket_id", openedAt: "opened_at", tier: "tier", severity: "severity", channel: "channel" },
  events: { table: "ticket_events", ticket: "ticket_id", type: "type", at: "occurred_at", seq: "seq" },
};

/** Options of `sqlExport`. */
export interface SqlOptions {
  /** The engine the SQL is written for. */
  readonly dialect: Dialect;
  /** Where the tickets and events are; `DEFAULT_COLUMNS` when not given. */
  readonly columns?: ColumnMapping;
  /** UTC years the calendar tables cover (default 2015 to 2035); a calendar's holiday horizon narrows it. */
  readonly years?: {
    /** The first year covered. */
    readonly from: number;
    /** The last year covered. */
    readonly to: number;
  };
  /** Qualifies slac's own tables and views (a schema; a BigQuery dataset). */
  readonly schema?: string | null;
  /** The instant statuses are judged at (ISO); default: the engine's current time when the views are read. */
  readonly now?: string | null;
  /**
   * How the tables' rows are written: `inserts` (data.sql, the default), or `csv`, one
   * `<table>.csv` per table with a header, for a bulk loader (`COPY`, `bq load`, …); an
   * empty field is NULL (no value of slac's tables is the empty string).
   */
  readonly data?: "inserts" | "csv";
}

/** One output file. */
export interface SqlFile {
  /** The file's name: `schema.sql`, `data.sql` (or one `<table>.csv` per table) and `query.sql`. */
  readonly name: string;
  /** Its text: a comment header, then statements each closed by `;` at the end of a line. */
  readonly text: string;
}

/** What `sqlExport` writes. */
export interface SqlExport {
  /** schema.sql, data.sql (or the tables' CSV files), query.sql, to run (or load) in that order. */
  readonly files: readonly SqlFile[];
  /** Every statement of the SQL files in order, without its closing `;` (with `csv` data, load the CSV files after schema.sql's). */
  readonly statements: readonly string[];
}

function runtimeError(info: CodeInfo, message: string, hint?: string): RuntimeError {
  return hint === undefined ? { code: info.code, message } : { code: info.code, message, hint };
}

/** Rows per INSERT statement. */
const ROWS_PER_INSERT = 500;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads a column-mapping file (JSON, partial: merged over `DEFAULT_COLUMNS`). */
export function readColumnMapping(text: string): Outcome<ColumnMapping> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: runtimeError(SqlCodes.BadColumnMapping, `the column mapping is not JSON: ${error instanceof Error ? error.message : String(error)}`) };
  }
  const problem = (message: string): Outcome<ColumnMapping> => ({
    ok: false,
    error: runtimeError(SqlCodes.BadColumnMapping, message, 'as in {"tickets": {"table": "support.tickets", "openedAt": "created_at"}, "events": {"seq": null}}'),
  });
  if (typeof data !== "object" || data === null || Array.isArray(data)) return problem("the column mapping is not a JSON object");
  const out: Record<string, Record<string, string | null>> = {};
  for (const [part, defaults] of Object.entries(DEFAULT_COLUMNS) as [keyof ColumnMapping, Record<string, string | null>][]) {
    const given: unknown = (data as Record<string, unknown>)[part];
    if (given !== undefined && (typeof given !== "object" || given === null || Array.isArray(given))) return problem(`\`${part}\` is not an object of column names`);
    const record = (given ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!(key in defaults)) return problem(`\`${part}\` has no \`${key}\`; it has ${Object.keys(defaults).map((k) => `\`${k}\``).join(", ")}`);
    out[part] = {};
    for (const [key, fallback] of Object.entries(defaults)) {
      const value = record[key] === undefined ? fallback : record[key];
      const optional = !["table", "id", "openedAt", "ticket", "type", "at"].includes(key);
      if (value === null && optional) {
        out[part][key] = null;
        continue;
      }
      if (typeof value !== "string" || !value.split(".").every((p) => IDENTIFIER.test(p)) || (key !== "table" && value.includes("."))) {
        return problem(`\`${part}.${key}\` must be ${key === "table" ? "a table name (letters, digits, `_`, parts joined by `.`)" : "a column name (letters, digits, `_`)"}${optional ? " or null" : ""}, not ${JSON.stringify(value)}`);
      }
      out[part][key] = value;
    }
  }
  for (const key of Object.keys(data as object)) if (!(key in DEFAULT_COLUMNS)) return problem(`the column mapping has no \`${key}\`; it has \`tickets\` and \`events\``);
  return { ok: true, value: out as unknown as ColumnMapping };
}

/** Why the SQL cannot evaluate a bundle (SLA6001, naming what it does not express), or null when it can: what `sqlExport` refuses, without building anything. */
export function sqlRefusal(bundle: Bundle): RuntimeError | null {
  const what = unsupportedIn(bundle);
  return what === null ? null : runtimeError(SqlCodes.NotExpressible, `policy \`${bundle.policy.id}\`: ${what}`, "evaluate it with `slac due`, which covers every construct");
}

/** A bundle as SQL for one dialect; what the SQL cannot express comes back as an error. */
export function sqlExport(bundle: Bundle, options: SqlOptions): Outcome<SqlExport> {
  const years = options.years ?? DEFAULT_YEARS;
  if (!(Number.isInteger(years.from) && Number.isInteger(years.to) && years.from >= YEAR_LIMITS.from && years.to <= YEAR_LIMITS.to && years.from <= years.to)) {
    return { ok: false, error: runtimeError(SqlCodes.BadYears, `the years must run from ${YEAR_LIMITS.from} to ${YEAR_LIMITS.to} at most, the first not after the last: not ${years.from} to ${years.to}`, "as in `--years 2020-2030`") };
  }
  let now: number | null = null;
  if (options.now !== undefined && options.now !== null) {
    now = parseInstant(options.now);
    if (now === null) return { ok: false, error: runtimeError(SqlCodes.BadYears, `\`${options.now}\` is not an ISO instant`, "as in `2026-06-01T00:00Z`") };
  }
  const schema = options.schema ?? null;
  if (schema !== null && !schema.split(".").every((p) => IDENTIFIER.test(p))) {
    return { ok: false, error: runtimeError(SqlCodes.BadColumnMapping, `the schema must be a name (letters, digits, \`_\`, parts joined by \`.\`), not ${JSON.stringify(schema)}`) };
  }
  const refusal = sqlRefusal(bundle);
  if (refusal !== null) return { ok: false, error: refusal };
  const model = sqlModel(bundle, years);
  const d = spellingOf(options.dialect);
  const name = (table: string) => qualified(d, schema, table);
  const context: Context = { d, dialect: options.dialect, name, model, columns: options.columns ?? DEFAULT_COLUMNS, now, literal: (v) => stringLiteral(options.dialect, v) };
  const csv = options.data === "csv";
  const files = [
    { name: "schema.sql", statements: schemaStatements(context) },
    ...(csv ? [] : [{ name: "data.sql", statements: dataStatements(context) }]),
    { name: "query.sql", statements: queryStatements(context) },
  ];
  const header = (file: string) => headerOf(bundle, options.dialect, file, years, context, csv);
  const sqlFiles = files.map((f) => ({ name: f.name, text: header(f.name) + f.statements.map((s) => `${s};\n`).join("\n") }));
  return {
    ok: true,
    value: {
      files: csv ? [sqlFiles[0]!, ...csvFiles(context), sqlFiles[1]!] : sqlFiles,
      statements: files.flatMap((f) => f.statements),
    },
  };
}

/** What each part of the generator needs. */
export interface Context {
  readonly d: DialectSpelling;
  readonly dialect: Dialect;
  readonly name: (table: string) => string;
  readonly model: SqlModel;
  readonly columns: ColumnMapping;
  readonly now: number | null;
  readonly literal: (value: string) => string;
}

/** A possibly dotted name, each part quoted as the dialect needs. */
export function dotted(d: DialectSpelling, name: string): string {
  return name.split(".").map((p) => d.identifier(p)).join(".");
}

function qualified(d: DialectSpelling, schema: string | null, table: string): string {
  return schema === null ? table : `${dotted(d, schema)}.${table}`;
}

/** The tables, their columns and types. */
function tables(d: DialectSpelling): readonly { readonly name: string; readonly columns: readonly (readonly [string, string])[] }[] {
  const { text, bigint } = d;
  return [
    {
      name: "slac_targets",
      columns: [
        ["policy", text], ["metric", text], ["tier", text], ["severity", text], ["channel", text], ["applied_severity", text], ["rule", text],
        ["target", text], ["hours_calendar", text], ["in_unit", text], ["in_amount", bigint], ["in_calendar", text], ["in_strict", bigint],
        ["out_unit", text], ["out_amount", bigint], ["out_calendar", text], ["out_strict", bigint],
      ],
    },
    { name: "slac_metrics", columns: [["policy", text], ["metric", text], ["metric_index", bigint], ["starts", text], ["starts_latest", bigint]] },
    { name: "slac_metric_stops", columns: [["policy", text], ["metric", text], ["type", text]] },
    {
      name: "slac_open_cover",
      columns: [["policy", text], ["calendar", text], ["bucket", bigint], ["cover_from", bigint], ["cover_to", bigint], ["open_start", bigint], ["open_before", bigint]],
    },
    {
      name: "slac_open_fill",
      columns: [["policy", text], ["calendar", text], ["bucket", bigint], ["fill_from", bigint], ["fill_to", bigint], ["open_start", bigint], ["open_before", bigint]],
    },
    { name: "slac_day_cover", columns: [["policy", text], ["calendar", text], ["bucket", bigint], ["cover_from", bigint], ["cover_to", bigint], ["business_count", bigint]] },
    { name: "slac_business_days", columns: [["policy", text], ["calendar", text], ["business_count", bigint], ["business_end", bigint]] },
    { name: "slac_zone_offsets", columns: [["policy", text], ["calendar", text], ["bucket", bigint], ["seg_from", bigint], ["seg_to", bigint], ["offset_ms", bigint]] },
    { name: "slac_zone_walls", columns: [["policy", text], ["calendar", text], ["bucket", bigint], ["wall_from", bigint], ["wall_to", bigint], ["offset_ms", bigint]] },
  ];
}

function schemaStatements(c: Context): string[] {
  return tables(c.d).flatMap((t) => [
    c.d.dropTable(c.name(t.name)),
    `CREATE TABLE ${c.name(t.name)} (\n${t.columns.map(([n, type]) => `  ${n} ${type}`).join(",\n")}\n)`,
  ]);
}

type Value = string | number | null;

/** The rows of each of slac's tables, in table order. */
function tableRows(c: Context): Record<string, Value[][]> {
  const { model } = c;
  const p = model.policy;
  const side = (s: SqlDeadline | null): Value[] => (s === null ? [null, null, null, null] : [s.unit, s.amount, s.calendar, s.strict]);
  return {
    slac_targets: model.targets.map((t) => [p, t.metric, t.tier, t.severity, t.channel, t.appliedSeverity, t.rule, t.target, t.hoursCalendar, ...side(t.inHours), ...side(t.otherwise)]),
    slac_metrics: model.metrics.map((m) => [p, m.metric, m.position, m.starts, m.startsLatest]),
    slac_metric_stops: model.metrics.flatMap((m) => m.stops.map((s) => [p, m.metric, s])),
    slac_open_cover: model.cover.map((r) => [p, r.calendar, r.bucket, r.from, r.to, r.openStart, r.openBefore]),
    slac_open_fill: model.fill.map((r) => [p, r.calendar, r.bucket, r.from, r.to, r.openStart, r.openBefore]),
    slac_day_cover: model.days.map((r) => [p, r.calendar, r.bucket, r.from, r.to, r.count]),
    slac_business_days: model.businessDays.map((r) => [p, r.calendar, r.count, r.end]),
    slac_zone_offsets: model.offsets.map((r) => [p, r.calendar, r.bucket, r.from, r.to, r.offset]),
    slac_zone_walls: model.walls.map((r) => [p, r.calendar, r.bucket, r.from, r.to, r.offset]),
  };
}

/** One CSV file per table, with a header: NULL is an empty field (no value is the empty string). */
function csvFiles(c: Context): SqlFile[] {
  const rows = tableRows(c);
  const field = (v: Value) => (v === null ? "" : typeof v === "number" ? String(v) : `"${v.replace(/"/g, '""')}"`);
  return tables(c.d).map((t) => ({
    name: `${t.name}.csv`,
    text: [t.columns.map(([n]) => n).join(","), ...rows[t.name]!.map((r) => r.map(field).join(","))].join("\n") + "\n",
  }));
}

function dataStatements(c: Context): string[] {
  const rows = tableRows(c);
  const value = (v: Value) => (v === null ? "NULL" : typeof v === "number" ? String(v) : c.literal(v));
  const out: string[] = [];
  for (const t of tables(c.d)) {
    const list = rows[t.name]!;
    for (let i = 0; i < list.length; i += ROWS_PER_INSERT) {
      const chunk = list.slice(i, i + ROWS_PER_INSERT).map((r) => `(${r.map(value).join(", ")})`);
      out.push(`INSERT INTO ${c.name(t.name)} VALUES\n${chunk.join(",\n")}`);
    }
  }
  return out;
}

function queryStatements(c: Context): string[] {
  const { d, name, columns } = c;
  const tk = columns.tickets;
  const ev = columns.events;
  const dimension = (column: string | null, declared: boolean) =>
    !declared ? "'*'" : column === null ? c.literal(LEFT_OUT) : `COALESCE(${d.castText(`t.${d.identifier(column)}`)}, ${c.literal(LEFT_OUT)})`;
  const { declares } = c.model;
  const nowMs = c.now === null ? d.nowMs : `CAST(${c.now} AS ${d.bigint})`;
  return [
    `CREATE OR REPLACE VIEW ${name("slac_now")} AS\nSELECT ${nowMs} AS now_ms`,
    [
      `CREATE OR REPLACE VIEW ${name("slac_input_tickets")} AS`,
      `SELECT ${d.castText(`t.${d.identifier(tk.id)}`)} AS ticket_id,`,
      `  ${d.epochMs(`t.${d.identifier(tk.openedAt)}`)} AS opened_ms,`,
      `  ${dimension(tk.tier, declares.tiers)} AS tier,`,
      `  ${dimension(tk.severity, declares.severities)} AS severity,`,
      `  ${dimension(tk.channel, declares.channels)} AS channel`,
      `FROM ${dotted(d, tk.table)} t`,
    ].join("\n"),
    [
      `CREATE OR REPLACE VIEW ${name("slac_input_events")} AS`,
      `SELECT ${d.castText(`e.${d.identifier(ev.ticket)}`)} AS ticket_id,`,
      `  ${d.castText(`e.${d.identifier(ev.type)}`)} AS type,`,
      `  ${d.epochMs(`e.${d.identifier(ev.at)}`)} AS at_ms,`,
      `  ${ev.seq === null ? `CAST(NULL AS ${d.bigint})` : `CAST(e.${d.identifier(ev.seq)} AS ${d.bigint})`} AS seq`,
      `FROM ${dotted(d, ev.table)} e`,
    ].join("\n"),
    ticketMetricsView(c),
    attainmentView(c, "slac_attainment_monthly", "period_month"),
    attainmentView(c, "slac_attainment_quarterly", "period_quarter"),
  ];
}

function attainmentView(c: Context, view: string, period: string): string {
  const { d } = c;
  return [
    `CREATE OR REPLACE VIEW ${c.name(view)} AS`,
    `SELECT policy, metric, tier, applied_severity AS severity, ${period} AS period,`,
    `  COUNT(*) AS tickets,`,
    `  SUM(CASE WHEN status = 'met' THEN 1 ELSE 0 END) AS met,`,
    `  SUM(CASE WHEN status = 'breached' THEN 1 ELSE 0 END) AS breached,`,
    `  SUM(CASE WHEN status IN ('running', 'paused') THEN 1 ELSE 0 END) AS open,`,
    `  ${d.castDouble("SUM(CASE WHEN status = 'met' THEN 1 ELSE 0 END)")} / NULLIF(SUM(CASE WHEN status IN ('met', 'breached') THEN 1 ELSE 0 END), 0) AS share_met`,
    `FROM ${c.name("slac_ticket_metrics")}`,
    `GROUP BY policy, metric, tier, applied_severity, ${period}`,
  ].join("\n");
}

function headerOf(bundle: Bundle, dialect: Dialect, file: string, years: { from: number; to: number }, c: Context, csv: boolean): string {
  const what: Record<string, string> = {
    "schema.sql": "The tables slac's views read: targets, metrics, and each calendar as open intervals",
    "data.sql": "The rows of those tables",
    "query.sql": "The views over your tickets: slac_ticket_metrics (due, status per ticket and metric) and the attainment roll-ups",
  };
  const ranges = [...c.model.ranges.entries()].map(([id, r]) => `--   ${id}: ${formatInstant(r.from)} to ${formatInstant(r.to)}`);
  return [
    `-- slac sql, ${dialect}: ${file} of policy \`${bundle.policy.id}\` (${(bundle.policy.title ?? bundle.policy.id).replace(/[\r\n]+/g, " ")})`,
    `-- ${what[file]}.`,
    `-- Generated from the bundle ${bundle.digest}; regenerate it with \`slac sql\` rather than editing it.`,
    csv
      ? `-- Run schema.sql, load each slac_*.csv into its table (a header row; an empty field is NULL), then run query.sql. The views read`
      : `-- Run schema.sql, data.sql, then query.sql. The views read ${dotted(c.d, c.columns.tickets.table)} and ${dotted(c.d, c.columns.events.table)}.`,
    `-- Calendar tables cover the UTC years ${years.from} to ${years.to}; a due outside what a calendar covers is NULL:`,
    ...ranges,
    "",
    "",
  ].join("\n");
}
