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

  it("exports parse and the vocabulary, and no chevrotain value or CST type", () => {
    expect(Object.keys(syntax).sort()).toEqual(["keywords", "parse", "punctuation"]);
    expect(readFileSync(join(src, "syntax/index.ts"), "utf8")).not.toMatch(
      /export[^;]*\b(IToken|CstNode|TokenType|\w+Cst(Node|Children)|RuleName|BlockRuleName)\b|export[^;]*from "\.\/cst/,
    );
  });
});
