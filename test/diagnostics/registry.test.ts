import { describe, expect, it } from "vitest";
import {
  allCodes,
  BundleCodes,
  CliCodes,
  RuntimeCodes,
  SemanticCodes,
  SqlCodes,
  SyntaxCodes,
} from "../../src/diagnostics/codes/index.js";
import { renderDiagnosticsDoc } from "../../src/diagnostics/docs.js";

describe("diagnostic code registry", () => {
  it("never uses a code twice", () => {
    const codes = allCodes().map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("keeps each code in the range of its stage", () => {
    const stages = [SyntaxCodes, SemanticCodes, BundleCodes, RuntimeCodes, CliCodes, SqlCodes];
    stages.forEach((group, index) => {
      for (const c of Object.values(group)) expect(c.code, c.name).toMatch(new RegExp(`^SLA${index + 1}\\d{3}$`));
    });
  });

  it("has summaries written as sentences", () => {
    for (const c of allCodes()) expect(c.summary, c.code).toMatch(/^[A-Z`].*\.$/);
  });

  // Generated documentation, checked like a golden file: `npx vitest run -u` rewrites it.
  it("is docs/diagnostics.md", async () => {
    await expect(renderDiagnosticsDoc(allCodes())).toMatchFileSnapshot("../../docs/diagnostics.md");
  });
});
