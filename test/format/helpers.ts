/** What the formatter's tests share: the policies they format, and ASTs compared without positions. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { formatSla } from "../../src/format/format.js";
import { parse } from "../../src/syntax/index.js";

export const repo = fileURLToPath(new URL("../..", import.meta.url));

function slaFiles(folder: string): string[] {
  return readdirSync(path.join(repo, folder))
    .filter((name) => name.endsWith(".sla"))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** The real policies, the documentation's examples and the kitchen sink, by repository path. */
export const corpus: readonly string[] = ["test/fixtures/kitchen-sink.sla", ...slaFiles("policies"), ...slaFiles("docs/examples")];

export function read(file: string): string {
  return readFileSync(path.join(repo, file), "utf8");
}

/** An AST as plain data without its positions; a line comment without trailing white space. */
export function withoutPositions(text: string, file = "x.sla"): unknown {
  const parsed = parse(text, file);
  expect(parsed.diagnostics.filter((d) => d.severity === "error"), `${file} parses`).toEqual([]);
  return JSON.parse(
    JSON.stringify(parsed.value, (key, value: unknown) => {
      if (key === "range") return undefined;
      return typeof value === "string" && value.startsWith("//") ? value.trimEnd() : value;
    }),
  );
}

/** The formatted text, failing the test when the formatter refuses it. */
export function format(text: string, file = "x.sla", printWidth?: number): string {
  const result = formatSla(text, file, printWidth === undefined ? {} : { printWidth });
  expect(result.diagnostics, `${file} formats`).toEqual([]);
  return result.value!;
}

/** The comments of a text in order, as the lexer reads them (line comments without trailing white space). */
export function commentsOf(text: string): string[] {
  return parse(text, "x.sla").value.comments.map((c) => (c.text.startsWith("//") ? c.text.trimEnd() : c.text));
}
