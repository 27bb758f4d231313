import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kitchenSinkPolicy } from "../helpers/kitchen-sink.js";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import { serializeBundle } from "../../src/bundle/json.js";
import type { Bundle } from "../../src/contract/bundle.js";
import { validateBundle } from "../../src/bundle/validate.js";
import { compile } from "../../src/pipeline.js";
import { parsePolicy, policy } from "../helpers/diagnostics.js";


function bundleOf(body: string): Bundle {
  return compilePolicy(parsePolicy(policy(body)), { source: "test.sla" });
}

describe("compilePolicy", () => {
  // A golden file: `npx vitest run -u` rewrites it; review the diff before committing it.
  it("compiles the kitchen sink to the reviewed golden bundle", async () => {
    const text = serializeBundle(compilePolicy(kitchenSinkPolicy(), { source: "policies/kitchen-sink.sla" }));
    await expect(text).toMatchFileSnapshot("./golden/kitchen-sink.json");
  });

  it("is deterministic: the same source gives byte-identical JSON", () => {
    const a = serializeBundle(compilePolicy(kitchenSinkPolicy(), { source: "k.sla" }));
    const b = serializeBundle(compilePolicy(kitchenSinkPolicy(), { source: "k.sla" }));
    expect(a).toBe(b);
  });

  it("records the source path as given", () => {
    expect(compilePolicy(parsePolicy(policy("")), { source: "policies/sub/a.sla" }).policy.source).toBe("policies/sub/a.sla");
  });

  it("expands days and normalizes windows to sorted minutes of the week", () => {
    const windows = (open: string) => bundleOf(`calendar c { zone UTC ${open} }`).calendars[0]!.windows;
    expect(windows("open mon-fri 09:00 - 17:00")).toEqual(
      [0, 1, 2, 3, 4].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })),
    );
    expect(windows("open sun 22:00 - 02:00")).toEqual([{ start: 9960, end: 10200 }]);
    expect(windows("open sat 00:00 - 00:00 open fri 00:00 - 24:00")).toEqual([
      { start: 5760, end: 7200 },
      { start: 7200, end: 8640 },
    ]);
    expect(windows("open sun 18:00 - fri 21:00")).toEqual([{ start: 9720, end: 17100 }]);
    expect(windows("open mon 09:00 - wed 17:00")).toEqual([{ start: 540, end: 3900 }]);
    expect(windows("open mon 09:00 - mon 08:00")).toEqual([{ start: 540, end: 10560 }]);
  });

  it("normalizes closed dates, yearly dates and nth weekdays", () => {
    const closed = bundleOf(`calendar c {
      zone UTC
      closed 2026-12-25 "Christmas"
      closed 2026-12-24 to 2026-12-26
      closed every jan 1
      closed every fourth thu of nov "Thanksgiving"
      closed every last mon of may
    }`).calendars[0]!.closed;
    expect(closed).toEqual([
      { kind: "dates", from: "2026-12-25", to: "2026-12-25", name: "Christmas" },
      { kind: "dates", from: "2026-12-24", to: "2026-12-26", name: null },
      { kind: "yearly", month: 1, day: 1, name: null },
      { kind: "nth_weekday", month: 11, weekday: 4, nth: 4, name: "Thanksgiving" },
      { kind: "nth_weekday", month: 5, weekday: 1, nth: -1, name: null },
    ]);
  });

  it("writes canonical language tags, the first language primary when none is marked", () => {
    expect(bundleOf("languages pt-br, EN").languages).toEqual([
      { tag: "pt-BR", primary: true },
      { tag: "en", primary: false },
    ]);
    expect(bundleOf("languages en, de primary").languages.map((l) => l.primary)).toEqual([false, true]);
  });

  it("lists builtin metrics with targets in their fixed order, then declared ones", () => {
    const metrics = bundleOf("metric zeta resolution 1h 24x7 first_response 1h 24x7 metric alpha { starts customer_reply }").metrics;
    expect(metrics.map((m) => [m.id, m.builtin, m.starts])).toEqual([
      ["first_response", true, "opened"],
      ["resolution", true, "opened"],
      ["zeta", false, "opened"],
      ["alpha", false, "customer_reply"],
    ]);
  });

  it("carries tests with instants in UTC", () => {
    const [test] = bundleOf(`test "t" {
      opened 2026-03-27T22:00:00+02:00
      event paused 2026-03-27T20:05Z
      now 2026-03-28T01:30-05:30
      expect first_response 2026-03-27T21:00Z met
      expect resolution none
    }`).tests;
    expect(test).toEqual({
      name: "t",
      at: "2:1",
      ticket: { openedAt: "2026-03-27T20:00:00Z", events: [{ type: "paused", at: "2026-03-27T20:05:00Z" }] },
      now: "2026-03-28T07:00:00Z",
      expect: [
        { metric: "first_response", due: "2026-03-27T21:00:00Z", status: "met" },
        { metric: "resolution", due: null, status: null },
      ],
    });
  });

  it("uses business_hours, or else the only calendar, as the policy's business hours", () => {
    expect(bundleOf("calendar a { zone UTC }").policy.businessHours).toBe("a");
    expect(bundleOf("calendar a { zone UTC } calendar b { zone UTC } business_hours b").policy.businessHours).toBe("b");
    expect(bundleOf("calendar a { zone UTC } calendar b { zone UTC }").policy.businessHours).toBeNull();
  });

  it("sorts credits by level, highest first, and escalation levels by number", () => {
    const bundle = bundleOf(`
      team a { } team b { }
      escalation { level 2 b level 1 a }
      uptime { objective 99.9% per month downtime error_rate > 5% credit 25% below 99% credit 10% below 99.9% }
    `);
    expect(bundle.escalation!.levels).toEqual([
      { level: 1, team: "a" },
      { level: 2, team: "b" },
    ]);
    expect(bundle.uptime!.credits).toEqual([
      { belowPercent: 99.9, creditPercent: 10 },
      { belowPercent: 99, creditPercent: 25 },
    ]);
    expect(bundle.uptime!.minimumPeriodMinutes).toBe(1);
  });
});

describe("the policies in policies/", () => {
  const folder = new URL("../../policies/", import.meta.url);
  const files = readdirSync(folder).filter((f) => f.endsWith(".sla"));

  for (const file of files) {
    it(`${file} compiles without errors to bundles that validate`, () => {
      const result = compile(readFileSync(new URL(file, folder), "utf8"), `policies/${file}`);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.bundles.length).toBeGreaterThan(0);
      for (const bundle of result.bundles) {
        expect(validateBundle(bundle, { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } })).toEqual([]);
      }
    });
  }
});
