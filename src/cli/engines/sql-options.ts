/**
 * What `slac sql` and `slac report` read alike: the column mapping file, the `--years`
 * option, and the SQL export's errors as diagnostics.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Bundle } from "../../contract/bundle.js";
import { CliCodes } from "../../diagnostics/codes/cli.js";
import type { Diagnostic, Position, Range } from "../../diagnostics/diagnostic.js";
import { report } from "../../diagnostics/registry.js";
import type { RuntimeError } from "../../runtime/index.js";
import type { ColumnMapping, SqlExport, SqlOptions } from "../../sql/index.js";
import { projectPath, wholeFile } from "../files.js";
import type { Io } from "../io.js";
import { type DiagnosticOptions, printDiagnostics } from "../print.js";

/** A diagnostic from an error value of the SQL export (or its mapping reader), on a range. */
export function errorDiagnostic(error: RuntimeError, range: Range): Diagnostic {
  return { code: error.code, severity: "error", message: error.message, range, ...(error.hint !== undefined ? { hint: error.hint } : {}) };
}

/** The position of an offset in a text (1-based line and column). */
function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line, column, offset };
}

/**
 * Where a JSON syntax error is, when the parser said (`… at position 42`): one character
 * at that offset; otherwise the whole file.
 */
function syntaxRange(file: string, text: string, message: string): Range {
  const match = / at position (\d+)/.exec(message);
  if (match === null) return wholeFile(file);
  // The reader strips a byte-order mark before parsing, so its offsets start after it.
  const offset = Math.min(Number(match[1]) + (text.charCodeAt(0) === 0xfeff ? 1 : 0), text.length);
  const start = positionAt(text, offset);
  return { file, start, end: { ...start, column: start.column + 1, offset: offset + 1 } };
}

/**
 * The column mapping `--columns` names (undefined: the defaults), or null when the file
 * cannot be read or is not a mapping, which is printed.
 */
export async function columnMappingFor(io: Io, given: string | undefined, options: DiagnosticOptions, toStderr = false): Promise<ColumnMapping | undefined | null> {
  if (given === undefined) return undefined;
  const absolute = path.resolve(io.cwd, given);
  const file = projectPath(io.cwd, absolute);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const reason = error instanceof Error ? error.message : String(error);
    const d = missing
      ? report(CliCodes.FileNotFound, `no such file \`${given}\``, wholeFile(given))
      : report(CliCodes.UnreadableFile, `cannot read \`${given}\`: ${reason}`, wholeFile(given));
    await printDiagnostics(io, [d], [], options, toStderr);
    return null;
  }
  const { readColumnMapping } = await import("../../sql/index.js");
  const mapping = readColumnMapping(text);
  if (mapping.ok) return mapping.value;
  const d = errorDiagnostic(mapping.error, syntaxRange(file, text, mapping.error.message));
  await printDiagnostics(io, [d], [{ file, text }], options, toStderr);
  return null;
}

/** `--years 2020-2030` (or one year, `2026`) as the years the calendar tables cover, or null when it is neither. */
export function parseYears(text: string): { readonly from: number; readonly to: number } | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (match === null) return null;
  return { from: Number(match[1]), to: Number(match[2] ?? match[1]) };
}

/** Prints that `--years` is not of its form; the caller exits with a usage error. */
export async function printBadYears(io: Io, text: string, options: DiagnosticOptions, toStderr = false): Promise<void> {
  const d = report(CliCodes.BadOption, `\`--years ${text}\` is not a range of years`, wholeFile("--years"), { hint: "give the first and the last year, as in `--years 2020-2030`" });
  await printDiagnostics(io, [d], [], options, toStderr);
}

/**
 * The SQL export of a loaded policy, or null when the export refuses it, which is printed
 * against the policy file.
 */
export async function exportFor(io: Io, bundle: Bundle, policy: string, sqlOptions: SqlOptions, options: DiagnosticOptions, toStderr = false): Promise<SqlExport | null> {
  const { sqlExport } = await import("../../sql/index.js");
  const exported = sqlExport(bundle, sqlOptions);
  if (exported.ok) return exported.value;
  await printDiagnostics(io, [errorDiagnostic(exported.error, wholeFile(projectPath(io.cwd, path.resolve(io.cwd, policy))))], [], options, toStderr);
  return null;
}
