import { readFileSync } from "node:fs";
import type { Bundle } from "../../src/contract/bundle.js";
import { compile } from "../../src/pipeline.js";

const cache = new Map<string, Bundle>();

/**
 * The bundle of a seed policy in policies/, compiled once per test file. Schema validation
 * is the bundle tests' concern (test/bundle), so it is skipped here, as `slac due` skips it for a `.sla`.
 */
export function seedBundle(name: string): Bundle {
  let bundle = cache.get(name);
  if (bundle === undefined) {
    const file = `policies/${name}.sla`;
    const { bundles, diagnostics } = compile(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8"), file, { validate: false });
    if (bundles.length !== 1) throw new Error(`${file} does not compile: ${diagnostics.map((d) => d.message).join("; ")}`);
    bundle = bundles[0]!;
    cache.set(name, bundle);
  }
  return bundle;
}
