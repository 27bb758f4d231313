/**
 * The scanner: a small hand-written lexer over the token definitions of tokens.ts.
 *
 * Chevrotain's own Lexer analyses every pattern when it is built, which costs about as
 * much as the rest of a cold parse. This scanner makes the same tokens without that
 * analysis: it looks at the first character to pick the candidate token types, tries
 * their patterns in the order of `allTokens`, and reads keywords by looking the whole
 * word up (what `longer_alt` achieves in chevrotain's Lexer). A test runs chevrotain's
 * Lexer, built from the same definitions, side by side with it on random input.
 */
import { createTokenInstance } from "./chevrotain.js";
import type { IToken, TokenType } from "./chevrotain.js";
import {
  BadLiteral,
  BlockComment,
  Clock24x7,
  Comma,
  Dash,
  DateToken,
  Duration,
  Greater,
  GreaterEqual,
  Identifier,
  Instant,
  K,
  keywordWords,
  LCurly,
  LineComment,
  NumberToken,
  Percent,
  Plus,
  RCurly,
  StringLiteral,
  Time,
  UnterminatedComment,
  UnterminatedString,
  WhiteSpace,
  Zone,
} from "./tokens.js";

/** What the scanner found: tokens for the parser, comments, and runs of characters no token matches. */
export interface Scan {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly unexpected: { readonly offset: number; readonly length: number }[];
  /** Words longer than MAX_WORD, left out of the tokens. */
  readonly tooLong: { readonly offset: number; readonly length: number }[];
}

/**
 * The longest word (id, zone, number or other literal) the scanner reads: the patterns of
 * words repeat a group for each `-`, `/` or unit inside them, and a regular expression's
 * backtracking stack overflows on some millions of repeats. No real word comes near it.
 */
export const MAX_WORD = 10_000;

/** The length of the run of characters at `at` that a word may hold, counted up to just past MAX_WORD. */
function wordRun(text: string, at: number): number {
  let end = at;
  const limit = Math.min(text.length, at + MAX_WORD + 1);
  while (end < limit) {
    const c = text.charCodeAt(end);
    const inWord =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 47 || c === 43 || c === 46 || c === 37;
    if (!inWord) break;
    end++;
  }
  return end - at;
}

/** A token type and its pattern as a sticky regular expression. */
interface Rule {
  readonly type: TokenType;
  readonly regex: RegExp;
}

function rules(...types: TokenType[]): readonly Rule[] {
  return types.map((type) => {
    const pattern = type.PATTERN;
    const source = pattern instanceof RegExp ? pattern.source : String(pattern).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return { type, regex: new RegExp(source, "y") };
  });
}

const space = rules(WhiteSpace);
const slash = rules(LineComment, BlockComment, UnterminatedComment);
const [instant, date, time, clock24x7, duration, percent, number, badLiteral] = rules(
  Instant,
  DateToken,
  Time,
  Clock24x7,
  Duration,
  Percent,
  NumberToken,
  BadLiteral,
) as [Rule, Rule, Rule, Rule, Rule, Rule, Rule, Rule];

const dateLike = [instant, date, number, badLiteral];
const timeLike = [time, number, badLiteral];
const clockLike = [clock24x7, number, badLiteral];
const durationLike = [duration, number, badLiteral];
const percentLike = [percent, number, badLiteral];
const numberLike = [number, badLiteral];

/**
 * The literal patterns that can match at `at` (a digit), in the lexer's order, told apart
 * by the run of digits there and the character after it: a date or instant starts with
 * four digits and `-`, a time with two and `:`, `24x7` with `24x`, a duration with digits
 * and a unit, a percentage with digits and `%` or `.`. Leaving out a pattern that cannot
 * match keeps the lexer's answer and saves trying it.
 */
function literalCandidates(text: string, at: number): readonly Rule[] {
  let end = at;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const run = end - at;
  switch (text[end]) {
    case "-":
      return run === 4 ? dateLike : numberLike;
    case ":":
      return run === 2 ? timeLike : numberLike;
    case "x":
      return run === 2 ? clockLike : numberLike;
    case "d":
    case "h":
    case "m":
      return durationLike;
    case "%":
    case ".":
      return percentLike;
    default:
      return numberLike;
  }
}

const punctuation: Record<string, readonly Rule[]> = {
  "{": rules(LCurly),
  "}": rules(RCurly),
  ",": rules(Comma),
  "-": rules(Dash),
  "+": rules(Plus),
  ">": rules(GreaterEqual, Greater),
};

const identifier = rules(Identifier)[0]!;
const zone = rules(Zone)[0]!;
const isSpace = /[ \t\r\n\f\v\u00a0\ufeff]/;

/** The token types that may start with a character other than a letter, `_` or a digit, in the lexer's order. */
function candidates(char: string): readonly Rule[] {
  if (char === "/") return slash;
  if (isSpace.test(char)) return space;
  return punctuation[char] ?? [];
}

/** Whether a UTF-16 code unit starts a word: a letter or `_`. */
function startsWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** Whether a UTF-16 code unit is plain whitespace, skipped without a regular expression. */
function isPlainSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

const keywordTypes = new Map<string, TokenType>(keywordWords.map((w) => [w, K[w]]));
const commentTypes = new Set([LineComment, BlockComment, UnterminatedComment]);

/**
 * The length of the word at `at` and its type. Every zone begins with what reads as an
 * identifier and goes on with `/` or `+`, so the zone pattern (tried first by the lexer)
 * is only tried when the identifier is followed by one of those: same tokens, one
 * pattern per word instead of two.
 */
function matchWord(text: string, at: number): { type: TokenType; length: number } {
  identifier.regex.lastIndex = at;
  identifier.regex.test(text);
  const end = identifier.regex.lastIndex;
  const next = text.charCodeAt(end);
  if (next === 47 /* / */ || next === 43 /* + */) {
    zone.regex.lastIndex = at;
    if (zone.regex.test(text)) return { type: Zone, length: zone.regex.lastIndex - at };
  }
  return { type: Identifier, length: end - at };
}

/**
 * The string at `at` (a `"`), read a character at a time: a StringLiteral up to its
 * closing quote, else an UnterminatedString up to the end of its line (with a backslash
 * that ends it). The same tokens as the two patterns in the lexer's order, in time linear
 * in the string and without the regular expression's backtracking stack, which a string
 * of some millions of characters overflows.
 */
function matchString(text: string, at: number): { type: TokenType; length: number } {
  let i = at + 1;
  for (;;) {
    if (i >= text.length) return { type: UnterminatedString, length: i - at };
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) return { type: StringLiteral, length: i + 1 - at };
    if (c === 10 || c === 13) return { type: UnterminatedString, length: i - at };
    if (c === 92 /* \ */) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 10;
      if (next === 10 || next === 13) return { type: UnterminatedString, length: i + 1 - at };
      i += 2;
      continue;
    }
    i++;
  }
}

/** Splits a text into tokens; never throws. */
export function scan(text: string): Scan {
  const tokens: IToken[] = [];
  const comments: IToken[] = [];
  const unexpected: { offset: number; length: number }[] = [];
  const tooLong: { offset: number; length: number }[] = [];
  let errorStart = -1;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isPlainSpace(code) && errorStart < 0) {
      at++;
      continue;
    }
    let type: TokenType | undefined;
    let length = 0;
    if ((startsWord(code) || (code >= 48 && code <= 57)) && wordRun(text, at) > MAX_WORD) {
      // Left out whole, as one problem: the rest of the run is not read as more words.
      let end = at + MAX_WORD;
      while (end < text.length && wordRun(text, end) > 0) end += wordRun(text, end);
      if (errorStart >= 0) {
        unexpected.push({ offset: errorStart, length: at - errorStart });
        errorStart = -1;
      }
      tooLong.push({ offset: at, length: end - at });
      at = end;
      continue;
    }
    if (startsWord(code)) {
      ({ type, length } = matchWord(text, at));
    } else if (code === 34 /* " */) {
      ({ type, length } = matchString(text, at));
    } else {
      for (const rule of code >= 48 && code <= 57 ? literalCandidates(text, at) : candidates(text[at]!)) {
        rule.regex.lastIndex = at;
        if (rule.regex.test(text)) {
          type = rule.type;
          length = rule.regex.lastIndex - at;
          break;
        }
      }
    }
    if (type === undefined || length === 0) {
      if (errorStart < 0) errorStart = at;
      at++;
      continue;
    }
    if (errorStart >= 0) {
      unexpected.push({ offset: errorStart, length: at - errorStart });
      errorStart = -1;
    }
    if (type === WhiteSpace) {
      at += length;
      continue;
    }
    const image = text.slice(at, at + length);
    if (type === Identifier) type = keywordTypes.get(image) ?? Identifier;
    // Chevrotain's convention: endOffset is inclusive (see spanOf).
    const token = createTokenInstance(type, image, at, at + length - 1, NaN, NaN, NaN, NaN);
    if (commentTypes.has(type)) comments.push(token);
    else tokens.push(token);
    at += length;
  }
  if (errorStart >= 0) unexpected.push({ offset: errorStart, length: at - errorStart });
  return { tokens, comments, unexpected, tooLong };
}
