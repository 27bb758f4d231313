/** Shared helpers for the syntax tests. */
import { expect } from "vitest";
import type { Policy, PolicyItem, SourceFile } from "../../src/ast/nodes.js";
import type { Diagnostic, Range } from "../../src/diagnostics/diagnostic.js";
import { parse } from "../../src/syntax/index.js";

/** Parses text that must have no diagnostics. */
export function parseValid(text: string): SourceFile {
  const { value, diagnostics } = parse(text, "test.sla");
  expect(diagnostics.map(brief)).toEqual([]);
  return value;
}

/** Parses `policy p { <items> }` that must be valid, and returns its one policy. */
export function policyOf(items: string): Policy {
  const file = parseValid(`policy p {\n${items}\n}`);
  expect(file.policies).toHaveLength(1);
  return file.policies[0]!;
}

/** The only item of `policy p { <item> }`, checked to be of the given kind. */
export function itemOf<K extends PolicyItem["kind"]>(kind: K, item: string): Extract<PolicyItem, { kind: K }> {
  const { items } = policyOf(item);
  expect(items.map((i) => i.kind)).toEqual([kind]);
  return items[0] as Extract<PolicyItem, { kind: K }>;
}

/** A diagnostic as one line: `SLA1005 3:18-3:21 expected …`. */
export function brief(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${d.code} ${start.line}:${start.column}-${end.line}:${end.column} ${d.message}`;
}

/** The diagnostics of a text, each as one line. */
export function diagnosticsOf(text: string): string[] {
  return parse(text, "test.sla").diagnostics.map(brief);
}

/** The diagnostics of `policy p { <items> }`, positions relative to the items (line 1 = first item line). */
export function itemDiagnostics(items: string): string[] {
  return diagnosticsOf(`policy p {\n${items}\n}`).map((line) =>
    line.replace(/ (\d+):(\d+)-(\d+):(\d+) /, (_, l1, c1, l2, c2) => ` ${l1 - 1}:${c1}-${l2 - 1}:${c2} `),
  );
}

/** The source text a range covers. */
export function textAt(text: string, range: Range): string {
  return text.slice(range.start.offset, range.end.offset);
}

/** Deep copy without `range` properties, for comparing shapes. */
export function shape(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === "range" ? undefined : value)));
}
