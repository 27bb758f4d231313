// Where compile time goes, stage by stage, on the generated ≥ 5 MB policy set:
// `node bench/stages.mjs` for the seed variants, `--stress` for the target-heavy set.
// A profiling aid; `npm run bench` does not run it.
import { parse } from "../dist/syntax/index.js";
import { check } from "../dist/semantics/check.js";
import { compilePolicy } from "../dist/bundle/compile-policy.js";
import { serializeBundle } from "../dist/bundle/json.js";
import { validateBundle } from "../dist/bundle/validate.js";
import { generatePolicySet, generateStressSet } from "./generate.mjs";

const set = (process.argv.includes("--stress") ? generateStressSet : generatePolicySet)(5 * 1024 * 1024);
const bytes = set.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
const time = (fn) => { const s = performance.now(); fn(); return performance.now() - s; };
for (let round = 0; round < 3; round++) {
  let parsed, checked, bundles, texts;
  const t = {};
  t.parse = time(() => { parsed = set.map((s) => parse(s.text, s.file).value); });
  t.check = time(() => { checked = parsed.map((p) => check(p).value); });
  t.bundle = time(() => { bundles = checked.map((c, i) => compilePolicy(c.policies[0].policy, { source: set[i].file, analysis: c.policies[0] })); });
  t.serialize = time(() => { texts = bundles.map((b) => serializeBundle(b)); });
  t.validate = time(() => { for (const b of bundles) validateBundle(b, { file: "x", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, { digest: false }); });
  const mb = bytes / 1048576;
  console.log(Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(0)}ms (${(mb / (v / 1000)).toFixed(1)} MB/s)`).join("  "), `bundle JSON ${(texts.reduce((n, s) => n + s.length, 0) / 1048576).toFixed(1)} MB`);
}
