/** The formatter on every `sla` example of docs/language.md that parses: sound and idempotent. */
import { describe, expect, it } from "vitest";
import { formatSla } from "../../src/format/format.js";
import { parse } from "../../src/syntax/index.js";
import { read, withoutPositions } from "./helpers.js";

const examples = [...read("docs/language.md").matchAll(/```sla\n([\s\S]*?)```/g)].map((m) => m[1]!);
/** Examples that are whole files; the others are items of a policy, wrapped in one. */
const asFile = (example: string) => (/^\s*(\/\/.*\n\s*)*policy\b/.test(example) ? example : `policy p {\n${example}}\n`);
const parsing = examples.map(asFile).filter((text) => !parse(text, "x.sla").diagnostics.some((d) => d.severity === "error"));

describe("docs/language.md examples", () => {
  it("are there", () => {
    expect(parsing.length).toBeGreaterThan(20);
  });

  it.each(parsing.map((text, i) => [i, text] as const))("example %i formats soundly and idempotently", (_, text) => {
    const once = formatSla(text, "x.sla");
    expect(once.diagnostics).toEqual([]);
    expect(withoutPositions(once.value!)).toEqual(withoutPositions(text));
    expect(formatSla(once.value!, "x.sla").value).toBe(once.value);
  });
});
