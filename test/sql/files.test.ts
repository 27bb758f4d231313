/**
 * The files as a user runs them: `slac sql` writes schema.sql, data.sql and query.sql, DuckDB
 * runs them as they are over generated tickets, and every ticket's due and status equal what
 * `slac due` prints for the same tickets at the same `now` — both through the command line.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/pipeline.js";
import { deadlines } from "../../src/runtime/index.js";
import { project, slac } from "../cli/harness.js";
import { eventsCsv, tableRows, TicketGenerator, ticketsCsv } from "./tickets.js";

const NOW = "2027-01-15T00:00:00Z";

const cases = [
  ["kustomer", "inserts"],
  ["360dialog", "inserts"],
  ["gorgias-community", "inserts"],
  ["kustomer", "csv"],
  ["gorgias-community", "csv"],
] as const;

describe.each(cases)("slac sql %s --dialect duckdb --data %s, run as written", (name, data) => {
  it("gives every ticket the due and status of `slac due`", async () => {
    const source = readFileSync(new URL(`../../policies/${name}.sla`, import.meta.url), "utf8");
    const bundle = compile(source, `${name}.sla`).bundles[0]!;
    const oracle = (ticket: Parameters<typeof deadlines>[1], now: string) => {
      const answer = deadlines(bundle, ticket, { now });
      const dues = new Map<string, number | null>();
      if (answer.ok) for (const m of answer.value.metrics) dues.set(m.metric, m.due === null || m.due === "unknown" ? null : Date.parse(m.due));
      return dues;
    };
    const { tickets } = new TicketGenerator(bundle, { seed: 13, dueOf: oracle }).batch(3000, NOW);
    const dir = project({ [`policies/${name}.sla`]: source });
    writeFileSync(path.join(dir, "tickets.ndjson"), tickets.map((t) => JSON.stringify(t.ticket)).join("\n") + "\n");
    const rows = tableRows(tickets);
    writeFileSync(path.join(dir, "tickets.csv"), ticketsCsv(rows.tickets));
    writeFileSync(path.join(dir, "events.csv"), eventsCsv(rows.events));

    const written = await slac(dir, ["sql", `policies/${name}.sla`, "--dialect", "duckdb", "--out", "sql", "--now", NOW, "--years", "2024-2028", "--data", data]);
    expect(written.stderr).toBe("");
    expect(written.code).toBe(0);
    const due = await slac(dir, ["due", `policies/${name}.sla`, "--tickets", "tickets.ndjson", "--now", NOW]);
    expect(due.code).toBe(0);
    const expected = new Map<string, { due: string | null; status: string | null }>();
    for (const line of due.stdout.trim().split("\n")) {
      // A line is `{id, due: {metric: instant}, status: {metric: {status, …}}}`, or an error line without `due`.
      const answer = JSON.parse(line) as { id: string; due?: Record<string, string | null>; status?: Record<string, { status: string | null }> };
      for (const [metric, at] of Object.entries(answer.due ?? {})) {
        expected.set(`${answer.id} ${metric}`, { due: at === "unknown" ? null : at, status: answer.status?.[metric]?.status ?? null });
      }
    }
    expect(expected.size).toBeGreaterThan(2000);

    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    await c.run("SET TimeZone = 'UTC'");
    const csv = (file: string, columns: string) => `read_csv('${path.join(dir, file)}', header = true, columns = {${columns}})`;
    await c.run(`CREATE TABLE tickets AS SELECT * FROM ${csv("tickets.csv", "'ticket_id': 'VARCHAR', 'opened_at': 'TIMESTAMP', 'tier': 'VARCHAR', 'severity': 'VARCHAR', 'channel': 'VARCHAR'")}`);
    await c.run(`CREATE TABLE ticket_events AS SELECT * FROM ${csv("events.csv", "'ticket_id': 'VARCHAR', 'type': 'VARCHAR', 'occurred_at': 'TIMESTAMP', 'seq': 'BIGINT'")}`);
    const sql = (file: string) => readFileSync(path.join(dir, "sql", file), "utf8");
    await c.run(sql("schema.sql"));
    if (data === "inserts") await c.run(sql("data.sql"));
    else {
      // A bulk load as a user does it: each table from its CSV file, header first.
      const tables = (await c.runAndReadAll("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'slac_%'")).getRowObjectsJS();
      expect(tables.length).toBe(9);
      for (const { table_name } of tables) await c.run(`COPY ${String(table_name)} FROM '${path.join(dir, "sql", `${String(table_name)}.csv`)}' (HEADER)`);
    }
    await c.run(sql("query.sql"));
    const reader = await c.runAndReadAll("SELECT ticket_id, metric, strftime(due, '%Y-%m-%dT%H:%M:%SZ') AS due, status FROM slac_ticket_metrics");
    const got = reader.getRowObjectsJS() as { ticket_id: string; metric: string; due: string | null; status: string | null }[];
    c.closeSync();

    let compared = 0;
    const wrong: string[] = [];
    const statuses = new Map<string, number>();
    for (const row of got) {
      const want = expected.get(`${row.ticket_id} ${row.metric}`);
      if (want === undefined) continue; // `slac due` answered the ticket with an error line: no metrics to compare
      compared++;
      statuses.set(String(want.status), (statuses.get(String(want.status)) ?? 0) + 1);
      if (row.due !== want.due || row.status !== want.status) wrong.push(`${row.ticket_id} ${row.metric}: SQL ${row.due} ${row.status}, slac due ${want.due} ${want.status}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(compared).toBe(expected.size);
    // The comparison covers every outcome, not just one.
    for (const status of ["met", "breached"]) expect(statuses.get(status) ?? 0, status).toBeGreaterThan(50);
    expect((statuses.get("running") ?? 0) + (statuses.get("paused") ?? 0)).toBeGreaterThan(0);
  }, 120_000);
});
