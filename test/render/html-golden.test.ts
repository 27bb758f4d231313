/**
 * The HTML page of each seed policy, against reviewed golden files: read a changed page
 * beside its seed document (../shared/seeds/) before committing it, and open it in a browser.
 * Golden files: `npx vitest run test/render -u` rewrites them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/pipeline.js";
import { renderHtml } from "../../src/render/index.js";

const policies = new URL("../../policies/", import.meta.url);
const files = readdirSync(policies).filter((f) => f.endsWith(".sla")).sort();

describe("seed policy HTML pages", () => {
  for (const file of files) {
    it(`renders policies/${file} to its reviewed page`, async () => {
      const { bundles, diagnostics } = compile(readFileSync(new URL(file, policies), "utf8"), `policies/${file}`, { source: file });
      expect(diagnostics).toEqual([]);
      const bundle = bundles[0]!;
      const html = renderHtml(bundle);
      expect(renderHtml(structuredClone(bundle))).toBe(html);
      await expect(html).toMatchFileSnapshot(`./golden/${bundle.policy.id}.html`);
    });
  }
});
