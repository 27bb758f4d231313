/**
 * The shared harness of the tests, after graphql-js's `expectValidationErrors`: a
 * policy's source in, its diagnostics out as `line:column code message` strings that read
 * like the CLI's output (syntax.ts adds the syntax tests' helpers).
 */
import { expect } from "vitest";
import type { Policy, SourceFile } from "../../src/ast/nodes.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { check } from "../../src/semantics/check.js";
import type { Rule } from "../../src/semantics/context.js";
import { parse } from "../../src/syntax/index.js";

/** The file name test sources are parsed under. */
export const TEST_FILE = "test.sla";

/** Removes the common indentation of a template literal and its first and last empty lines. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, "").replace(/\n[ \t]*$/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

/** A policy `p` around a body, so that the body's first line is line 2 of the source. */
export function policy(body: string): string {
  return `policy p {\n${dedent(body)}\n}\n`;
}

/** Parses source that must be free of syntax errors (a test about checks must not depend on recovery). */
export function parseClean(source: string): SourceFile {
  const parsed = parse(source, TEST_FILE);
  expect(parsed.diagnostics.map((d) => format(d)), "the test source has syntax errors").toEqual([]);
  return parsed.value;
}

/** The only policy of a source. */
export function parsePolicy(source: string): Policy {
  const file = parseClean(source);
  expect(file.policies).toHaveLength(1);
  return file.policies[0]!;
}

/** What `format` adds to a diagnostic's line. */
export interface FormatOptions {
  /** ` (hint)` at the end, when the diagnostic has one. */
  readonly hint?: boolean;
  /** The end of the range too: `line:column-line:column`. */
  readonly end?: boolean;
  /** The line counted as line 1 (default 1), for positions relative to part of a source. */
  readonly firstLine?: number;
}

/**
 * A diagnostic as one line, `line:column code message`: the one format of the tests'
 * diagnostics (`3:18-3:21 SLA1005 expected …` with the range's end).
 */
export function format(diagnostic: Diagnostic, options: FormatOptions = {}): string {
  const { start, end } = diagnostic.range;
  const shift = (options.firstLine ?? 1) - 1;
  const at = `${start.line - shift}:${start.column}${options.end ? `-${end.line - shift}:${end.column}` : ""}`;
  const hint = options.hint && diagnostic.hint ? ` (${diagnostic.hint})` : "";
  return `${at} ${diagnostic.code} ${diagnostic.message}${hint}`;
}

/** The diagnostics of `source` from the given rules (default: all), checked. */
export function diagnosticsOf(source: string, rules?: readonly Rule[]): readonly Diagnostic[] {
  return check(parseClean(source), rules ? { rules } : {}).diagnostics;
}

/** The diagnostics of `source` from one rule as `line:column code message` strings. */
export function errorsOf(rule: Rule, source: string, withHints = false): string[] {
  return diagnosticsOf(source, [rule]).map((d) => format(d, { hint: withHints }));
}

/** Asserts that `rule` reports exactly `expected` on `source`. */
export function expectErrors(rule: Rule, source: string, expected: readonly string[]): void {
  expect(errorsOf(rule, source)).toEqual(expected);
}

/** Asserts that `rule` reports nothing on `source`. */
export function expectValid(rule: Rule, source: string): void {
  expectErrors(rule, source, []);
}

/** Asserts that all rules together report nothing on `source`. */
export function expectClean(source: string): void {
  expect(diagnosticsOf(source).map((d) => format(d))).toEqual([]);
}

/**
 * The diagnostics of one rule on an AST the parser would never build: `source` is parsed
 * (cleanly), deep-copied, and changed by `edit`. Checks stay defensive against ASTs from
 * other producers, and this is how their defensive paths are tested.
 */
export function errorsOfEdited(rule: Rule, source: string, edit: (file: { policies: Policy[] }) => void): string[] {
  const file = structuredClone(parseClean(source)) as unknown as { policies: Policy[] };
  edit(file);
  return check(file as unknown as SourceFile, { rules: [rule] }).diagnostics.map((d) => format(d));
}
