// `npm run sql:agree [-- --tickets N]`: the SQL export against the runtime at scale. Tickets
// for the seed policies (policies/*.sla, 1,000,000 by default, split evenly) are drawn in
// batches (`--batch`, 50,000) by test/sql/tickets.ts, each batch judged at the next of five
// `now`s, written as CSV files that DuckDB reads, run through the export's views and
// compared row by row with `deadlines()` (test/sql/agreement-check.ts) — and the same batches
// through PGlite while its time budget lasts (`--pglite-minutes`, default 20; 0 leaves it
// out). Each policy's export (default years) goes into a schema of its own in one database
// per engine, its tables once, its views again for each `now`. Prints counts per policy and
// status, the disagreements (there must be none: exit 1 otherwise) and the time taken.
//
// It runs the sources, not dist/: a loader hook transpiles the TypeScript it imports
// (typescript's transpileModule, types stripped, nothing checked), as tsx would, so the
// run always checks the code beside it and needs no build.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

const HOOKS = `
let ts;
export async function initialize(data) { ts = (await import(data.typescript)).default; }
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    // TypeScript sources import each other as ".js".
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !specifier.endsWith(".js") || !context.parentURL?.endsWith(".ts")) throw error;
    return next(specifier.slice(0, -3) + ".ts", context);
  }
}
export async function load(url, context, next) {
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return next(url, context);
  const { readFile } = await import("node:fs/promises");
  const text = await readFile(new URL(url), "utf8");
  const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, inlineSourceMap: true };
  return { format: "module", source: ts.transpileModule(text, { fileName: url, compilerOptions: options }).outputText, shortCircuit: true };
}`;
register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, {
  data: { typescript: pathToFileURL(createRequire(import.meta.url).resolve("typescript")).href },
});

const source = (file) => import(pathToFileURL(path.join(root, file)).href);
const [{ compile }, runtime, { sqlExport }, { TicketGenerator, tableRows, ticketsCsv, eventsCsv }, { DuckDbEngine, PgliteEngine, tableStatements, viewStatements }, { Agreement }] =
  await Promise.all([
    source("src/pipeline.ts"),
    source("src/runtime/index.ts"),
    source("src/sql/index.ts"),
    source("test/sql/tickets.ts"),
    source("test/sql/engines.ts"),
    source("test/sql/agreement-check.ts"),
  ]);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]?.replaceAll("_", "").replaceAll(",", ""));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} takes a number`);
  return value;
}

const TOTAL = option("tickets", 1_000_000);
const BATCH = option("batch", 50_000);
const PGLITE_MS = option("pglite-minutes", 20) * 60_000;
const SEED = option("seed", 20_270_601);
/** Each batch is judged at the next of these: a plain day, the EU spring-forward night, the US fall-back morning, a second before the EU fall-back. */
const NOWS = ["2027-06-01T00:00:00Z", "2026-03-29T01:30:00Z", "2025-11-02T06:30:00Z", "2026-10-25T00:59:59Z", "2027-11-07T12:00:00Z"];

const seconds = (ms) => (ms / 1000).toFixed(1);
const count = (n) => n.toLocaleString("en");

const files = readdirSync(path.join(root, "policies"))
  .filter((f) => f.endsWith(".sla"))
  .sort();
const policies = files.map((file, p) => {
  const where = `policies/${file}`;
  const { bundles, diagnostics } = compile(readFileSync(path.join(root, where), "utf8"), where, { validate: false });
  if (bundles.length !== 1) throw new Error(`${where} does not compile: ${diagnostics.map((d) => d.message).join("; ")}`);
  const bundle = bundles[0];
  const dueOf = (ticket, now) => {
    const answer = runtime.deadlines(bundle, ticket, { now });
    if (!answer.ok) throw new Error(`the runtime refuses a generated ticket: ${answer.error.message}`);
    return new Map(answer.value.metrics.map((m) => [m.metric, m.due === null || m.due === "unknown" ? null : runtime.parseInstant(m.due)]));
  };
  return {
    id: bundle.policy.id,
    bundle,
    generator: new TicketGenerator(bundle, { seed: SEED + p, dueOf, prefix: `P${p}-` }),
    tickets: Math.floor(TOTAL / files.length) + (p < TOTAL % files.length ? 1 : 0),
    done: 0,
    duck: new Agreement(),
    pg: new Agreement(),
    pgTickets: 0,
    /** slac's tables and views go in a schema of their own per policy, so that one database holds them all. */
    schema: `slac_p${p}`,
    /** Per dialect, the statements that made the policy's tables. */
    tables: new Map(),
  };
});

const dir = mkdtempSync(path.join(tmpdir(), "slac-sql-agree-"));
const timing = { generate: 0, csv: 0, export: 0, duckTables: 0, duckLoad: 0, duckViews: 0, check: 0, pg: 0 };
const started = performance.now();
const duck = await DuckDbEngine.create({ threads: "2" });
const pg = PGLITE_MS > 0 ? await PgliteEngine.create() : null;
let pgStopped = pg === null ? "left out (--pglite-minutes 0)" : null;

/**
 * The views of a policy's export at a `now`, in its own schema of an engine: the first call
 * also creates and fills the policy's tables there; later ones check that the tables'
 * statements are the same (only the views depend on `now`) and return the views alone.
 */
const exports = new Map();
async function viewsFor(engine, policy, now) {
  const key = `${engine.dialect} ${policy.schema} ${now}`;
  let views = exports.get(key);
  if (views !== undefined) return views;
  let t = performance.now();
  const exported = sqlExport(policy.bundle, { dialect: engine.dialect, now, schema: policy.schema });
  if (!exported.ok) throw new Error(`sqlExport refuses ${policy.id} for ${engine.dialect}: ${exported.error.message}`);
  timing.export += performance.now() - t;
  const tables = tableStatements(exported.value.statements);
  const created = policy.tables.get(engine.dialect);
  if (created === undefined) {
    t = performance.now();
    await engine.run([`CREATE SCHEMA ${policy.schema}`, ...tables]);
    if (engine === duck) timing.duckTables += performance.now() - t;
    policy.tables.set(engine.dialect, tables.join(";\n"));
  } else if (created !== tables.join(";\n")) throw new Error(`the tables of ${policy.id}'s export differ between two values of now`);
  views = viewStatements(exported.value.statements);
  exports.set(key, views);
  return views;
}

try {
  for (let round = 0; policies.some((p) => p.done < p.tickets); round++) {
    const now = NOWS[round % NOWS.length];
    for (const policy of policies) {
      const size = Math.min(BATCH, policy.tickets - policy.done);
      if (size <= 0) continue;
      let t = performance.now();
      const batch = policy.generator.batch(size, now);
      const tickets = batch.tickets.map((g) => g.ticket);
      const rows = tableRows(batch.tickets);
      timing.generate += performance.now() - t;
      t = performance.now();
      const ticketsFile = path.join(dir, "tickets.csv");
      const eventsFile = path.join(dir, "ticket_events.csv");
      writeFileSync(ticketsFile, ticketsCsv(rows.tickets));
      writeFileSync(eventsFile, eventsCsv(rows.events));
      timing.csv += performance.now() - t;

      const duckViews = await viewsFor(duck, policy, batch.now);
      t = performance.now();
      await duck.clear();
      await duck.loadCsv(ticketsFile, eventsFile);
      timing.duckLoad += performance.now() - t;
      t = performance.now();
      await duck.run(duckViews);
      const duckRows = await duck.metrics(policy.schema);
      timing.duckViews += performance.now() - t;
      t = performance.now();
      policy.duck.check(policy.bundle, "duckdb", batch.now, tickets, duckRows, runtime);
      timing.check += performance.now() - t;

      if (pg !== null && pgStopped === null) {
        t = performance.now();
        const pgViews = await viewsFor(pg, policy, batch.now);
        await pg.clear();
        await pg.load(rows.tickets, rows.events);
        await pg.run(pgViews);
        policy.pg.check(policy.bundle, "pglite", batch.now, tickets, await pg.metrics(policy.schema), runtime);
        policy.pgTickets += size;
        timing.pg += performance.now() - t;
        if (timing.pg >= PGLITE_MS) pgStopped = `stopped at its time budget of ${seconds(PGLITE_MS)} s`;
      }
      policy.done += size;
    }
    const done = policies.reduce((n, p) => n + p.done, 0);
    process.stderr.write(`  ${count(done)} of ${count(TOTAL)} tickets, ${seconds(performance.now() - started)} s\r`);
  }
} finally {
  await duck.close();
  await pg?.close();
  rmSync(dir, { recursive: true, force: true });
}
process.stderr.write("\n");

const elapsed = performance.now() - started;
const statuses = ["met", "breached", "running", "paused", "null"];
let mismatches = 0;
console.log(`SQL export vs runtime: ${count(TOTAL)} tickets over ${policies.length} seed policies, batches of ${count(BATCH)}, nows ${NOWS.join(", ")}`);
for (const p of policies) {
  const s = statuses.map((k) => `${k} ${count(p.duck.statuses.get(k) ?? 0)}`).join(", ");
  console.log(`  ${p.id}: ${count(p.duck.tickets)} tickets, ${count(p.duck.rows)} ticket × metric rows (${s}); open minutes compared on ${count(p.duck.openMinutesCompared)}`);
  console.log(`    DuckDB disagreements: ${count(p.duck.mismatchedTickets)} tickets; PGlite: ${count(p.pg.mismatchedTickets)} of ${count(p.pgTickets)} tickets`);
  mismatches += p.duck.mismatchedTickets + p.pg.mismatchedTickets;
}
const total = (k) => policies.reduce((n, p) => n + (p.duck.statuses.get(k) ?? 0), 0);
console.log(`  per status: ${statuses.map((k) => `${k} ${count(total(k))}`).join(", ")}`);
const pgTotal = policies.reduce((n, p) => n + p.pgTickets, 0);
console.log(`  PGlite: ${count(pgTotal)} of ${count(TOTAL)} tickets in ${seconds(timing.pg)} s (${count(Math.round(pgTotal / (timing.pg / 1000 || 1)))} tickets/s)${pgStopped === null ? "" : `, ${pgStopped}`}`);
console.log(
  `  time: ${seconds(elapsed)} s in all — generating ${seconds(timing.generate)} s, CSV ${seconds(timing.csv)} s, sqlExport ${seconds(timing.export)} s, DuckDB: slac's tables ${seconds(timing.duckTables)} s, loading the CSV ${seconds(timing.duckLoad)} s, views ${seconds(timing.duckViews)} s (${count(Math.round(TOTAL / (timing.duckViews / 1000 || 1)))} tickets/s); runtime check ${seconds(timing.check)} s; PGlite ${seconds(timing.pg)} s`,
);
for (const p of policies) for (const a of [p.duck, p.pg]) if (a.mismatchedTickets > 0) console.log(`\n${p.id}: ${a.describe()}`);
console.log(mismatches === 0 ? "  verdict: every row agrees" : `  verdict: ${count(mismatches)} tickets disagree`);
process.exitCode = mismatches === 0 ? 0 : 1;
