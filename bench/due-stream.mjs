// `slac due` on a stream of tickets: lines per second, and peak memory for 100,000 and
// 1,000,000 lines in the same run (constant memory: the ratio stays near 1).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const TIERS = ["standard", "premium"];
const SEVERITIES = ["critical", "urgent", "standard"];
const BASE = Date.UTC(2026, 0, 1);

function ticketLines(from, count) {
  const lines = [];
  for (let i = from; i < from + count; i++) {
    const openedAt = new Date(BASE + ((i * 7919) % (365 * 1440)) * 60_000).toISOString();
    lines.push(JSON.stringify({ id: `T${i}`, openedAt, tier: TIERS[i % 2], severity: SEVERITIES[i % 3], channel: "hub" }));
  }
  return lines.join("\n") + "\n";
}

/** Runs `slac due` on `count` generated lines fed through stdin; wall time, answer lines and peak RSS. */
function runDue(count) {
  const script = `import { run } from "./dist/bin/slac.js";
process.on("exit", () => process.stderr.write("maxrss " + process.resourceUsage().maxRSS + "\\n"));
process.exitCode = await run(["due", "policies/360dialog.sla", "--tickets", "-"]);`;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let answers = 0;
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) answers++;
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN);
      if (code !== 0 || answers !== count) reject(new Error(`slac due exited ${code} with ${answers} of ${count} answers: ${stderr}`));
      else resolve({ ms, rssMB: rss / 1024 });
    });
    (async () => {
      for (let at = 0; at < count; at += 10_000) {
        if (!child.stdin.write(ticketLines(at, Math.min(10_000, count - at)))) await new Promise((r) => child.stdin.once("drain", r));
      }
      child.stdin.end();
    })().catch(reject);
  });
}

/** Benchmark lines for `slac due` streaming. */
export async function benchDueStream() {
  const small = await runDue(100_000);
  const large = await runDue(1_000_000);
  const ratio = large.rssMB / small.rssMB;
  return [
    {
      name: "`slac due` on 1,000,000 ticket lines through stdin",
      value: 1_000_000 / (large.ms / 1000),
      unit: "lines/s",
      detail: `${(large.ms / 1000).toFixed(1)} s, every line answered`,
    },
    {
      name: "  peak memory, 1,000,000 lines vs 100,000 lines",
      value: ratio,
      unit: "×",
      target: "≤ 2× (constant memory)",
      pass: ratio <= 2,
      detail: `${large.rssMB.toFixed(0)} MB vs ${small.rssMB.toFixed(0)} MB`,
    },
  ];
}
