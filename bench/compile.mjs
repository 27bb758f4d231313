// Compile throughput (parse + check + bundle) on a generated policy set of ≥ 5 MB, against
// JSON.parse of the same bundles' JSON in the same run; and the cold `slac check policies`
// wall time against `node -e 0`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compile } from "../dist/compile.js";
import { serializeBundle } from "../dist/bundle/json.js";
import { generatePolicySet } from "./generate.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wallTime(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return median(times);
}

/** Benchmark lines for the compiler. */
export async function benchCompile() {
  const set = generatePolicySet(5 * 1024 * 1024);
  const bytes = set.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  let bundles = [];
  const compileAll = () => {
    bundles = [];
    for (const { file, text } of set) {
      const result = compile(text, file);
      if (result.bundles.length !== 1) {
        const first = result.diagnostics.find((d) => d.severity === "error");
        throw new Error(`${file} did not compile: ${first ? `${first.range.start.line}:${first.range.start.column} ${first.message}` : "no bundle"}`);
      }
      bundles.push(result.bundles[0]);
    }
  };
  compileAll(); // warm-up, and the bundles JSON.parse reads
  const compileMs = best(3, compileAll);
  const json = bundles.map((b) => serializeBundle(b));
  const jsonBytes = json.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const parseMs = best(5, () => {
    for (const text of json) JSON.parse(text);
  });
  const compileMBs = bytes / 1024 / 1024 / (compileMs / 1000);
  const parseMBs = jsonBytes / 1024 / 1024 / (parseMs / 1000);

  const baselineMs = wallTime(["-e", "0"], 15);
  const checkMs = wallTime(["bin/slac.js", "check", "policies"], 15);
  return [
    { name: `compile ${set.length} policies (${(bytes / 1048576).toFixed(1)} MB)`, value: compileMBs, unit: "MB/s", target: "≥ 10 MB/s", pass: compileMBs >= 10 },
    {
      name: "compile time vs JSON.parse of the same bundles",
      value: compileMs / parseMs,
      unit: "× JSON.parse time",
      detail: `compile ${compileMs.toFixed(0)} ms for ${(bytes / 1048576).toFixed(1)} MB of .sla; JSON.parse ${parseMs.toFixed(0)} ms for ${(jsonBytes / 1048576).toFixed(1)} MB of bundles (${parseMBs.toFixed(0)} MB/s)`,
    },
    {
      name: "cold `slac check policies` (median of 15)",
      value: checkMs / baselineMs,
      unit: "× `node -e 0`",
      detail: `${checkMs.toFixed(0)} ms vs ${baselineMs.toFixed(0)} ms`,
      target: "≤ 3×",
      pass: checkMs / baselineMs <= 3,
    },
  ];
}
