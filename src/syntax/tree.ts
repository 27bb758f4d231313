/**
 * The concrete syntax tree of a `.sla` text as plain data: the parser's CST, with its
 * tokens as offsets and spellings, and the comments the lexer set aside. The formatter
 * prints from it, so that a rule the grammar gains is printed without a change here.
 *
 * Exported from the syntax module's door (index.ts); no `IToken` or `CstNode` leaves it.
 */
import type { CstElement, CstNode, IToken } from "./chevrotain.js";
import type { RuleName } from "./cst.js";
import { lex, spanOf } from "./lexer.js";
import { getParser } from "./parser/policy.js";
import { SourceText } from "./source.js";

export type { RuleName };

/** A token of the text: its spelling and its end-exclusive offsets. */
export interface SyntaxToken {
  readonly kind: "token";
  readonly image: string;
  readonly start: number;
  readonly end: number;
}

/** A node of the grammar's rule `rule`, with its tokens and sub-rule nodes in source order. */
export interface SyntaxNode {
  readonly kind: "node";
  readonly rule: RuleName;
  readonly start: number;
  readonly end: number;
  readonly children: readonly SyntaxElement[];
}

/** What a node holds. */
export type SyntaxElement = SyntaxNode | SyntaxToken;

/** A `//` or `/* *\/` comment. */
export interface SyntaxComment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A `/* … *\/` comment, which may be followed by more on its line. */
  readonly block: boolean;
}

/** A whole text: the `sourceFile` node and the comments, each in source order. */
export interface SyntaxTree {
  readonly root: SyntaxNode;
  readonly comments: readonly SyntaxComment[];
}

function isToken(element: CstElement): element is IToken {
  return "image" in element;
}

/** The node's elements in source order, without tokens that recovery inserted; undefined when it holds none. */
function nodeOf(cst: CstNode): SyntaxNode | undefined {
  const children: SyntaxElement[] = [];
  for (const list of Object.values(cst.children)) {
    for (const element of list ?? []) {
      if (isToken(element)) {
        const span = spanOf(element);
        if (span !== undefined) children.push({ kind: "token", image: element.image, ...span });
      } else {
        const node = nodeOf(element);
        if (node !== undefined) children.push(node);
      }
    }
  }
  if (children.length === 0) return undefined;
  children.sort((a, b) => a.start - b.start);
  return { kind: "node", rule: cst.name as RuleName, start: children[0]!.start, end: children.at(-1)!.end, children };
}

/**
 * The syntax tree of a text that parses without errors (the caller checks that with
 * `parse`); on any other text the tree is what recovery made of it.
 */
export function syntaxTree(text: string): SyntaxTree {
  const source = new SourceText(text, "");
  const lexed = lex(source);
  const parser = getParser();
  parser.read(lexed.tokens, text);
  const cst = parser.sourceFile();
  const root = nodeOf(cst) ?? { kind: "node", rule: "sourceFile", start: 0, end: 0, children: [] };
  const comments = lexed.comments.map((token) => {
    const span = spanOf(token)!;
    return { text: token.image, ...span, block: token.image.startsWith("/*") };
  });
  return { root, comments };
}
