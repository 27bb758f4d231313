import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/index.js";
import { parseClean } from "../helpers/diagnostics.js";
import { itemOf, policyOf, shape, textAt } from "../helpers/syntax.js";

describe("policy", () => {
  it("reads the id, the optional title and the items in order", () => {
    const text = 'policy kustomer "Kustomer Support" {\n  provider "Kustomer"\n  updated 2026-08-01\n}\n';
    const file = parseClean(text);
    const [policy] = file.policies;
    expect(policy!.id).toMatchObject({ kind: "Name", value: "kustomer" });
    expect(policy!.title).toMatchObject({ kind: "Text", value: "Kustomer Support" });
    expect(policy!.items.map((i) => i.kind)).toEqual(["Provider", "Updated"]);
    expect(textAt(text, policy!.range)).toBe(text.trimEnd());
    expect(file.range.start.offset).toBe(0);
    expect(file.range.end.offset).toBe(text.length);
  });

  it("gives 1-based, end-exclusive ranges", () => {
    const text = "policy p {\n  provider \"X\"\n}";
    const provider = parseClean(text).policies[0]!.items[0]!;
    expect(provider.range).toEqual({
      file: "test.sla",
      start: { line: 2, column: 3, offset: 13 },
      end: { line: 2, column: 15, offset: 25 },
    });
    expect(textAt(text, provider.range)).toBe('provider "X"');
  });

  it("reads several policies, and an empty file", () => {
    expect(parseClean("policy a {} policy b \"B\" {}").policies.map((p) => p.id.value)).toEqual(["a", "b"]);
    expect(parse("", "e.sla")).toEqual({
      value: { kind: "SourceFile", policies: [], comments: [], range: { file: "e.sla", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
      diagnostics: [],
      lostDeclarations: [],
    });
  });

  it("keeps comments with their ranges", () => {
    const text = "// head\npolicy p { /* inner */ }";
    const { comments } = parseClean(text);
    expect(comments.map((c) => [c.kind, c.text, textAt(text, c.range)])).toEqual([
      ["Comment", "// head", "// head"],
      ["Comment", "/* inner */", "/* inner */"],
    ]);
  });

  it("reads provider, updated and link", () => {
    expect(shape(itemOf("Provider", 'provider "360dialog"'))).toEqual({ kind: "Provider", name: { kind: "Text", value: "360dialog" } });
    expect(shape(itemOf("Updated", "updated 2026-08-01"))).toEqual({ kind: "Updated", date: { kind: "Date", year: 2026, month: 8, day: 1 } });
    expect(shape(itemOf("Link", 'link terms "Terms" "https://x.example/terms"'))).toEqual({
      kind: "Link",
      id: { kind: "Name", value: "terms" },
      title: { kind: "Text", value: "Terms" },
      url: { kind: "Text", value: "https://x.example/terms" },
    });
  });

  it("reads a note with a body, or a title and a body", () => {
    expect(shape(itemOf("Note", 'note "Body"'))).toEqual({ kind: "Note", text: { kind: "Text", value: "Body" } });
    expect(shape(itemOf("Note", 'note "Tips" "Body"'))).toEqual({
      kind: "Note",
      title: { kind: "Text", value: "Tips" },
      text: { kind: "Text", value: "Body" },
    });
  });

  it("reads languages with primary markers", () => {
    const languages = itemOf("Languages", "languages en primary, pt-BR, de");
    expect(languages.languages.map((l) => [l.tag.value, l.primary])).toEqual([
      ["en", true],
      ["pt-BR", false],
      ["de", false],
    ]);
    expect(itemOf("Languages", "languages en").languages).toHaveLength(1);
  });

  it("reads business_hours", () => {
    expect(shape(itemOf("BusinessHours", "business_hours office"))).toEqual({
      kind: "BusinessHours",
      calendar: { kind: "Name", value: "office" },
    });
  });

  it("keeps the items of every kind in source order", () => {
    const kinds = policyOf(`
      exclusions { "x" }
      first_response 1h
      provider "P"
      metric m
      tier t
    `).items.map((i) => i.kind);
    expect(kinds).toEqual(["Exclusions", "Targets", "Provider", "MetricDecl", "Tier"]);
  });
});
