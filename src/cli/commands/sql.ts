import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { CliCodes } from "../../diagnostics/codes/cli.js";
import { report } from "../../diagnostics/registry.js";
import type { Dialect, SqlFile } from "../../sql/index.js";
import { columnMappingFor, exportFor, parseYears, printBadYears } from "../engines/sql-options.js";
import { wholeFile } from "../files.js";
import { Exit, type Io } from "../io.js";
import { loadPolicy } from "../load.js";
import { type DiagnosticOptions, printDiagnostics } from "../print.js";

/** Options of `slac sql`. */
export interface SqlCommandOptions extends DiagnosticOptions {
  readonly dialect: Dialect;
  readonly out: string;
  /** A column mapping file (JSON). */
  readonly columns?: string;
  /** `2020-2030`: the UTC years the calendar tables cover. */
  readonly years?: string;
  readonly schema?: string;
  readonly now?: string;
  /** How the tables' rows are written: data.sql (`inserts`), or a CSV file per table. */
  readonly data?: "inserts" | "csv";
}

/**
 * `slac sql`: the policy as SQL for one engine, written into the output folder as
 * schema.sql, data.sql and query.sql. Each file is replaced atomically, and nothing else in
 * the folder is touched. Problems are printed as `slac build` prints them (JSON on standard
 * output with `--format json`).
 */
export async function sql(io: Io, policy: string, options: SqlCommandOptions): Promise<number> {
  if (options.out.trim() === "") {
    const d = report(CliCodes.BadOption, "`--out` names no folder", wholeFile("--out"), { hint: "give the folder to write into, such as `--out sql`" });
    await printDiagnostics(io, [d], [], options);
    return Exit.usage;
  }
  const years = options.years === undefined ? undefined : parseYears(options.years);
  if (years === null) {
    await printBadYears(io, options.years!, options);
    return Exit.usage;
  }
  const loaded = await loadPolicy(io.cwd, policy);
  if (loaded.bundle === null) {
    await printDiagnostics(io, loaded.diagnostics.filter((d) => d.severity === "error"), loaded.sources, options);
    return Exit.failed;
  }
  const columns = await columnMappingFor(io, options.columns, options);
  if (columns === null) return Exit.failed;
  const exported = await exportFor(
    io,
    loaded.bundle,
    policy,
    { dialect: options.dialect, columns, years, schema: options.schema ?? null, now: options.now ?? null, data: options.data ?? "inserts" },
    options,
  );
  if (exported === null) return Exit.failed;
  const unsafe = exported.files.filter((f) => !isPlainName(f.name));
  if (unsafe.length > 0) {
    const ds = unsafe.map((f) => report(CliCodes.UnsafeOutputName, `the SQL export names a file \`${f.name}\`, which is not a plain file name`, wholeFile(options.out), { hint: "this is a bug of slac; nothing was written" }));
    await printDiagnostics(io, ds, [], options);
    return Exit.failed;
  }
  try {
    await writeEach(path.resolve(io.cwd, options.out), exported.files);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const d = report(CliCodes.WriteFailed, `cannot write to \`${options.out}\`: ${reason}`, wholeFile(options.out));
    await printDiagnostics(io, [d], [], options);
    return Exit.failed;
  }
  if (options.format === "json") {
    // As `slac build --format json`: the diagnostics, none.
    await printDiagnostics(io, [], [], options);
  } else {
    const count = exported.files.length;
    await io.stdout(`wrote ${count} ${count === 1 ? "file" : "files"} for \`${loaded.bundle.policy.id}\` (${options.dialect}) into ${options.out}\n`);
  }
  return Exit.ok;
}

/** A name that stays in its folder: no separator, not `.` or `..`, not empty. */
function isPlainName(name: string): boolean {
  return name !== "" && name !== "." && name !== ".." && !/[/\\\0]/.test(name);
}

/**
 * Writes each file beside its final name and renames it into place, so that a reader sees
 * the old file or the new one, never half of one; a failed write leaves no temporary file.
 */
async function writeEach(folder: string, files: readonly SqlFile[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const file of files) {
    const temporary = path.join(folder, `.${file.name}.slac-${randomBytes(6).toString("hex")}.tmp`);
    try {
      await writeFile(temporary, file.text, { encoding: "utf8", flag: "wx" });
      await rename(temporary, path.join(folder, file.name));
    } finally {
      await rm(temporary, { force: true });
    }
  }
}
