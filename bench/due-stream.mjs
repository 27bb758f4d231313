// `slac due` on a stream of tickets: lines per second, and peak memory for 100,000 and
// 1,000,000 lines in the same run (constant memory: the ratio stays near 1); and lines per
// second on each seed policy, apart from process start. SLAC_BASELINE=<a checkout of
// another version, built> runs that version's `slac due` on the same lines too, interleaved
// with this one (before/after figures).
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const baselineRoot = process.env.SLAC_BASELINE ? path.resolve(process.env.SLAC_BASELINE) : null;
const TIERS = ["standard", "premium"];
const SEVERITIES = ["critical", "urgent", "standard"];
const BASE = Date.UTC(2026, 0, 1);
const SEED_LINES = 400_000;

function ticketLines(from, count) {
  const lines = [];
  for (let i = from; i < from + count; i++) {
    const openedAt = new Date(BASE + ((i * 7919) % (365 * 1440)) * 60_000).toISOString();
    lines.push(JSON.stringify({ id: `T${i}`, openedAt, tier: TIERS[i % 2], severity: SEVERITIES[i % 3], channel: "hub" }));
  }
  return lines.join("\n") + "\n";
}

/**
 * Lines for a policy from its compiled bundle: every base tier, each channel it may use and
 * every severity in turn, so that every line is answered (each dimension is given).
 */
function seedTicketLines(bundle) {
  const combos = [];
  const tiers = bundle.tiers.filter((t) => t.addon !== true);
  for (const tier of tiers.length > 0 ? tiers : [null]) {
    const channels = bundle.channels.length === 0 ? [null] : bundle.channels.filter((c) => tier === null || tier.channels.includes(c.id));
    for (const channel of channels) {
      for (const severity of bundle.severities.length > 0 ? bundle.severities : [null]) {
        combos.push({ ...(tier && { tier: tier.id }), ...(channel && { channel: channel.id }), ...(severity && { severity: severity.id }) });
      }
    }
  }
  return (from, count) => {
    const lines = [];
    for (let i = from; i < from + count; i++) {
      const openedAt = new Date(BASE + ((i * 7919) % (365 * 1440)) * 60_000).toISOString();
      lines.push(JSON.stringify({ id: `T${i}`, openedAt, ...combos[i % combos.length] }));
    }
    return lines.join("\n") + "\n";
  };
}

/** Runs `slac due` of the build under `at` on `count` generated lines fed through stdin; wall time, CPU time, answer lines and peak RSS. */
function runDue(count, { at = root, policy = "policies/360dialog.sla", lines = ticketLines } = {}) {
  const script = `import { run } from ${JSON.stringify(pathToFileURL(path.join(at, "dist/bin/slac.js")).href)};
process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("maxrss " + u.maxRSS + " cpu " + (u.userCPUTime + u.systemCPUTime) + "\\n"); });
process.exitCode = await run(["due", ${JSON.stringify(policy)}, "--tickets", "-"]);`;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // Each version reads the policy from its own checkout.
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd: at, stdio: ["pipe", "pipe", "pipe"] });
    let answers = 0;
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) answers++;
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    // A child that exits early closes its stdin: its own error (on close) says why, not EPIPE.
    child.stdin.on("error", () => {});
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN);
      const cpuMs = Number(/cpu (\d+)/.exec(stderr)?.[1] ?? NaN) / 1000;
      if (code !== 0 || answers !== count) reject(new Error(`slac due ${policy} exited ${code} with ${answers} of ${count} answers: ${stderr.slice(0, 2000)}`));
      else resolve({ ms, cpuMs, rssMB: rss / 1024 });
    });
    (async () => {
      for (let at = 0; at < count; at += 10_000) {
        if (!child.stdin.write(lines(at, Math.min(10_000, count - at)))) await new Promise((r) => child.stdin.once("drain", r));
      }
      child.stdin.end();
    })().catch(reject);
  });
}

/**
 * The cost per line of `slac due` on each seed policy, apart from starting the process and
 * compiling the policy: runs of 20,000 and 420,000 lines, the difference of their CPU time
 * (the process's own, which other load on the machine disturbs less than wall time) over
 * 400,000 lines, best of 5 each; with a baseline, its runs interleaved with these.
 */
async function seedLines() {
  const { compile } = await import(pathToFileURL(path.join(root, "dist/index.js")).href);
  const { readFileSync } = await import("node:fs");
  const [few, many] = [20_000, 20_000 + SEED_LINES];
  // Each version's best short and long run, the versions taking turns.
  const perLine = async (policy, lines) => {
    const versions = baselineRoot === null ? [root] : [baselineRoot, root];
    const best = versions.map(() => ({ short: Infinity, long: Infinity }));
    for (let round = 0; round < 5; round++) {
      for (const [count, key] of [[few, "short"], [many, "long"]]) {
        for (let v = 0; v < versions.length; v++) best[v][key] = Math.min(best[v][key], (await runDue(count, { at: versions[v], policy, lines })).cpuMs);
      }
    }
    return best.map(({ short, long }) => {
      const lineMs = (long - short) / (many - few);
      return { lineMs, startMs: short - lineMs * few };
    });
  };
  const out = [];
  for (const file of readdirSync(path.join(root, "policies")).filter((f) => f.endsWith(".sla")).sort()) {
    const policy = `policies/${file}`;
    const { bundles } = compile(readFileSync(path.join(root, policy), "utf8"), policy, { validate: false });
    const lines = seedTicketLines(bundles[0]);
    const measured = await perLine(policy, lines);
    const ours = measured.at(-1);
    const theirs = baselineRoot === null ? null : measured[0];
    const line = {
      name: `  \`slac due ${policy}\`, per line (${SEED_LINES.toLocaleString("en")} lines more, process start and compiling apart)`,
      value: 1000 / ours.lineMs,
      unit: "lines/s",
      detail: `start and compile ${ours.startMs.toFixed(0)} ms of CPU`,
    };
    if (theirs !== null) {
      const ratio = theirs.lineMs / ours.lineMs;
      // Within noise of the baseline counts as no slower: runs of one process differ by a few percent.
      Object.assign(line, {
        target: "no slower per line than the baseline (≥ 0.95×)",
        pass: ratio >= 0.95,
        detail: `${line.detail}; baseline ${Math.round(1000 / theirs.lineMs).toLocaleString("en")} lines/s (start and compile ${theirs.startMs.toFixed(0)} ms) in the same run: this version / baseline ${ratio.toFixed(3)}×`,
      });
    }
    out.push(line);
  }
  return out;
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
    ...(await seedLines()),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchDueStream()) {
    const value = line.value >= 100 ? Math.round(line.value).toLocaleString("en") : line.value.toFixed(2);
    const verdict = line.pass === undefined ? "" : line.pass ? `  ok (${line.target})` : `  MISSED (${line.target})`;
    console.log(`${line.name}: ${value} ${line.unit}${verdict}`);
    if (line.detail) console.log(`  ${line.detail}`);
  }
}
