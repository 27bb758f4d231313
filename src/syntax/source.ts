/**
 * Positions in a source text. Offsets are UTF-16 code units (as in JavaScript strings),
 * lines and columns are 1-based, and a column counts code units from the line start.
 * Line breaks are `\n`, `\r\n` and a lone `\r`.
 */
import type { Position, Range } from "../diagnostics/diagnostic.js";

/** A source text with its line starts, for turning offsets into positions. */
export class SourceText {
  /** Offsets at which each line starts; the first is 0. */
  private readonly lineStarts: number[] = [0];
  /** The 0-based line of the last position asked for. */
  private lastLine = 0;

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** The position of an offset, clamped to the text. */
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : this.text.length, this.text.length));
    // Ranges are mostly made in text order: try the line of the last answer and the next one first.
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (starts[last]! <= at) {
      if (last + 1 >= starts.length || at < starts[last + 1]!) return { line: last + 1, column: at - starts[last]! + 1, offset: at };
      if (last + 2 >= starts.length || at < starts[last + 2]!) {
        this.lastLine = last + 1;
        return { line: last + 2, column: at - starts[last + 1]! + 1, offset: at };
      }
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return { line: low + 1, column: at - this.lineStarts[low]! + 1, offset: at };
  }

  /** The range from `start` up to, not including, `end` (both offsets). */
  range(start: number, end: number): Range {
    return { file: this.file, start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** The empty range at the end of the text, where a missing `}` would go. */
  endRange(): Range {
    return this.range(this.text.length, this.text.length);
  }
}
