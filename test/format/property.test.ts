/**
 * The formatter on policies whose white space is mutated where the grammar lets white
 * space vary (fast-check): the result parses to the same AST, and formatting it again
 * changes nothing; mutations that keep the lines and blank lines format like the original.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntaxTree } from "../../src/syntax/index.js";
import type { SyntaxElement } from "../../src/syntax/index.js";
import { corpus, format, read, withoutPositions } from "./helpers.js";

/** The spans between consecutive tokens and comments, and before the first and after the last. */
function gaps(text: string): { start: number; end: number }[] {
  const { root, comments } = syntaxTree(text);
  const spans: { start: number; end: number }[] = [...comments];
  const walk = (element: SyntaxElement): void => {
    if (element.kind === "token") spans.push(element);
    else element.children.forEach(walk);
  };
  walk(root);
  spans.sort((a, b) => a.start - b.start);
  const result = [{ start: 0, end: spans[0]?.start ?? text.length }];
  spans.forEach((span, i) => result.push({ start: span.end, end: spans[i + 1]?.start ?? text.length }));
  return result;
}

/** A change of white space in one gap; each keeps the tokens and comments as they are. */
type Mutation = "spaces" | "squeeze" | "indent" | "trailing" | "moreBlank" | "addBlank" | "removeBlank";

/** The mutations that keep which tokens share a line and where blank lines are. */
const layoutKeeping: readonly Mutation[] = ["spaces", "squeeze", "indent", "trailing", "moreBlank"];
const all: readonly Mutation[] = [...layoutKeeping, "addBlank", "removeBlank"];

const whitespace = fc.array(fc.constantFrom(" ", "  ", "\t"), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));

function mutateGap(gap: string, mutation: Mutation, pad: string): string {
  const newline = gap.indexOf("\n");
  const blank = /\n[^\S\n]*\n/.test(gap);
  switch (mutation) {
    case "spaces":
      return gap + pad;
    case "squeeze":
      return newline < 0 && gap.length > 1 ? " " : gap;
    case "indent":
      return newline < 0 ? gap : gap.slice(0, gap.lastIndexOf("\n") + 1) + pad;
    case "trailing":
      return newline < 0 ? gap : gap.slice(0, newline) + pad + gap.slice(newline);
    case "moreBlank":
      return blank ? gap.slice(0, newline + 1) + pad + "\n\n" + gap.slice(newline + 1) : gap;
    case "addBlank":
      return newline < 0 ? gap : gap.slice(0, newline + 1) + "\n" + gap.slice(newline + 1);
    case "removeBlank":
      return newline < 0 ? gap : "\n" + gap.slice(gap.lastIndexOf("\n") + 1);
  }
}

/** A file of the corpus and the text of it with some gaps mutated. */
function mutated(kinds: readonly Mutation[]) {
  return fc
    .record({
      file: fc.constantFrom(...corpus),
      edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...kinds), whitespace), { minLength: 1, maxLength: 40 }),
    })
    .map(({ file, edits }) => {
      const text = read(file);
      const spans = gaps(text);
      const byGap = new Map(edits.map(([at, mutation, pad]) => [at % spans.length, { mutation, pad }]));
      let out = "";
      let last = 0;
      spans.forEach((span, i) => {
        const edit = byGap.get(i);
        const gap = text.slice(span.start, span.end);
        out += text.slice(last, span.start) + (edit === undefined ? gap : mutateGap(gap, edit.mutation, edit.pad));
        last = span.end;
      });
      return { file, text, mutated: out + text.slice(last) };
    });
}

describe("formatting mutated policies", () => {
  it("keeps the AST and is idempotent", () => {
    fc.assert(
      fc.property(mutated(all), ({ file, text, mutated }) => {
        const formatted = format(mutated, file);
        expect(withoutPositions(formatted, file)).toEqual(withoutPositions(text, file));
        expect(format(formatted, file)).toBe(formatted);
      }),
      { numRuns: 60 },
    );
  });

  it("gives the original's layout when lines and blank lines are kept", () => {
    fc.assert(
      fc.property(mutated(layoutKeeping), ({ file, text, mutated }) => {
        expect(format(mutated, file)).toBe(format(text, file));
      }),
      { numRuns: 60 },
    );
  });
});
