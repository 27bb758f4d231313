// Compile throughput (parse + check + bundle) on generated policy sets of ≥ 5 MB, against
// JSON.parse of the same bundles' JSON in the same run; and the cold `slac check policies`
// wall time against `node -e 0`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compile } from "../dist/pipeline.js";
import { serializeBundle } from "../dist/bundle/json.js";
import { generatePolicySet, generateStressSet } from "./generate.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const MB = 1024 * 1024;

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

/** Median wall times of several commands, run in turn so that drift in the machine's load hits each alike. */
function wallTimes(commands, runs) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((args, c) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
      times[c].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
    });
  }
  return times.map(median);
}

/** Compiles every policy of a set; returns the bundles. */
function compileSet(set, validate) {
  const bundles = [];
  for (const { file, text } of set) {
    const result = compile(text, file, { validate });
    if (result.bundles.length !== 1) {
      const first = result.diagnostics.find((d) => d.severity === "error");
      throw new Error(`${file} did not compile: ${first ? `${first.range.start.line}:${first.range.start.column} ${first.message}` : "no bundle"}`);
    }
    bundles.push(result.bundles[0]);
  }
  return bundles;
}

/** Throughput of a set, without and with schema validation, and of JSON.parse on its bundles. */
function measure(set) {
  const bytes = set.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  // Steady state: V8 settles its optimized code over the first few passes (the first is
  // about twice as slow as the fifth), so four warm-up passes, then the best of seven.
  for (let i = 0; i < 4; i++) compileSet(set, false);
  const compileMs = best(7, () => compileSet(set, false));
  const bundles = compileSet(set, true); // the bundles JSON.parse reads
  const validatedMs = best(3, () => compileSet(set, true));
  const json = bundles.map((b) => serializeBundle(b));
  const jsonBytes = json.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const parseMs = best(5, () => {
    for (const text of json) JSON.parse(text);
  });
  return { bytes, count: set.length, compileMs, validatedMs, jsonBytes, parseMs };
}

const rate = (bytes, ms) => bytes / MB / (ms / 1000);

/** Benchmark lines for the compiler. */
export async function benchCompile() {
  const seeds = measure(generatePolicySet(5 * MB));
  const stress = measure(generateStressSet(5 * MB));
  const compileMBs = rate(seeds.bytes, seeds.compileMs);
  const [baselineMs, checkMs] = wallTimes([["-e", "0"], ["bin/slac.js", "check", "policies"]], 15);
  return [
    {
      name: `compile ${seeds.count} variants of the seed policies (${(seeds.bytes / MB).toFixed(1)} MB), parse + check + bundle`,
      value: compileMBs,
      unit: "MB/s",
      target: "≥ 10 MB/s",
      pass: compileMBs >= 10,
      detail: `best of 7 passes after 4 warm-up passes: ${seeds.compileMs.toFixed(0)} ms; with schema validation of every bundle, as \`slac build\` does: ${rate(seeds.bytes, seeds.validatedMs).toFixed(1)} MB/s`,
    },
    {
      name: "  compile time vs JSON.parse of the same bundles",
      value: seeds.compileMs / seeds.parseMs,
      unit: "× JSON.parse time",
      detail: `JSON.parse ${seeds.parseMs.toFixed(0)} ms for ${(seeds.jsonBytes / MB).toFixed(1)} MB of bundles (${rate(seeds.jsonBytes, seeds.parseMs).toFixed(0)} MB/s)`,
    },
    {
      name: `compile ${stress.count} synthetic target-heavy policies (${(stress.bytes / MB).toFixed(1)} MB), parse + check + bundle`,
      value: rate(stress.bytes, stress.compileMs),
      unit: "MB/s",
      detail: `${stress.compileMs.toFixed(0)} ms, writing ${(stress.jsonBytes / MB).toFixed(1)} MB of bundles (${(stress.jsonBytes / stress.bytes).toFixed(1)} × the source; the seeds give ${(seeds.jsonBytes / seeds.bytes).toFixed(1)} ×); JSON.parse of them ${stress.parseMs.toFixed(0)} ms, ratio ${(stress.compileMs / stress.parseMs).toFixed(1)} ×`,
    },
    {
      name: "cold `slac check policies` (median of 15, interleaved)",
      value: checkMs / baselineMs,
      unit: "× `node -e 0`",
      detail: `${checkMs.toFixed(0)} ms vs ${baselineMs.toFixed(0)} ms`,
      target: "≤ 3×",
      pass: checkMs / baselineMs <= 3,
    },
  ];
}
