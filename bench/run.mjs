// `npm run bench`: runs every benchmark over the compiled dist/ and prints figures with
// their baselines measured in the same run. Exits 1 if a stated target is missed.
import { benchCompile } from "./compile.mjs";
import { benchDueStream } from "./due-stream.mjs";
import { benchFarInstants } from "./far-instants.mjs";
import { benchLsp } from "./lsp.mjs";
import { benchRender } from "./render.mjs";
import { benchRuntime } from "./runtime.mjs";
import { benchScaling } from "./scaling.mjs";
import { benchSql } from "./sql.mjs";

const suites = [
  ["compiler", benchCompile],
  ["scaling", benchScaling],
  ["pages", benchRender],
  ["runtime", benchRuntime],
  ["slac due", benchDueStream],
  ["far instants", benchFarInstants],
  ["language server", benchLsp],
  ["SQL on DuckDB", benchSql],
];

let failed = false;
for (const [title, bench] of suites) {
  console.log(`\n${title}`);
  for (const line of await bench()) {
    const value = line.value >= 100 ? Math.round(line.value).toLocaleString("en") : line.value.toFixed(2);
    const verdict = line.pass === undefined ? "" : line.pass ? `  ok (${line.target})` : `  MISSED (${line.target})`;
    console.log(`  ${line.name}: ${value} ${line.unit}${verdict}`);
    if (line.detail) console.log(`    ${line.detail}`);
    if (line.pass === false) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
