import { describe, expect, it } from "vitest";
import type { Bundle, Uptime } from "../../src/contract/bundle.js";
import { type CommitmentUptime, readTrafficCsv, uptime, uptimeFromCsv, type TrafficMinute, type UptimeReport } from "../../src/runtime/index.js";
import { bundle } from "./fixtures.js";

const commitment: Uptime = {
  id: "uptime",
  title: null,
  tiers: [],
  service: "Chat",
  notCovered: [],
  objectivePercent: 99.9,
  window: "month",
  downtime: { measure: "error_rate", operator: ">", thresholdPercent: 5 },
  errors: null,
  validRequests: null,
  minimumPeriodMinutes: 1,
  exclusions: [],
  credits: {
    levels: [
      { belowPercent: 99.9, creditPercent: 10 },
      { belowPercent: 99, creditPercent: 25 },
    ],
    capPercent: null,
    claimWindowDays: null,
  },
  assumption: null,
  notes: [],
};

const withUptime = (changes: Partial<Uptime> = {}): Bundle => bundle({ targets: [], uptimes: [{ ...commitment, ...changes }] });

/** Down minutes (10 % errors) at the given minute offsets of November 2026, and healthy traffic elsewhere. */
function traffic(downAt: number[], errors = 10): TrafficMinute[] {
  const start = Date.UTC(2026, 10, 1);
  const out: TrafficMinute[] = [{ minute: "2026-11-15T12:00Z", validRequests: 100, errors: 1 }];
  for (const m of downAt) out.push({ minute: new Date(start + m * 60_000).toISOString(), validRequests: 100, errors });
  return out;
}

function monthReport(b: Bundle, minutes: Iterable<TrafficMinute>, month = "2026-11", commitment?: string): UptimeReport {
  const outcome = uptime(b, minutes, month, commitment === undefined ? {} : { commitment });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

/** The month against the bundle's first (here: only) commitment, with the month's own figures. */
function report(b: Bundle, minutes: Iterable<TrafficMinute>, month = "2026-11"): CommitmentUptime & { minutesInMonth: number; ignoredMinutes: number } {
  const r = monthReport(b, minutes, month);
  return { ...r.commitments[0]!, minutesInMonth: r.minutesInMonth, ignoredMinutes: r.ignoredMinutes };
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe("uptime", () => {
  it("computes November 2026 with 50 down minutes as 99.884 %, not met, 10 % credit", () => {
    const r = report(withUptime(), traffic([...range(100, 20), ...range(5000, 1), ...range(9000, 29)]));
    expect(r.minutesInMonth).toBe(43_200);
    expect(r.downtimeMinutes).toBe(50);
    expect(r.uptimeExactPercent).toBeCloseTo((43_150 / 43_200) * 100, 12);
    expect(r.uptimePercent).toBe(99.884);
    expect(r.allowedDowntimeMinutes).toBe(43.2);
    expect(r.met).toBe(false);
    expect(r.creditPercent).toBe(10);
  });

  it("rounds the percentage down, so a missed objective never reads as met", () => {
    // 44 down minutes: 99.898148… % → 99.898; 1 down minute in the month: 99.997685… → 99.997.
    expect(report(withUptime(), traffic(range(0, 44))).uptimePercent).toBe(99.898);
    expect(report(withUptime(), traffic([7])).uptimePercent).toBe(99.997);
    // Just under the objective: 433 of 43 200 down is 98.99768… %, shown as 98.997, not 99.
    const r = report(withUptime({ objectivePercent: 99 }), traffic(range(0, 433)));
    expect(r.met).toBe(false);
    expect(r.uptimePercent).toBe(98.997);
  });

  it("treats the threshold with the policy's operator", () => {
    const atFive = traffic([10], 5);
    expect(report(withUptime(), atFive).downtimeMinutes).toBe(0);
    expect(report(withUptime({ downtime: { measure: "error_rate", operator: ">=", thresholdPercent: 5 } }), atFive).downtimeMinutes).toBe(1);
    // Decimal thresholds compare exactly: 7 errors in 100 requests is exactly 7 %.
    const atSeven = traffic([10], 7);
    expect(report(withUptime({ downtime: { measure: "error_rate", operator: ">", thresholdPercent: 7 } }), atSeven).downtimeMinutes).toBe(0);
    expect(report(withUptime({ downtime: { measure: "error_rate", operator: ">", thresholdPercent: 6.99 } }), atSeven).downtimeMinutes).toBe(1);
  });

  it("never counts a minute without valid requests", () => {
    expect(report(withUptime(), [{ minute: "2026-11-03T10:15Z", validRequests: 0, errors: 0 }]).downMinutes).toBe(0);
  });

  it("refuses a minute with more errors than valid requests, and records that are no minutes, as SLA4011", () => {
    const code = (outcome: { ok: boolean; error?: { code: string } }) => (outcome.ok ? "ok" : outcome.error!.code);
    expect(code(uptime(withUptime(), [{ minute: "2026-11-03T10:15Z", validRequests: 0, errors: 12 }], "2026-11"))).toBe("SLA4011");
    for (const bad of [null, 5, "x", [], { minute: null, validRequests: 1, errors: 0 }, { minute: {}, validRequests: 1, errors: 0 }]) {
      expect(code(uptime(withUptime(), [bad as unknown as TrafficMinute], "2026-11"))).toBe("SLA4011");
    }
  });

  it("counts down minutes only in runs of the minimum period", () => {
    const r = report(withUptime({ minimumPeriodMinutes: 5 }), traffic([...range(10, 4), ...range(100, 5), ...range(200, 7)]));
    expect(r.downMinutes).toBe(16);
    expect(r.downtimeMinutes).toBe(12);
    // A run at the very end of the month counts too.
    expect(report(withUptime({ minimumPeriodMinutes: 5 }), traffic(range(43_195, 5))).downtimeMinutes).toBe(5);
  });

  it("meets the objective exactly at the objective and owes the credit of the lowest threshold below", () => {
    const exactly99 = traffic(range(0, 432));
    const r = report(withUptime({ objectivePercent: 99 }), exactly99);
    expect(r.uptimePercent).toBe(99);
    expect(r.met).toBe(true);
    expect(r.creditPercent).toBe(10);
    expect(report(withUptime(), traffic(range(0, 433))).creditPercent).toBe(25);
    expect(report(withUptime(), traffic([])).creditPercent).toBeNull();
    expect(report(withUptime(), traffic([])).met).toBe(true);
  });

  it("adds up repeated minutes, reads epoch seconds and leaves out other months", () => {
    const r = report(withUptime(), [
      { minute: "2026-11-03T10:15Z", validRequests: 50, errors: 0 },
      { minute: "2026-11-03T10:15:30Z", validRequests: 50, errors: 12 },
      { minute: Date.UTC(2026, 10, 3, 10, 16) / 1000, validRequests: 10, errors: 10 },
      { minute: "2026-10-31T23:59Z", validRequests: 10, errors: 10 },
      { minute: "2026-12-01T00:00Z", validRequests: 10, errors: 10 },
    ]);
    expect(r.downMinutes).toBe(2);
    expect(r.ignoredMinutes).toBe(2);
  });

  it("uses the month's real length", () => {
    expect(report(withUptime(), [], "2028-02").minutesInMonth).toBe(29 * 1440);
    expect(report(withUptime(), [], "2026-10").minutesInMonth).toBe(31 * 1440);
  });

  it("returns errors for a bad month, a policy without uptime and bad traffic", () => {
    const code = (outcome: ReturnType<typeof uptime>): string => (outcome.ok ? "ok" : outcome.error.code);
    expect(code(uptime(withUptime(), [], "2026-13"))).toBe("SLA4009");
    expect(code(uptime(withUptime(), [], "November"))).toBe("SLA4009");
    expect(code(uptime(bundle({ targets: [] }), [], "2026-11"))).toBe("SLA4010");
    expect(code(uptime(withUptime(), [{ minute: "yesterday", validRequests: 1, errors: 0 }], "2026-11"))).toBe("SLA4011");
    expect(code(uptime(withUptime(), [{ minute: "2026-11-03T10:15Z", validRequests: 1, errors: -1 }], "2026-11"))).toBe("SLA4011");
  });
});

describe("uptime of several commitments", () => {
  const standard: Uptime = { ...commitment, id: "standard", tiers: ["standard"] };
  const enterprise: Uptime = {
    ...commitment,
    id: "enterprise",
    title: "Enterprise uptime",
    tiers: ["enterprise"],
    objectivePercent: 99.95,
    downtime: { measure: "error_rate", operator: ">=", thresholdPercent: 5 },
    credits: {
      levels: [
        { belowPercent: 99.95, creditPercent: 10 },
        { belowPercent: 99.9, creditPercent: 25 },
        { belowPercent: 99, creditPercent: 50 },
      ],
      capPercent: 30,
      claimWindowDays: 30,
    },
  };
  const both = bundle({ targets: [], uptimes: [standard, enterprise] });

  it("reads the same traffic once for each commitment, with its own threshold, objective and credits", () => {
    // 30 minutes at exactly 5 % errors: down only under `>= 5%`; 20 more at 10 %: down for both.
    const r = monthReport(both, [...traffic(range(0, 30), 5), ...traffic(range(1000, 20))]);
    expect(r.minutesInMonth).toBe(43_200);
    expect(r.commitments.map((c) => [c.commitment, c.downtimeMinutes, c.met, c.creditPercent])).toEqual([
      ["standard", 20, true, null],
      ["enterprise", 50, false, 25],
    ]);
    // 43 150 of 43 200 minutes up is 99.884 %: below 99.9 %, so 25 % for enterprise, claimed within 30 days of Nov 30.
    expect(r.commitments[1]).toMatchObject({ title: "Enterprise uptime", tiers: ["enterprise"], uptimePercent: 99.884, capped: false, claimBy: "2026-12-30" });
    expect(r.commitments[1]!.allowedDowntimeMinutes).toBeCloseTo(21.6, 9);
  });

  it("caps a credit above the cap, and names no claim date without a credit or a window", () => {
    // 500 down minutes: 98.842 %, below 99 %: the level's 50 % is capped at 30 %.
    const r = monthReport(both, traffic(range(0, 500)));
    expect(r.commitments.map((c) => [c.commitment, c.creditPercent, c.capped, c.claimBy])).toEqual([
      ["standard", 25, false, null],
      ["enterprise", 30, true, "2026-12-30"],
    ]);
    expect(monthReport(both, []).commitments[1]).toMatchObject({ creditPercent: null, capped: false, claimBy: null });
    // February of a leap year ends on the 29th, and the claim window counts from there.
    const perfect: Uptime = { ...enterprise, objectivePercent: 100, credits: { ...enterprise.credits, levels: [{ belowPercent: 100, creditPercent: 5 }] } };
    const feb = monthReport(bundle({ targets: [], uptimes: [perfect] }), [{ minute: "2028-02-10T00:00Z", validRequests: 10, errors: 10 }], "2028-02");
    expect(feb.commitments[0]).toMatchObject({ downtimeMinutes: 1, creditPercent: 5, claimBy: "2028-03-30" });
  });

  it("reports one commitment on request, and names the others when the id is unknown", () => {
    expect(monthReport(both, [], "2026-11", "enterprise").commitments.map((c) => c.commitment)).toEqual(["enterprise"]);
    const outcome = uptime(both, [], "2026-11", { commitment: "premium" });
    expect(outcome.ok ? null : [outcome.error.code, outcome.error.message, outcome.error.hint]).toEqual([
      "SLA4010",
      "policy `test` has no uptime commitment `premium`",
      "its commitments are `standard`, `enterprise`",
    ]);
  });
});

describe("CSV traffic", () => {
  const collect = async (chunks: (string | Uint8Array)[]) => {
    const out = [];
    for await (const record of readTrafficCsv(chunks)) out.push(record);
    return out;
  };

  it("parses lines across chunk boundaries, with or without a header, CRLF and comments", async () => {
    const records = await collect(["minute,valid_requests,errors\r\n2026-11-03T10:15Z,12", "0,7\r\n\r\n# a comment\n", new TextEncoder().encode("1793787360,5,0")]);
    expect(records).toEqual([
      { line: 2, minute: { minute: "2026-11-03T10:15Z", validRequests: 120, errors: 7 } },
      { line: 5, minute: { minute: 1_793_787_360, validRequests: 5, errors: 0 } },
    ]);
  });

  it("reports bad lines with their numbers and keeps going", async () => {
    const text = "2026-11-03T10:15Z,100,10\nnot a line\n2026-11-03T10:16Z,100,-1\n2026-11-03 10:17,1,1\n2026-11-03T10:18Z,100,10\n";
    const result = await uptimeFromCsv(withUptime(), [text], "2026-11");
    expect(result.lineErrors.map((e) => [e.line, e.error.code])).toEqual([
      [2, "SLA4011"],
      [3, "SLA4011"],
      [4, "SLA4011"],
    ]);
    expect(result.lineErrors[0]!.error.message).toContain("line 2");
    expect(result.outcome.ok && result.outcome.value.commitments[0]!.downMinutes).toBe(2);
  });

  it("passes a bad month through as the outcome", async () => {
    const result = await uptimeFromCsv(withUptime(), [""], "2026-00");
    expect(result.outcome.ok).toBe(false);
  });
});
