/** Ten thousand policies in a folder: checked in one run, with one summary line (building them is the scaling benchmark's). */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, slac } from "../cli/harness.js";

describe("a folder of 10,000 policies", { timeout: 120_000 }, () => {
  it("check clean", async () => {
    const dir = project();
    mkdirSync(path.join(dir, "policies"));
    for (let i = 0; i < 10_000; i++) writeFileSync(path.join(dir, "policies", `p${i}.sla`), `policy p${i} {\n  first_response ${(i % 9) + 1}h 24x7\n}\n`);
    const check = await slac(dir, ["check", "policies"]);
    expect([check.code, check.stderr]).toEqual([0, "checked 10000 files: 0 errors, 0 warnings\n"]);
  });
});
