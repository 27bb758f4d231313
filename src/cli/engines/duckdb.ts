/**
 * Embedded DuckDB, for `slac report`. `@duckdb/node-api` is an optional peer dependency (a
 * native module of some 70 MB), so it is loaded here only, when that command runs: a `slac`
 * installed without it runs every other command, and says what to install when asked for a
 * report.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { stringLiteral } from "../../sql/dialects.js";

/** The package that embeds DuckDB, and the version slac is tested with. */
export const DUCKDB_PACKAGE = "@duckdb/node-api";
/** The version of `DUCKDB_PACKAGE` slac is tested with (its peer dependency). */
export const DUCKDB_VERSION = "1.5.6-r.1";

/**
 * The environment variable naming the module to load instead of `@duckdb/node-api`. Tests set
 * it to a name no package has, to see what a user without DuckDB is told; nothing else should.
 */
export const DUCKDB_MODULE_VARIABLE = "SLAC_DUCKDB_MODULE";

type DuckDbModule = typeof import("@duckdb/node-api");

/** The loaded package, or why it could not be loaded (`missing`: it is not installed). */
export type EngineLoad = { readonly ok: true; readonly module: DuckDbModule } | { readonly ok: false; readonly missing: boolean; readonly reason: string };

/** Loads `@duckdb/node-api` (or the module `SLAC_DUCKDB_MODULE` names). */
export async function loadDuckDb(env: Readonly<Record<string, string | undefined>>): Promise<EngineLoad> {
  const specifier = env[DUCKDB_MODULE_VARIABLE] || DUCKDB_PACKAGE;
  let loaded: DuckDbModule & { default?: DuckDbModule };
  try {
    loaded = (await import(specifier)) as DuckDbModule & { default?: DuckDbModule };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, missing: isMissing(error, specifier), reason };
  }
  // A CommonJS package: Node names its exports, other loaders may give them as `default` only.
  const module = typeof loaded.DuckDBInstance === "function" ? loaded : loaded.default;
  if (module === undefined || typeof module.DuckDBInstance !== "function") {
    return { ok: false, missing: false, reason: `\`${specifier}\` has no \`DuckDBInstance\`` };
  }
  return { ok: true, module };
}

/** Whether an import failed because the package itself is not installed (not because it is broken). */
function isMissing(error: unknown, specifier: string): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : "";
  const named = message.includes(`'${specifier}'`) || message.includes(`"${specifier}"`);
  // Node says ERR_MODULE_NOT_FOUND; Vite-based loaders (vitest) say they failed to load the url.
  return named && (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /Cannot find (package|module)|Failed to (load|resolve)/.test(message));
}

/** The name and type of a column of a query's result, as DuckDB describes it. */
export interface ColumnType {
  readonly name: string;
  /** DuckDB's spelling: `VARCHAR`, `TIMESTAMP WITH TIME ZONE`, `STRUCT("type" VARCHAR, …)[]`, … */
  readonly type: string;
}

/** What a running statement reports: its share done (0 to 100), or null while DuckDB cannot tell. */
export type ProgressListener = (percentage: number | null) => void;

/** One in-memory DuckDB database and its connection, in UTC. */
export interface DuckDbSession {
  /** Runs a statement; with a listener, on this thread task by task, reporting progress. */
  run(sql: string, progress?: ProgressListener): Promise<void>;
  /** The rows of a query, as JavaScript values (BIGINT as bigint). */
  rows(sql: string, progress?: ProgressListener): Promise<Record<string, unknown>[]>;
  /** The columns a query gives, without running it to the end. */
  columns(sql: string): Promise<ColumnType[]>;
  /** Closes the database and removes its spill folder. */
  close(): Promise<void>;
}

/** How often, at most, progress is reported (ms). */
const PROGRESS_EVERY = 100;

/**
 * Opens an in-memory database. Its session time zone is UTC, so that casts between
 * `TIMESTAMP WITH TIME ZONE` and `TIMESTAMP` give UTC whatever the machine's zone; what does
 * not fit in memory spills into a fresh folder under the system's temporary folder (DuckDB's
 * default would be `.tmp` in the working directory).
 */
export async function openDuckDb(module: DuckDbModule): Promise<DuckDbSession> {
  const spill = await mkdtemp(path.join(tmpdir(), "slac-duckdb-"));
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  try {
    instance = await module.DuckDBInstance.create(":memory:", { temp_directory: spill });
    connection = await instance.connect();
    await connection.run("SET TimeZone = 'UTC'");
  } catch (error) {
    await rm(spill, { recursive: true, force: true });
    throw error;
  }
  let progressOn = false;
  /** Runs a statement task by task on this thread, which is what makes DuckDB measure its progress. */
  const stepped = async (sql: string, listener: ProgressListener) => {
    if (!progressOn) {
      // Progress is measured only with the progress bar on; DuckDB must not print its own.
      await connection.run("SET enable_progress_bar = true");
      await connection.run("SET enable_progress_bar_print = false");
      await connection.run("SET progress_bar_time = 0");
      progressOn = true;
    }
    const pending = await connection.start(sql);
    const { DuckDBPendingResultState } = module;
    let last = 0;
    for (;;) {
      const state = pending.runTask();
      if (state === DuckDBPendingResultState.RESULT_READY) break;
      const now = Date.now();
      if (now - last >= PROGRESS_EVERY) {
        last = now;
        const { percentage } = connection.progress;
        listener(percentage >= 0 ? Math.min(percentage, 100) : null);
        // Lets the output reach the terminal between tasks.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // The other threads have every task: wait for them rather than spin.
      if (state === DuckDBPendingResultState.NO_TASKS_AVAILABLE) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return pending;
  };
  return {
    async run(sql, progress) {
      if (progress === undefined) await connection.run(sql);
      else await (await stepped(sql, progress)).getResult();
    },
    async rows(sql, progress) {
      const reader = progress === undefined ? await connection.runAndReadAll(sql) : await (await stepped(sql, progress)).readAll();
      return reader.getRowObjectsJS();
    },
    async columns(sql) {
      const reader = await connection.runAndReadAll(`DESCRIBE ${sql}`);
      return reader.getRowObjectsJS().map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
      await rm(spill, { recursive: true, force: true });
    },
  };
}

/** A string as a SQL literal, spelt as the SQL export spells DuckDB's. */
export function sqlString(value: string): string {
  return stringLiteral("duckdb", value);
}

/** A name as a quoted SQL identifier. */
export function sqlName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
