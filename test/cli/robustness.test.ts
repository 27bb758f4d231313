/**
 * Bad input of every shape is one error line, and the stream goes on: `slac due` and
 * `slac credits` ticket lines, `slac uptime` traffic lines; a huge amount stops at `check`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { project, slac } from "./harness.js";

const POLICY = `policy p "P" {
  calendar office { zone Europe/Paris  open mon-fri 09:00 - 18:00 }
  business_hours office
  severity s1 "S1"
  first_response { s1 1h business }
}
`;
const good = JSON.stringify({ id: "ok", openedAt: "2026-03-02T09:00Z", severity: "s1" });
const at = "2026-03-02T10:00Z";
const commitments = readFileSync(new URL("../../docs/examples/commitments.sla", import.meta.url), "utf8");

function lines(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("slac due on bad ticket lines", () => {
  it("answers each bad shape of `events` and of the ticket with an error line, and goes on", async () => {
    const bad = [{}, "x", 5, true, [null]].map((events, i) => JSON.stringify({ id: `E${i}`, openedAt: "2026-03-02T09:00Z", severity: "s1", events }));
    const input = [...bad, "null", "5", "[1]", good].map((l) => l + "\n");
    const result = await slac(project({ "p.sla": POLICY }), ["due", "p.sla", "--tickets", "-"], { NO_COLOR: "1" }, input);
    const out = lines(result.stdout);
    expect(out).toHaveLength(9);
    expect(out.slice(0, 5).map((l) => (l["error"] as { code: string }).code)).toEqual(["SLA4012", "SLA4012", "SLA4012", "SLA4012", "SLA4012"]);
    expect(out.slice(5, 8).map((l) => (l["error"] as { code: string }).code)).toEqual(["SLA5009", "SLA5009", "SLA5009"]);
    expect(out[8]).toEqual({ id: "ok", due: { first_response: "2026-03-02T10:00:00Z" } });
    expect(result.code).toBe(1);
  });

  it("names an unknown event type with the nearest known one, and refuses a `now` before the opening or out of range", async () => {
    const input = [
      JSON.stringify({ id: "P", openedAt: "2026-03-02T09:00Z", severity: "s1", events: [{ type: "pause", at }] }),
      JSON.stringify({ id: "N", openedAt: "2026-03-02T09:00Z", severity: "s1", now: "2026-03-01T09:00Z" }),
      JSON.stringify({ id: "Y", openedAt: "0001-03-02T09:00Z", severity: "s1", now: "2027-01-01T00:00Z" }),
      good,
    ].map((l) => l + "\n");
    const result = await slac(project({ "p.sla": POLICY }), ["due", "p.sla", "--tickets", "-"], { NO_COLOR: "1" }, input);
    const out = lines(result.stdout);
    expect(out[0]!["error"]).toEqual({ code: "SLA4021", message: "event 1 has unknown type `pause`", hint: "did you mean `paused`?" });
    expect((out[1]!["error"] as { code: string }).code).toBe("SLA4022");
    expect((out[2]!["error"] as { code: string }).code).toBe("SLA4020");
    expect(out[3]!["id"]).toBe("ok");
  });

  it("answers a far `--now` with error lines at once, not after minutes of work", async () => {
    const result = await slac(project({ "p.sla": POLICY }), ["due", "p.sla", "--tickets", "-", "--now", "9999-12-31T23:59Z"], { NO_COLOR: "1" }, [good + "\n", good + "\n"]);
    expect(lines(result.stdout).map((l) => (l["error"] as { code: string }).code)).toEqual(["SLA4020", "SLA4020"]);
  });
});

describe("a huge amount", () => {
  it("is refused by `slac check` (SLA2089), so `slac test` and `slac due` never see it", async () => {
    const result = await slac(project({ "h.sla": POLICY.replace("s1 1h business", "s1 9999999999999m 24x7") }), ["check", "h.sla"]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain("error SLA2089: a deadline of `9999999999999m` is longer than a year");
  });
});

describe("slac credits on bad ticket lines", () => {
  it("reports each bad line with its number and still prints the credits", async () => {
    const input = ["null", "[1]", JSON.stringify({ id: "A", account: 5, openedAt: "2025-05-06T09:00Z", tier: "enterprise", severity: "normal" }), JSON.stringify({ id: "B", openedAt: "2025-05-06T09:00Z", tier: "enterprise", severity: "normal", events: "x" })];
    const result = await slac(project({ "c.sla": commitments }), ["credits", "c.sla", "--tickets", "-", "--now", "2025-11-15T00:00Z"], { NO_COLOR: "1" }, input.map((l) => l + "\n"));
    expect(result.stderr.split("\n").filter((l) => l.includes(": error "))).toEqual([
      "-:1: error SLA5009: not a JSON object",
      "-:2: error SLA5009: not a JSON object",
      "-:3: error SLA4012: `account` must be a string",
      "-:4: error SLA4012: `events` must be an array",
    ]);
    expect(result.stdout).toContain("response credits from 0 tickets");
    expect(result.code).toBe(1);
  });
});

describe("slac uptime on bad traffic lines", () => {
  it("reports counts that are not exact, and more errors than requests, and still reports the month", async () => {
    const csv = ["minute,valid_requests,errors", "2026-11-03T10:15Z,99999999999999999999,0", "2026-11-03T10:16Z,5,6", "2026-11-03T10:17Z,10,0", ""].join("\n");
    const result = await slac(project({ "c.sla": commitments }), ["uptime", "c.sla", "--minutes", "-", "--month", "2026-11"], { NO_COLOR: "1" }, [csv]);
    expect(result.stderr).toContain("-:2: error SLA4011: line 2: valid requests `99999999999999999999` is larger than 9007199254740991");
    expect(result.stderr).toContain("-:3: error SLA4011: line 3: 6 errors is more than the 5 valid requests of the minute");
    expect(result.stdout).toContain("uptime in 2026-11");
    expect(result.code).toBe(1);
  });
});
