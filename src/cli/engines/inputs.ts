/**
 * The user's files as the two tables the SQL export reads by default (`DEFAULT_COLUMNS`:
 * `tickets(ticket_id, opened_at, tier, severity, channel)` and `ticket_events(ticket_id, type,
 * occurred_at, seq)`), built by DuckDB from the files themselves: no ticket passes through
 * JavaScript. The column mapping names the files' columns, not these tables'.
 *
 * A tickets file is either flat (the columns a column mapping names, the defaults when none)
 * or the NDJSON `slac due` reads, one ticket a line with its `events` inside, which are
 * unnested with their position as `seq`.
 */
import { type ColumnMapping, DEFAULT_COLUMNS } from "../../sql/index.js";
import { type ColumnType, type DuckDbSession, type ProgressListener, sqlName, sqlString } from "./duckdb.js";

/** The kinds of file read, by extension. */
export type InputKind = "parquet" | "csv" | "json";

/** A file given on the command line: as the user spelt it (for messages) and resolved. */
export interface InputFile {
  readonly given: string;
  readonly absolute: string;
}

/** Why a file cannot be read as tickets or events. */
export interface InputProblem {
  readonly file: string;
  readonly message: string;
  readonly hint?: string;
}

/** The kind of a file by its extension, or null for one not read. */
export function inputKind(file: string): InputKind | null {
  const lower = file.toLowerCase();
  if (lower.endsWith(".parquet")) return "parquet";
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl") || lower.endsWith(".json")) return "json";
  return null;
}

/** The extensions `inputKind` knows, for messages. */
export const INPUT_EXTENSIONS = "`.parquet`, `.csv`, `.ndjson`, `.jsonl` or `.json`";

/**
 * SQL reading a file. CSV is read as text throughout, so that ids keep their leading zeros
 * and instants their offsets; JSON with the columns and types given (a key a line lacks is
 * NULL, other keys are ignored), or detected when none are.
 */
function reader(kind: InputKind, file: InputFile, json?: Readonly<Record<string, string>>): string {
  const at = sqlString(file.absolute);
  switch (kind) {
    case "parquet":
      return `read_parquet(${at})`;
    case "csv":
      return `read_csv(${at}, header = true, all_varchar = true)`;
    case "json": {
      const format = file.absolute.toLowerCase().endsWith(".json") ? "auto" : "newline_delimited";
      const columns = json === undefined ? "" : `, columns = {${Object.entries(json).map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(", ")}}`;
      return `read_json(${at}, format = ${sqlString(format)}${columns})`;
    }
  }
}

/**
 * ISO instants in the forms the runtime accepts (src/runtime/instants.ts) as DuckDB casts
 * them: `t`/`z` in upper case, and seconds where only minutes are given (`2026-03-04T17:00Z`,
 * which DuckDB's cast refuses). An offset is applied, so the result is the UTC instant.
 */
const NORMALISED_TEXT = (text: string) => `regexp_replace(upper(${text}), '^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})([Z+-])', '\\1:00\\2')`;

/**
 * The UTC `TIMESTAMP` of a column of the given DuckDB type, at millisecond precision as the
 * runtime reads instants; null for a type that holds no instant.
 */
export function instantSql(expression: string, type: string): string | null {
  if (type === "VARCHAR") return `date_trunc('millisecond', CAST(CAST(${NORMALISED_TEXT(expression)} AS TIMESTAMPTZ) AS TIMESTAMP))`;
  // With the session in UTC, this cast gives the instant's UTC wall time.
  if (type === "TIMESTAMP WITH TIME ZONE") return `date_trunc('millisecond', CAST(${expression} AS TIMESTAMP))`;
  if (["TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS", "DATE"].includes(type)) return `date_trunc('millisecond', CAST(${expression} AS TIMESTAMP))`;
  return null;
}

/** A text column whose values must be instants, and how to find the first that is not one. */
interface InstantCheck {
  readonly label: string;
  readonly text: string;
  readonly id: string;
  readonly from: string;
}

/** The first value of an instant column that is not an ISO instant, said as a problem, or null. */
async function badInstant(session: DuckDbSession, file: InputFile, checks: readonly InstantCheck[]): Promise<InputProblem | null> {
  for (const c of checks) {
    const [row] = await session.rows(
      `SELECT CAST(${c.id} AS VARCHAR) AS id, CAST(${c.text} AS VARCHAR) AS value FROM ${c.from} ` +
        `WHERE ${c.text} IS NOT NULL AND TRY_CAST(${NORMALISED_TEXT(c.text)} AS TIMESTAMPTZ) IS NULL LIMIT 1`,
    );
    if (row !== undefined) {
      return {
        file: file.given,
        message: `ticket \`${String(row.id)}\`: \`${c.label}\` is \`${String(row.value)}\`, not an ISO instant`,
        hint: "give instants as `2026-03-04T17:00Z` or with an offset, `2026-03-04T12:00-05:00`",
      };
    }
  }
  return null;
}

/** The first line of a DuckDB error, which says what went wrong (the rest is context). */
function engineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.trim();
}

/** The columns a file has, by lower-case name (DuckDB matches names without case). */
async function describe(session: DuckDbSession, kind: InputKind, file: InputFile): Promise<Map<string, ColumnType> | InputProblem> {
  try {
    const columns = await session.columns(`SELECT * FROM ${reader(kind, file)}`);
    return new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  } catch (error) {
    return { file: file.given, message: `cannot read \`${file.given}\` as ${kind === "json" ? "NDJSON" : kind.toUpperCase()}: ${engineMessage(error)}` };
  }
}

/** The tickets and events files of a report. */
export interface ReportInputs {
  readonly tickets: InputFile;
  readonly events: InputFile | null;
}

/** How a table is made from a file: the statement, and the instant columns to check when a cast fails. */
interface TablePlan {
  readonly file: InputFile;
  readonly sql: string;
  readonly checks: readonly InstantCheck[];
}

/** What the statements are built from, per file. */
interface Source {
  readonly file: InputFile;
  readonly kind: InputKind;
  readonly columns: ReadonlyMap<string, ColumnType>;
}

/** The tables made, by their default names. */
const T = DEFAULT_COLUMNS.tickets;
const E = DEFAULT_COLUMNS.events;

/** `CREATE TABLE tickets AS SELECT …` from the five expressions, in the order of `T`. */
function ticketsTable(id: string, openedAt: string, tier: string, severity: string, channel: string, from: string): string {
  return (
    `CREATE TABLE ${sqlName(T.table)} AS SELECT CAST(${id} AS VARCHAR) AS ${sqlName(T.id)}, ${openedAt} AS ${sqlName(T.openedAt)}, ` +
    `${tier} AS ${sqlName(T.tier ?? "tier")}, ${severity} AS ${sqlName(T.severity ?? "severity")}, ${channel} AS ${sqlName(T.channel ?? "channel")} FROM ${from}`
  );
}

/** `CREATE TABLE ticket_events AS SELECT …` from the four expressions, in the order of `E`. */
function eventsTable(ticket: string, type: string, at: string, seq: string, from: string): string {
  return (
    `CREATE TABLE ${sqlName(E.table)} AS SELECT CAST(${ticket} AS VARCHAR) AS ${sqlName(E.ticket)}, CAST(${type} AS VARCHAR) AS ${sqlName(E.type)}, ` +
    `${at} AS ${sqlName(E.at)}, CAST(${seq} AS BIGINT) AS ${sqlName(E.seq ?? "seq")} FROM ${from}`
  );
}

const EMPTY_EVENTS = eventsTable("NULL", "NULL", "CAST(NULL AS TIMESTAMP)", "NULL", "(SELECT 1) AS none WHERE false");

/** The event struct of `slac due`'s ticket lines, as read from NDJSON. */
const DUE_EVENTS_TYPE = 'STRUCT("type" VARCHAR, "at" VARCHAR)[]';

/** Whether a tickets file is `slac due`'s NDJSON: it has `events`, or `openedAt` where the mapping expects another column. */
function isDueFormat(columns: ReadonlyMap<string, ColumnType>, mapping: ColumnMapping): boolean {
  if (columns.has("events")) return true;
  return columns.has("openedat") && columns.has("id") && !columns.has(mapping.tickets.openedAt.toLowerCase());
}

/** The expression of a column that must be there, or why it is not. */
function required(source: Source, name: string, role: string): string | InputProblem {
  if (source.columns.has(name.toLowerCase())) return sqlName(name);
  const have = [...source.columns.values()].map((c) => `\`${c.name}\``).join(", ");
  return {
    file: source.file.given,
    message: `\`${source.file.given}\` has no column \`${name}\` (${role}); it has ${have}`,
    hint: "name the columns with `--columns mapping.json`, as in {\"tickets\": {\"openedAt\": \"created_at\"}}",
  };
}

/** The text expression of an optional column: NULL when the mapping names none. */
function optional(source: Source, name: string | null, role: string): string | InputProblem {
  if (name === null) return "CAST(NULL AS VARCHAR)";
  const column = required(source, name, role);
  return typeof column === "string" ? `CAST(${column} AS VARCHAR)` : column;
}

/** The instant expression of a column, or why its type holds no instant. */
function instantOf(source: Source, name: string, expression: string): string | InputProblem {
  const type = source.kind === "parquet" ? (source.columns.get(name.toLowerCase())?.type ?? "VARCHAR") : "VARCHAR";
  return (
    instantSql(expression, type) ?? {
      file: source.file.given,
      message: `column \`${name}\` of \`${source.file.given}\` is ${type}, which holds no instant`,
      hint: "give instants as TIMESTAMP, TIMESTAMP WITH TIME ZONE or ISO text such as `2026-03-04T17:00Z`",
    }
  );
}

function problemIn(parts: readonly (string | InputProblem)[]): InputProblem | null {
  return parts.find((p): p is InputProblem => typeof p !== "string") ?? null;
}

function isProblem<T extends object>(value: T | InputProblem): value is InputProblem {
  return "message" in value;
}

/** The tickets table from a flat file, with the mapping's column names. */
function flatTickets(source: Source, mapping: ColumnMapping): TablePlan | InputProblem {
  const m = mapping.tickets;
  const json = source.kind === "json" ? jsonColumns([m.id, m.openedAt, m.tier, m.severity, m.channel]) : undefined;
  const from = reader(source.kind, source.file, json);
  const id = required(source, m.id, "the ticket id");
  const opened = required(source, m.openedAt, "when the ticket was opened");
  const rest = [optional(source, m.tier, "the tier"), optional(source, m.severity, "the severity"), optional(source, m.channel, "the channel")];
  const problem = problemIn([id, opened, ...rest]);
  if (problem !== null) return problem;
  const openedAt = instantOf(source, m.openedAt, opened as string);
  if (typeof openedAt !== "string") return openedAt;
  const [tier, severity, channel] = rest as [string, string, string];
  return {
    file: source.file,
    sql: ticketsTable(id as string, openedAt, tier, severity, channel, from),
    checks: [{ label: m.openedAt, text: opened as string, id: id as string, from }],
  };
}

/** Every column as text in a JSON read (a number or an object read as its text). */
function jsonColumns(names: readonly (string | null)[], types: Readonly<Record<string, string>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) if (name !== null) out[name] = types[name] ?? "VARCHAR";
  return out;
}

/** The columns of `slac due`'s ticket lines, as read from NDJSON. */
const DUE_COLUMNS = { id: "VARCHAR", openedAt: "VARCHAR", tier: "VARCHAR", severity: "VARCHAR", channel: "VARCHAR", events: DUE_EVENTS_TYPE };

/** The tickets and events tables from `slac due`'s ticket lines (or a Parquet file of that shape). */
function dueTables(source: Source): { tickets: TablePlan; events: TablePlan } | InputProblem {
  const problem = problemIn([required(source, "id", "the ticket id"), required(source, "openedAt", "when the ticket was opened")]);
  if (problem !== null) return problem;
  const from = reader(source.kind, source.file, source.kind === "json" ? DUE_COLUMNS : undefined);
  const text = (name: string) => (source.kind === "json" || source.columns.has(name.toLowerCase()) ? `CAST(${sqlName(name)} AS VARCHAR)` : "CAST(NULL AS VARCHAR)");
  const openedAt = instantOf(source, "openedAt", sqlName("openedAt"));
  if (typeof openedAt !== "string") return openedAt;
  const tickets: TablePlan = {
    file: source.file,
    sql: ticketsTable(text("id"), openedAt, text("tier"), text("severity"), text("channel"), from),
    checks: [{ label: "openedAt", text: sqlName("openedAt"), id: sqlName("id"), from }],
  };
  if (source.kind !== "json" && !source.columns.has("events")) return { tickets, events: { file: source.file, sql: EMPTY_EVENTS, checks: [] } };
  // The position in the list orders events at one instant, as the runtime does.
  const unnested = `${from} AS t, unnest(t.events) WITH ORDINALITY AS e(event, seq)`;
  const at = `CAST(e.event."at" AS VARCHAR)`;
  const events: TablePlan = {
    file: source.file,
    sql: eventsTable("t.id", 'e.event."type"', instantSql(at, "VARCHAR")!, "e.seq", unnested),
    checks: [{ label: "events[].at", text: at, id: "t.id", from: unnested }],
  };
  return { tickets, events };
}

/** The events table from a flat file, with the mapping's column names. */
function flatEvents(source: Source, mapping: ColumnMapping): TablePlan | InputProblem {
  const m = mapping.events;
  const json = source.kind === "json" ? jsonColumns([m.ticket, m.type, m.at, m.seq], m.seq === null ? {} : { [m.seq]: "BIGINT" }) : undefined;
  const from = reader(source.kind, source.file, json);
  const ticket = required(source, m.ticket, "the ticket of the event");
  const type = required(source, m.type, "the event type");
  const at = required(source, m.at, "when it happened");
  const seq = m.seq === null ? "NULL" : required(source, m.seq, "the order of events at one instant");
  const problem = problemIn([ticket, type, at, seq]);
  if (problem !== null) return problem;
  const instant = instantOf(source, m.at, at as string);
  if (typeof instant !== "string") return instant;
  return {
    file: source.file,
    sql: eventsTable(ticket as string, type as string, instant, seq as string, from),
    checks: [{ label: m.at, text: at as string, id: ticket as string, from }],
  };
}

async function sourceOf(session: DuckDbSession, file: InputFile, role: string): Promise<Source | InputProblem> {
  const kind = inputKind(file.given);
  if (kind === null) return { file: file.given, message: `cannot tell the format of ${role} \`${file.given}\` from its name`, hint: `name it ${INPUT_EXTENSIONS}` };
  const columns = await describe(session, kind, file);
  return columns instanceof Map ? { file, kind, columns } : columns;
}

/** Runs a table's statement; a cast that fails is reported at the first value it failed on. */
async function create(session: DuckDbSession, plan: TablePlan, progress?: ProgressListener): Promise<InputProblem | null> {
  try {
    await session.run(plan.sql, progress);
    return null;
  } catch (error) {
    const message = engineMessage(error);
    const found = /Conversion Error/i.test(message) ? await badInstant(session, plan.file, plan.checks) : null;
    return found ?? { file: plan.file.given, message: `cannot read \`${plan.file.given}\`: ${message}` };
  }
}

/**
 * Creates `tickets` and `ticket_events` from the files (`ticket_events` empty when there are
 * no events), or says what is wrong with a file.
 */
export async function loadInputs(session: DuckDbSession, inputs: ReportInputs, mapping: ColumnMapping, progress?: ProgressListener): Promise<InputProblem | null> {
  const tickets = await sourceOf(session, inputs.tickets, "the tickets file");
  if (isProblem(tickets)) return tickets;
  let plans: TablePlan[];
  if (isDueFormat(tickets.columns, mapping)) {
    if (inputs.events !== null && tickets.columns.has("events")) {
      return {
        file: inputs.events.given,
        message: `\`${inputs.tickets.given}\` gives each ticket's events already`,
        hint: "give `--events` only with tickets that have no `events` of their own",
      };
    }
    const due = dueTables(tickets);
    if (isProblem(due)) return due;
    plans = [due.tickets];
    if (inputs.events === null) plans.push(due.events);
  } else {
    const plan = flatTickets(tickets, mapping);
    if (isProblem(plan)) return plan;
    plans = [plan];
    if (inputs.events === null) plans.push({ file: inputs.tickets, sql: EMPTY_EVENTS, checks: [] });
  }
  if (inputs.events !== null) {
    const events = await sourceOf(session, inputs.events, "the events file");
    if (isProblem(events)) return events;
    const plan = flatEvents(events, mapping);
    if (isProblem(plan)) return plan;
    plans.push(plan);
  }
  for (const plan of plans) {
    const problem = await create(session, plan, progress);
    if (problem !== null) return problem;
  }
  return null;
}

/** How many tickets were loaded. */
export async function ticketCount(session: DuckDbSession): Promise<number> {
  const [row] = await session.rows(`SELECT count(*) AS n FROM ${sqlName(T.table)}`);
  return Number(row?.n ?? 0);
}

/**
 * The UTC years the loaded tickets and events fall in, with `nowYear`: from the first
 * ticket's year (or now's, with none) to the last year seen.
 */
export async function inputYears(session: DuckDbSession, nowYear: number): Promise<{ readonly from: number; readonly to: number }> {
  const [row] = await session.rows(
    `SELECT (SELECT min(year(${sqlName(T.openedAt)})) FROM ${sqlName(T.table)}) AS first, ` +
      `greatest((SELECT max(year(${sqlName(T.openedAt)})) FROM ${sqlName(T.table)}), (SELECT max(year(${sqlName(E.at)})) FROM ${sqlName(E.table)})) AS last`,
  );
  const year = (v: unknown) => (v === null || v === undefined ? nowYear : Number(v));
  return { from: year(row?.first), to: Math.max(year(row?.last), nowYear) };
}
