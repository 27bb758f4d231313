/** The syntax tests' helpers, beside the shared harness (diagnostics.ts) and in its line format. */
import { expect } from "vitest";
import type { Policy, PolicyItem } from "../../src/ast/nodes.js";
import type { Diagnostic, Range } from "../../src/diagnostics/diagnostic.js";
import { parse } from "../../src/syntax/index.js";
import { TEST_FILE, format, parsePolicy } from "./diagnostics.js";

/** A policy `p` around items, as written (not dedented), so that the first item line is line 2. */
function around(items: string): string {
  return `policy p {\n${items}\n}`;
}

/** Parses `policy p { <items> }`, which must be free of syntax errors, and returns its one policy. */
export function policyOf(items: string): Policy {
  return parsePolicy(around(items));
}

/** The only item of `policy p { <item> }`, checked to be of the given kind. */
export function itemOf<K extends PolicyItem["kind"]>(kind: K, item: string): Extract<PolicyItem, { kind: K }> {
  const { items } = policyOf(item);
  expect(items.map((i) => i.kind)).toEqual([kind]);
  return items[0] as Extract<PolicyItem, { kind: K }>;
}

/** A diagnostic as one line with its range's end: `3:18-3:21 SLA1005 expected …`. */
export function formatRange(diagnostic: Diagnostic): string {
  return format(diagnostic, { end: true });
}

/** The syntax diagnostics of a text, each as one line with its range's end. */
export function parseDiagnostics(text: string): string[] {
  return parse(text, TEST_FILE).diagnostics.map(formatRange);
}

/** The syntax diagnostics of `policy p { <items> }`, lines counted from the first item line. */
export function itemDiagnostics(items: string): string[] {
  return parse(around(items), TEST_FILE).diagnostics.map((d) => format(d, { end: true, firstLine: 2 }));
}

/** The source text a range covers. */
export function textAt(text: string, range: Range): string {
  return text.slice(range.start.offset, range.end.offset);
}

/** Deep copy without `range` properties, for comparing shapes. */
export function shape(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === "range" ? undefined : value)));
}
