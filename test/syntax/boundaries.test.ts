import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as syntax from "../../src/syntax/index.js";

const src = fileURLToPath(new URL("../../src", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

describe("the syntax module's boundaries", () => {
  it("is the only place that loads chevrotain, through src/syntax/chevrotain.ts", () => {
    const importers = sources(src)
      .filter((file) => /from "chevrotain"|import\("chevrotain"\)|resolve\("chevrotain"\)/.test(readFileSync(file, "utf8")))
      .map((file) => relative(src, file));
    expect(importers).toEqual(["syntax/chevrotain.ts"]);
  });

  it("exports parse, the vocabulary, the plain-data syntax tree and what may come at a position, and no chevrotain value or CST type", () => {
    expect(Object.keys(syntax).sort()).toEqual(["expectedAt", "keywords", "parse", "punctuation", "syntaxTree"]);
    expect(readFileSync(join(src, "syntax/index.ts"), "utf8")).not.toMatch(
      /export[^;]*\b(IToken|CstNode|TokenType|\w+Cst(Node|Children)|BlockRuleName)\b|export[^;]*from "\.\/cst/,
    );
    // The tree the formatter reads holds offsets, spellings and rule names only: no token or CST node leaves it.
    const tree = syntax.syntaxTree('policy p { first_response 4h 24x7 // c\n}\n');
    const kinds = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === "object" && value !== null) {
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        for (const [k, v] of Object.entries(value)) {
          kinds.add(k);
          walk(v);
        }
      }
    };
    walk(tree);
    expect([...kinds].filter((k) => ["tokenType", "tokenTypeIdx", "startLine", "recoveredNode", "location"].includes(k))).toEqual([]);
  });
});
