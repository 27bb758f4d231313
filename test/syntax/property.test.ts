/** The parser never throws, always returns a SourceFile, and every range it gives is valid. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Range } from "../../src/diagnostics/diagnostic.js";
import { parse, keywords } from "../../src/syntax/index.js";
import { KITCHEN_SINK } from "../helpers/kitchen-sink.js";

const small = `policy kustomer "Kustomer Support" {
  calendar business "Business hours" { zone America/New_York open sun 18:00 - fri 21:00 }
  channel email "Email" { contact "support@kustomer.com" severity always medium }
  severity critical "Critical" { description "Complete downtime" }
  first_response {
    medium   2h business, otherwise next business day
    critical 15m 24x7
    tier premium { channel email { none } }
  }
}`;

/** The line and column of every offset of a text, counted the slow and obvious way. */
function positions(text: string): { line: number; column: number }[] {
  const all = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i <= text.length; i++) {
    all.push({ line, column });
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) {
      line++;
      column = 1;
    } else column++;
  }
  return all;
}

/** What is wrong with a range, if anything. */
function rangeProblem(text: string, expected: { line: number; column: number }[], range: Range): string | undefined {
  const { start, end } = range;
  if (range.file !== "fuzz.sla") return `file ${range.file}`;
  if (!(0 <= start.offset && start.offset <= end.offset && end.offset <= text.length)) return `offsets ${start.offset}-${end.offset}`;
  for (const position of [start, end]) {
    const want = expected[position.offset]!;
    if (position.line !== want.line || position.column !== want.column) {
      return `offset ${position.offset} at ${position.line}:${position.column}, expected ${want.line}:${want.column}`;
    }
  }
  return undefined;
}

/** Parses and checks everything that must hold for any input. */
function parsesSafely(text: string): void {
  const { value, diagnostics } = parse(text, "fuzz.sla");
  const expected = positions(text);
  const problems: string[] = [];
  if (value.kind !== "SourceFile") problems.push(`value is a ${value.kind}`);
  for (const d of diagnostics) {
    if (!/^SLA1\d{3}$/.test(d.code)) problems.push(`code ${d.code}`);
    if (!/^[a-z`]/.test(d.message)) problems.push(`message ${d.message}`);
    const problem = rangeProblem(text, expected, d.range);
    if (problem) problems.push(`diagnostic ${d.code} ${d.message}: ${problem}`);
  }
  JSON.stringify(value, (key, node: unknown) => {
    const problem = key === "range" ? rangeProblem(text, expected, node as Range) : undefined;
    if (problem) problems.push(`node: ${problem}`);
    return node;
  });
  expect(problems).toEqual([]);
}

/** Words and literals of the language, to build inputs that get deep into the grammar. */
const vocabulary = [
  ...keywords,
  ...["{", "}", ",", "-", ">", ">=", "24x7"],
  ...['"s"', '"a\\qb"', '"open', "x", "mon-fri", "sun", "Europe/Berlin", "UTC", "critical", "first_response"],
  ...["2", "1.5", "99.9%", "15m", "1h30m", "09:00", "24:00", "09:75", "2026-12-24", "2026-02-30", "2026-03-27T20:00Z", "9am", "~", "/*", "//"],
];

const tokenSoup = fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }).map((words) => words.join(" "));

const mutation = (base: string) =>
  fc
    .tuple(fc.nat(base.length), fc.nat(40), fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 4 })))
    .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));

describe("parser robustness", () => {
  it("handles any string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), parsesSafely), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), parsesSafely), { numRuns: 200 });
  });

  it("handles any sequence of the language's own words", () => {
    fc.assert(fc.property(tokenSoup, parsesSafely), { numRuns: 500 });
    fc.assert(fc.property(tokenSoup, (soup) => parsesSafely(`policy p { ${soup} }`)), { numRuns: 500 });
  });

  it("handles any edit of a valid policy", () => {
    fc.assert(fc.property(mutation(small), parsesSafely), { numRuns: 500 });
    fc.assert(fc.property(mutation(KITCHEN_SINK), parsesSafely), { numRuns: 200 });
    const twoEdits = mutation(small).chain((once) => mutation(once));
    fc.assert(fc.property(twoEdits, parsesSafely), { numRuns: 300 });
  });

  it("handles line breaks of every style", () => {
    parsesSafely(small.replace(/\n/g, "\r\n") + "\r\n~");
    parsesSafely(small.replace(/\n/g, "\r") + "\r~\r\n~");
  });

  it("refuses pathological nesting with a diagnostic instead of overflowing the stack", () => {
    const deep = `policy p { first_response { ${"tier a { ".repeat(5000)} } }`;
    const { value, diagnostics } = parse(deep, "fuzz.sla");
    expect(value.policies).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(["SLA1012"]);
    const braces = [...deep.matchAll(/\{/g)].map((m) => m.index);
    expect(diagnostics[0]!.range.start.offset).toBe(braces[32]);
    parsesSafely(deep);
  });

  it("gives the same result for the same text, whatever was parsed before", () => {
    const first = parse(KITCHEN_SINK, "k.sla");
    parse("policy p { calendar c { open 9am } ", "other.sla");
    expect(parse(KITCHEN_SINK, "k.sla")).toEqual(first);
  });
});
