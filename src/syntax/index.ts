/**
 * The syntax stage of slac: `.sla` text to an AST and syntax diagnostics (SLA1nnn).
 * This module is the only one that knows chevrotain; no token leaves it.
 */
import type { Comment, SourceFile } from "../ast/nodes.js";
import { SyntaxCodes } from "../diagnostics/codes/syntax.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import type { IToken } from "./chevrotain.js";
import { Builder } from "./build/builder.js";
import { sourceFile } from "./build/policy.js";
import { diagnoseParseErrors } from "./messages.js";
import { lex, spanOf } from "./lexer.js";
import { getParser, startsOfRule } from "./parser/policy.js";
import { SourceText } from "./source.js";
import { LCurly, RCurly } from "./tokens.js";

export { keywords, punctuation } from "./tokens.js";

/** How deep blocks may nest; real policies stay under 6, and the parser recurses per level. */
const maxNesting = 32;

/** The first `{` nested deeper than `maxNesting`, if any. */
function tooDeep(tokens: readonly IToken[]): IToken | undefined {
  let depth = 0;
  for (const tok of tokens) {
    if (tok.tokenType === LCurly && ++depth > maxNesting) return tok;
    if (tok.tokenType === RCurly) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Keeps one diagnostic per code and start offset: recovery can meet one mistake twice. */
function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.sort(compareDiagnostics).filter((d) => {
    const key = `${d.code}@${d.range.start.offset}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * Parses the text of a `.sla` file. Never throws on any input: every problem is a
 * diagnostic, and the AST holds every node that could be read whole.
 */
export function parse(text: string, file: string): Result<SourceFile> {
  const source = new SourceText(text, file);
  const lexed = lex(source);
  const builder = new Builder(source);
  const comments: Comment[] = lexed.comments.map((tok) => ({ kind: "Comment", text: tok.image, range: builder.rangeOf(tok) }));
  const diagnostics = [...lexed.diagnostics];
  const deep = tooDeep(lexed.tokens);
  if (deep !== undefined) {
    const span = spanOf(deep)!;
    diagnostics.push(
      report(SyntaxCodes.NestingTooDeep, `blocks are nested more than ${maxNesting} deep`, source.range(span.start, span.end)),
    );
    return { value: sourceFile(builder, undefined, comments), diagnostics: unique(diagnostics) };
  }
  const parser = getParser();
  parser.input = lexed.tokens;
  const cst = parser.sourceFile();
  diagnostics.push(...diagnoseParseErrors(parser.errors, source, (rule) => startsOfRule(parser, rule)));
  const value = sourceFile(builder, cst, comments);
  diagnostics.push(...builder.diagnostics);
  return { value, diagnostics: unique(diagnostics) };
}
