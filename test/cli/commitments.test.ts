/**
 * `slac uptime` over several commitments and `slac credits`, run in process on the example
 * of docs/examples/commitments.sla with the traffic and ticket files beside it: the figures
 * docs/language.md quotes, and the command lines its comment gives.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { project, slac } from "./harness.js";

const read = (name: string): string => readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), "utf8");
const files = {
  "commitments.sla": read("commitments.sla"),
  "traffic.csv": read("commitments-traffic.csv"),
  "tickets.ndjson": read("commitments-tickets.ndjson"),
};

describe("slac uptime with two commitments", () => {
  const dir = project(files);
  const args = ["uptime", "commitments.sla", "--minutes", "traffic.csv", "--month", "2025-09"];

  it("reports each commitment for the month: Standard's 99.9 % met, Enterprise's 99.95 % not, with its credit and claim date", async () => {
    const text = await slac(dir, args);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      [
        "acme_cloud: uptime in 2025-09 (UTC, 43,200 minutes)",
        'standard "Standard plan uptime" (tiers standard; service "The Acme API")',
        "  uptime     99.93 % against an objective of 99.9 %: met",
        "  downtime   30 minutes counted (30 down), 43.2 allowed",
        'enterprise "Enterprise plan uptime" (tiers enterprise; service "The Acme API")',
        "  uptime     99.93 % against an objective of 99.95 %: NOT met",
        "  downtime   30 minutes counted (30 down), 21.6 allowed",
        "  credit     10 % service credit owed (claim by 2025-10-30)",
        "",
      ].join("\n"),
    );
    const json = JSON.parse((await slac(dir, [...args, "--format", "json"])).stdout);
    expect(json).toMatchObject({ policy: "acme_cloud", month: "2025-09", minutesInMonth: 43_200, ignoredMinutes: 0 });
    expect(json.commitments.map((c: { commitment: string; met: boolean; creditPercent: number | null }) => [c.commitment, c.met, c.creditPercent])).toEqual([
      ["standard", true, null],
      ["enterprise", false, 10],
    ]);
  });

  it("reports one commitment with --commitment, and names the others for an unknown one", async () => {
    const one = JSON.parse((await slac(dir, [...args, "--commitment", "enterprise", "--format", "json"])).stdout);
    expect(one.commitments.map((c: { commitment: string }) => c.commitment)).toEqual(["enterprise"]);
    const unknown = await slac(dir, [...args, "--commitment", "premium"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("error SLA4010: policy `acme_cloud` has no uptime commitment `premium`");
  });
});

describe("slac credits", () => {
  const dir = project(files);
  const args = ["credits", "commitments.sla", "--tickets", "tickets.ndjson", "--now", "2025-11-15T00:00Z"];

  it("gives each account's fiscal quarters: 5 misses in Q3 (fiscal, ending Oct 31) → 20 %", async () => {
    const text = await slac(dir, args);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe("");
    expect(text.stdout).toBe(
      [
        "acme_cloud: response credits from 19 tickets (judged at 2025-11-15T00:00:00Z)",
        'first_response "Missed first responses", tiers enterprise: more than 4 misses per fiscal quarter → 20 % of the quarter\'s fee, claim within 30 days',
        "  globex, FY2026: 2 misses in Q2 (fiscal, ending Jul 31): no credit (6 due, 4 met)",
        "  globex, FY2026: 5 misses in Q3 (fiscal, ending Oct 31) → 20 % (8 due, 3 met; claim by 2025-11-30)",
        "  globex, FY2026: 1 miss so far in Q4 (fiscal, ending Jan 31): no credit yet (1 due, 0 met)",
        "  initech, FY2026: 1 miss in Q3 (fiscal, ending Oct 31): no credit (3 due, 2 met)",
        "",
      ].join("\n"),
    );
  });

  it("gives the same as JSON, with the tickets that were missed", async () => {
    const json = JSON.parse((await slac(dir, [...args, "--format", "json"])).stdout);
    expect(json).toMatchObject({ policy: "acme_cloud", now: "2025-11-15T00:00:00Z", tickets: 19 });
    expect(json.credits[0].credit).toMatchObject({ metric: "first_response", tiers: ["enterprise"], misses: { operator: ">", count: 4 }, creditPercent: 20 });
    expect(json.credits[0].periods[1]).toEqual({
      account: "globex",
      fiscalYear: 2026,
      quarter: 3,
      label: "Q3 (fiscal, ending Oct 31)",
      start: "2025-08-01",
      end: "2025-10-31",
      ended: true,
      judged: 8,
      met: 3,
      missed: 5,
      pending: 0,
      earned: true,
      creditPercent: 20,
      claimBy: "2025-11-30",
      missedTickets: ["GX-201", "GX-203", "GX-205", "GX-206", "GX-208"],
    });
  });

  it("reports bad ticket lines by number, leaves them out and still answers", async () => {
    const bad = project({ ...files, "tickets.ndjson": `${files["tickets.ndjson"]}not json\n{"openedAt": "2025-09-01T09:00Z", "tier": "gold"}\n{"openedAt": "2025-09-01T09:00Z", "severity": "urgent"}\n` });
    const result = await slac(bad, args);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      "tickets.ndjson:20: error SLA5009: not a JSON object",
      expect.stringMatching(/^tickets\.ndjson:21: error SLA4002: unknown tier `gold`/),
      // The targets depend on the tier, so `deadlines` asks for it first.
      expect.stringMatching(/^tickets\.ndjson:22: error SLA4006: the ticket has no `tier`/),
      "3 of 22 ticket lines had errors",
      "",
    ]);
    expect(result.stdout).toContain("5 misses in Q3 (fiscal, ending Oct 31) → 20 %");
  });

  it("rejects a bad --now as usage, and a policy or metric without credits", async () => {
    const now = await slac(dir, ["credits", "commitments.sla", "--tickets", "tickets.ndjson", "--now", "yesterday"]);
    expect([now.code, now.stderr]).toEqual([2, expect.stringContaining("SLA5010")]);
    const metric = await slac(dir, ["credits", "commitments.sla", "--tickets", "tickets.ndjson", "--metric", "resolution"]);
    expect([metric.code, metric.stderr]).toEqual([1, expect.stringContaining("error SLA4030: policy `acme_cloud` has no response credit for `resolution`")]);
    const none = project({ "p.sla": "policy p { first_response 4h 24x7 }\n", "t.ndjson": "" });
    const result = await slac(none, ["credits", "p.sla", "--tickets", "t.ndjson"]);
    expect([result.code, result.stderr]).toEqual([1, "p.sla: error SLA4030: policy `p` declares no response credit\n"]);
  });

  it("judges without --now only what the events settle", async () => {
    const text = (await slac(dir, ["credits", "commitments.sla", "--tickets", "tickets.ndjson"])).stdout;
    expect(text).toContain("(without --now: only met and breached targets are judged)");
    expect(text).toContain("globex, FY2026: 5 misses in Q3 (fiscal, ending Oct 31) → 20 % (8 due, 3 met; claim by 2025-11-30)");
    expect(text).toContain("initech, FY2026: 0 misses in Q3 (fiscal, ending Oct 31): no credit (3 due, 2 met, 1 without an outcome)");
  });
});
