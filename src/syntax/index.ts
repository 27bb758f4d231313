/**
 * The syntax stage of slac: `.sla` text to an AST and syntax diagnostics (SLA1nnn).
 * This module is the only one that knows chevrotain; no token leaves it.
 */
import type { Comment, SourceFile } from "../ast/nodes.js";
import { SyntaxCodes } from "../diagnostics/codes/syntax.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import type { Diagnostic, Range, Result } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import type { IToken } from "./chevrotain.js";
import type { RuleName } from "./cst.js";
import type { SourceFileCstNode } from "./cst.generated.js";
import { Builder } from "./cst-to-ast/builder.js";
import { sourceFile } from "./cst-to-ast/policy.js";
import { repairBraces } from "./layout.js";
import { lex, spanOf } from "./lexer.js";
import { diagnoseParseErrors } from "./messages.js";
import { getParser, startsOfRule } from "./parser/policy.js";
import { SourceText } from "./source.js";
import { LCurly, RCurly } from "./tokens.js";

export { keywords, punctuation } from "./tokens.js";

/** How deep blocks may nest; real policies stay under 6, and the parser recurses per level. */
const maxNesting = 32;

/** The first `{` nested deeper than `maxNesting`, if any, and whether the braces balance. */
function nesting(tokens: readonly IToken[]): { tooDeep?: IToken; balanced: boolean } {
  let depth = 0;
  let balanced = true;
  for (const tok of tokens) {
    if (tok.tokenType === LCurly && ++depth > maxNesting) return { tooDeep: tok, balanced: false };
    if (tok.tokenType === RCurly && --depth < 0) {
      depth = 0;
      balanced = false;
    }
  }
  return { balanced: balanced && depth === 0 };
}

/** Keeps one diagnostic per code and start offset: recovery can meet one mistake twice. */
function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.sort(compareDiagnostics).filter((d) => {
    const key = `${d.code}@${d.range.start.offset}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** What `parse` gives: the AST and the diagnostics, and what syntax errors kept out of the AST. */
export interface ParseResult extends Result<SourceFile> {
  /**
   * The ranges of the declarations (calendars, tiers, …) that syntax errors kept out of
   * the AST: the names they declare are unknown to the checks, through no mistake of
   * the items that use them.
   */
  readonly lostDeclarations: readonly Range[];
}

/**
 * Parses the text of a `.sla` file. Never throws on any input: every problem is a
 * diagnostic, and the AST holds every node that could be read whole.
 */
export function parse(text: string, file: string): ParseResult {
  const source = new SourceText(text, file);
  const lexed = lex(source);
  const diagnostics = [...lexed.diagnostics];
  const { tooDeep: deep, balanced } = nesting(lexed.tokens);
  if (deep !== undefined) {
    const span = spanOf(deep)!;
    diagnostics.push(
      report(SyntaxCodes.NestingTooDeep, `blocks are nested more than ${maxNesting} deep`, source.range(span.start, span.end)),
    );
    const builder = new Builder(source);
    const value = sourceFile(builder, undefined, commentsOf(builder, lexed.comments));
    return { value, diagnostics: unique(diagnostics), lostDeclarations: [] };
  }
  const repair = balanced ? undefined : repairBraces(lexed.tokens, source);
  if (repair !== undefined) diagnostics.push(...repair.diagnostics);
  const tokens = repair?.tokens ?? lexed.tokens;
  const parser = getParser();
  parser.read(tokens, source.text);
  // The CST of the `sourceFile` rule, of the type generated from the grammar (a recovered
  // parse may lack children the type calls required; the builders never assume them).
  const cst = parser.sourceFile() as SourceFileCstNode;
  const startsOf = (rule: RuleName) => startsOfRule(parser, rule);
  const lexical = lexed.diagnostics.map((d) => d.range.start.offset);
  diagnostics.push(...diagnoseParseErrors(parser.errors, { source, tokens, lexical, startsOf }));
  const builder = new Builder(source, parser.damage);
  const value = sourceFile(builder, cst, commentsOf(builder, lexed.comments));
  diagnostics.push(...builder.diagnostics);
  return { value, diagnostics: unique(diagnostics), lostDeclarations: builder.lost };
}

/** The comments, for the formatter. */
function commentsOf(builder: Builder, tokens: readonly IToken[]): Comment[] {
  return tokens.map((tok) => ({ kind: "Comment", text: tok.image, range: builder.rangeOf(tok) }));
}

export { syntaxTree, type RuleName, type SyntaxComment, type SyntaxElement, type SyntaxNode, type SyntaxToken, type SyntaxTree } from "./tree.js";
export { expectedAt, type Expectation, type IdSlot } from "./assist.js";
