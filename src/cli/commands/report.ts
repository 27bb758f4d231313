import { stat } from "node:fs/promises";
import path from "node:path";
import type { Bundle } from "../../contract/bundle.js";
import { CliCodes } from "../../diagnostics/codes/cli.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { report as diagnostic } from "../../diagnostics/registry.js";
import { parseInstant } from "../../runtime/index.js";
import { type ColumnMapping, DEFAULT_COLUMNS, sqlRefusal, YEAR_LIMITS } from "../../sql/index.js";
import { type AttainmentFormat, type AttainmentRow, formatAttainment, PERIODS, readAttainment } from "../engines/attainment.js";
import { DUCKDB_PACKAGE, DUCKDB_VERSION, type DuckDbSession, loadDuckDb, openDuckDb } from "../engines/duckdb.js";
import { type InputFile, inputYears, loadInputs, type ReportInputs, ticketCount } from "../engines/inputs.js";
import { type ProgressLine, progressLine } from "../engines/progress.js";
import { columnMappingFor, errorDiagnostic, exportFor } from "../engines/sql-options.js";
import { projectPath, wholeFile } from "../files.js";
import { Exit, type Io } from "../io.js";
import { loadPolicyFor } from "../load.js";
import { printDiagnostics } from "../print.js";
import { nowOptionIsValid } from "../ticket-lines.js";

/** Options of `slac report`. */
export interface ReportOptions {
  readonly tickets: string;
  readonly events?: string;
  readonly now?: string;
  readonly by: keyof typeof PERIODS;
  readonly format: AttainmentFormat;
  /** A column mapping file (JSON) naming the files' columns. */
  readonly columns?: string;
}

/** Diagnostics go to standard error as text: standard output carries the report. */
const TEXT = { format: "text" } as const;

/** Input files past this size (about 100,000 ticket lines) get a progress line while they are read, on a terminal. */
const LARGE_INPUT_BYTES = 16 * 1024 * 1024;
/** Inputs of more tickets than this get a progress line while they are evaluated, on a terminal. */
const LARGE_TICKET_COUNT = 100_000;

/**
 * `slac report`: attainment per tier, applied severity and month (or quarter), computed end
 * to end in embedded DuckDB by the policy's SQL export. DuckDB reads the ticket files itself,
 * so input of any size never passes through JavaScript; statuses are judged at `--now`, by
 * default the current instant.
 */
export async function report(io: Io, policy: string, options: ReportOptions): Promise<number> {
  if (!(await nowOptionIsValid(io, options.now, TEXT))) return Exit.usage;
  const bundle = await loadPolicyFor(io, policy, TEXT);
  if (bundle === null) return Exit.failed;
  const columns = await columnMappingFor(io, options.columns, TEXT, true);
  if (columns === null) return Exit.failed;
  const tickets = await inputFile(io, options.tickets);
  const events = options.events === undefined ? null : await inputFile(io, options.events);
  const missing = [tickets, events].filter((f): f is Diagnostic => f !== null && "code" in f);
  if (missing.length > 0) {
    await printDiagnostics(io, missing, [], TEXT, true);
    return Exit.failed;
  }
  const now = options.now ?? new Date().toISOString();
  // What the SQL cannot express is said before DuckDB reads a large input; the export
  // itself waits for the years of the tickets, known once read.
  const nowYear = new Date(parseInstant(now)!).getUTCFullYear();
  const refusal = sqlRefusal(bundle);
  if (refusal !== null) {
    await printDiagnostics(io, [errorDiagnostic(refusal, wholeFile(projectPath(io.cwd, path.resolve(io.cwd, policy))))], [], TEXT, true);
    return Exit.failed;
  }
  const engine = await loadDuckDb(io.env);
  if (!engine.ok) {
    const install = `npm install ${DUCKDB_PACKAGE}@${DUCKDB_VERSION}`;
    const message = engine.missing
      ? `\`slac report\` needs DuckDB, and \`${DUCKDB_PACKAGE}\` is not installed`
      : `\`slac report\` needs DuckDB, and \`${DUCKDB_PACKAGE}\` cannot be loaded: ${engine.reason}`;
    await printDiagnostics(io, [diagnostic(CliCodes.EngineNotInstalled, message, wholeFile(DUCKDB_PACKAGE), { hint: `install it beside slac: \`${install}\`` })], [], TEXT, true);
    return Exit.failed;
  }
  const inputs = { tickets: tickets as InputFile, events: events as InputFile | null };
  const session = await openDuckDb(engine.module);
  const progress = io.isTTY ? progressLine(io) : null;
  try {
    return await evaluate(io, session, progress, { policy, bundle, inputs, columns, now, nowYear, options });
  } finally {
    progress?.end();
    await session.close();
  }
}

/** What `evaluate` works on, once the policy, the mapping and the engine are there. */
interface Evaluation {
  readonly policy: string;
  readonly bundle: Bundle;
  readonly inputs: ReportInputs;
  readonly columns: ColumnMapping | undefined;
  readonly now: string;
  readonly nowYear: number;
  readonly options: ReportOptions;
}

/** Loads the files, runs the policy's SQL over them and prints the attainment. */
async function evaluate(io: Io, session: DuckDbSession, progress: ProgressLine | null, e: Evaluation): Promise<number> {
  const { inputs } = e;
  const size = (await stat(inputs.tickets.absolute)).size + (inputs.events === null ? 0 : (await stat(inputs.events.absolute)).size);
  const reading = progress !== null && size > LARGE_INPUT_BYTES ? progress.step("reading tickets") : undefined;
  const problem = await loadInputs(session, inputs, e.columns ?? DEFAULT_COLUMNS, reading);
  progress?.end();
  if (problem !== null) {
    const d = diagnostic(CliCodes.BadInputFile, problem.message, wholeFile(problem.file), problem.hint === undefined ? {} : { hint: problem.hint });
    await printDiagnostics(io, [d], [], TEXT, true);
    return Exit.failed;
  }
  // The calendar tables cover the years of the tickets, and the next one for the dues that
  // fall after the last, rather than the export's default of two decades (whose rows take
  // seconds to insert).
  const seen = await inputYears(session, e.nowYear);
  const years = { from: Math.max(seen.from, YEAR_LIMITS.from), to: Math.min(seen.to + 1, YEAR_LIMITS.to) };
  const exported = await exportFor(io, e.bundle, e.policy, { dialect: "duckdb", now: e.now, years }, TEXT, true);
  if (exported === null) return Exit.failed;
  const counting = progress !== null && (await ticketCount(session)) > LARGE_TICKET_COUNT ? progress.step("evaluating tickets") : undefined;
  let rows: AttainmentRow[];
  try {
    for (const statement of exported.statements) await session.run(statement);
    rows = await readAttainment(session, e.options.by, counting);
  } catch (error) {
    progress?.end();
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
    const d = diagnostic(CliCodes.EngineFailed, `DuckDB could not evaluate the SQL of \`${e.bundle.policy.id}\`: ${reason}`, wholeFile(e.policy));
    await printDiagnostics(io, [d], [], TEXT, true);
    return Exit.failed;
  }
  progress?.end();
  await io.stdout(formatAttainment(rows, e.options.format));
  return Exit.ok;
}

/** A tickets or events file as given and resolved, or why it is not there. */
async function inputFile(io: Io, given: string): Promise<InputFile | Diagnostic> {
  const absolute = path.resolve(io.cwd, given);
  const info = await stat(absolute).catch(() => null);
  if (info === null) return diagnostic(CliCodes.FileNotFound, `no such file \`${given}\``, wholeFile(given));
  if (!info.isFile()) return diagnostic(CliCodes.BadInputFile, `\`${given}\` is not a file`, wholeFile(given));
  return { given, absolute };
}
