import { readdirSync, readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bundle } from "../../src/contract/bundle.js";
import { compile } from "../../src/pipeline.js";
import { deadlines, isOpen, openMinutesBetween, parseInstant } from "../../src/runtime/index.js";
import { sqlExport } from "../../src/sql/index.js";
import { seedBundle } from "../runtime/seeds.js";
import { Agreement, type Runtime } from "./agreement-check.js";
import { DuckDbEngine, PgliteEngine, type SqlEngine, tableStatements, viewStatements } from "./engines.js";
import { type DueOracle, tableRows, type TicketBatch, TicketGenerator } from "./tickets.js";

// Every seed policy, and each policy of docs/examples/calendars.sla the export accepts, on
// generated tickets: each ticket × metric row of `slac_ticket_metrics` must give the
// runtime's due, status, target, clock start, meeting and open minutes used.
const DUCKDB_BATCHES = 4;
const BATCH = 1_000;
const PGLITE_TICKETS = 1_500;
/** Each batch is judged at its own `now`: a plain day, the EU spring-forward night, the US fall-back morning, a second before the EU fall-back. */
const NOWS = ["2027-06-01T00:00:00Z", "2026-03-29T01:30:00Z", "2025-11-02T06:30:00Z", "2026-10-25T00:59:59Z"];
/** The calendar tables cover the tickets' years only, which keeps data.sql small (the big run, `npm run sql:agree`, takes the default years). */
const YEARS = { from: 2024, to: 2028 };
const STATUSES = ["met", "breached", "running", "paused"] as const;
const DAY = 86_400_000;

const runtime: Runtime = { deadlines, openMinutesBetween, isOpen };

const seeds = readdirSync(new URL("../../policies", import.meta.url))
  .filter((f) => f.endsWith(".sla"))
  .sort()
  .map((f) => ({ name: f.replace(/\.sla$/, ""), bundle: seedBundle(f.replace(/\.sla$/, "")) }));
const examples = compile(readFileSync(new URL("../../docs/examples/calendars.sla", import.meta.url), "utf8"), "docs/examples/calendars.sla", { validate: false }).bundles.map(
  (bundle) => ({ name: `calendars.sla ${bundle.policy.id}`, bundle }),
);
const refusedOf = (bundle: Bundle) => {
  const outcome = sqlExport(bundle, { dialect: "duckdb", now: NOWS[0]!, years: YEARS });
  return outcome.ok ? null : outcome.error;
};
const accepted = examples.filter((e) => refusedOf(e.bundle) === null);
const refused = examples.filter((e) => !accepted.includes(e));

function dueOracle(bundle: Bundle): DueOracle {
  return (ticket, now) => {
    const answer = deadlines(bundle, ticket, { now });
    if (!answer.ok) throw new Error(`the runtime refuses a generated ticket (${answer.error.message}): ${JSON.stringify(ticket)}`);
    return new Map(answer.value.metrics.map((m) => [m.metric, m.due === null || m.due === "unknown" ? null : parseInstant(m.due)]));
  };
}

/** The batches of a policy, drawn once for both engines (PGlite takes the first tickets). */
const drawn = new Map<string, TicketBatch[]>();
function batchesOf(name: string, bundle: Bundle): TicketBatch[] {
  let batches = drawn.get(name);
  if (batches === undefined) {
    const seed = [...name].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);
    const generator = new TicketGenerator(bundle, { seed, dueOf: dueOracle(bundle) });
    batches = NOWS.slice(0, DUCKDB_BATCHES).map((now) => generator.batch(BATCH, now));
    drawn.set(name, batches);
  }
  return batches;
}

/**
 * Runs a policy's batches on an engine and checks every row: the whole export into a fresh
 * database for the first batch, then for each other batch its tickets and the views of the
 * export at its `now` (whose tables are the same, which is checked).
 */
async function agree(engine: SqlEngine, label: string, bundle: Bundle, batches: readonly TicketBatch[]): Promise<Agreement> {
  const agreement = new Agreement();
  let tables: string[] | null = null;
  for (const batch of batches) {
    const exported = sqlExport(bundle, { dialect: engine.dialect, now: batch.now, years: YEARS });
    if (!exported.ok) throw new Error(`sqlExport refuses ${bundle.policy.id}: ${exported.error.message}`);
    const { statements } = exported.value;
    if (tables === null) {
      await engine.reset();
      tables = tableStatements(statements);
      await engine.run(tables);
    } else {
      expect(tableStatements(statements), "the tables do not depend on now").toEqual(tables);
      await engine.clear();
    }
    await engine.run(viewStatements(statements));
    const rows = tableRows(batch.tickets);
    await engine.load(rows.tickets, rows.events);
    agreement.check(bundle, label, batch.now, batch.tickets.map((g) => g.ticket), await engine.metrics(), runtime);
  }
  return agreement;
}

/** Whether a UTC offset of one of the zones changes within 3.5 days of an instant. */
function inDstWeek(zones: readonly string[], t: number): boolean {
  return zones.some((zone) => DateTime.fromMillis(t - 3.5 * DAY, { zone }).offset !== DateTime.fromMillis(t + 3.5 * DAY, { zone }).offset);
}

function zonesOf(bundle: Bundle): string[] {
  const zones = new Set<string>();
  for (const c of bundle.calendars) {
    if (c.zone !== null) zones.add(c.zone);
    for (const s of c.spans) zones.add(s.startZone).add(s.endZone);
  }
  return [...zones];
}

const policies = [...seeds, ...accepted];

describe("the SQL export agrees with the runtime", () => {
  let duck: DuckDbEngine;
  let pg: PgliteEngine;
  beforeAll(async () => {
    // PGlite starts Postgres in WASM: seconds, more on a busy machine.
    [duck, pg] = await Promise.all([DuckDbEngine.create({ threads: "2" }), PgliteEngine.create()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([duck?.close(), pg?.close()]);
  });

  for (const { name, bundle } of policies) {
    it(`${name} on DuckDB: ${(DUCKDB_BATCHES * BATCH).toLocaleString("en")} tickets, every row`, async () => {
      const batches = batchesOf(name, bundle);
      const agreement = await agree(duck, "duckdb", bundle, batches);
      expect(agreement.mismatchedTickets, agreement.describe()).toBe(0);

      // The draw reaches what it is for: every status where the policy states a due, pauses
      // that moved a due, openings in DST weeks, and the day-based targets the policy has.
      const tickets = batches.flatMap((b) => b.tickets);
      const withDue = agreement.rows - (agreement.statuses.get("null") ?? 0);
      if (withDue > 0) {
        for (const status of STATUSES) expect(agreement.statuses.get(status) ?? 0, `${status} among ${JSON.stringify([...agreement.statuses])}`).toBeGreaterThan(withDue / 200);
        expect(tickets.filter((t) => t.pausesMovedDue).length).toBeGreaterThan(tickets.length / 20);
        expect(agreement.openMinutesCompared).toBeGreaterThan(withDue / 2);
      }
      const dstZones = zonesOf(bundle).filter((zone) => DateTime.fromMillis(Date.UTC(2026, 0, 15), { zone }).offset !== DateTime.fromMillis(Date.UTC(2026, 6, 15), { zone }).offset);
      if (dstZones.length > 0) {
        const inDst = tickets.filter((t) => inDstWeek(dstZones, Date.parse(t.ticket.openedAt))).length;
        expect(inDst, `tickets opened in a DST week of ${dstZones.join(", ")}`).toBeGreaterThan(tickets.length / 10);
      }
      // Day-based units on calendars whose hours are stated (on others the due is `unknown`).
      const stated = (calendar: string) => bundle.calendars.find((c) => c.id === calendar)?.unknown.length === 0;
      const units = new Set(
        bundle.targets.flatMap((r) =>
          r.target === null || "unknown" in r.target ? [] : [r.target.deadline, r.target.otherwise].flatMap((d) => (d === null || !stated(d.calendar) ? [] : [d.amount.unit])),
        ),
      );
      for (const unit of ["next_business_day", "business_days"] as const) {
        if (!units.has(unit)) continue;
        const reached = [...agreement.units].filter(([u]) => u.endsWith(unit)).reduce((n, [, k]) => n + k, 0);
        expect(reached, `rows due by ${unit}`).toBeGreaterThan(50);
      }
    });

    it(`${name} on PGlite: ${PGLITE_TICKETS.toLocaleString("en")} tickets, every row`, async () => {
      const batches = batchesOf(name, bundle);
      const taken: TicketBatch[] = [];
      let left = PGLITE_TICKETS;
      for (const b of batches) {
        if (left <= 0) break;
        taken.push({ now: b.now, tickets: b.tickets.slice(0, left) });
        left -= b.tickets.length;
      }
      const agreement = await agree(pg, "pglite", bundle, taken);
      expect(agreement.tickets).toBe(PGLITE_TICKETS);
      expect(agreement.mismatchedTickets, agreement.describe()).toBe(0);
    });
  }

  it(`the export refuses ${refused.map((r) => `\`${r.bundle.policy.id}\``).join(", ") || "no policy"} of docs/examples/calendars.sla, left out above; every seed policy is in scope`, () => {
    for (const { bundle } of refused) expect(refusedOf(bundle)?.code).toMatch(/^SLA6\d{3}$/);
    for (const { bundle } of seeds) expect(refusedOf(bundle)).toBeNull();
  });
});
