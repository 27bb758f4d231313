import { describe, expect, it } from "vitest";
import { keywords } from "../../src/syntax/index.js";
import { getParser, SlaParser } from "../../src/syntax/parser/policy.js";
import { policyOf } from "../helpers/syntax.js";

describe("parser construction", () => {
  it("passes chevrotain's grammar validations (ambiguities, left recursion, names)", () => {
    expect(() => new SlaParser({ validate: true })).not.toThrow();
  });

  it("is built once", () => {
    expect(getParser()).toBe(getParser());
  });
});

describe("soft keywords", () => {
  it.each(keywords)("accepts `%s` as the id of declarations and as a severity in a rule", (word) => {
    const items = policyOf(`tier ${word}\ncalendar ${word} { zone UTC }\nchannel ${word} { severity always ${word} }\nmetric ${word}\nfirst_response { ${word}, low 4h }`).items;
    expect(items.map((i) => ("id" in i && i.id !== undefined ? i.id.value : i.kind))).toEqual([word, word, word, word, "Targets"]);
    const targets = items[4]!;
    expect(targets.kind === "Targets" && targets.entries[0]!.kind === "TargetRule" && targets.entries[0]!.severities.map((s) => s.value)).toEqual([
      word,
      "low",
    ]);
  });
});
