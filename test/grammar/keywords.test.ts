/**
 * The grammar's keywords are the lexer's: each word of `keywordWords` is a keyword standing
 * alone, never the start or end of a longer id or zone, and the grammar knows no other.
 */
import { describe, expect, it } from "vitest";
import { hasScope, GRAMMAR_TEXT, tokenizeSla } from "./textmate.js";
import { allKeywords } from "./words.js";

/** The non-blank grammar tokens of a snippet, as `text → innermost scope`. */
async function pieces(text: string): Promise<string[]> {
  const tokens = await tokenizeSla(text);
  return tokens.filter((t) => t.text.trim() !== "").map((t) => `${t.text} → ${t.scopes.at(-1)}`);
}

/** Whether a scope names a keyword: a keyword proper or a declaration's head. */
function isKeywordScope(scope: string | undefined): boolean {
  return scope !== undefined && (hasScope([scope], "keyword") || hasScope([scope], "storage.type"));
}

/** The words in the grammar's keyword patterns: `(?<![…])(?:a|b|c)(?![…])` or `(?<![…])word(?![…])`. */
function grammarKeywords(): string[] {
  const grammar = JSON.parse(GRAMMAR_TEXT) as { repository: Record<string, { patterns: { match: string }[] }> };
  return grammar.repository.keywords!.patterns.flatMap(({ match }) => {
    const words = /^\(\?<!\[[^\]]*\]\)(?:\(\?:([a-z_|]+)\)|([a-z_]+))\(\?!/.exec(match);
    if (!words) throw new Error(`a keyword pattern of an unexpected shape: ${match}`);
    return (words[1] ?? words[2]!).split("|");
  });
}

describe("keywords", () => {
  it("lists each keyword once, and no word the lexer does not know", () => {
    const words = grammarKeywords();
    expect(new Set(words).size).toBe(words.length);
    expect([...words].sort()).toEqual([...allKeywords].sort());
  });

  it.each(allKeywords)("`%s` is a keyword standing alone, at the top level and in a block", async (word) => {
    const [alone] = (await tokenizeSla(word)).map((t) => t.scopes.at(-1));
    expect(isKeywordScope(alone), `${word} → ${alone}`).toBe(true);
    const inBlock = (await tokenizeSla(`{ ${word} }`)).find((t) => t.text === word);
    expect(inBlock?.scopes.at(-1)).toMatch(/^keyword\./);
    // Between other tokens, on a line with a comment after it.
    const inLine = (await tokenizeSla(`{ x, ${word}, 4h // ${word}\n}`)).find((t) => t.text === word);
    expect(inLine?.scopes.at(-1)).toMatch(/^keyword\./);
  });

  it.each(allKeywords)("`%s` is not cut out of a longer id or zone", async (word) => {
    for (const id of [`${word}_x`, `${word}-x`, `${word}2`, `x_${word}`, `x-${word}`, `${word}-${word}`]) {
      expect(await pieces(`{ ${id} }`), id).toEqual([
        "{ → punctuation.section.block.begin.sla",
        `${id} → variable.other.sla`,
        "} → punctuation.section.block.end.sla",
      ]);
    }
    for (const zone of [`${word}/x`, `X/${word}`, `${word}+1/x`]) {
      expect(await pieces(`{ ${zone} }`), zone).toEqual([
        "{ → punctuation.section.block.begin.sla",
        `${zone} → support.constant.zone.sla`,
        "} → punctuation.section.block.end.sla",
      ]);
    }
  });

  it("cuts no declaration id out of a longer one", async () => {
    expect(await pieces("tier tiers_x\ncalendar business_hours\nevent event-x")).toEqual([
      "tier → storage.type.tier.sla",
      "tiers_x → entity.name.type.tier.sla",
      "calendar → storage.type.calendar.sla",
      "business_hours → entity.name.type.calendar.sla",
      "event → storage.type.event.sla",
      "event-x → entity.name.type.event.sla",
    ]);
  });

  it("does not take a declaration word that starts an id for the declaration", async () => {
    expect(await pieces("tiers_x 4h\non_call { }")).toEqual([
      "tiers_x → variable.other.sla",
      "4h → constant.numeric.duration.sla",
      "on_call → keyword.other.sla",
      "{ → punctuation.section.block.begin.sla",
      "} → punctuation.section.block.end.sla",
    ]);
  });
});
