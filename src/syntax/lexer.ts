/** The lexer stage: text to tokens, comments and lexical diagnostics. */
import { SyntaxCodes } from "../diagnostics/codes/syntax.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import type { IToken } from "./chevrotain.js";
import { MAX_WORD, scan } from "./scanner.js";
import type { SourceText } from "./source.js";
import { UnterminatedComment, UnterminatedString } from "./tokens.js";

/** An end-exclusive span of offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The span of a token. Chevrotain's `endOffset` is inclusive; this is the one place that
 * turns it into an exclusive end. A token inserted by error recovery has no span.
 */
export function spanOf(token: IToken): Span | undefined {
  if (token.isInsertedInRecovery || !Number.isFinite(token.startOffset)) return undefined;
  const end = Number.isFinite(token.endOffset) ? (token.endOffset as number) + 1 : token.startOffset + token.image.length;
  return { start: token.startOffset, end };
}

/** What the lexer found: tokens for the parser, comments for the formatter, and problems. */
export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly diagnostics: Diagnostic[];
}

/** Splits a text into tokens; never throws. */
export function lex(source: SourceText): LexResult {
  const result = scan(source.text);
  const diagnostics: Diagnostic[] = [];
  for (const error of result.unexpected) {
    const found = source.text.slice(error.offset, error.offset + error.length);
    const plural = [...found].length > 1 ? "characters" : "character";
    diagnostics.push(
      report(SyntaxCodes.UnexpectedCharacter, `unexpected ${plural} \`${found}\``, source.range(error.offset, error.offset + error.length)),
    );
  }
  for (const word of result.tooLong) {
    diagnostics.push(
      report(SyntaxCodes.WordTooLong, `this word is ${word.length.toLocaleString("en-US")} characters long, more than the ${MAX_WORD.toLocaleString("en-US")} a word may have`, source.range(word.offset, word.offset + 1), {
        hint: "an id, zone or literal is short; a long text belongs in a string",
      }),
    );
  }
  const { tokens, comments } = result;
  for (const token of [...tokens, ...comments]) {
    const span = spanOf(token)!;
    if (token.tokenType === UnterminatedString) {
      diagnostics.push(
        report(SyntaxCodes.UnterminatedString, "this string has no closing `\"` on its line", source.range(span.start, span.end), {
          hint: "strings end on the line they start; write a line break as `\\n`",
        }),
      );
    } else if (token.tokenType === UnterminatedComment) {
      diagnostics.push(
        report(SyntaxCodes.UnterminatedComment, "this comment has no closing `*/`", source.range(span.start, span.start + 2)),
      );
    }
  }
  return { tokens, comments, diagnostics };
}
