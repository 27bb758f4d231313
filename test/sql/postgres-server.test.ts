import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadlines, type TicketInput } from "../../src/runtime/index.js";
import { readColumnMapping, sqlExport } from "../../src/sql/index.js";
import { seedBundle } from "../runtime/seeds.js";

// slac's PostgreSQL SQL on a real server (Debian's `postgresql` package), beside the
// embedded one the agreement tests use: a throwaway cluster on a free port of 127.0.0.1,
// in a temporary folder removed afterwards. Opt in with SLAC_PG_SERVER=1.

/** The newest `/usr/lib/postgresql/<major>/bin` that has the server's programs, or null. */
function serverBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  const bin = majors.map((v) => path.join(root, v, "bin")).find((b) => ["initdb", "pg_ctl", "postgres", "psql"].every((p) => existsSync(path.join(b, p))));
  return bin ?? null;
}

const BIN = serverBin();
const ENABLED = process.env["SLAC_PG_SERVER"] === "1" && BIN !== null;
const NOW = "2026-03-12T12:00:00Z";

/** Hand-written kustomer tickets: in and out of hours, both DST weekends' neighbours, pauses, met and missed. */
const TICKETS: readonly TicketInput[] = [
  { id: "email-critical", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "critical", channel: "email", events: [{ type: "first_response", at: "2026-03-04T18:30Z" }] },
  { id: "email-saturday", openedAt: "2026-03-07T17:00Z", tier: "enterprise", severity: "critical", channel: "email", events: [{ type: "first_response", at: "2026-03-09T04:00Z" }] },
  { id: "chat-critical-late", openedAt: "2026-03-07T17:00Z", tier: "ultimate", severity: "critical", channel: "chat", events: [{ type: "first_response", at: "2026-03-07T17:20Z" }] },
  { id: "chat-high-unanswered", openedAt: "2026-03-01T22:59Z", tier: "enterprise", severity: "high", channel: "chat" },
  {
    id: "chat-high-paused",
    openedAt: "2026-03-01T23:00Z",
    tier: "business",
    severity: "high",
    channel: "chat",
    events: [
      { type: "paused", at: "2026-03-01T23:10Z" },
      { type: "resumed", at: "2026-03-01T23:40Z" },
      { type: "first_response", at: "2026-03-02T00:20Z" },
    ],
  },
  { id: "chat-high-still-paused", openedAt: "2026-03-11T14:00Z", tier: "business", severity: "high", channel: "chat", events: [{ type: "paused", at: "2026-03-11T14:30Z" }] },
  { id: "chat-low-friday-close", openedAt: "2026-02-28T02:00Z", tier: "business", severity: "low", channel: "chat", events: [{ type: "first_response", at: "2026-03-02T04:59Z" }] },
  { id: "chat-low-spring-forward", openedAt: "2026-03-07T01:00Z", tier: "business", severity: "low", channel: "chat", events: [{ type: "first_response", at: "2026-03-09T01:00Z" }] },
  { id: "chat-medium-running", openedAt: "2026-03-12T11:00Z", tier: "business", severity: "medium", channel: "chat" },
  {
    id: "chat-medium-same-instant",
    openedAt: "2026-03-10T15:00Z",
    tier: "ultimate",
    severity: "medium",
    channel: "chat",
    // Paused and resumed at one instant, in that order: `seq` keeps the order.
    events: [
      { type: "paused", at: "2026-03-10T15:30Z" },
      { type: "resumed", at: "2026-03-10T15:30Z" },
      { type: "first_response", at: "2026-03-10T16:45Z" },
    ],
  },
];

/**
 * A ticket that leaves out a dimension its answer does not depend on: Professional may use
 * email only, so the runtime completes the channel (and email fixes the severity at medium).
 */
const LEFT_OUT: readonly TicketInput[] = [
  { id: "professional-no-channel", openedAt: "2026-03-04T17:00Z", tier: "professional", severity: "high", events: [{ type: "first_response", at: "2026-03-04T19:01Z" }] },
];

/** A TIMESTAMP literal of an ISO instant. */
const timestamp = (iso: string) => `TIMESTAMP '${new Date(iso).toISOString().replace("T", " ").replace("Z", "")}'`;
const text = (value: string | null | undefined) => (value === null || value === undefined ? "NULL" : `'${value.replace(/'/g, "''")}'`);

function userTables(schema: string, all: readonly TicketInput[]): string {
  const tickets = all.map((t) => `(${text(t.id)}, ${timestamp(t.openedAt)}, ${text(t.tier)}, ${text(t.severity)}, ${text(t.channel)})`);
  const events = all.flatMap((t) => (t.events ?? []).map((e, i) => `(${text(t.id)}, ${text(e.type)}, ${timestamp(e.at)}, ${i})`));
  return [
    `CREATE TABLE ${schema}tickets (ticket_id text, opened_at timestamp, tier text, severity text, channel text);`,
    `CREATE TABLE ${schema}ticket_events (ticket_id text, type text, occurred_at timestamp, seq bigint);`,
    `INSERT INTO ${schema}tickets VALUES\n${tickets.join(",\n")};`,
    ...(events.length === 0 ? [] : [`INSERT INTO ${schema}ticket_events VALUES\n${events.join(",\n")};`]),
  ].join("\n");
}

/** A free TCP port on 127.0.0.1 (free when asked; the server takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

if (!ENABLED) {
  const why = BIN === null ? "no PostgreSQL server in /usr/lib/postgresql/*/bin (Debian's postgresql package)" : `set SLAC_PG_SERVER=1 to run it (${BIN})`;
  describe.skip(`PostgreSQL server (skipped: ${why})`, () => {
    it("agrees with the runtime", () => {});
  });
} else {
  describe("PostgreSQL server", () => {
    const bin = BIN!;
    const bundle = seedBundle("kustomer");
    const root = process.getuid?.() === 0;
    let dir: string | null = null;
    let data = "";
    let started = false;
    let port = 0;

    /** Runs a server program, as the `postgres` user when we are root (initdb refuses root). */
    const server = (program: string, args: readonly string[]) => {
      const command = root ? "runuser" : path.join(bin, program);
      const argv = root ? ["-u", "postgres", "--", path.join(bin, program), ...args] : [...args];
      const result = spawnSync(command, argv, { encoding: "utf8", timeout: 120_000 });
      if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} exited ${result.status}: ${result.stderr || result.stdout}${result.error ? ` ${result.error.message}` : ""}`);
      return result.stdout;
    };

    /** Runs SQL through psql, stopping at the first error; returns the rows, unaligned, comma-separated. */
    const psql = (sql: string) => {
      const args = ["-X", "-q", "-h", "127.0.0.1", "-p", String(port), "-U", "slac", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-At", "-F", ",", "-f", "-"];
      const result = spawnSync(path.join(bin, "psql"), args, { input: sql, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
      if (result.status !== 0) throw new Error(`psql exited ${result.status}: ${result.stderr}`);
      return result.stdout.split("\n").filter((line) => line !== "");
    };

    const cleanUp = () => {
      try {
        if (started) server("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        started = false;
        if (dir !== null) rmSync(dir, { recursive: true, force: true });
        dir = null;
      }
    };

    beforeAll(async () => {
      try {
        dir = mkdtempSync(path.join(tmpdir(), "slac-pg-"));
        if (root) {
          const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
          chownSync(dir, id("-u"), id("-g"));
        }
        chmodSync(dir, 0o700);
        data = path.join(dir, "data");
        server("initdb", ["-D", data, "-U", "slac", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        port = await freePort();
        // A session zone other than UTC: timestamps without zone must be read the same whatever it is.
        const settings = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c TimeZone=America/Sao_Paulo`;
        server("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", settings, "-w", "-t", "60", "start"]);
        started = true;
        const outcome = sqlExport(bundle, { dialect: "postgres", now: NOW });
        if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
        psql(userTables("", TICKETS));
        psql(outcome.value.statements.map((s) => `${s};`).join("\n"));
        // The left-out ticket in a schema of its own, through --schema and a column mapping.
        const mapping = readColumnMapping('{"tickets": {"table": "other.tickets"}, "events": {"table": "other.ticket_events"}}');
        if (!mapping.ok) throw new Error(mapping.error.message);
        const other = sqlExport(bundle, { dialect: "postgres", now: NOW, schema: "other", columns: mapping.value });
        if (!other.ok) throw new Error(`${other.error.code}: ${other.error.message}`);
        psql(`CREATE SCHEMA other;\n${userTables("other.", LEFT_OUT)}`);
        psql(other.value.statements.map((s) => `${s};`).join("\n"));
      } catch (error) {
        cleanUp();
        throw error;
      }
    }, 180_000);

    afterAll(cleanUp, 60_000);

    /** Due (as text and as ms) and status per `ticket metric`, from the view. */
    const fromSql = (view: string) => {
      const rows = psql(
        `SELECT ticket_id, metric, COALESCE(to_char(due, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ''), COALESCE(CAST(due_ms AS text), ''), COALESCE(status, '') FROM ${view};`,
      );
      return new Map(rows.map((row) => {
        const [ticket, metric, due, dueMs, status] = row.split(",");
        return [`${ticket} ${metric}`, { due: due || null, dueMs: dueMs ? Number(dueMs) : null, status: status || null }];
      }));
    };

    /** The same from the runtime; a due of "unknown" is NULL in SQL. */
    const fromRuntime = (tickets: readonly TicketInput[]) => {
      const expected = new Map<string, { due: string | null; dueMs: number | null; status: string | null }>();
      for (const ticket of tickets) {
        const answer = deadlines(bundle, ticket, { now: NOW });
        if (!answer.ok) throw new Error(`${ticket.id}: ${answer.error.code} ${answer.error.message}`);
        for (const m of answer.value.metrics) {
          const due = m.due === null || m.due === "unknown" ? null : m.due;
          expected.set(`${ticket.id} ${m.metric}`, { due, dueMs: due === null ? null : Date.parse(due), status: m.status });
        }
      }
      return expected;
    };

    it("runs every statement of policies/kustomer.sla and agrees with deadlines() on each ticket", () => {
      const expected = fromRuntime(TICKETS);
      expect(fromSql("slac_ticket_metrics")).toEqual(expected);
      // Not every answer is the same one: the tickets reach met, breached, running and paused.
      expect(new Set([...expected.values()].map((e) => e.status))).toEqual(new Set(["met", "breached", "running", "paused"]));
    });

    it("agrees on a ticket that leaves out a dimension its answer does not depend on (in another schema, through a mapping)", () => {
      expect(fromSql("other.slac_ticket_metrics")).toEqual(fromRuntime(LEFT_OUT));
    });

    it("counts each month's met, breached and open tickets as the runtime's statuses add up", () => {
      const rows = psql("SELECT metric, tier, severity, period, tickets, met, breached, open FROM slac_attainment_monthly;");
      const expected = new Map<string, number[]>();
      for (const ticket of TICKETS) {
        const answer = deadlines(bundle, ticket, { now: NOW });
        if (!answer.ok) throw new Error(answer.error.message);
        for (const m of answer.value.metrics) {
          const key = [m.metric, ticket.tier, m.appliedSeverity, ticket.openedAt.slice(0, 7)].join(",");
          const counts = expected.get(key) ?? [0, 0, 0, 0];
          counts[0]! += 1;
          if (m.status === "met") counts[1]! += 1;
          if (m.status === "breached") counts[2]! += 1;
          if (m.status === "running" || m.status === "paused") counts[3]! += 1;
          expected.set(key, counts);
        }
      }
      expect(new Map(rows.map((r) => [r.split(",").slice(0, 4).join(","), r.split(",").slice(4).map(Number)]))).toEqual(expected);
    });
  });
}
