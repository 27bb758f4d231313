// The SQL export on DuckDB: tickets per second evaluating `slac_ticket_metrics` for
// 1,000,000 and 10,000,000 tickets generated inside DuckDB itself (hash-based tiers,
// severities, channels and instants over 2025–2027, first responses and pauses), against
// `deadlines()` of the JS runtime on the same tickets in the same run (all of them for 1 M;
// for 10 M, a measured 200,000-ticket sample extrapolated, as the output says); and
// DuckDB's peak memory under a `memory_limit`, with a temp directory to spill to, to show
// it stays bounded. Runs over dist/ (`npm run build` first); `node bench/sql.mjs` prints its lines.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { compile } from "../dist/index.js";
import { deadlines } from "../dist/runtime/index.js";
import { DEFAULT_COLUMNS, sqlExport } from "../dist/sql/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const POLICY = "policies/kustomer.sla";
const NOW = "2028-01-01T00:00:00Z";
const SIZES = [1_000_000, 10_000_000];
const JS_SAMPLE = 200_000;
const MEMORY_LIMIT_MB = 1024;
const MAX_MEMORY_LIMIT_MB = 4096;
const THREADS = 2;
const MINUTES_2025_2027 = 3 * 365 * 1440;

/** Every base tier with each channel it may use and each severity, as `slac due` lines would give them. */
function combinationsOf(bundle) {
  const out = [];
  const tiers = bundle.tiers.filter((t) => t.addon !== true);
  for (const tier of tiers.length > 0 ? tiers : [null]) {
    const channels = bundle.channels.length === 0 ? [null] : bundle.channels.filter((c) => tier === null || tier.channels.includes(c.id));
    for (const channel of channels) for (const severity of bundle.severities.length > 0 ? bundle.severities : [null]) out.push([tier?.id ?? null, severity?.id ?? null, channel?.id ?? null]);
  }
  return out;
}

const literal = (v) => (v === null ? "NULL" : `'${v.replaceAll("'", "''")}'`);

/**
 * The user's two tables, filled by DuckDB: ticket i opened at a hashed minute of 2025–2027
 * with a hashed combination; 70 % with a first response within 12 hours, 20 % with a pause
 * of up to 4 hours starting within the first hour.
 */
function generated(count, combos) {
  const { tickets: T, events: E } = DEFAULT_COLUMNS;
  const values = combos.map(([tier, severity, channel], k) => `(${k}, ${literal(tier)}, ${literal(severity)}, ${literal(channel)})`).join(", ");
  const opened = (i) => `TIMESTAMP '2025-01-01 00:00:00' + to_minutes(CAST(hash(${i}, 'opened') % ${MINUTES_2025_2027} AS BIGINT))`;
  const minutes = (i, salt, most) => `to_minutes(CAST(hash(${i}, '${salt}') % ${most} AS BIGINT))`;
  return [
    `CREATE TABLE bench_combos AS SELECT * FROM (VALUES ${values}) c(k, tier, severity, channel)`,
    `CREATE TABLE ${T.table} AS SELECT 'T' || r.i AS ${T.id}, ${opened("r.i")} AS ${T.openedAt}, c.tier AS ${T.tier}, c.severity AS ${T.severity}, c.channel AS ${T.channel}
     FROM range(${count}) r(i) JOIN bench_combos c ON c.k = hash(r.i, 'combo') % ${combos.length} ORDER BY r.i`,
    `CREATE TABLE ${E.table} AS
     SELECT 'T' || i AS ${E.ticket}, 'first_response' AS ${E.type}, ${opened("i")} + ${minutes("i", "answer", 720)} AS ${E.at}, 2 AS ${E.seq} FROM range(${count}) r(i) WHERE hash(i, 'answered') % 10 < 7
     UNION ALL SELECT 'T' || i, 'paused', ${opened("i")} + ${minutes("i", "pause", 60)}, 0 FROM range(${count}) r(i) WHERE hash(i, 'paused') % 10 < 2
     UNION ALL SELECT 'T' || i, 'resumed', ${opened("i")} + ${minutes("i", "pause", 60)} + ${minutes("i", "resume", 240)}, 1 FROM range(${count}) r(i) WHERE hash(i, 'paused') % 10 < 2`,
  ];
}

/** Polls DuckDB's memory (`duckdb_memory()`) from a second connection while `work` runs; its peak in MB. */
async function peakMemory(instance, work) {
  const probe = await instance.connect();
  let peak = 0;
  let running = true;
  const poll = (async () => {
    while (running) {
      const rows = (await probe.runAndReadAll("SELECT CAST(sum(memory_usage_bytes) AS DOUBLE) AS bytes FROM duckdb_memory()")).getRowObjectsJS();
      peak = Math.max(peak, Number(rows[0]?.bytes ?? 0));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return { result: await work(), peakMB: peak / 2 ** 20 };
  } finally {
    running = false;
    await poll;
    probe.closeSync();
  }
}

/** `deadlines()` on the first `count` tickets of the database (read in chunks; only the evaluation is timed). */
async function jsRun(connection, bundle, count) {
  const { tickets: T, events: E } = DEFAULT_COLUMNS;
  const CHUNK = 100_000;
  let ms = 0;
  let answered = 0;
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK);
    const rows = (
      await connection.runAndReadAll(
        `WITH t AS (SELECT rowid AS n, * FROM ${T.table} WHERE rowid >= ${from} AND rowid < ${to})
         SELECT t.${T.id} AS id, strftime(t.${T.openedAt}, '%Y-%m-%dT%H:%M:%SZ') AS opened, t.${T.tier} AS tier, t.${T.severity} AS severity, t.${T.channel} AS channel,
           list({'type': e.${E.type}, 'at': strftime(e.${E.at}, '%Y-%m-%dT%H:%M:%SZ')} ORDER BY e.${E.seq}) FILTER (WHERE e.${E.type} IS NOT NULL) AS events
         FROM t LEFT JOIN ${E.table} e ON e.${E.ticket} = t.${T.id} GROUP BY ALL ORDER BY min(t.n)`,
      )
    ).getRowObjectsJS();
    const tickets = rows.map((r) => ({
      id: r.id,
      openedAt: r.opened,
      ...(r.tier === null ? {} : { tier: r.tier }),
      ...(r.severity === null ? {} : { severity: r.severity }),
      ...(r.channel === null ? {} : { channel: r.channel }),
      events: r.events ?? [],
    }));
    const start = performance.now();
    for (const ticket of tickets) if (deadlines(bundle, ticket, { now: NOW }).ok) answered++;
    ms += performance.now() - start;
  }
  if (answered !== count) throw new Error(`deadlines() answered ${answered} of ${count} tickets`);
  return ms;
}

/** One size: generate inside DuckDB, run the export, force every row of the view, and time `deadlines()`. */
async function measure(count, bundle, statements, dir) {
  const file = path.join(dir, `bench-${count}.duckdb`);
  const instance = await DuckDBInstance.create(file, {
    memory_limit: `${MEMORY_LIMIT_MB}MB`,
    temp_directory: path.join(dir, "spill"),
    threads: String(THREADS),
  });
  const connection = await instance.connect();
  try {
    for (const s of generated(count, combinationsOf(bundle))) await connection.run(s);
    for (const s of statements) await connection.run(s);
    const events = Number((await connection.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM ${DEFAULT_COLUMNS.events.table}`)).getRowObjectsJS()[0].n);
    // An aggregate over the columns the statuses need forces every ticket × metric row
    // without keeping them. Out of memory, it runs again under twice the limit (up to
    // MAX_MEMORY_LIMIT_MB), so that the figures say what it needed.
    const refused = [];
    let limitMB = MEMORY_LIMIT_MB;
    let measured = null;
    while (measured === null) {
      await connection.run(`SET memory_limit = '${limitMB}MB'`);
      try {
        measured = await peakMemory(instance, async () => {
          const start = performance.now();
          const rows = (
            await connection.runAndReadAll(
              "SELECT count(*)::DOUBLE AS n, count(due_ms)::DOUBLE AS due, sum(CASE WHEN status = 'met' THEN 1 ELSE 0 END)::DOUBLE AS met, sum(open_minutes_used)::DOUBLE AS used FROM slac_ticket_metrics",
            )
          ).getRowObjectsJS();
          return { ms: performance.now() - start, row: rows[0] };
        });
      } catch (error) {
        if (!/Out of Memory/i.test(String(error)) || limitMB * 2 > MAX_MEMORY_LIMIT_MB) throw error;
        refused.push(limitMB);
        limitMB *= 2;
      }
    }
    const { result, peakMB } = measured;
    if (result.row.n !== count * bundle.metrics.length) throw new Error(`slac_ticket_metrics has ${result.row.n} rows for ${count} tickets`);
    const sample = Math.min(count, count > 1_000_000 ? JS_SAMPLE : count);
    const jsMs = await jsRun(connection, bundle, sample);
    return { duckMs: result.ms, peakMB, limitMB, refused, events, jsPerSecond: sample / (jsMs / 1000), sample, dueShare: result.row.due / result.row.n };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Benchmark lines for the SQL export on DuckDB. */
export async function benchSql() {
  const { bundles } = compile(readFileSync(path.join(root, POLICY), "utf8"), POLICY, { validate: false });
  const bundle = bundles[0];
  const exported = sqlExport(bundle, { dialect: "duckdb", now: NOW });
  if (!exported.ok) throw new Error(`sqlExport refuses ${POLICY}: ${exported.error.message}`);
  const dir = mkdtempSync(path.join(tmpdir(), "slac-bench-sql-"));
  const out = [];
  const runs = [];
  try {
    for (const count of SIZES) {
      const m = await measure(count, bundle, exported.value.statements, dir);
      const duckPerSecond = count / (m.duckMs / 1000);
      const jsSeconds = count / m.jsPerSecond;
      const label = count.toLocaleString("en");
      runs.push(m);
      out.push(
        {
          name: `\`slac_ticket_metrics\` on DuckDB, ${label} tickets of ${POLICY} (${m.events.toLocaleString("en")} events)`,
          value: duckPerSecond,
          unit: "tickets/s",
          detail: `${(m.duckMs / 1000).toFixed(1)} s for every ticket × metric row (${(m.dueShare * 100).toFixed(0)} % with a due), ${THREADS} threads`,
        },
        {
          name: `  \`deadlines()\` on the same ${label} tickets`,
          value: m.jsPerSecond,
          unit: "tickets/s",
          detail:
            m.sample === count
              ? `${jsSeconds.toFixed(1)} s, every ticket measured, one thread`
              : `extrapolated: ${m.sample.toLocaleString("en")} tickets measured, ${jsSeconds.toFixed(0)} s for ${label} at that rate, one thread`,
        },
        {
          name: `  DuckDB / JS, ${label} tickets`,
          value: duckPerSecond / m.jsPerSecond,
          unit: "×",
          detail: `DuckDB's peak memory ${m.peakMB.toFixed(0)} MB (duckdb_memory()) under memory_limit ${m.limitMB} MB${m.refused.length === 0 ? "" : ` (out of memory under ${m.refused.map((l) => `${l} MB`).join(", ")})`}`,
        },
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // DuckDB never holds more than its limit: bounded means every size completes under the same one, spilling the rest to disk.
  const bounded = runs.every((m) => m.refused.length === 0);
  out.push({
    name: `  DuckDB's peak memory, ${SIZES.at(-1).toLocaleString("en")} vs ${SIZES[0].toLocaleString("en")} tickets`,
    value: runs.at(-1).peakMB / runs[0].peakMB,
    unit: "×",
    target: `memory bounded: every size evaluated under memory_limit ${MEMORY_LIMIT_MB} MB, spilling to a temp directory`,
    pass: bounded,
    detail: `${runs.map((m) => `${m.peakMB.toFixed(0)} MB (limit ${m.limitMB} MB)`).join(" vs ")}; process high-water RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the JS tickets included)`,
  });
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchSql()) {
    const value = line.value >= 100 ? Math.round(line.value).toLocaleString("en") : line.value.toFixed(2);
    const verdict = line.pass === undefined ? "" : line.pass ? `  ok (${line.target})` : `  MISSED (${line.target})`;
    console.log(`${line.name}: ${value} ${line.unit}${verdict}`);
    if (line.detail) console.log(`  ${line.detail}`);
  }
}
