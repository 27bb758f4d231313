import { describe, expect, it } from "vitest";
import { syntaxDiagramsHtml } from "../../src/syntax/diagrams.js";

describe("grammar/diagrams.html", () => {
  it("is the railroad diagrams of the current parser", async () => {
    await expect(syntaxDiagramsHtml()).toMatchFileSnapshot("../../grammar/diagrams.html");
  });

  it("draws every rule of the grammar", () => {
    const html = syntaxDiagramsHtml();
    for (const rule of ["sourceFile", "policyItem", "open", "targetScope", "testExpect"]) expect(html).toContain(`"name": "${rule}"`);
  });
});
