/** The formatter on every policy of the repository: same AST, idempotent, independent of indentation. */
import { describe, expect, it } from "vitest";
import { syntaxTree } from "../../src/syntax/index.js";
import type { SyntaxElement } from "../../src/syntax/index.js";
import { commentsOf, corpus, format, read, withoutPositions } from "./helpers.js";

/** For each comment, whether it shares its line with a token before it (a trailing comment). */
function trailing(text: string): boolean[] {
  const { root, comments } = syntaxTree(text);
  const ends: number[] = [];
  const walk = (e: SyntaxElement): void => void (e.kind === "token" ? ends.push(e.end) : e.children.forEach(walk));
  walk(root);
  return comments.map((c) => {
    const before = Math.max(-1, ...ends.filter((end) => end <= c.start), ...comments.filter((o) => o.end <= c.start).map((o) => o.end));
    return before >= 0 && !/[\r\n]/.test(text.slice(before, c.start));
  });
}

/** Every line's leading white space removed (but inside block comments), and every blank line doubled. */
function flattened(text: string): string {
  const blockComments = [...text.matchAll(/\/\*[\s\S]*?\*\//g)].map((m) => [m.index, m.index + m[0].length] as const);
  const lines: string[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const insideComment = blockComments.some(([start, end]) => offset > start && offset < end);
    const stripped = insideComment ? line : line.trimStart();
    lines.push(stripped);
    if (stripped.trim() === "") lines.push("");
    offset += line.length + 1;
  }
  return lines.join("\n");
}

describe.each(corpus)("%s", (file) => {
  const text = read(file);
  const formatted = format(text, file);

  it("formats to the same AST", () => {
    expect(withoutPositions(formatted, file)).toEqual(withoutPositions(text, file));
  });

  it("is formatted already once formatted", () => {
    expect(format(formatted, file)).toBe(formatted);
  });

  it("formats the same without its indentation and with its blank lines doubled", () => {
    const flat = flattened(text);
    expect(flat).not.toBe(text);
    expect(format(flat, file)).toBe(formatted);
  });

  it("keeps every comment, in order", () => {
    expect(commentsOf(formatted)).toEqual(commentsOf(text));
  });

  it("keeps trailing comments trailing and own-line comments on their own line", () => {
    expect(trailing(formatted)).toEqual(trailing(text));
  });

  it("ends with one line break and has no trailing white space", () => {
    expect(formatted.endsWith("\n") && !formatted.endsWith("\n\n")).toBe(true);
    expect(formatted.split("\n").filter((line) => /\s$/.test(line))).toEqual([]);
  });
});
