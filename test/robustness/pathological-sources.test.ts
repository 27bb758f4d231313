/**
 * Pathological sources: each compiles to diagnostics (or to nothing wrong), never to a
 * throw, and every diagnostic's range lies inside its text.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../src/pipeline.js";
import { MAX_WORD } from "../../src/syntax/scanner.js";

/** Compiles a text and checks what any input must give: no throw, ranges inside the text. */
function compiled(text: string) {
  const result = compile(text, "p.sla");
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of result.diagnostics) {
    expect(d.range.start.line, d.message.slice(0, 200)).toBeGreaterThanOrEqual(1);
    expect(d.range.end.line).toBeLessThanOrEqual(lines.length);
    expect(d.message.length, "a message quotes a bounded part of the text").toBeLessThan(1_000);
  }
  return result;
}

const codes = (text: string) => compiled(text).diagnostics.map((d) => d.code);

describe("pathological sources", () => {
  it("read a string of nine million characters, and one of five million escapes", () => {
    expect(codes(`policy p {\n  note "${"x".repeat(9_000_000)}"\n}\n`)).toEqual([]);
    expect(codes(`policy p {\n  note "${"\\n".repeat(5_000_000)}"\n}\n`)).toEqual([]);
  });

  it("refuse a word longer than MAX_WORD characters once, with SLA1014, whatever its kind", () => {
    for (const word of ["a-".repeat(MAX_WORD), "Europe/".repeat(MAX_WORD), "1h".repeat(MAX_WORD), "9".repeat(MAX_WORD + 1)]) {
      const result = compiled(`policy p {\n  calendar c { zone ${word} }\n}\n`);
      expect(result.diagnostics.filter((d) => d.code === "SLA1014")).toHaveLength(1);
      expect(result.diagnostics.find((d) => d.code === "SLA1014")!.range.start).toEqual({ line: 2, column: 21, offset: 31 });
    }
    // A word of exactly MAX_WORD characters is read as a word.
    expect(codes(`policy ${"a".repeat(MAX_WORD)} {\n}\n`)).not.toContain("SLA1014");
  });

  it("refuse 100,000 nested braces with one diagnostic", () => {
    expect(codes(`policy p ${"{".repeat(100_000)}${"}".repeat(100_000)}`)).toContain("SLA1012");
  });

  it("read an empty file, a file of white space, and a binary file", () => {
    expect(compiled("").bundles).toEqual([]);
    expect(compiled(" \n\t\r\n").bundles).toEqual([]);
    const binary = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    expect(compiled(binary).diagnostics.length).toBeGreaterThan(0);
  });

  it("read a byte-order mark, CRLF and lone CR line ends like LF", () => {
    const policy = ["policy p {", "  first_response 4h 24x7", "}", ""];
    const lf = compiled(policy.join("\n"));
    expect(lf.diagnostics).toEqual([]);
    for (const text of [`\ufeff${policy.join("\n")}`, policy.join("\r\n"), policy.join("\r")]) {
      const result = compiled(text);
      expect(result.diagnostics).toEqual([]);
      expect(result.bundles[0]!.targets).toEqual(lf.bundles[0]!.targets);
    }
  });

  it("report control characters outside strings as unexpected characters", () => {
    expect(codes("policy p {\n  \x1b[2J\x07\n}\n")).toContain("SLA1001");
  });
});
