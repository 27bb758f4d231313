/**
 * The scanner must make exactly the tokens chevrotain's Lexer makes from the same token
 * definitions (longer_alt and all): this runs both on the kitchen sink and random input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Lexer } from "../../src/syntax/chevrotain.js";
import type { IToken } from "../../src/syntax/chevrotain.js";
import { scan } from "../../src/syntax/scanner.js";
import { allTokens, keywords } from "../../src/syntax/tokens.js";
import { KITCHEN_SINK } from "../helpers/kitchen-sink.js";

const reference = new Lexer([...allTokens], { positionTracking: "onlyOffset", ensureOptimizations: true });

const show = (t: IToken) => `${t.tokenType.name} ${t.startOffset} ${JSON.stringify(t.image)}`;

function viaChevrotain(text: string) {
  const result = reference.tokenize(text);
  return {
    tokens: result.tokens.map(show),
    comments: (result.groups["comments"] ?? []).map(show),
    unexpected: result.errors.map((e) => ({ offset: e.offset, length: e.length })),
  };
}

function viaScanner(text: string) {
  const result = scan(text);
  return { tokens: result.tokens.map(show), comments: result.comments.map(show), unexpected: result.unexpected };
}

const pieces = [
  ...keywords,
  ..."{},->=/\"\\*:.%+_-~@é😀 \t\r\n".split(""),
  ...["//", "/*", "*/", "24x7", "24/7", "9am", "15m", "1h30m", "2026-12-24", "09:00", "2026-03-27T20:00Z", "America/New_York", "Etc/GMT+5", "mon-fri", "DE-NW", "+50d", "easter-2d", "GMT+5", "a-", "x", "1.5", "99%", '"s"', "\\u{41}"],
];

describe("scanner", () => {
  it("matches chevrotain's Lexer on the kitchen sink", () => {
    expect(viaScanner(KITCHEN_SINK)).toEqual(viaChevrotain(KITCHEN_SINK));
  });

  it("matches chevrotain's Lexer on random text", () => {
    const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(fc.property(soup, (text) => {
      expect(viaScanner(text)).toEqual(viaChevrotain(text));
    }), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      expect(viaScanner(text)).toEqual(viaChevrotain(text));
    }), { numRuns: 500 });
  });

  it("matches chevrotain's Lexer on runs of literal characters", () => {
    const literalish = fc.array(fc.constantFrom(..."0123456789--::x.%dhmTZ+ a/".split(""), "24", "2026", "24x7"), { maxLength: 30 });
    fc.assert(fc.property(literalish, (parts) => {
      const text = parts.join("");
      expect(viaScanner(text)).toEqual(viaChevrotain(text));
    }), { numRuns: 2000 });
  });
});
