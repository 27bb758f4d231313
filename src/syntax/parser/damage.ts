/**
 * Where a parse went wrong, as the parser's recovery records it: for the AST builder to
 * leave out what the parser could not read whole (see Builder.leavesOut).
 */
import type { IToken } from "../chevrotain.js";
import { tokenMatcher } from "../chevrotain.js";
import { Identifier, keywordOf, RCurly } from "../tokens.js";

/** Where a parse went wrong. */
export interface ParseDamage {
  /** The offsets of the tokens of every parse error, reported or not (an echo of another). */
  readonly errors: readonly number[];
  /**
   * The offsets of the tokens recovery resumed at in the middle of a line, at something
   * other than a keyword (`1` in `tier basic p1 1 business day`): an item read from there
   * is most likely the rest of the broken one, not an item of its own.
   */
  readonly resumedMidLine: readonly number[];
  /**
   * The end offsets (inclusive) of tokens read just before an error that may belong to
   * what comes after it: the last one before the error (but a `}`), which may be the
   * value an optional part took from the next item (`link docs "Docs" "Docs" "https://…"`),
   * and, a few tokens back, a keyword or a word that starts a line read as a value
   * (`zone zone Europe/Berlin`, or `resolution` as the status of the `expect` above it
   * when its line lost its `expect`).
   */
  readonly suspects: readonly number[];
  /**
   * The offsets of the tokens right after an error at a word that is no keyword, on the
   * same line: an item read from there is the rest of the broken line (`epxect severity p2`
   * is no `severity` item).
   */
  readonly afterErrors: readonly number[];
}

/** No damage: a parse without errors. */
export const undamaged: ParseDamage = { errors: [], resumedMidLine: [], suspects: [], afterErrors: [] };

/** The damage of one parse, recorded as its recovery goes. */
export class DamageLog implements ParseDamage {
  readonly errors: number[] = [];
  readonly resumedMidLine: number[] = [];
  readonly suspects: number[] = [];
  readonly afterErrors: number[] = [];

  /**
   * Records an error at `tokens[at]`, and the suspects among the `reach` tokens before it.
   * `startsLine` tells whether a token is the first of its line.
   */
  error(tokens: readonly IToken[], at: number, reach: number, startsLine: (token: IToken) => boolean): void {
    const offset = tokens[at]?.startOffset;
    if (offset !== undefined && Number.isFinite(offset)) this.errors.push(offset);
    // After a word that is no keyword (a misspelt one, most likely), what follows on its line is its rest.
    const found = tokens[at];
    const next = tokens[at + 1];
    if (found !== undefined && tokenMatcher(found, Identifier) && keywordOf(found.tokenType) === undefined && next !== undefined && Number.isFinite(next.startOffset) && !startsLine(next)) {
      this.afterErrors.push(next.startOffset);
    }
    let last = true;
    for (let i = at - 1; i >= 0 && i >= at - reach; i--) {
      const token = tokens[i]!;
      if (token.tokenType === RCurly) continue;
      const word = tokenMatcher(token, Identifier) && (keywordOf(token.tokenType) !== undefined || startsLine(token));
      if (last || word) this.suspects.push(token.endOffset!);
      last = false;
    }
  }

  /** Records that recovery resumed at `token`. */
  resumed(token: IToken, startsLine: boolean): void {
    if (keywordOf(token.tokenType) === undefined && token.tokenType !== RCurly && Number.isFinite(token.startOffset) && !startsLine) {
      this.resumedMidLine.push(token.startOffset);
    }
  }
}
