import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { compareDiagnostics, hasErrors } from "../../diagnostics/diagnostic.js";
import { CliCodes } from "../../diagnostics/codes/cli.js";
import { report } from "../../diagnostics/registry.js";
import { formatSla } from "../../format/format.js";
import { collectSources, wholeFile } from "../files.js";
import { Exit, type Io } from "../io.js";
import { type DiagnosticOptions, printDiagnostics } from "../print.js";

/** The options of `slac fmt`. */
export interface FmtOptions extends DiagnosticOptions {
  /** List the files that would change, and change none. */
  readonly check?: boolean;
}

/** The name diagnostics give standard input. */
const stdinName = "<stdin>";

/**
 * Writes a file by renaming a finished copy over it, so that a reader (or a crash) never
 * sees it half written; the copy keeps the file's permissions.
 */
async function replaceFile(file: string, text: string): Promise<void> {
  const { mode } = await stat(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { mode, flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function readStdin(io: Io): Promise<string> {
  let text = "";
  for await (const chunk of io.stdin()) text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
  return text;
}

/** `slac fmt -`: standard input, formatted, to standard output; nothing on an error. */
async function formatStdin(io: Io, options: FmtOptions): Promise<number> {
  const text = await readStdin(io);
  const { value, diagnostics } = formatSla(text, stdinName);
  await printDiagnostics(io, diagnostics, [{ file: stdinName, text }], options, true);
  if (value === undefined) return Exit.failed;
  if (options.check === true) {
    if (value === text) return Exit.ok;
    await io.stdout(`${stdinName}\n`);
    return Exit.failed;
  }
  await io.stdout(value);
  return Exit.ok;
}

/**
 * `slac fmt`: rewrites each file in its canonical layout (or, with `--check`, lists the
 * files that would change). A file with syntax errors, or one the formatter cannot lay
 * out without changing its meaning, is left as it is and reported; the others are still
 * formatted.
 */
export async function fmt(io: Io, paths: readonly string[], options: FmtOptions): Promise<number> {
  if (paths.includes("-")) {
    if (paths.length === 1) return formatStdin(io, options);
    io.stderr("error: `-` (standard input) cannot be formatted together with files\n");
    return Exit.usage;
  }
  const { sources, diagnostics: found } = await collectSources(io.cwd, paths);
  const diagnostics: Diagnostic[] = [...found];
  const changed: string[] = [];
  for (const source of sources) {
    const result = formatSla(source.text, source.file);
    diagnostics.push(...result.diagnostics);
    if (result.value === undefined || result.value === source.text) continue;
    if (options.check !== true) {
      try {
        await replaceFile(path.resolve(io.cwd, source.file), result.value);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        diagnostics.push(report(CliCodes.WriteFailed, `cannot write \`${source.file}\`: ${reason}`, wholeFile(source.file)));
        continue;
      }
    }
    changed.push(source.file);
  }
  if (options.check === true) for (const file of changed) await io.stdout(`${file}\n`);
  await printDiagnostics(io, diagnostics.sort(compareDiagnostics), sources, options, true);
  if (options.format === "text") {
    const count = sources.length;
    const files = `${count} ${count === 1 ? "file" : "files"}`;
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const failed = errors > 0 ? `, ${errors} ${errors === 1 ? "error" : "errors"}` : "";
    const verb = options.check === true ? `checked ${files}: ${changed.length} not formatted` : `formatted ${files}: ${changed.length} changed`;
    io.stderr(`${verb}${failed}\n`);
  }
  if (hasErrors(diagnostics)) return Exit.failed;
  return options.check === true && changed.length > 0 ? Exit.failed : Exit.ok;
}
