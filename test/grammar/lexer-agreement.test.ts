/**
 * The grammar agrees with the real lexer (src/syntax/lexer.ts) on every token of every
 * seed policy: the same boundaries, and a scope of the token's kind.
 */
import { describe, expect, it } from "vitest";
import type { IToken, TokenType } from "../../src/syntax/chevrotain.js";
import { lex, spanOf } from "../../src/syntax/lexer.js";
import { SourceText } from "../../src/syntax/source.js";
import * as T from "../../src/syntax/tokens.js";
import { hasScope, readSeed, SEED_FILES, tokenizeSla } from "./textmate.js";
import type { ScopedToken } from "./textmate.js";
import { wordsBeingAdded } from "./words.js";

/** How the grammar must scope a token of one kind. */
interface Expectation {
  /** The scope families one of which the innermost scope of each piece must be in. */
  readonly innermost?: readonly string[];
  /** A scope every piece must carry (strings and comments have inner pieces: quotes, escapes). */
  readonly every?: string;
  /** Whether the grammar may split the token into several pieces. */
  readonly pieces?: boolean;
}

const idScopes = [
  "variable.other.sla",
  "entity.name.type",
  "constant.other.day.sla",
  "constant.other.month.sla",
  "support.constant.zone.sla",
];
const keywordScopes = ["keyword", "storage.type"];

/** What each kind of token must look like; a kind without an entry fails the test, so a new token kind is not forgotten. */
const byKind = new Map<TokenType, Expectation>([
  [T.StringLiteral, { every: "string.quoted.double.sla", pieces: true }],
  [T.UnterminatedString, { every: "string.quoted.double.sla", pieces: true }],
  [T.LineComment, { every: "comment.line.double-slash.sla", pieces: true }],
  [T.BlockComment, { every: "comment.block.sla", pieces: true }],
  [T.UnterminatedComment, { every: "comment.block.sla", pieces: true }],
  [T.Instant, { innermost: ["constant.other.instant.sla"] }],
  [T.DateToken, { innermost: ["constant.other.date.sla"] }],
  [T.Time, { innermost: ["constant.other.time.sla"] }],
  [T.Clock24x7, { innermost: ["constant.language.clock.sla"] }],
  [T.Duration, { innermost: ["constant.numeric.duration.sla"] }],
  [T.Percent, { innermost: ["constant.numeric.percentage.sla"] }],
  [T.NumberToken, { innermost: ["constant.numeric.decimal.sla"] }],
  [T.BadLiteral, { innermost: ["invalid.illegal.literal.sla"] }],
  [T.LCurly, { innermost: ["punctuation.section.block.begin.sla"] }],
  [T.RCurly, { innermost: ["punctuation.section.block.end.sla"] }],
  [T.Comma, { innermost: ["punctuation.separator.comma.sla"] }],
  [T.GreaterEqual, { innermost: ["keyword.operator.comparison.sla"] }],
  [T.Greater, { innermost: ["keyword.operator.comparison.sla"] }],
  [T.Dash, { innermost: ["punctuation.separator.range.sla", "keyword.operator.arithmetic.sla"] }],
  [T.Plus, { innermost: ["keyword.operator.arithmetic.sla"] }],
  [T.Zone, { innermost: ["support.constant.zone.sla"] }],
  [T.Identifier, { innermost: idScopes }],
]);

/** A keyword is a keyword, or the id a declaration names (`tier business`). */
const keyword: Expectation = { innermost: [...keywordScopes, "entity.name.type"] };
/** A word the lexer does not know as a keyword yet, but the grammar does. */
const comingKeyword: Expectation = { innermost: [...idScopes, ...keywordScopes] };

function expectationOf(token: IToken): Expectation {
  if (T.keywordOf(token.tokenType) !== undefined) return keyword;
  if (token.tokenType === T.Identifier && (wordsBeingAdded as readonly string[]).includes(token.image)) return comingKeyword;
  const expectation = byKind.get(token.tokenType);
  if (!expectation) throw new Error(`no grammar scope is expected for ${token.tokenType.name} tokens`);
  return expectation;
}

/** What is wrong with the grammar's pieces of one lexer token, or nothing. */
function disagreement(token: IToken, pieces: readonly ScopedToken[], start: number, end: number): string | undefined {
  const expectation = expectationOf(token);
  if (pieces.length === 0) return "no grammar token";
  if (pieces[0]!.start !== start) return `the grammar token starts at ${pieces[0]!.start}`;
  if (pieces.at(-1)!.end !== end) return `the grammar token ends at ${pieces.at(-1)!.end}`;
  if (!expectation.pieces && pieces.length > 1) return `cut into ${pieces.map((p) => `\`${p.text}\``).join(", ")}`;
  for (const piece of pieces) {
    const innermost = piece.scopes.at(-1)!;
    if (expectation.every && !piece.scopes.includes(expectation.every)) return `\`${piece.text}\` is ${piece.scopes.join(" ")}`;
    if (expectation.innermost && !expectation.innermost.some((family) => hasScope([innermost], family))) {
      return `\`${piece.text}\` is ${innermost}`;
    }
  }
  return undefined;
}

/** Checks every lexer token of a text against the grammar's tokens; returns the problems and the number of tokens checked. */
async function compare(text: string, file: string): Promise<{ problems: string[]; checked: Map<string, number> }> {
  const source = new SourceText(text, file);
  const lexed = lex(source);
  expect(lexed.diagnostics, `${file} lexes cleanly`).toEqual([]);
  const grammarTokens = await tokenizeSla(text);
  const problems: string[] = [];
  const checked = new Map<string, number>();
  const covered: boolean[] = new Array<boolean>(text.length).fill(false);
  for (const token of [...lexed.tokens, ...lexed.comments]) {
    const { start, end } = spanOf(token)!;
    covered.fill(true, start, end);
    // Pieces that overlap the token: none may reach outside it.
    const pieces = grammarTokens.filter((piece) => piece.start < end && piece.end > start);
    const problem = disagreement(token, pieces, start, end);
    if (problem) {
      const at = source.positionAt(start);
      problems.push(`${file}:${at.line}:${at.column} ${token.tokenType.name} \`${token.image}\`: ${problem}`);
    }
    const kind = T.keywordOf(token.tokenType) !== undefined ? "keyword" : token.tokenType.name;
    checked.set(kind, (checked.get(kind) ?? 0) + 1);
  }
  // Between the lexer's tokens there is only white space, and the grammar gives it no scope of its own.
  for (const piece of grammarTokens) {
    const outside = [...piece.text].some((_, i) => !covered[piece.start + i]);
    if (outside && (piece.text.trim() !== "" || piece.scopes.join(" ") !== "source.sla")) {
      const at = source.positionAt(piece.start);
      problems.push(`${file}:${at.line}:${at.column} \`${piece.text}\` between tokens is ${piece.scopes.join(" ")}`);
    }
  }
  return { problems, checked };
}

describe("the grammar and the lexer", () => {
  const total = new Map<string, number>();

  it.each(SEED_FILES)("agree on every token of %s", async (file) => {
    const { problems, checked } = await compare(readSeed(file), file);
    expect(problems).toEqual([]);
    for (const [kind, count] of checked) total.set(kind, (total.get(kind) ?? 0) + count);
  });

  it("checked every kind of token the seeds hold, and a good many of them", () => {
    expect(SEED_FILES.length).toBeGreaterThanOrEqual(6);
    const kinds = [...total.keys()].sort();
    for (const kind of [
      "StringLiteral",
      "LineComment",
      "BlockComment",
      "Instant",
      "Date",
      "Time",
      "Clock24x7",
      "Duration",
      "Percent",
    ]) {
      expect(kinds).toContain(kind);
    }
    for (const kind of [
      "Number",
      "LCurly",
      "RCurly",
      "Comma",
      "Greater",
      "GreaterEqual",
      "Dash",
      "Plus",
      "ZoneName",
      "Identifier",
      "keyword",
    ]) {
      expect(kinds).toContain(kind);
    }
    const count = [...total.values()].reduce((a, b) => a + b, 0);
    expect(count).toBeGreaterThan(2000);
    console.info(`cross-checked ${count} lexer tokens: ${[...total].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  });

  it("agree on tokens the seeds lack: malformed literals, unterminated strings and comments", async () => {
    const text = 'policy p {\n  9am 15min 24/7 1.5.3\n  note "open \\"\n  note "ok"\n}\n/* to the end\nof the file';
    const source = new SourceText(text, "t.sla");
    const lexed = lex(source);
    const grammarTokens = await tokenizeSla(text);
    const problems = [...lexed.tokens, ...lexed.comments].flatMap((token) => {
      const { start, end } = spanOf(token)!;
      const problem = disagreement(
        token,
        grammarTokens.filter((p) => p.start < end && p.end > start),
        start,
        end,
      );
      return problem ? [`${token.tokenType.name} \`${token.image}\`: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
    expect(lexed.tokens.map((t) => t.tokenType.name)).toContain("UnterminatedString");
    expect(lexed.comments.map((t) => t.tokenType.name)).toContain("UnterminatedComment");
  });
});
