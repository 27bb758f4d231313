/**
 * The bundles of the five seed policies, against reviewed golden files: any change to
 * what the compiler makes of a real policy shows up here as a diff to review.
 * Golden files: `npx vitest run -u` rewrites them; review the diff before committing it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serializeBundle } from "../../src/bundle/json.js";
import { compile } from "../../src/pipeline.js";

const policies = new URL("../../policies/", import.meta.url);
const files = readdirSync(policies).filter((f) => f.endsWith(".sla")).sort();

describe("seed policy bundles", () => {
  it("finds the five seed policies", () => {
    expect(files).toEqual(["360dialog.sla", "gorgias-community.sla", "gorgias.sla", "haptik.sla", "kustomer.sla"]);
  });

  for (const file of files) {
    it(`compiles policies/${file} to its reviewed bundle`, async () => {
      // Named as `slac build policies` names them: the path inside the folder.
      const result = compile(readFileSync(new URL(file, policies), "utf8"), `policies/${file}`, { source: file });
      expect(result.diagnostics).toEqual([]);
      expect(result.bundles).toHaveLength(1);
      const bundle = result.bundles[0]!;
      const text = serializeBundle(bundle);
      await expect(text).toMatchFileSnapshot(`./golden/policies/${bundle.policy.id}.json`);
    });
  }
});
