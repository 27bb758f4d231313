/**
 * The repository's policies are formatted: `slac fmt --check policies` finds nothing to
 * change. (Fails until policies/ are formatted once with `slac fmt policies`.)
 */
import { expect, it } from "vitest";
import { slac } from "../cli/harness.js";
import { repo } from "./helpers.js";

it("slac fmt --check policies lists no file", async () => {
  const result = await slac(repo, ["fmt", "--check", "policies"]);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(0);
});
