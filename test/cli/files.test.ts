import { describe, expect, it } from "vitest";
import { isSafeFileStem } from "../../src/cli/files.js";

describe("names derived from policy content", () => {
  it("accepts policy ids as the parser spells them", () => {
    for (const id of ["tiny", "dialog360", "gorgias-community", "_x", "a_b-c1"]) expect(isSafeFileStem(id)).toBe(true);
  });

  it("rejects anything that could leave the output folder or hide a file", () => {
    for (const id of ["", "../etc", "..", ".", "a/b", "a\\b", ".hidden", "a--b", "a-", "-a", "a.json", "C:x", "a\u0000b", "1a"]) {
      expect(isSafeFileStem(id), id).toBe(false);
    }
  });
});
