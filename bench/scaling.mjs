// How `slac check` and `slac build` scale with the size of their input: one file of 1, 5
// and 50 MB of valid policies (variants of the seeds, one after another), each command run
// as a user runs it, in its own process, with its wall time and peak memory (the child's
// maximum resident set size). The target: 50 MB within 12× the 5 MB figures, time and
// memory both, which a cost linear in the input meets with room for noise.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generatePolicySet } from "./generate.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const SIZES_MB = [1, 5, 50];
const RATIO_TARGET = 12;

/** Runs `slac <args>` in a child process that reports its own peak memory; wall ms and MB. */
function measure(cwd, args) {
  const script = `const { run } = await import(${JSON.stringify(path.join(repo, "dist/bin/slac.js"))});
const code = await run(${JSON.stringify(args)});
process.stderr.write("\\n@@" + JSON.stringify({ code, rss: process.resourceUsage().maxRSS }) + "\\n");`;
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } });
  const ms = performance.now() - start;
  const report = /@@(\{.*\})/.exec(child.stderr ?? "");
  if (report === null) throw new Error(`slac ${args.join(" ")} did not finish: ${String(child.stderr).slice(-500)}`);
  const { code, rss } = JSON.parse(report[1]);
  if (code !== 0) throw new Error(`slac ${args.join(" ")} exited ${code}: ${String(child.stderr).slice(0, 500)}`);
  return { ms, mb: rss / 1024 };
}

export async function benchScaling() {
  const dir = mkdtempSync(path.join(tmpdir(), "slac-scaling-"));
  const figures = new Map();
  try {
    for (const mb of SIZES_MB) {
      const text = generatePolicySet(mb * 1024 * 1024)
        .map((p) => p.text)
        .join("\n");
      const file = `policies-${mb}mb.sla`;
      writeFileSync(path.join(dir, file), text);
      figures.set(mb, {
        bytes: Buffer.byteLength(text),
        check: measure(dir, ["check", file]),
        build: measure(dir, ["build", file, "--out", `out-${mb}`, "--no-pages"]),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const lines = [];
  for (const command of ["check", "build"]) {
    for (const mb of SIZES_MB) {
      const f = figures.get(mb);
      lines.push({
        name: `\`slac ${command}\` of one ${mb} MB file (${(f.bytes / 1e6).toFixed(1)} MB)`,
        value: f[command].ms,
        unit: "ms",
        detail: `peak memory ${Math.round(f[command].mb)} MB (${(f[command].mb / (f.bytes / 1048576)).toFixed(1)} × the input)`,
      });
    }
    const [small, large] = [figures.get(5)[command], figures.get(50)[command]];
    const time = large.ms / small.ms;
    const memory = large.mb / small.mb;
    lines.push({
      name: `\`slac ${command}\`: 50 MB against 5 MB, the larger of the time and memory ratios`,
      value: Math.max(time, memory),
      unit: "×",
      pass: time <= RATIO_TARGET && memory <= RATIO_TARGET,
      target: `≤ ${RATIO_TARGET}× for both`,
      detail: `time ${time.toFixed(2)}×, peak memory ${memory.toFixed(2)}×`,
    });
  }
  return lines;
}
