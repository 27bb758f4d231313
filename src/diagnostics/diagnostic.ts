/** A position in a source text: 1-based line and column, 0-based offset. */
export interface Position {
  /** The line, from 1. */
  readonly line: number;
  /** The column, from 1, in UTF-16 code units. */
  readonly column: number;
  /** The offset into the text, from 0, in UTF-16 code units. */
  readonly offset: number;
}

/** A span of a source file; `end` is exclusive. */
export interface Range {
  /** The file as the caller named it (`compile`'s `file`). */
  readonly file: string;
  /** Where the span starts. */
  readonly start: Position;
  /** Where it ends: the first position after it. */
  readonly end: Position;
}

/** How bad a diagnostic is: errors stop a build, warnings do not. */
export type Severity = "error" | "warning";

/** Another place a diagnostic refers to, such as the first of two duplicate definitions. */
export interface RelatedInformation {
  /** What the other place is ("first defined here"). */
  readonly message: string;
  /** Where it is. */
  readonly range: Range;
}

/** One problem found in a policy, as data. */
export interface Diagnostic {
  /** The stable code (`SLA2003`), listed in docs/diagnostics.md; never reused. */
  readonly code: string;
  /** Whether it stops a build. */
  readonly severity: Severity;
  /** What is wrong: lowercase, no final period, the user's input in backticks. */
  readonly message: string;
  /** Where the problem is. */
  readonly range: Range;
  /** How to fix it, when there is something to say ("did you mean `X`?"). */
  readonly hint?: string;
  /** Other places the problem involves, such as a first definition. */
  readonly related?: readonly RelatedInformation[];
}

/** What every stage returns: its value and the diagnostics it found. */
export interface Result<T> {
  /** The stage's output, which it gives even when there are errors. */
  readonly value: T;
  /** The problems the stage found in its input. */
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
