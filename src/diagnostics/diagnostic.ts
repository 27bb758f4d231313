/** A position in a source text: 1-based line and column, 0-based offset. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A span of a source file; `end` is exclusive. */
export interface Range {
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
}

/** How bad a diagnostic is: errors stop a build, warnings do not. */
export type Severity = "error" | "warning";

/** Another place a diagnostic refers to, such as the first of two duplicate definitions. */
export interface RelatedInformation {
  readonly message: string;
  readonly range: Range;
}

/** One problem found in a policy, as data. */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly hint?: string;
  readonly related?: readonly RelatedInformation[];
}

/** What every stage returns: its value and the diagnostics it found. */
export interface Result<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** True when any of the diagnostics is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Orders diagnostics by file, then position, then code, so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.range.file !== b.range.file) return a.range.file < b.range.file ? -1 : 1;
  return a.range.start.offset - b.range.start.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
