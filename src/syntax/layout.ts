/**
 * Braces repaired by the layout. When the braces of a text do not balance, the parser
 * cannot tell which block lost a brace: a lost `}` makes the next items part of the
 * block, a lost `{` makes its `}` close the enclosing block, and either turns the rest of
 * the file into errors. The indentation tells what was meant, as people read it:
 *
 * - a line indented no deeper than the line that opened a block starts after that
 *   block, so the block lost its `}` before it;
 * - a `}` that starts a line indented deeper than the line that opened the innermost
 *   block closes a block that lost its `{`, opened at the end of the last line before
 *   it that is indented like the `}`;
 * - a line opens one block, so of two `{` on a line that stay open past it, the second
 *   is one too many when the layout closes only one block.
 *
 * Each repair is one error, where the brace is missing; the parser then reads the text
 * with the brace in place. Nothing is repaired when the layout does not explain every
 * unmatched brace (a file on one line, say): the parser's own recovery deals with it.
 */
import { SyntaxCodes } from "../diagnostics/codes/syntax.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import { createTokenInstance } from "./chevrotain.js";
import type { IToken, TokenType } from "./chevrotain.js";
import { spanOf } from "./lexer.js";
import type { SourceText } from "./source.js";
import { LCurly, RCurly } from "./tokens.js";

/** The tokens with the missing braces in place, and an error for each. */
export interface BraceRepair {
  readonly tokens: IToken[];
  readonly diagnostics: Diagnostic[];
}

/** Whether only blanks stand between the last line break before `offset` and it. */
export function startsLine(text: string, offset: number): boolean {
  if (!(offset <= text.length)) return false;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The braces of a token list: the index of the brace matching each one (or -1), and whether all are matched. */
export interface Braces {
  readonly tokens: readonly IToken[];
  readonly matches: Int32Array;
  readonly balanced: boolean;
}

/** Pairs the braces of a token list, innermost first. */
export function matchBraces(tokens: readonly IToken[]): Braces {
  const matches = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  let unmatched = 0;
  tokens.forEach((token, i) => {
    if (token.tokenType === LCurly) open.push(i);
    else if (token.tokenType !== RCurly) return;
    else if (open.length === 0) unmatched++;
    else {
      const start = open.pop()!;
      matches[start] = i;
      matches[i] = start;
    }
  });
  return { tokens, matches, balanced: unmatched === 0 && open.length === 0 };
}

/** Whether the braces of a token list balance (without pairing them). */
export function bracesBalance(tokens: readonly IToken[]): boolean {
  let depth = 0;
  for (const token of tokens) {
    if (token.tokenType === LCurly) depth++;
    else if (token.tokenType === RCurly && --depth < 0) return false;
  }
  return depth === 0;
}

/** The start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== "\n" && text[at - 1] !== "\r") at--;
  return at;
}

/** How far the line holding `offset` is indented, in characters. */
function indentation(text: string, offset: number): number {
  const start = lineStart(text, offset);
  let at = start;
  while (text[at] === " " || text[at] === "\t") at++;
  return at - start;
}


/** A brace the text lacks, to be read before `tokens[before]`, or one too many, at `tokens[extra]`. */
type Repair = { readonly diagnostic: Diagnostic } & ({ readonly type: TokenType; readonly before: number } | { readonly extra: number });

/** An open block: the index of its `{`, how far its line is indented, and the second `{` of its line, if any. */
interface Block {
  readonly index: number;
  readonly indent: number;
  /** Whether its `{` is on the line of the enclosing block's `{`. */
  readonly shared: boolean;
  /** Whether its contents have begun (on the line of its `{`, or on a deeper indented line). */
  begun: boolean;
  extra?: number;
}

/** A brace that is not in the text, for the parser; like the tokens chevrotain's recovery inserts, it has no position. */
function virtual(type: TokenType): IToken {
  const token = createTokenInstance(type, "", NaN, NaN, NaN, NaN, NaN, NaN);
  token.isInsertedInRecovery = true;
  return token;
}

/** The tokens with the braces the layout says are missing, or undefined when the braces balance or the layout does not explain them. */
export function repairBraces(tokens: readonly IToken[], source: SourceText): BraceRepair | undefined {
  if (bracesBalance(tokens)) return undefined;
  const text = source.text;
  const line = (token: IToken) => source.positionAt(token.startOffset).line;
  const open: Block[] = [];
  const repairs: Repair[] = [];
  const at = (token: IToken) => {
    const span = spanOf(token)!;
    return source.range(span.start, span.end);
  };
  const close = (before: number, found: IToken) => {
    const block = open.pop()!;
    if (block.extra !== undefined) {
      const message = "this `{` is one too many: its line already opens a block";
      repairs.push({ extra: block.extra, diagnostic: report(SyntaxCodes.UnexpectedToken, message, at(tokens[block.extra]!)) });
      return;
    }
    const message = `expected \`}\` to close the block opened on line ${line(tokens[block.index]!)}, found \`${found.image}\``;
    repairs.push({ type: RCurly, before, diagnostic: report(SyntaxCodes.UnexpectedToken, message, at(found)) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const first = startsLine(text, token.startOffset);
    const indent = first ? indentation(text, token.startOffset) : -1;
    if (token.tokenType === RCurly) {
      if (first) {
        while (open.length > 0 && open.at(-1)!.indent > indent) close(i, token);
        if (open.length === 0 || open.at(-1)!.indent < indent) {
          const head = headBefore(tokens, i, open.at(-1)?.index ?? -1, indent, text);
          if (head === undefined) return undefined;
          const message = `expected \`{\` to open the block closed on line ${line(token)}`;
          repairs.push({ type: LCurly, before: head + 1, diagnostic: report(SyntaxCodes.UnexpectedToken, message, at(tokens[head]!)) });
          continue;
        }
      } else if (open.length === 0) {
        return undefined;
      }
      const block = open.pop()!;
      if (first && block.shared) open.at(-1)!.extra = block.index;
      continue;
    }
    if (first) {
      const innermost = open.at(-1);
      // A text whose blocks are not indented deeper than the lines that open them has no layout to go by.
      if (innermost !== undefined && !innermost.begun) {
        if (indent <= innermost.indent) return undefined;
        innermost.begun = true;
      }
      while (open.length > 0 && open.at(-1)!.indent >= indent) close(i, token);
    }
    if (token.tokenType === LCurly) {
      const enclosing = open.at(-1);
      const shared = enclosing !== undefined && line(tokens[enclosing.index]!) === line(token);
      const next = tokens[i + 1];
      const begun = next !== undefined && !startsLine(text, next.startOffset);
      open.push({ index: i, indent: indentation(text, token.startOffset), shared, begun });
    }
  }
  if (open.length > 0 || repairs.length === 0) return undefined;
  const repaired = withBraces(tokens, repairs);
  return bracesBalance(repaired) ? { tokens: repaired, diagnostics: repairs.map((r) => r.diagnostic) } : undefined;
}

/**
 * The last token of the line that opens a block closed by the `}` at `index`: the last
 * line before it, after the `{` at `after`, indented like the `}`. Undefined when there
 * is none, or when a nested block is still open at its end.
 */
function headBefore(tokens: readonly IToken[], index: number, after: number, indent: number, text: string): number | undefined {
  let depth = 0;
  for (let i = index - 1; i > after; i--) {
    const token = tokens[i]!;
    if (token.tokenType === RCurly) depth++;
    else if (token.tokenType === LCurly) depth--;
    if (depth < 0) return undefined;
    if (depth === 0 && startsLine(text, token.startOffset) && indentation(text, token.startOffset) === indent) {
      // The last token on that line, which ends the head of the block.
      let last = i;
      while (last + 1 < index && !startsLine(text, tokens[last + 1]!.startOffset)) last++;
      return tokens[last]!.tokenType === LCurly ? undefined : last;
    }
  }
  return undefined;
}

function withBraces(tokens: readonly IToken[], repairs: readonly Repair[]): IToken[] {
  const inserted = new Map<number, TokenType[]>();
  const extra = new Set<number>();
  for (const repair of repairs) {
    if ("extra" in repair) extra.add(repair.extra);
    else inserted.set(repair.before, [...(inserted.get(repair.before) ?? []), repair.type]);
  }
  const result: IToken[] = [];
  for (let i = 0; i <= tokens.length; i++) {
    for (const type of inserted.get(i) ?? []) result.push(virtual(type));
    if (i < tokens.length && !extra.has(i)) result.push(tokens[i]!);
  }
  return result;
}
