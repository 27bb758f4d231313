/**
 * The canonical layout of a `.sla` text, as a prettier document built from the syntax
 * tree alone: a node with `{` … `}` is a block whose elements between the braces are its
 * items, one per line, two spaces in; everything else is inline, tokens one space apart,
 * wrapping after commas. Comments are placed by where they sit among the tokens, so no
 * rule of the grammar needs a case of its own here, but for the two below.
 */
import type { Doc } from "prettier";
import { builders } from "prettier/doc";
import type { RuleName, SyntaxComment, SyntaxElement, SyntaxNode, SyntaxToken, SyntaxTree } from "../syntax/index.js";

const { breakParent, fill, group, hardline, indent, line, lineSuffix } = builders;

/**
 * Nodes written without spaces inside: the shift of a yearly date (`easter -2d`), where
 * `- 2d` would read as a range's dash.
 */
const tight: ReadonlySet<RuleName> = new Set<RuleName>(["dateShift"]);

/**
 * Nodes before which a line break of the source is kept, as a continuation line: a
 * rule's provenance (`assumption "…"`, `note "…"`), often too long to share its line.
 */
const ownLineWhenWritten: ReadonlySet<RuleName> = new Set<RuleName>(["ruleNote"]);

const lineBreak = /\r\n?|\n/;
const blankLine = /(?:\r\n?|\n)[^\S\r\n]*(?:\r\n?|\n)/;

/** Whether a node holds a block: its own `{` and `}`. */
function braces(node: SyntaxNode): { open: number; close: number } | undefined {
  const open = node.children.findIndex((e) => e.kind === "token" && e.image === "{");
  const close = node.children.findLastIndex((e) => e.kind === "token" && e.image === "}");
  return open >= 0 && close > open ? { open, close } : undefined;
}

/** The text of a comment as printed: a line comment loses its trailing white space. */
function commentText(comment: SyntaxComment): string {
  return comment.block ? comment.text : comment.text.trimEnd();
}

/** One line of a block: an item or a comment of its own, and the comments after it on its line. */
interface Entry {
  readonly doc: Doc;
  readonly blankBefore: boolean;
  readonly trailing: Doc[];
}

/** What an item is made of, in order, before it is laid out. */
type Piece =
  | { readonly kind: "word"; readonly text: string; readonly glued: boolean }
  | { readonly kind: "comment"; readonly comment: SyntaxComment; readonly ownLine: boolean }
  | { readonly kind: "break" }
  | { readonly kind: "block"; readonly doc: Doc };

/** Builds the document of one text; holds the position reached, to place comments. */
class Layout {
  /** The next comment to place. */
  private next = 0;
  /** The end of the last token or comment placed. */
  private last = 0;

  constructor(
    private readonly text: string,
    private readonly comments: readonly SyntaxComment[],
  ) {}

  private between(from: number, to: number): string {
    return this.text.slice(from, to);
  }

  /** The comments before `offset` not yet placed. */
  private commentsBefore(offset: number): SyntaxComment[] {
    const taken: SyntaxComment[] = [];
    while (this.next < this.comments.length && this.comments[this.next]!.start < offset) taken.push(this.comments[this.next++]!);
    return taken;
  }

  /** Whether the source has a line break between the last thing placed and `offset`. */
  private breaksBefore(offset: number): boolean {
    return lineBreak.test(this.between(this.last, offset));
  }

  file(root: SyntaxNode): Doc {
    const entries = this.entries(root.children, Infinity);
    if (entries.length === 0) return "";
    return [this.lines(entries), hardline];
  }

  /**
   * The entries of a list of items (a block's, or the file's policies) and of the
   * comments among them, up to `end` (the closing `}`); comments on the line of the
   * block's `{` go to `afterOpen`.
   */
  private entries(items: readonly SyntaxElement[], end: number, afterOpen?: Doc[]): Entry[] {
    const entries: Entry[] = [];
    const placeComments = (before: number) => {
      for (const comment of this.commentsBefore(before)) {
        const text = commentText(comment);
        // A line comment ends its line: it takes no part in whether the line fits.
        const trailing = comment.block ? [" ", text] : [lineSuffix([TRAILING, text]), breakParent];
        const before = entries.at(-1)?.trailing ?? afterOpen;
        if (before !== undefined && !this.breaksBefore(comment.start)) before.push(...trailing);
        else entries.push({ doc: text, blankBefore: this.blankBefore(comment.start, entries), trailing: [] });
        this.last = comment.end;
      }
    };
    for (const item of items) {
      placeComments(item.start);
      const blankBefore = this.blankBefore(item.start, entries);
      entries.push({ doc: this.item(item), blankBefore, trailing: [] });
    }
    placeComments(end);
    return entries;
  }

  private blankBefore(offset: number, entries: readonly Entry[]): boolean {
    return entries.length > 0 && blankLine.test(this.between(this.last, offset));
  }

  /** Entries one per line, with the blank lines kept. */
  private lines(entries: readonly Entry[]): Doc {
    return entries.map((entry, i) => [i === 0 ? "" : entry.blankBefore ? [hardline, hardline] : hardline, entry.doc, entry.trailing]);
  }

  /** One item: its pieces laid out inline, its blocks as blocks. */
  private item(element: SyntaxElement): Doc {
    const pieces: Piece[] = [];
    this.pieces(element, pieces, false);
    return inline(pieces);
  }

  /** Flattens an element into pieces, placing the comments among its tokens. */
  private pieces(element: SyntaxElement, into: Piece[], glued: boolean): void {
    if (element.kind === "token") {
      this.token(element, into, glued);
      return;
    }
    if (ownLineWhenWritten.has(element.rule) && into.length > 0) {
      for (const comment of this.commentsBefore(element.start)) this.comment(comment, into);
      if (this.breaksBefore(element.start)) into.push({ kind: "break" });
    }
    const block = braces(element);
    const children = element.children;
    const inner = tight.has(element.rule);
    const flatten = (from: number, to: number) => {
      for (let i = from; i < to; i++) this.pieces(children[i]!, into, glued || (inner && i > from));
    };
    if (block === undefined) {
      flatten(0, children.length);
      return;
    }
    flatten(0, block.open);
    const open = children[block.open] as SyntaxToken;
    const close = children[block.close] as SyntaxToken;
    for (const comment of this.commentsBefore(open.start)) this.comment(comment, into);
    this.last = open.end;
    into.push({ kind: "block", doc: this.block(children.slice(block.open + 1, block.close), open, close) });
    this.last = close.end;
    flatten(block.close + 1, children.length);
  }

  private token(token: SyntaxToken, into: Piece[], glued: boolean): void {
    for (const comment of this.commentsBefore(token.start)) this.comment(comment, into);
    into.push({ kind: "word", text: token.image, glued: glued || token.image === "," });
    this.last = token.end;
  }

  private comment(comment: SyntaxComment, into: Piece[]): void {
    into.push({ kind: "comment", comment, ownLine: this.breaksBefore(comment.start) });
    this.last = comment.end;
  }

  /**
   * `{ … }`: several items, one per line; a single item stays on the line of `{` when
   * the source has it there and it fits; no items, `{}`.
   */
  private block(items: readonly SyntaxElement[], open: SyntaxToken, close: SyntaxToken): Doc {
    const afterOpen: Doc[] = [];
    const first = this.comments[this.next];
    const expanded = lineBreak.test(this.between(open.end, Math.min(items[0]?.start ?? close.start, first?.start ?? Infinity)));
    const entries = this.entries(items, close.start, afterOpen);
    if (entries.length === 0 && afterOpen.length === 0) return "{}";
    const body = this.lines(entries);
    if (entries.length === 1 && items.length === 1 && afterOpen.length === 0 && !expanded) {
      return group(["{", indent([line, body]), line, "}"]);
    }
    return ["{", afterOpen, indent([hardline, body]), hardline, "}"];
  }
}

/**
 * Lays out an item's pieces: words one space apart, a comma glued to the word before it
 * and followed by a place to wrap; wrapped and kept lines indented once more than the
 * item. A block splits the item's words into runs, one on each side.
 */
function inline(pieces: readonly Piece[]): Doc {
  const out: Doc[] = [];
  // The current run: a fill's contents and separators, alternating, and the words of its last content.
  let parts: Doc[] = [];
  let words: Doc[] = [];
  // What comes before the next word: a place to wrap (after a comma) or a line break.
  let separator: Doc | undefined;
  const separate = (doc: Doc) => {
    if (words.length > 0 && (separator === undefined || doc === hardline)) separator = doc;
  };
  const word = (text: string, glued: boolean) => {
    if (separator !== undefined) {
      parts.push(words, separator);
      words = [];
      separator = undefined;
    }
    if (words.length > 0 && !glued) words.push(" ");
    words.push(text);
  };
  for (const piece of pieces) {
    switch (piece.kind) {
      case "word":
        word(piece.text, piece.glued);
        if (piece.text === ",") separate(line);
        break;
      case "comment":
        if (piece.ownLine) separate(hardline);
        word(commentText(piece.comment), false);
        if (!piece.comment.block || piece.ownLine) separate(hardline);
        break;
      case "break":
        separate(hardline);
        break;
      case "block": {
        // A block after a line break starts the next line; otherwise its `{` follows a space.
        const opensLine = separator === hardline;
        if (words.length > 0) parts.push(words);
        if (opensLine) parts.push(hardline, "");
        if (parts.length > 0) out.push(indent(fill(parts)), opensLine ? "" : " ");
        out.push(piece.doc);
        parts = [];
        words = [];
        separator = undefined;
        break;
      }
    }
  }
  if (words.length > 0) parts.push(words);
  if (parts.length > 0) {
    if (out.length > 0) out.push(" ");
    out.push(indent(fill(parts)));
  }
  return out;
}

/**
 * Marks where a trailing line comment starts, in place of its space, until `alignComments`
 * sets the column. A policy's text never holds it where a comment starts: were it there,
 * the soundness check would refuse the result.
 */
const TRAILING = "\u0000";

/** The layout of a whole text, as a prettier document; print it, then pass it to `alignComments`. */
export function layout(tree: SyntaxTree, text: string): Doc {
  return new Layout(text, tree.comments).file(tree.root);
}

/**
 * The trailing line comments of a run of lines — lines one after another, at the same
 * indentation, without a blank line between them — start in one column, one space after
 * the longest code among the run's lines that have such a comment: the items of one block
 * read as a table of code and comments, as authors align them by hand. A line without a
 * comment stays in the run; a blank line or a change of indentation ends it.
 */
export function alignComments(printed: string): string {
  const lines = printed.split("\n");
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const split = lines.map((l) => {
    const at = l.lastIndexOf(TRAILING + "//");
    return at < 0 ? null : { code: l.slice(0, at), comment: l.slice(at + 1) };
  });
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.trim() === "") {
      i++;
      continue;
    }
    const indent = indentOf(lines[i]!);
    let end = i + 1;
    while (end < lines.length && lines[end]!.trim() !== "" && indentOf(lines[end]!) === indent) end++;
    const commented = split.slice(i, end).filter((x) => x !== null);
    if (commented.length > 0) {
      const column = Math.max(...commented.map((x) => [...x.code].length)) + 1;
      for (let k = i; k < end; k++) {
        const x = split[k];
        if (x !== null && x !== undefined) lines[k] = x.code + " ".repeat(column - [...x.code].length) + x.comment;
      }
    }
    i = end;
  }
  return lines.join("\n");
}

