import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** How diagnostics are shown: for people (text, optionally colored) or for programs (json). */
export interface ReportOptions {
  readonly format: "text" | "json";
  readonly color: boolean;
  /** The text of each file by name, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
}

/** Whether output should be colored: never with NO_COLOR or when not a terminal. */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return isTTY;
}

/** Renders diagnostics as text (one block per diagnostic) or as a JSON array. */
export async function formatDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions): Promise<string> {
  if (options.format === "json") return JSON.stringify(diagnostics, null, 2) + "\n";
  if (diagnostics.length === 0) return "";
  const [{ codeFrameColumns }, pc] = await Promise.all([import("@babel/code-frame"), import("picocolors")]);
  const colors = pc.default.createColors(options.color);
  const blocks = diagnostics.map((d) => {
    const { file, start, end } = d.range;
    const where = start.line > 0 ? `${file}:${start.line}:${start.column}` : file;
    const label = d.severity === "error" ? colors.red(colors.bold("error")) : colors.yellow(colors.bold("warning"));
    const lines = [`${colors.bold(where)}: ${label} ${colors.dim(d.code)}: ${d.message}`];
    const source = options.sources.get(file);
    if (source !== undefined && start.line > 0) {
      // code-frame marks columns [start, end) on one line; a range spanning lines is
      // marked to the end of its first line, which keeps the frame short.
      const sameLine = end.line === start.line;
      const endColumn = sameLine ? Math.max(end.column, start.column + 1) : undefined;
      const location = {
        start: { line: start.line, column: start.column },
        ...(endColumn !== undefined ? { end: { line: start.line, column: endColumn } } : {}),
      };
      lines.push(codeFrameColumns(source, location, { highlightCode: options.color, forceColor: options.color }));
    }
    if (d.hint !== undefined) lines.push(`  ${colors.cyan("help")}: ${d.hint}`);
    for (const r of d.related ?? []) {
      lines.push(`  ${colors.dim("note")}: ${r.message} (${r.range.file}:${r.range.start.line}:${r.range.start.column})`);
    }
    return lines.join("\n");
  });
  return blocks.join("\n\n") + "\n";
}

/** One line counting errors and warnings, e.g. `2 errors, 1 warning`. */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
