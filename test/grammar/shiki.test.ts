/** shiki, which highlights the docs and could highlight pages, colours `.sla` with the grammar. */
import { createHighlighter } from "shiki";
import type { BundledLanguage, Highlighter, LanguageRegistration } from "shiki";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAMMAR_TEXT, readSeed } from "./textmate.js";

const THEME = "github-dark";
// A custom language: shiki's option types only name its bundled ones.
const SLA = "sla" as BundledLanguage;
const policy = readSeed("policies/gorgias.sla");
let highlighter: Highlighter;

beforeAll(async () => {
  const grammar = JSON.parse(GRAMMAR_TEXT) as LanguageRegistration;
  highlighter = await createHighlighter({ themes: [THEME], langs: [{ ...grammar, name: "sla", scopeName: "source.sla" }] });
});

afterAll(() => highlighter?.dispose());

/** The text and colour of every coloured span of shiki's HTML, entities decoded. */
function spans(html: string): { text: string; color: string }[] {
  const decode = (text: string) =>
    text
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&(lt|gt|amp|quot);/g, (_, name: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"' })[name]!);
  return [...html.matchAll(/<span style="color:(#[0-9A-Fa-f]{3,8})">([^<]*)<\/span>/g)].map((m) => ({
    color: m[1]!.toUpperCase(),
    text: decode(m[2]!),
  }));
}

describe("shiki", () => {
  it("colours a seed policy's keyword, string and duration differently", () => {
    const html = highlighter.codeToHtml(policy, { lang: SLA, theme: THEME });
    const found = spans(html);
    const colorOf = (text: string) => found.find((span) => span.text.trim() === text)?.color;
    const keyword = colorOf("provider");
    const string = colorOf('"Gorgias"');
    const duration = colorOf("5m");
    expect(keyword).toBeDefined();
    expect(string).toBeDefined();
    expect(duration).toBeDefined();
    expect(new Set([keyword, string, duration]).size).toBe(3);
  });

  it("explains the keyword, string and duration by their scopes", () => {
    const { tokens } = highlighter.codeToTokens(policy, { lang: SLA, theme: THEME, includeExplanation: true });
    const scopesOf = (text: string) =>
      tokens
        .flat()
        .flatMap((token) => token.explanation ?? [])
        .find((part) => part.content === text)
        ?.scopes.map((scope) => scope.scopeName);
    expect(scopesOf("provider")).toEqual(["source.sla", "keyword.other.sla"]);
    expect(scopesOf("Gorgias Support SLA")).toEqual(["source.sla", "string.quoted.double.sla"]);
    expect(scopesOf("5m")).toEqual(["source.sla", "constant.numeric.duration.sla"]);
  });
});
