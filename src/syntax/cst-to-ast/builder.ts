/**
 * What every CST → AST function shares: reading a CST node's children by label, ranges,
 * names and strings, and the diagnostics found while building.
 *
 * Builders take the CST node types generated from the grammar (cst.generated.ts), and
 * the readers here take only the labels a node of that type has (see cst.ts): a label
 * the grammar does not give fails to compile. A CST from a recovered parse may lack any
 * child, whatever the generated types say, or hold tokens the parser inserted; readers
 * here skip inserted tokens and never assume a child is there, and a node whose required
 * parts are missing is left out (its builder returns undefined), as src/ast/nodes.ts
 * promises.
 */
import type { Name, Text } from "../../ast/nodes.js";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import type { CodeInfo, DiagnosticExtras } from "../../diagnostics/registry.js";
import { report } from "../../diagnostics/registry.js";
import type { CstElement, CstNode, IToken } from "../chevrotain.js";
import type { NodeAt, NodeLabel, RuleName, TokenLabel } from "../cst.js";
import { spanOf } from "../lexer.js";
import type { Span } from "../lexer.js";
import { undamaged } from "../parser/damage.js";
import type { ParseDamage } from "../parser/damage.js";
import { startsLine } from "../layout.js";
import type { SourceText } from "../source.js";
import { keywords, LCurly } from "../tokens.js";
import { decodeString } from "./literals.js";

function isNode(element: CstElement): element is CstNode {
  return "children" in element;
}

/** Whether a CST element is a token the text holds (not a node, not inserted by recovery). */
function isRealToken(element: CstElement): element is IToken {
  return !isNode(element) && !element.isInsertedInRecovery && Number.isFinite(element.startOffset);
}

/** The children under a label, if any: what a generated type calls required may be missing. */
function childrenAt(node: CstNode, label: string): CstElement[] | undefined {
  return node.children[label];
}

/** The real (not inserted) tokens under a label. */
export function tokens<N extends CstNode>(node: N, label: TokenLabel<N>): IToken[] {
  const found: IToken[] = [];
  const elements = childrenAt(node, label);
  if (elements !== undefined) for (const element of elements) if (isRealToken(element)) found.push(element);
  return found;
}

/** The first real token under a label. */
export function token<N extends CstNode>(node: N, label: TokenLabel<N>): IToken | undefined {
  const elements = childrenAt(node, label);
  if (elements !== undefined) for (const element of elements) if (isRealToken(element)) return element;
  return undefined;
}

/** The sub-rule nodes under a label. */
export function nodes<N extends CstNode, L extends NodeLabel<N>>(node: N, label: L): NodeAt<N, L>[] {
  return (childrenAt(node, label) ?? []).filter(isNode) as NodeAt<N, L>[];
}

/** The first sub-rule node under a label. */
export function node<N extends CstNode, L extends NodeLabel<N>>(parent: N, label: L): NodeAt<N, L> | undefined {
  const elements = childrenAt(parent, label);
  if (elements !== undefined) for (const element of elements) if (isNode(element)) return element as NodeAt<N, L>;
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

/**
 * Whether a CST node holds something error recovery made up: a rule it abandoned part
 * way, or a token it pretended was there. Such an item is not built: its parts may be
 * missing or be tokens of the next item (in `open mon 09:00 to 17:00`, `to` would be
 * read as a day), and building it would report those as mistakes of their own.
 */
function isDamaged(cst: CstNode): boolean {
  if (cst.recoveredNode === true) return true;
  for (const label in cst.children) {
    for (const element of cst.children[label]!) if (isNode(element) ? isDamaged(element) : element.isInsertedInRecovery === true) return true;
  }
  return false;
}

/** The rules of the declarations of names that other items refer to. */
const declarationRules: ReadonlySet<string> = new Set<string>(
  ["calendar", "team", "channel", "severityDecl", "tier", "attributeDecl", "metricDecl", "eventDecl", "languages"] satisfies RuleName[],
);

const keywordSet: ReadonlySet<string> = new Set(keywords);

/** A CST node or a token: what a range can be taken from. */
export type Part = CstNode | IToken;

/** Collects diagnostics and makes the leaves every builder needs. */
export class Builder {
  readonly diagnostics: Diagnostic[] = [];
  /** The ranges of the declarations that could not be built: names they declare are unknown to the checks. */
  readonly lost: Range[] = [];

  /**
   * @param source the text parsed
   * @param damage where the parser went wrong
   */
  constructor(
    readonly source: SourceText,
    private readonly damage: ParseDamage = undamaged,
  ) {}

  /**
   * Whether an item without a block is damaged, and left out: the parser went wrong at
   * one of its tokens but the first (it may have dropped one), recovery made up part of
   * it (see isDamaged), it starts where recovery resumed in the middle of a line, or it
   * ends with a token that may belong to what follows (see ParseDamage). A block (a
   * calendar, a targets block) is kept, with its damaged items left out, so that one
   * broken line does not take a whole declaration with it.
   */
  private leavesOut(item: CstNode): boolean {
    const damage = this.damage;
    if (damage.errors.length === 0) return false;
    const span = spanOfNode(item);
    if (span === undefined) return isDamaged(item);
    // An error at an item's first token is about what came before it (a block that lost its
    // `}`), unless the item starts at it in the middle of a line (see startsAtError:
    // `next business dya medium 2h` read as the scope of an attribute `dya`).
    return (
      isDamaged(item) ||
      damage.errors.some((offset) => span.start < offset && offset < span.end) ||
      damage.resumedMidLine.includes(span.start) ||
      damage.afterErrors.includes(span.start) ||
      this.startsAtError(span.start) ||
      damage.suspects.includes(span.end - 1)
    );
  }

  /**
   * Whether an item starts with a word other than a keyword, in the middle of a line, where
   * the parse went wrong: the parser pretended a token was there and read on, and the item
   * is the rest of the broken line (`from lnaguages { … }` read as the targets of a metric
   * `lnaguages`). A block is left out for this too.
   */
  private startsAtError(start: number): boolean {
    return this.damage.errors.includes(start) && !startsLine(this.source.text, start) && !this.startsWithKeyword(start);
  }

  /** Whether the text at `offset` is a keyword, as a word of its own. */
  private startsWithKeyword(offset: number): boolean {
    const word = /^[A-Za-z_]\w*(?:-\w+)*/.exec(this.source.text.slice(offset, offset + 40))?.[0];
    return word !== undefined && keywordSet.has(word);
  }

  /**
   * Builds one item of a block, or leaves it out when it is damaged (see leavesOut). A
   * declaration that is not built is listed in `lost`.
   */
  item<N extends CstNode, T>(cst: N, build: (b: Builder, cst: N) => T | undefined): T | undefined {
    const start = spanOfNode(cst)?.start;
    const lostBlock = start !== undefined && this.damage.errors.length > 0 && this.startsAtError(start);
    const built = (childrenAt(cst, LCurly.name) === undefined ? this.leavesOut(cst) : lostBlock) ? undefined : build(this, cst);
    if (built === undefined && declarationRules.has(cst.name)) this.lost.push(this.rangeOf(cst));
    return built;
  }

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
  names<N extends CstNode>(cst: N | undefined, label: TokenLabel<N>): Name[] {
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
