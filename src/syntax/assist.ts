/**
 * What the grammar accepts at a point of a text, for an editor's completion: the keywords
 * and the places an id or a zone may stand, from chevrotain's content assist over the
 * tokens before that point. No token type leaves this file; callers get words and rule names.
 */
import type { IToken } from "./chevrotain.js";
import type { RuleName } from "./cst.js";
import { lex, spanOf } from "./lexer.js";
import { getParser } from "./parser/policy.js";
import { SourceText } from "./source.js";
import { Clock24x7, Identifier, K, keywordOf, LCurly, RCurly, Zone } from "./tokens.js";

/** A place where an id (or a zone name) may stand: the rules that read it, outermost first. */
export interface IdSlot {
  /** `zone`: a zone name such as `Europe/Paris` fits; `id`: any identifier does. */
  readonly token: "id" | "zone";
  readonly rules: readonly RuleName[];
}

/** What may come next at an offset. */
export interface Expectation {
  /** The words that may come next (keywords, and `24x7`), each once, in the order the grammar offers them. */
  readonly keywords: readonly string[];
  /** The places an id or zone may stand. */
  readonly slots: readonly IdSlot[];
  /** The offset where the word being typed at the offset starts (the offset itself when none is). */
  readonly wordStart: number;
  /** The words before the word being typed, nearest last (up to three), for hints such as "after `zone`". */
  readonly before: readonly string[];
}

/** Whether a token is a word: an identifier, a soft keyword or a zone name. */
function isWord(token: IToken): boolean {
  return token.tokenType === Identifier || token.tokenType === Zone || keywordOf(token.tokenType) !== undefined;
}

/**
 * The tokens of the policy that the offset is in, up to the offset: a word that the offset
 * ends or stands in is being typed, and left out. Content assist is paid per token, so a
 * file of many policies costs only the one at hand.
 */
function precedingTokens(tokens: readonly IToken[], offset: number): { tokens: IToken[]; wordStart: number } {
  let start = 0;
  let depth = 0;
  let end = 0;
  let wordStart = offset;
  for (; end < tokens.length; end++) {
    const token = tokens[end]!;
    const span = spanOf(token);
    if (span === undefined) continue;
    if (span.end > offset || (span.end === offset && isWord(token))) {
      if (span.start < offset && isWord(token)) wordStart = span.start;
      break;
    }
    if (token.tokenType === LCurly) depth++;
    else if (token.tokenType === RCurly) depth = Math.max(0, depth - 1);
    else if (depth === 0 && token.tokenType === K.policy) start = end;
  }
  return { tokens: tokens.slice(start, end), wordStart };
}

/** What the grammar accepts at `offset` of `text` (a UTF-16 offset), whatever errors the text has. */
export function expectedAt(text: string, offset: number): Expectation {
  const lexed = lex(new SourceText(text, ""));
  const { tokens, wordStart } = precedingTokens(lexed.tokens, offset);
  const paths = getParser().computeContentAssist("sourceFile", tokens);
  const keywords = new Set<string>();
  const slots = new Map<string, IdSlot>();
  for (const path of paths) {
    const word = keywordOf(path.nextTokenType);
    if (word !== undefined) keywords.add(word);
    else if (path.nextTokenType === Clock24x7) keywords.add("24x7");
    else if (path.nextTokenType === Identifier || path.nextTokenType === Zone) {
      const slot: IdSlot = { token: path.nextTokenType === Zone ? "zone" : "id", rules: path.ruleStack as RuleName[] };
      slots.set(`${slot.token}:${slot.rules.join("/")}`, slot);
    }
  }
  const before = tokens.slice(-3).map((t) => t.image);
  return { keywords: [...keywords], slots: [...slots.values()], wordStart, before };
}
