/**
 * What every CST → AST function shares: reading a CST node's children by label, ranges,
 * names and strings, and the diagnostics found while building.
 *
 * A CST from a recovered parse may lack any child, or hold tokens the parser inserted;
 * readers here skip inserted tokens, and a node whose required parts are missing is
 * left out (its builder returns undefined), as src/ast/nodes.ts promises.
 */
import type { Name, Text } from "../../ast/nodes.js";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import type { CodeInfo, DiagnosticExtras } from "../../diagnostics/registry.js";
import { report } from "../../diagnostics/registry.js";
import type { CstElement, CstNode, IToken } from "../chevrotain.js";
import { spanOf } from "../lexer.js";
import type { Span } from "../lexer.js";
import type { SourceText } from "../source.js";
import { decodeString } from "./literals.js";

function isNode(element: CstElement): element is CstNode {
  return "children" in element;
}

/** Whether a CST element is a token the text holds (not a node, not inserted by recovery). */
function isRealToken(element: CstElement): element is IToken {
  return !isNode(element) && !element.isInsertedInRecovery && Number.isFinite(element.startOffset);
}

/** The real (not inserted) tokens under a label. */
export function tokens(node: CstNode, label: string): IToken[] {
  const found: IToken[] = [];
  const elements = node.children[label];
  if (elements !== undefined) for (const element of elements) if (isRealToken(element)) found.push(element);
  return found;
}

/** The first real token under a label. */
export function token(node: CstNode, label: string): IToken | undefined {
  const elements = node.children[label];
  if (elements !== undefined) for (const element of elements) if (isRealToken(element)) return element;
  return undefined;
}

/** The sub-rule nodes under a label. */
export function nodes(node: CstNode, label: string): CstNode[] {
  return (node.children[label] ?? []).filter(isNode);
}

/** The first sub-rule node under a label. */
export function node(parent: CstNode, label: string): CstNode | undefined {
  const elements = parent.children[label];
  if (elements !== undefined) for (const element of elements) if (isNode(element)) return element;
  return undefined;
}

/**
 * The span of all real tokens under a CST node, or undefined when it has none. The
 * parser tracks each node's first and last offsets (chevrotain's `onlyOffset` node
 * location tracking); its end offset is inclusive.
 */
function spanOfNode(cst: CstNode): Span | undefined {
  const location = cst.location;
  if (location === undefined || !Number.isFinite(location.startOffset) || !Number.isFinite(location.endOffset)) {
    return undefined;
  }
  return { start: location.startOffset, end: (location.endOffset as number) + 1 };
}

/** A CST node or a token: what a range can be taken from. */
export type Part = CstNode | IToken;

/** Collects diagnostics and makes the leaves every builder needs. */
export class Builder {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly source: SourceText) {}

  /** The range covering all given parts (at least one of which has real tokens). */
  rangeOf(...parts: (Part | undefined)[]): Range {
    let start = Infinity;
    let end = -Infinity;
    for (const part of parts) {
      if (part === undefined) continue;
      const span = "children" in part ? spanOfNode(part) : spanOf(part);
      if (span === undefined) continue;
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    return start === Infinity ? this.source.endRange() : this.source.range(start, end);
  }

  /** The range of part of a token's text, from `from` to `to` code units into it. */
  rangeWithin(tok: IToken, from: number, to: number): Range {
    return this.source.range(tok.startOffset + from, tok.startOffset + to);
  }

  /** Reports a diagnostic. */
  report(info: CodeInfo, message: string, range: Range, extras?: DiagnosticExtras): void {
    this.diagnostics.push(report(info, message, range, extras));
  }

  /** An id, zone or other word, as written. */
  name(tok: IToken | undefined): Name | undefined {
    if (tok === undefined) return undefined;
    return { kind: "Name", value: tok.image, range: this.rangeOf(tok) };
  }

  /** Every id under a label, in order. */
  names(cst: CstNode | undefined, label: string): Name[] {
    return cst === undefined ? [] : tokens(cst, label).map((tok) => this.name(tok)!);
  }

  /** A string literal with its escapes decoded; bad escapes are reported. */
  text(tok: IToken | undefined): Text | undefined {
    if (tok === undefined) return undefined;
    const { value, problems } = decodeString(tok.image);
    for (const problem of problems) {
      this.report(problem.code, problem.message, this.rangeWithin(tok, problem.start, problem.end));
    }
    return { kind: "Text", value, range: this.rangeOf(tok) };
  }
}
