import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { syntaxDiagramsHtml } from "../../src/syntax/diagrams.js";

const file = new URL("../../grammar/diagrams.html", import.meta.url);
const regenerate = "UPDATE_DIAGRAMS=1 npx vitest run test/syntax/diagrams.test.ts";

describe("grammar/diagrams.html", () => {
  it("is the railroad diagrams of the current parser", () => {
    const generated = syntaxDiagramsHtml();
    if (process.env["UPDATE_DIAGRAMS"] === "1") writeFileSync(file, generated);
    let committed = "";
    try {
      committed = readFileSync(file, "utf8");
    } catch {
      // compared below, with the hint
    }
    expect(committed === generated, `grammar/diagrams.html is out of date; regenerate it with \`${regenerate}\``).toBe(true);
  });

  it("draws every rule of the grammar", () => {
    const html = syntaxDiagramsHtml();
    for (const rule of ["sourceFile", "policyItem", "open", "targetScope", "testExpect"]) expect(html).toContain(`"name": "${rule}"`);
  });
});
