import { describe, expect, it } from "vitest";
import { cstTypesSource } from "../../src/syntax/cst-types.js";

describe("src/syntax/cst.generated.ts", () => {
  it("is the CST types of the current parser", async () => {
    await expect(cstTypesSource()).toMatchFileSnapshot("../../src/syntax/cst.generated.ts");
  });

  it("types every rule of the grammar, through chevrotain.ts", () => {
    const text = cstTypesSource();
    expect(text).toContain(`import type { CstNode, ICstVisitor, IToken } from "./chevrotain.js";`);
    for (const rule of ["SourceFile", "PolicyItem", "Open", "TargetScope", "TestExpect"]) {
      expect(text).toContain(`export interface ${rule}CstNode extends CstNode {`);
    }
  });
});
