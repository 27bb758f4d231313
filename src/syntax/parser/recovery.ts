/**
 * Error recovery that lands on item boundaries, so that one mistake makes one error.
 *
 * Chevrotain's recovery resumes at the first token that some enclosing rule can go on
 * with. In `.sla` that is too eager: keywords are soft, so every word can start a policy
 * item (a metric's targets) or a target rule, and recovery would resume inside the
 * broken item and report its remaining words as items of their own. It also ignores
 * braces, resuming at a keyword inside a nested block. Here recovery resumes only at an
 * item boundary, found by `boundaryAt`:
 *
 * - a `}` or a token the enclosing rules go on with as itself (an item keyword such as
 *   `tier`, a duration that starts a target rule, …);
 * - a word that starts an item only because any id may (`first_response 4h`) when it
 *   starts a line and is followed by what follows such an id (`{`, `,` or a target);
 * - never inside a nested `{ … }`: a block is skipped whole;
 * - when every brace of the text has its pair, only inside the innermost open block or
 *   at its `}`: the braces then show where the block ends, and an item keyword of an
 *   enclosing block (`tier` in a calendar) is a misplaced item, not the sign of a lost
 *   `}`.
 *
 * And an error is only reported once the parser is done with the mistake before it:
 *
 * - one error per item: none while the parser is still in the item of the last error,
 *   nor within `echoLength` tokens of the end of that item, of the last error, or of the
 *   point where recovery from it resumed: a parse that goes wrong again that soon is
 *   still reading the same mistake (yacc's rule of three tokens);
 * - when the braces do not balance, none outside every policy after an error inside
 *   one: that text is the rest of the policy, cut off by the brace that went astray.
 *
 * It also records where the parse went wrong (see damage.ts). This overrides undocumented
 * chevrotain 11 methods (`findReSyncTokenType`, `reSyncTo`, `tryInRepetitionRecovery`,
 * `canRecoverWithSingleTokenInsertion`, `canRecoverWithSingleTokenDeletion`,
 * `SAVE_ERROR`); the recovery tests fail if they stop being called.
 */
import { CstParser, EOF, MismatchedTokenException, tokenMatcher } from "../chevrotain.js";
import type { CstNode, IToken, TokenType } from "../chevrotain.js";
import { type Braces, matchBraces, startsLine } from "../layout.js";
import { nearMiss } from "../spelling.js";
import { Comma, Duration, Identifier, K, keywordOf, LCurly, NumberToken, RCurly } from "../tokens.js";
import { DamageLog } from "./damage.js";
import type { ParseDamage } from "./damage.js";

/** What may follow an id that starts a target block or a target rule: `{`, `,` or a target. */
const afterEntryId: readonly TokenType[] = [LCurly, Comma, Duration, NumberToken, K.none, K.unknown, K.next];

/** How many tokens the parser reads after an error before it reports the next one. */
const echoLength = 3;

/** The chevrotain internals recovery builds on. */
interface Internals {
  buildFullFollowKeyStack(): unknown[];
  getFollowSetFromFollowKey(key: unknown): TokenType[];
  readonly CST_STACK: readonly CstNode[];
  isBackTracking(): boolean;
  canRecoverWithSingleTokenInsertion(expected: TokenType, follows: TokenType[]): boolean;
  exportLexerState(): number;
  importLexerState(state: number): void;
  SKIP_TOKEN(): IToken;
  SAVE_ERROR(error: Error): Error;
  getCurrRuleFullName(): string;
  readonly errorMessageProvider: {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string;
  };
}

/** Whether a rule's CST node is a block the parser is inside: its `{` read, its `}` not yet. */
function isOpenBlock(cst: CstNode): boolean {
  const open = cst.children["LCurly"]?.[0];
  return open !== undefined && "image" in open && open.isInsertedInRecovery !== true && cst.children["RCurly"] === undefined;
}

/** Chevrotain's own methods, for the overrides that add to them. */
const original = CstParser.prototype as unknown as Internals;

/** A CstParser whose error recovery resumes at item boundaries. */
export abstract class RecoveringParser extends CstParser {
  /** The text being parsed, to tell where lines start, and the tokens read from it. */
  private source: { text: string; tokens: readonly IToken[] } = { text: "", tokens: [] };
  /** The matching braces of the input, found on the first recovery of a parse. */
  private braces: Braces | undefined;
  /** Where this parse went wrong, for the AST builder. */
  private log = new DamageLog();
  /** The index of the token `findReSyncTokenType` chose last; `reSyncTo` goes there. */
  private resyncIndex = -1;
  /** Errors at tokens before this index are echoes of the last one, and not reported. */
  private quietUntil = -1;
  /** The index of the token an error is about, when it is not `LA(1)`. */
  private errorIndex: number | undefined;
  /** The item the last error was in: the CST node of the rule just inside the innermost open block. */
  private lastItem: CstNode | undefined;

  private get internals(): Internals {
    return this as unknown as Internals;
  }

  /** Starts a parse of `tokens`, read from `text`. */
  read(tokens: IToken[], text: string): void {
    this.source = { text, tokens };
    this.input = tokens;
  }

  /** Also clears what recovery knows of the last parse; chevrotain calls it for each new input. */
  override reset(): void {
    super.reset();
    this.quietUntil = -1;
    this.errorIndex = undefined;
    this.log = new DamageLog();
    this.lastItem = undefined;
  }

  /** Where the parse went wrong, for the AST builder to leave out what it could not read whole. */
  get damage(): ParseDamage {
    return this.log;
  }

  /** Notes where recovery resumed. */
  private resumed(): void {
    const token = this.LA(1);
    this.log.resumed(token, this.startsLine(token));
  }

  /** Records a parse error, unless it comes too soon after the last one (see `echoLength`). */
  SAVE_ERROR(error: Error): Error {
    const internals = this.internals;
    if (internals.isBackTracking()) return original.SAVE_ERROR.call(this, error);
    const at = this.errorIndex ?? this.indexOf(1);
    this.log.error(this.input, at, echoLength, (token) => this.startsLine(token));
    const item = this.currentItem();
    const echo = this.isEcho(at, item);
    this.quiet(at);
    if (item !== undefined) this.lastItem = item;
    return echo ? error : original.SAVE_ERROR.call(this, error);
  }

  /** Whether an error at token `at`, in `item`, comes too soon after the last one (see above). */
  private isEcho(at: number, item: CstNode | undefined): boolean {
    if (at < this.quietUntil) return true;
    const last = this.lastItem;
    if (last === undefined) return false;
    if (item === last) return true;
    const stack = this.internals.CST_STACK;
    if (stack.length <= 1 && !this.bracesOfInput().balanced) return true;
    if (stack.includes(last)) return false;
    const end = last.location?.endOffset;
    return end !== undefined && Number.isFinite(end) && at < this.indexAt(end) + 1 + echoLength;
  }

  /** The CST node of the item being parsed: the rule just inside the innermost open block, if any. */
  private currentItem(): CstNode | undefined {
    const stack = this.internals.CST_STACK;
    for (let level = stack.length - 2; level >= 0; level--) if (isOpenBlock(stack[level]!)) return stack[level + 1];
    return undefined;
  }

  /** The index of the last token read that starts at or before `offset`. */
  private indexAt(offset: number): number {
    const tokens = this.input;
    let index = Math.min(this.indexOf(0), tokens.length - 1);
    // Braces the layout put in (layout.ts) have no offset.
    while (index > 0 && !(tokens[index]!.startOffset <= offset)) index--;
    return index;
  }

  /** Keeps errors quiet until the parser has read `echoLength` tokens past `index`. */
  private quiet(index: number): void {
    this.quietUntil = Math.max(this.quietUntil, index + echoLength);
  }

  /** Whether a token is the first of its line (never, when the input was set without its text). */
  private startsLine(token: IToken): boolean {
    return this.source.tokens === this.input && startsLine(this.source.text, token.startOffset);
  }

  /** Whether the token `LA(k)` is the first of its line (never, when the input was set without its text). */
  protected startsLineAt(k: number): boolean {
    return this.startsLine(this.LA(k));
  }

  /** The index of the token `LA(k)`. */
  private indexOf(k: number): number {
    return this.internals.exportLexerState() + k;
  }

  /** The index of the brace matching the `{` at `index`, or -1. */
  private closingOf(index: number): number {
    return this.bracesOfInput().matches[index] ?? -1;
  }

  private bracesOfInput(): Braces {
    if (this.braces?.tokens !== this.input) this.braces = matchBraces(this.input);
    return this.braces;
  }

  /**
   * The token types recovery may resume at: what the rules being parsed can go on with,
   * all of them, or when the braces balance only those inside the innermost open block,
   * and its `}`.
   */
  private followsForResync(): TokenType[] {
    const internals = this.internals;
    const keys = internals.buildFullFollowKeyStack();
    let inside = 0;
    if (this.bracesOfInput().balanced) {
      const stack = internals.CST_STACK;
      for (let level = stack.length - 1; level >= 0; level--) {
        if (isOpenBlock(stack[level]!)) {
          inside = level + 1;
          break;
        }
      }
    }
    const follows = keys.slice(inside).flatMap((key) => internals.getFollowSetFromFollowKey(key));
    if (inside > 0) follows.push(RCurly);
    return follows;
  }

  /** The token type recovery may resume at with `LA(k)`, if it is an item boundary (see above). */
  private boundaryAt(k: number, follows: readonly TokenType[]): TokenType | undefined {
    const token = this.LA(k);
    // `languages` after `from` is the end of `attribute … from languages`, not the policy item.
    if (k > 1 && this.LA(k - 1).tokenType === K.from) return undefined;
    for (const type of follows) if (type !== Identifier && tokenMatcher(token, type)) return type;
    if (
      tokenMatcher(token, Identifier) &&
      follows.includes(Identifier) &&
      this.startsLine(token) &&
      afterEntryId.includes(this.LA(k + 1).tokenType)
    ) {
      return Identifier;
    }
    return undefined;
  }

  /**
   * Where error recovery resumes: the first item boundary after the error, outside any
   * nested block. Records its position for `reSyncTo` and `tryInRepetitionRecovery`.
   */
  findReSyncTokenType(): TokenType {
    const follows = this.followsForResync();
    for (let k = 1; ; k++) {
      const token = this.LA(k);
      if (token.tokenType === EOF) {
        this.resyncIndex = this.input.length;
        return EOF;
      }
      if (token.tokenType === LCurly) {
        const close = this.closingOf(this.indexOf(k));
        if (close > this.indexOf(k)) {
          k = close - this.indexOf(0);
          continue;
        }
      }
      const type = this.boundaryAt(k, follows);
      if (type !== undefined) {
        this.resyncIndex = this.indexOf(k);
        return type;
      }
    }
  }

  /** Skips to the boundary `findReSyncTokenType` found (not to the first token of its type). */
  reSyncTo(): IToken[] {
    const skipped: IToken[] = [];
    while (this.indexOf(1) < this.resyncIndex && this.LA(1).tokenType !== EOF) {
      skipped.push(this.LA(1));
      this.internals.SKIP_TOKEN();
    }
    this.quiet(this.indexOf(1));
    this.resumed();
    return skipped;
  }

  /**
   * Recovery inside a block's repetition (chevrotain's, made position- and brace-aware):
   * skip what cannot start an item, up to the block's `}` or the next item, but not past
   * the boundary of an enclosing block; there, give up and let the block's rule recover.
   */
  tryInRepetitionRecovery(
    repetition: (...args: unknown[]) => void,
    args: unknown[],
    canRepeat: () => boolean,
    expected: TokenType,
  ): void {
    const internals = this.internals;
    this.findReSyncTokenType();
    const limit = this.resyncIndex;
    const saved = internals.exportLexerState();
    const found = this.LA(1);
    const previous = this.LA(0);
    const skipped: IToken[] = [];
    const saveError = () => {
      const message = internals.errorMessageProvider.buildMismatchTokenMessage({
        expected,
        actual: found,
        previous,
        ruleName: internals.getCurrRuleFullName(),
      });
      const error = new MismatchedTokenException(message, found, previous);
      error.resyncedTokens = skipped.slice(1);
      this.errorIndex = saved + 1;
      internals.SAVE_ERROR(error);
      this.errorIndex = undefined;
      this.quiet(this.indexOf(1));
    };
    for (;;) {
      if (tokenMatcher(this.LA(1), expected)) return saveError();
      if (canRepeat.call(this)) {
        saveError();
        this.resumed();
        repetition.apply(this, args);
        return;
      }
      const index = this.indexOf(1);
      if (index >= limit || this.LA(1).tokenType === EOF) break;
      const close = this.LA(1).tokenType === LCurly ? this.closingOf(index) : -1;
      do {
        skipped.push(this.LA(1));
        internals.SKIP_TOKEN();
      } while (this.indexOf(1) <= close);
    }
    internals.importLexerState(saved);
  }

  /**
   * Whether the word at hand is a misspelt or misplaced keyword rather than the id that
   * starts `rule`: it is a near miss of one of `words` (or, when `misplaced`, a keyword
   * at all), and `rule` cannot be read from it. As a GATE on the id that starts `rule`,
   * it lets `calender x { … }` be one error at `calender` ("did you mean `calendar`?")
   * instead of the broken targets of a metric `calender`; whatever reads as `rule`
   * still does.
   */
  protected misspelt(words: readonly string[], rule: () => unknown, misplaced = false): boolean {
    // While `rule` is being tried, the word is taken as it is.
    if (this.internals.isBackTracking()) return false;
    const word = this.LA(1);
    const suspect = (misplaced && keywordOf(word.tokenType) !== undefined) || this.isNearMiss(word.image, words);
    return suspect && !this.BACKTRACK(rule).call(this);
  }

  /** Near misses found so far, by word list and word: the same ids come back in every parse. */
  private readonly nearMisses = new Map<readonly string[], Map<string, boolean>>();

  private isNearMiss(word: string, words: readonly string[]): boolean {
    let known = this.nearMisses.get(words);
    if (known === undefined || known.size > 1000) this.nearMisses.set(words, (known = new Map()));
    let near = known.get(word);
    if (near === undefined) known.set(word, (near = nearMiss(word, words) !== undefined));
    return near;
  }

  /**
   * Chevrotain repairs a token missing before the one at hand by pretending it was there,
   * and a token too many by dropping it; it tries the first repair first. Here the second
   * comes first when both fit: when the token after the one at hand is the one expected,
   * the one at hand is more likely out of place (`severity "Critical" critical {`) than
   * something missing before it.
   */
  canRecoverWithSingleTokenInsertion(expected: TokenType, follows: TokenType[]): boolean {
    if (this.canRecoverWithSingleTokenDeletion(expected)) return false;
    return original.canRecoverWithSingleTokenInsertion.call(this, expected, follows);
  }

  /**
   * Chevrotain may repair a token too many by dropping it, when the token after it is the
   * one expected. Not across a line break: any word can be an id, so in `tier 24x7-program`
   * followed by a line `first_response 4h` the metric would become the tier's id.
   */
  canRecoverWithSingleTokenDeletion(expected: TokenType): boolean {
    const next = this.LA(2);
    return tokenMatcher(next, expected) && !this.startsLine(next);
  }

  /**
   * Chevrotain may repair a missing token by pretending it was there, when the token
   * at hand could follow it. Not `}`: any id could follow a block (it may start a
   * policy item), so a typo inside a block would close the block. Without it, a block
   * that lost its `}` still ends where an enclosing rule can go on (findReSyncTokenType).
   */
  protected override canTokenTypeBeInsertedInRecovery(type: TokenType): boolean {
    return type !== RCurly;
  }
}
