import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import { compile } from "../../src/pipeline.js";
import { deadlines, parseInstant } from "../../src/runtime/index.js";
import { loadDuckDb, openDuckDb } from "../../src/cli/engines/duckdb.js";
import { instantSql } from "../../src/cli/engines/inputs.js";
import { DEFAULT_COLUMNS } from "../../src/sql/index.js";
import { project, slac } from "./harness.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const read = (file: string): string => readFileSync(path.join(repo, file), "utf8");
const fixture = (name: string): string => read(`test/fixtures/sql/${name}`);

/** Statuses are judged here: after every fixture ticket but two was answered or overdue. */
const NOW = "2026-04-15T00:00Z";

interface Ticket {
  readonly id: string;
  readonly openedAt: string;
  readonly tier: string;
  readonly severity: string;
  readonly channel: string;
  readonly events?: readonly { readonly type: string; readonly at: string }[];
}

const TICKETS_NDJSON = fixture("360dialog-tickets.ndjson");
const TICKETS: readonly Ticket[] = TICKETS_NDJSON.trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Ticket);

/** The UTC instant of an ISO text, as `2026-03-04 17:00:00.000` (the runtime's reading of it). */
const utc = (iso: string): string => new Date(parseInstant(iso)!).toISOString().replace("T", " ").replace("Z", "");

/** Counts of one tier × severity × period of one metric. */
interface Counts {
  tickets: number;
  met: number;
  breached: number;
  open: number;
  share_met: number | null;
}

/**
 * Attainment as counted from `slac due`'s statuses at NOW, per metric × tier × severity ×
 * UTC month (or quarter) of opening. 360dialog has no rule that changes a ticket's severity,
 * so the severity applied is the one asked.
 */
async function fromDue(dir: string, ticketsFile: string, tickets: readonly Ticket[], by: "month" | "quarter" = "month"): Promise<Map<string, Counts>> {
  const result = await slac(dir, ["due", "360dialog.sla", "--tickets", ticketsFile, "--now", NOW]);
  expect(result.code).toBe(0);
  const byId = new Map(tickets.map((t) => [t.id, t]));
  const counts = new Map<string, Counts>();
  for (const line of result.stdout.trim().split("\n")) {
    const answer = JSON.parse(line) as { id: string; status: Record<string, { status: string }> };
    const ticket = byId.get(answer.id)!;
    const opened = new Date(parseInstant(ticket.openedAt)!);
    const month = opened.toISOString().slice(0, 7);
    const period = by === "month" ? month : `${opened.getUTCFullYear()}-Q${Math.floor(opened.getUTCMonth() / 3) + 1}`;
    for (const [metric, { status }] of Object.entries(answer.status)) {
      const key = [metric, ticket.tier, ticket.severity, period].join(" ");
      const c = counts.get(key) ?? { tickets: 0, met: 0, breached: 0, open: 0, share_met: null };
      c.tickets++;
      if (status === "met") c.met++;
      else if (status === "breached") c.breached++;
      else if (status === "running" || status === "paused") c.open++;
      counts.set(key, c);
    }
  }
  for (const c of counts.values()) c.share_met = c.met + c.breached === 0 ? null : c.met / (c.met + c.breached);
  return counts;
}

interface Row extends Counts {
  policy: string;
  metric: string;
  tier: string;
  severity: string;
  period: string;
}

async function reportRows(dir: string, args: readonly string[]): Promise<Row[]> {
  const result = await slac(dir, ["report", "360dialog.sla", ...args, "--now", NOW, "--format", "json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Row[];
}

function expectAgreement(rows: readonly Row[], expected: ReadonlyMap<string, Counts>): void {
  const got = new Map(rows.map((r) => [[r.metric, r.tier, r.severity, r.period].join(" "), { tickets: r.tickets, met: r.met, breached: r.breached, open: r.open, share_met: r.share_met }]));
  expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
  expect(rows.every((r) => r.policy === "dialog360")).toBe(true);
}

const csv = (rows: readonly (readonly (string | number)[])[]): string => rows.map((r) => r.join(",")).join("\n") + "\n";

/** The fixture's tickets and events as flat CSV tables, with the instants as the tickets give them. */
function flatCsv(names: { tickets: readonly string[]; events: readonly string[] }): { tickets: string; events: string } {
  return {
    tickets: csv([names.tickets, ...TICKETS.map((t) => [t.id, t.openedAt, t.tier, t.severity, t.channel].slice(0, names.tickets.length))]),
    events: csv([names.events, ...TICKETS.flatMap((t) => (t.events ?? []).map((e, i) => [t.id, e.type, e.at, i + 1].slice(0, names.events.length)))]),
  };
}

const DEFAULT_NAMES = {
  tickets: [DEFAULT_COLUMNS.tickets.id, DEFAULT_COLUMNS.tickets.openedAt, DEFAULT_COLUMNS.tickets.tier!, DEFAULT_COLUMNS.tickets.severity!, DEFAULT_COLUMNS.tickets.channel!],
  events: [DEFAULT_COLUMNS.events.ticket, DEFAULT_COLUMNS.events.type, DEFAULT_COLUMNS.events.at, DEFAULT_COLUMNS.events.seq!],
};

/** The fixture as Parquet, written by DuckDB: opened_at a TIMESTAMP (UTC), the events' instants TIMESTAMP WITH TIME ZONE. */
async function writeParquet(dir: string): Promise<void> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const t = DEFAULT_COLUMNS.tickets;
  const e = DEFAULT_COLUMNS.events;
  const tickets = TICKETS.map((x) => `(${q(x.id)}, TIMESTAMP ${q(utc(x.openedAt))}, ${q(x.tier)}, ${q(x.severity)}, ${q(x.channel)})`).join(", ");
  await connection.run(
    `COPY (SELECT * FROM (VALUES ${tickets}) AS v("${t.id}", "${t.openedAt}", "${t.tier}", "${t.severity}", "${t.channel}")) TO ${q(path.join(dir, "tickets.parquet"))} (FORMAT parquet)`,
  );
  const events = TICKETS.flatMap((x) => (x.events ?? []).map((ev, i) => `(${q(x.id)}, ${q(ev.type)}, TIMESTAMPTZ ${q(utc(ev.at) + "+00")}, ${i + 1})`)).join(", ");
  await connection.run(
    `COPY (SELECT * FROM (VALUES ${events}) AS v("${e.ticket}", "${e.type}", "${e.at}", "${e.seq}")) TO ${q(path.join(dir, "events.parquet"))} (FORMAT parquet)`,
  );
  connection.closeSync();
  db.closeSync();
}

describe("slac report", () => {
  it("counts share met per tier × severity × month from `slac due`'s NDJSON, as `slac due` judges the tickets", async () => {
    const dir = project({ "360dialog.sla": read("policies/360dialog.sla"), "tickets.ndjson": TICKETS_NDJSON });
    const expected = await fromDue(dir, "tickets.ndjson", TICKETS);
    // The fixture covers met, breached and running, in three months.
    expect([...expected.values()].some((c) => c.met > 0 && c.breached > 0)).toBe(true);
    expect([...expected.values()].some((c) => c.open > 0 && c.share_met === null)).toBe(true);
    expect(new Set([...expected.keys()].map((k) => k.split(" ")[3])).size).toBe(3);
    expectAgreement(await reportRows(dir, ["--tickets", "tickets.ndjson"]), expected);
  });

  it("reads flat CSV tickets and events, instants as the tickets give them (no seconds, offsets, lower case)", async () => {
    const { tickets, events } = flatCsv(DEFAULT_NAMES);
    const dir = project({ "360dialog.sla": read("policies/360dialog.sla"), "tickets.ndjson": TICKETS_NDJSON, "tickets.csv": tickets, "events.csv": events });
    expect(tickets).toContain("2026-02-03t09:00z");
    expect(tickets).toContain("2026-02-10T10:00+01:00");
    expectAgreement(await reportRows(dir, ["--tickets", "tickets.csv", "--events", "events.csv"]), await fromDue(dir, "tickets.ndjson", TICKETS));
  });

  it("reads Parquet tickets and events with timestamp columns", async () => {
    const dir = project({ "360dialog.sla": read("policies/360dialog.sla"), "tickets.ndjson": TICKETS_NDJSON });
    await writeParquet(dir);
    expectAgreement(await reportRows(dir, ["--tickets", "tickets.parquet", "--events", "events.parquet"]), await fromDue(dir, "tickets.ndjson", TICKETS));
  });

  it("reads the files' own column names from a mapping, and no events as none", async () => {
    const names = { tickets: ["key", "created_at", "plan", "priority", "source"], events: ["ticket_key", "kind", "happened_at"] };
    const { tickets, events } = flatCsv(names);
    const withoutEvents = TICKETS.map(({ events: _, ...t }) => t);
    const dir = project({
      "360dialog.sla": read("policies/360dialog.sla"),
      "mapping.json": fixture("mapping.json"),
      "tickets.ndjson": TICKETS_NDJSON,
      "bare.ndjson": withoutEvents.map((t) => JSON.stringify(t)).join("\n") + "\n",
      "tickets.csv": tickets,
      "events.csv": events,
    });
    const mapped = await reportRows(dir, ["--tickets", "tickets.csv", "--events", "events.csv", "--columns", "mapping.json"]);
    expectAgreement(mapped, await fromDue(dir, "tickets.ndjson", TICKETS));
    // Without --events, every ticket is still waiting for its first response, or late.
    const bare = await reportRows(dir, ["--tickets", "tickets.csv", "--columns", "mapping.json"]);
    const expectedBare = await fromDue(dir, "bare.ndjson", withoutEvents);
    expect([...expectedBare.values()].every((c) => c.met === 0)).toBe(true);
    expectAgreement(bare, expectedBare);
  });

  it("counts by the severity applied, as the runtime applies it (Kustomer's email is always medium)", async () => {
    const now = "2026-04-01T14:00Z";
    const tickets: Ticket[] = [
      { id: "K-1", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "critical", channel: "chat", events: [{ type: "first_response", at: "2026-03-04T17:10Z" }] },
      { id: "K-2", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "critical", channel: "email", events: [{ type: "first_response", at: "2026-03-04T18:30Z" }] },
      { id: "K-3", openedAt: "2026-03-07T17:00Z", tier: "enterprise", severity: "critical", channel: "email", events: [{ type: "first_response", at: "2026-03-09T15:00Z" }] },
      { id: "K-4", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "high", channel: "chat", events: [{ type: "first_response", at: "2026-03-04T18:30Z" }] },
      { id: "K-5", openedAt: "2026-03-05T12:00Z", tier: "professional", severity: "low", channel: "email" },
      { id: "K-6", openedAt: "2026-04-01T13:00Z", tier: "ultimate", severity: "medium", channel: "chat", events: [] },
    ];
    const source = read("policies/kustomer.sla");
    const bundle = compile(source, "kustomer.sla").bundles[0]!;
    const expected = new Map<string, Counts>();
    for (const ticket of tickets) {
      const outcome = deadlines(bundle, ticket, { now });
      if (!outcome.ok) throw new Error(outcome.error.message);
      for (const m of outcome.value.metrics) {
        const key = [m.metric, ticket.tier, m.appliedSeverity, new Date(parseInstant(ticket.openedAt)!).toISOString().slice(0, 7)].join(" ");
        const c = expected.get(key) ?? { tickets: 0, met: 0, breached: 0, open: 0, share_met: null };
        c.tickets++;
        if (m.status === "met") c.met++;
        else if (m.status === "breached") c.breached++;
        else if (m.status === "running" || m.status === "paused") c.open++;
        expected.set(key, c);
      }
    }
    for (const c of expected.values()) c.share_met = c.met + c.breached === 0 ? null : c.met / (c.met + c.breached);
    expect([...expected.keys()].filter((k) => k.includes(" medium ")).length).toBeGreaterThan(1);
    const dir = project({ "kustomer.sla": source, "tickets.jsonl": tickets.map((t) => JSON.stringify(t)).join("\n") + "\n" });
    const result = await slac(dir, ["report", "kustomer.sla", "--tickets", "tickets.jsonl", "--now", now, "--format", "json"]);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Row[];
    expect(rows.every((r) => r.policy === "kustomer")).toBe(true);
    const got = new Map(rows.map((r) => [[r.metric, r.tier, r.severity, r.period].join(" "), { tickets: r.tickets, met: r.met, breached: r.breached, open: r.open, share_met: r.share_met }]));
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
  });

  it("counts by quarter", async () => {
    const dir = project({ "360dialog.sla": read("policies/360dialog.sla"), "tickets.ndjson": TICKETS_NDJSON });
    const rows = await reportRows(dir, ["--tickets", "tickets.ndjson", "--by", "quarter"]);
    expectAgreement(rows, await fromDue(dir, "tickets.ndjson", TICKETS, "quarter"));
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(["2026-Q1", "2026-Q2"]));
  });

  it("prints a table (share as a percentage, one decimal) and CSV (share unrounded), sorted", async () => {
    const dir = project({ "360dialog.sla": read("policies/360dialog.sla"), "tickets.ndjson": TICKETS_NDJSON });
    const expected = await fromDue(dir, "tickets.ndjson", TICKETS);
    const keys = [...expected.keys()].sort();
    const table = await slac(dir, ["report", "360dialog.sla", "--tickets", "tickets.ndjson", "--now", NOW]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^policy +metric +tier +severity +period +tickets +met +breached +open +met %$/);
    expect(lines.slice(1).map((l) => l.split(/ {2,}/).slice(1, 5).join(" "))).toEqual(keys);
    for (const [i, key] of keys.entries()) {
      const c = expected.get(key)!;
      const share = c.share_met === null ? "-" : `${(c.share_met * 100).toFixed(1)} %`;
      expect(lines[i + 1]).toMatch(new RegExp(`^dialog360 +${key.replace(/ /g, " +")} +${c.tickets} +${c.met} +${c.breached} +${c.open} +${share.replace(" ", " ")}$`));
    }
    // The columns line up: every line as long as the header.
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);

    const csvOut = await slac(dir, ["report", "360dialog.sla", "--tickets", "tickets.ndjson", "--now", NOW, "--format", "csv"]);
    expect(csvOut.code).toBe(0);
    const [header, ...rows] = csvOut.stdout.trimEnd().split("\n");
    expect(header).toBe("policy,metric,tier,severity,period,tickets,met,breached,open,share_met");
    expect(rows.map((r) => r.split(",").slice(1, 5).join(" "))).toEqual(keys);
    for (const [i, key] of keys.entries()) {
      const c = expected.get(key)!;
      expect(rows[i]).toBe(["dialog360", ...key.split(" "), c.tickets, c.met, c.breached, c.open, c.share_met === null ? "" : String(c.share_met)].join(","));
    }
  });

  it("says what to install when DuckDB is not there", async () => {
    const dir = project({ "360dialog.sla": read("policies/360dialog.sla"), "tickets.ndjson": TICKETS_NDJSON });
    const result = await slac(dir, ["report", "360dialog.sla", "--tickets", "tickets.ndjson"], { NO_COLOR: "1", SLAC_DUCKDB_MODULE: "@duckdb/no-such-package" });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: "@duckdb/node-api: error SLA5014: `slac report` needs DuckDB, and `@duckdb/node-api` is not installed\n  help: install it beside slac: `npm install @duckdb/node-api@1.5.6-r.1`\n",
    });
  });

  it("names what is wrong with an input file", async () => {
    const bad = TICKETS_NDJSON + JSON.stringify({ id: "X-1", openedAt: "2026-13-04T17:00Z", tier: "standard", severity: "critical", channel: "hub" }) + "\n";
    const dir = project({
      "360dialog.sla": read("policies/360dialog.sla"),
      "repeating.sla": fixture("repeating.sla"),
      "bad.ndjson": bad,
      "tickets.ndjson": TICKETS_NDJSON,
      "tickets.txt": TICKETS_NDJSON,
      "short.csv": "ticket_id,opened_at\nA,2026-03-02T09:00Z\n",
      "events.csv": "ticket_id,type,occurred_at,seq\n",
    });
    const report = (args: string[]) => slac(dir, ["report", "360dialog.sla", "--now", NOW, ...args]);

    const instant = await report(["--tickets", "bad.ndjson"]);
    expect(instant.code).toBe(1);
    expect(instant.stderr).toMatch(/^bad\.ndjson: error SLA5015: ticket `X-1`: `openedAt` is `2026-13-04T17:00Z`, not an ISO instant\n  help: /);

    const extension = await report(["--tickets", "tickets.txt"]);
    expect(extension).toMatchObject({ code: 1, stdout: "" });
    expect(extension.stderr).toMatch(/^tickets\.txt: error SLA5015: cannot tell the format/);

    const columns = await report(["--tickets", "short.csv"]);
    expect(columns.code).toBe(1);
    expect(columns.stderr).toMatch(/^short\.csv: error SLA5015: `short\.csv` has no column `tier` \(the tier\); it has `ticket_id`, `opened_at`\n  help: .*--columns/);

    const twice = await report(["--tickets", "tickets.ndjson", "--events", "events.csv"]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^events\.csv: error SLA5015: `tickets\.ndjson` gives each ticket's events already/);

    const missing = await report(["--tickets", "nowhere.parquet"]);
    expect(missing).toEqual({ code: 1, stdout: "", stderr: "nowhere.parquet: error SLA5001: no such file `nowhere.parquet`\n" });

    const now = await slac(dir, ["report", "360dialog.sla", "--tickets", "tickets.ndjson", "--now", "yesterday"]);
    expect(now.code).toBe(2);
    expect(now.stderr).toMatch(/^--now: error SLA5010: /);

    const refused = await slac(dir, ["report", "repeating.sla", "--tickets", "tickets.ndjson", "--now", NOW]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^repeating\.sla: error SLA6001: /);

    const format = await report(["--tickets", "tickets.ndjson", "--format", "xml"]);
    expect(format.code).toBe(2);
  });
});

/** Runs `slac` with standard error a terminal or not, capturing both streams. */
async function withTerminal(cwd: string, argv: string[], isTTY: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, env: { NO_COLOR: "1" }, isTTY, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: async function* () {} };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe("slac report on a large input", () => {
  // Two runs over 120,000 tickets: slow on a busy machine.
  it("shows progress on a terminal, erased at the end, and nothing on a pipe", { timeout: 240_000 }, async () => {
    const dir = project({ "360dialog.sla": read("policies/360dialog.sla") });
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    const t = DEFAULT_COLUMNS.tickets;
    // 120,000 tickets over 2026, a third of them premium.
    await connection.run(
      `COPY (SELECT 'T-' || i AS "${t.id}", TIMESTAMP '2026-01-01 00:00:00' + to_minutes(CAST(i * 4 AS BIGINT)) AS "${t.openedAt}", ` +
        `CASE i % 3 WHEN 0 THEN 'premium' ELSE 'standard' END AS "${t.tier}", ` +
        `CASE i % 5 WHEN 0 THEN 'critical' WHEN 1 THEN 'urgent' ELSE 'standard' END AS "${t.severity}", 'hub' AS "${t.channel}" ` +
        `FROM range(120000) r(i)) TO '${path.join(dir, "tickets.parquet")}' (FORMAT parquet)`,
    );
    connection.closeSync();
    db.closeSync();
    const argv = ["report", "360dialog.sla", "--tickets", "tickets.parquet", "--now", "2026-12-31T00:00Z", "--format", "csv"];
    const terminal = await withTerminal(dir, argv, true);
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toMatch(/^\r\x1b\[Kslac report: evaluating tickets/);
    expect(terminal.stderr.endsWith("\r\x1b[K")).toBe(true);
    const pipe = await withTerminal(dir, argv, false);
    expect(pipe).toEqual({ code: 0, stdout: terminal.stdout, stderr: "" });
    const rows = pipe.stdout.trimEnd().split("\n").slice(1);
    const total = rows.reduce((sum, r) => sum + Number(r.split(",")[5]), 0);
    // Every ticket is counted once, for the policy's one metric.
    expect(total).toBe(120_000);
  });
});

describe("the DuckDB engine", () => {
  it("reads ISO text as the UTC instant the runtime reads, to the millisecond", async () => {
    const engine = await loadDuckDb({});
    if (!engine.ok) throw new Error(engine.reason);
    const session = await openDuckDb(engine.module);
    const texts = [
      "2026-03-04T17:00Z",
      "2026-03-04t17:00z",
      "2026-03-04T17:00:05Z",
      "2026-03-04T17:00:05.1239Z",
      "2026-03-04T17:00:05.123456789+05:30",
      "2026-03-04T17:00+0530",
      "2026-03-04T17:00-08:00",
      "2026-03-29T01:00+01:00",
      "1970-01-01T00:00Z",
      "2099-12-31T23:59:59.999Z",
    ];
    try {
      for (const text of texts) {
        const [row] = await session.rows(`SELECT CAST(epoch_ms(${instantSql(`'${text}'`, "VARCHAR")!}) AS VARCHAR) AS ms`);
        expect(Number(row!.ms), text).toBe(parseInstant(text));
      }
      // Typed columns keep their instant; a zone's offset is applied.
      const [typed] = await session.rows(
        `SELECT CAST(epoch_ms(${instantSql("TIMESTAMPTZ '2026-03-04 12:00:00-05'", "TIMESTAMP WITH TIME ZONE")!}) AS VARCHAR) AS tz, ` +
          `CAST(epoch_ms(${instantSql("TIMESTAMP_NS '2026-03-04 17:00:00.123456789'", "TIMESTAMP_NS")!}) AS VARCHAR) AS ns`,
      );
      expect(Number(typed!.tz)).toBe(parseInstant("2026-03-04T17:00Z"));
      expect(Number(typed!.ns)).toBe(parseInstant("2026-03-04T17:00:00.123Z"));
      expect(instantSql("x", "BIGINT")).toBeNull();
    } finally {
      await session.close();
    }
  });

  it("reports a statement's progress, between 0 and 100, while it runs task by task", async () => {
    const engine = await loadDuckDb({});
    if (!engine.ok) throw new Error(engine.reason);
    const session = await openDuckDb(engine.module);
    try {
      await session.run("CREATE TABLE t AS SELECT range AS a, CAST(range AS VARCHAR) AS s FROM range(3000000)");
      const seen: (number | null)[] = [];
      const [row] = await session.rows("SELECT count(DISTINCT s) AS n FROM t", (p) => seen.push(p));
      expect(Number(row!.n)).toBe(3_000_000);
      expect(seen.length).toBeGreaterThan(0);
      for (const p of seen) if (p !== null) expect(p >= 0 && p <= 100, String(p)).toBe(true);
    } finally {
      await session.close();
    }
  });
});
