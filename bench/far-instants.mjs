// Far instants: a ticket opened in year 0001 (refused, SLA4020), and the 67 seed-policy
// tickets judged at a far `now` — 9999-12-31 (refused) and 2099-12-31, the last day the
// runtime accepts (answered, each calendar computed once up to it) — through `slac due` in a
// child process each, so that time and peak memory are the whole command's.
// Runs over dist/ (`npm run build` first); `node bench/far-instants.mjs` prints its lines.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { compile } = await import(new URL("../dist/index.js", import.meta.url).href);
const { deadlines } = await import(new URL("../dist/runtime/index.js", import.meta.url).href);

/** Each seed policy's bundle, and one ticket line per tier, channel and severity it allows (67 in all). */
function seedTickets() {
  const out = [];
  for (const file of readdirSync(path.join(root, "policies")).filter((f) => f.endsWith(".sla")).sort()) {
    const { bundles } = compile(readFileSync(path.join(root, "policies", file), "utf8"), file);
    const bundle = bundles[0];
    const tiers = bundle.tiers.filter((t) => t.addon !== true);
    const combos = [];
    for (const tier of tiers.length > 0 ? tiers : [null]) {
      const channels = bundle.channels.length === 0 ? [null] : bundle.channels.filter((c) => tier === null || tier.channels.includes(c.id));
      for (const channel of channels) {
        for (const severity of bundle.severities.length > 0 ? bundle.severities : [null]) {
          combos.push({ ...(tier && { tier: tier.id }), ...(channel && { channel: channel.id }), ...(severity && { severity: severity.id }) });
        }
      }
    }
    // Kustomer's 28 combinations twice (two opening days), the others once: 67 lines.
    const days = file === "kustomer.sla" ? ["2026-03-02T09:00Z", "2026-07-15T14:00Z"] : ["2026-03-02T09:00Z"];
    const lines = days.flatMap((openedAt, d) => combos.slice(0, d === 0 ? combos.length : 20).map((c, i) => JSON.stringify({ id: `T${d}-${i}`, openedAt, ...c })));
    out.push({ file, bundle, lines });
  }
  return out;
}

/** Runs `slac due` on each policy's lines with `--now`; total seconds and the largest peak RSS (MB). */
function dueAt(seeds, now, dir) {
  let seconds = 0;
  let peak = 0;
  for (const { file, lines } of seeds) {
    const tickets = path.join(dir, `${file}.ndjson`);
    writeFileSync(tickets, lines.join("\n") + "\n");
    const script = `const t=performance.now();process.argv=[process.argv[0],"slac","due",${JSON.stringify(path.join(root, "policies", file))},"--tickets",${JSON.stringify(tickets)},"--now",${JSON.stringify(now)}];await import(${JSON.stringify(new URL("../bin/slac.js", import.meta.url).href)});process.on("exit",()=>process.stderr.write("\\nBENCH "+(performance.now()-t)+" "+process.resourceUsage().maxRSS+"\\n"));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
    const match = /BENCH ([\d.]+) (\d+)/.exec(run.stderr);
    if (match === null) throw new Error(`slac due failed: ${run.stderr}`);
    seconds += Number(match[1]) / 1000;
    peak = Math.max(peak, Number(match[2]) / 1024);
  }
  return { seconds, peak, lines: seeds.reduce((n, s) => n + s.lines.length, 0) };
}

/**
 * Time per ticket of `deadlines()` for tickets whose `now` is a day after their opening
 * against tickets whose `now` is 50 years after it (all metrics breached, their overdue
 * time counted over the whole span), each set warmed first, best of 5 rounds.
 */
function spanCost(bundle, combos) {
  const near = combos.map((c) => ({ ...c, openedAt: "2026-03-02T09:00Z", now: "2026-03-03T09:00Z" }));
  const far = combos.map((c) => ({ ...c, openedAt: "2000-03-02T09:00Z", now: "2050-03-02T09:00Z" }));
  const time = (tickets) => {
    for (const t of tickets) deadlines(bundle, t);
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      for (let i = 0; i < 20_000; i++) deadlines(bundle, tickets[i % tickets.length]);
      best = Math.min(best, (performance.now() - start) / 20_000);
    }
    return best * 1000;
  };
  return { near: time(near), far: time(far) };
}

export async function benchFarInstants() {
  const seeds = seedTickets();
  const haptik = seeds.find((s) => s.file === "haptik.sla").bundle;
  const ticket = { id: "Y1", openedAt: "0001-03-02T09:00Z", severity: "s1", now: "2027-01-01T00:00Z" };
  const start = performance.now();
  const outcome = deadlines(haptik, ticket);
  const yearOne = performance.now() - start;
  const dir = mkdtempSync(path.join(tmpdir(), "slac-far-"));
  const refused = dueAt(seeds, "9999-12-31T23:59Z", dir);
  const edge = dueAt(seeds, "2099-12-31T23:59Z", dir);
  const kustomer = seeds.find((s) => s.file === "kustomer.sla");
  const span = spanCost(kustomer.bundle, kustomer.lines.map((l) => JSON.parse(l)));
  const spanRatio = span.far / span.near;
  return [
    {
      name: "deadlines() per ticket, `now` 50 years after opening against 1 day after (kustomer)",
      value: spanRatio,
      unit: "×",
      target: "≤ 2×: cost independent of the span",
      pass: spanRatio <= 2,
      detail: `${span.far.toFixed(1)} µs against ${span.near.toFixed(1)} µs per ticket`,
    },
    { name: "a ticket opened in year 0001", value: yearOne, unit: "ms", target: "< 10 ms", pass: yearOne < 10, detail: outcome.ok ? "answered" : `error ${outcome.error.code}` },
    { name: `slac due --now 9999-12-31T23:59Z, ${refused.lines} seed tickets`, value: refused.seconds, unit: "s", detail: `peak ${Math.round(refused.peak)} MB (before the bound: 206 s, 714 MB)` },
    { name: `slac due --now 2099-12-31T23:59Z, ${edge.lines} seed tickets`, value: edge.seconds, unit: "s", target: "< 10 s", pass: edge.seconds < 10, detail: `peak ${Math.round(edge.peak)} MB, process start included` },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchFarInstants()) console.log(`${line.name}: ${line.value.toFixed(2)} ${line.unit}${line.detail ? ` (${line.detail})` : ""}`);
}
