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

/** At most this many diagnostics of one file are shown as text; the rest are counted in one line. */
export const SHOWN_PER_FILE = 100;

/** A code frame shows at most this many characters of a line, around the marked column. */
export const FRAME_WIDTH = 120;

/** How far left of the marked column a cut line starts. */
const FRAME_LEAD = 40;

/** The lines above and below the marked one that a code frame shows (code-frame's defaults). */
const LINES_ABOVE = 2;
const LINES_BELOW = 3;

/**
 * Text a terminal could take for commands, shown instead as visible stand-ins of the same
 * length: C0 controls (but tab) and DEL as their Unicode control pictures (␛ for ESC),
 * C1 controls and the bidirectional overrides (which can make a line read other than it is)
 * as U+FFFD. A crafted file cannot clear the terminal or hide what a line says.
 */
export function visible(text: string): string {
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f]|[\x80-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x7f) return "\u2421";
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return "\ufffd";
  });
}

/** The start offset of each line of a text, found once per file. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * The lines of a code frame around `line`, each cut to FRAME_WIDTH characters around the
 * marked column (with `…` where a cut line goes on) and made visible, and the column of
 * the mark in the cut line. The frame costs the lines it shows, not the file's size.
 */
function excerpt(text: string, starts: readonly number[], line: number, column: number): { lines: string; first: number; column: number } {
  const first = Math.max(1, line - LINES_ABOVE);
  const last = Math.min(starts.length, line + LINES_BELOW);
  const from = Math.max(0, column - 1 - FRAME_LEAD);
  const cut = (n: number): string => {
    const start = starts[n - 1]!;
    const end = n < starts.length ? starts[n]! : text.length;
    const whole = text.slice(start, Math.min(end, start + from + FRAME_WIDTH + 1)).replace(/\r?\n$|\r$/, "");
    let shown = whole.slice(from, from + FRAME_WIDTH);
    if (from > 0 && whole.length > 0) shown = `…${shown}`;
    if (whole.length > from + FRAME_WIDTH) shown = `${shown}…`;
    return visible(shown);
  };
  const lines: string[] = [];
  for (let n = first; n <= last; n++) lines.push(cut(n));
  return { lines: lines.join("\n"), first, column: column - from + (from > 0 ? 1 : 0) };
}

/**
 * Renders diagnostics as text (one block per diagnostic, at most SHOWN_PER_FILE per file,
 * then a line counting the rest) or as a JSON array (all of them).
 */
export async function formatDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions): Promise<string> {
  if (options.format === "json") return JSON.stringify(diagnostics, null, 2) + "\n";
  if (diagnostics.length === 0) return "";
  const [{ codeFrameColumns }, pc] = await Promise.all([import("@babel/code-frame"), import("picocolors")]);
  const colors = pc.default.createColors(options.color);
  const indexes = new Map<string, number[]>();
  const shown = new Map<string, number>();
  const blocks: string[] = [];
  for (const d of diagnostics) {
    const { file, start, end } = d.range;
    const count = (shown.get(file) ?? 0) + 1;
    shown.set(file, count);
    if (count > SHOWN_PER_FILE) continue;
    const where = start.line > 0 ? `${file}:${start.line}:${start.column}` : file;
    const label = d.severity === "error" ? colors.red(colors.bold("error")) : colors.yellow(colors.bold("warning"));
    const lines = [`${colors.bold(visible(where))}: ${label} ${colors.dim(d.code)}: ${visible(d.message)}`];
    const source = options.sources.get(file);
    if (source !== undefined && start.line > 0) {
      let starts = indexes.get(file);
      if (starts === undefined) indexes.set(file, (starts = lineStarts(source)));
      const frame = excerpt(source, starts, start.line, start.column);
      // code-frame marks columns [start, end) on one line; a range spanning lines is
      // marked to the end of its first line, which keeps the frame short.
      const sameLine = end.line === start.line;
      const width = sameLine ? Math.max(end.column - start.column, 1) : undefined;
      const endColumn = width === undefined ? undefined : Math.min(frame.column + width, FRAME_WIDTH + 3);
      const location = {
        start: { line: start.line, column: frame.column },
        ...(endColumn !== undefined ? { end: { line: start.line, column: endColumn } } : {}),
      };
      const frameOptions = { highlightCode: options.color, forceColor: options.color, startLine: frame.first };
      lines.push(codeFrameColumns(frame.lines, location, frameOptions));
    }
    if (d.hint !== undefined) lines.push(`  ${colors.cyan("help")}: ${visible(d.hint)}`);
    for (const r of d.related ?? []) {
      lines.push(`  ${colors.dim("note")}: ${visible(r.message)} (${visible(r.range.file)}:${r.range.start.line}:${r.range.start.column})`);
    }
    blocks.push(lines.join("\n"));
  }
  for (const [file, count] of shown) {
    if (count > SHOWN_PER_FILE) blocks.push(`${colors.bold(visible(file))}: ${count - SHOWN_PER_FILE} more diagnostics not shown (\`--format json\` lists them all)`);
  }
  return blocks.join("\n\n") + "\n";
}

/** One line counting errors and warnings, e.g. `2 errors, 1 warning`. */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
