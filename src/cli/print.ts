import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Io } from "./io.js";
import { formatDiagnostics, useColor } from "./report.js";

/** The option every command that reports diagnostics takes. */
export interface DiagnosticOptions {
  readonly format: "text" | "json";
}

/**
 * Prints diagnostics: text to standard error, JSON to standard output, unless `toStderr`
 * (for commands whose standard output carries answers).
 */
export async function printDiagnostics(
  io: Io,
  diagnostics: readonly Diagnostic[],
  sources: readonly { file: string; text: string }[],
  options: DiagnosticOptions,
  toStderr = false,
): Promise<void> {
  if (options.format === "text" && diagnostics.length === 0) return;
  const text = await formatDiagnostics(diagnostics, {
    format: options.format,
    color: useColor(io.env, io.isTTY),
    sources: new Map(sources.map((s) => [s.file, s.text])),
  });
  if (options.format === "json" && !toStderr) await io.stdout(text);
  else io.stderr(text);
}
