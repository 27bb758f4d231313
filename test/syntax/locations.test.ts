/**
 * The AST's ranges come from chevrotain's node location tracking. This checks, on valid
 * and damaged sources, that every CST node's tracked offsets are exactly those of the
 * real tokens under it (tokens inserted by error recovery have none), computed here the
 * slow and obvious way.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CstNode, IToken } from "../../src/syntax/chevrotain.js";
import { keywords } from "../../src/syntax/index.js";
import { lex } from "../../src/syntax/lexer.js";
import { getParser } from "../../src/syntax/parser/policy.js";
import { SourceText } from "../../src/syntax/source.js";
import { KITCHEN_SINK } from "../helpers/kitchen-sink.js";


function realTokens(node: CstNode): IToken[] {
  return Object.values(node.children).flatMap((elements) =>
    elements.flatMap((e) => ("children" in e ? realTokens(e) : e.isInsertedInRecovery || Number.isNaN(e.startOffset) ? [] : [e])),
  );
}

function mismatches(text: string): string[] {
  const parser = getParser();
  parser.read(lex(new SourceText(text, "t.sla")).tokens, text);
  const problems: string[] = [];
  const visit = (node: CstNode): void => {
    const tokens = realTokens(node);
    const want =
      tokens.length === 0
        ? "none"
        : `${Math.min(...tokens.map((t) => t.startOffset))}-${Math.max(...tokens.map((t) => t.endOffset!))}`;
    const loc = node.location;
    const got = loc === undefined || Number.isNaN(loc.startOffset) || Number.isNaN(loc.endOffset ?? NaN) ? "none" : `${loc.startOffset}-${loc.endOffset}`;
    if (got !== want) problems.push(`${node.name}: tracked ${got}, tokens ${want}`);
    for (const elements of Object.values(node.children)) for (const e of elements) if ("children" in e) visit(e);
  };
  visit(parser.sourceFile());
  return problems;
}

const vocabulary = [...keywords, "{", "}", ",", "-", "24x7", '"s"', "x", "mon-fri", "09:00", "15m", "2026-12-24", "~"];
const mutation = (base: string) =>
  fc
    .tuple(fc.nat(base.length), fc.nat(40), fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 4 })))
    .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));

describe("CST node locations", () => {
  it("match the real tokens under each node on a valid policy", () => {
    expect(mismatches(KITCHEN_SINK)).toEqual([]);
  });

  it("match the real tokens under each node after any edit", () => {
    fc.assert(
      fc.property(mutation(KITCHEN_SINK), (text) => {
        expect(mismatches(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    const soup = fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }).map((w) => `policy p { ${w.join(" ")} }`);
    fc.assert(
      fc.property(soup, (text) => {
        expect(mismatches(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
