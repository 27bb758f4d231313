import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kitchenSinkPolicy } from "../helpers/kitchen-sink.js";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import { digestOf } from "../../src/bundle/json.js";
import type { Bundle } from "../../src/contract/bundle.js";
import { validateBundle } from "../../src/bundle/validate.js";
import type { Range } from "../../src/diagnostics/diagnostic.js";
import { parsePolicy } from "../helpers/diagnostics.js";

const at: Range = { file: "k.json", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const bundle = compilePolicy(
  kitchenSinkPolicy(),
  { source: "k.sla" },
);

/** A bundle changed by `edit`, on a deep copy, with its digest recomputed unless `keepDigest`. */
function edited(edit: (b: Record<string, any>) => void, keepDigest = false): Bundle {
  const copy = structuredClone(bundle) as Record<string, any>;
  edit(copy);
  return keepDigest ? (copy as Bundle) : { ...(copy as Bundle), digest: digestOf(copy as Bundle) };
}

const lines = (b: unknown) => validateBundle(b, at).map((d) => `${d.code} ${d.message}`);

describe("validateBundle", () => {
  it("accepts a compiled bundle", () => {
    expect(validateBundle(bundle, at)).toEqual([]);
  });

  it("reports schema violations as SLA3001, at the given range", () => {
    const broken = edited((b) => {
      b.targets[0].tier = "not an id";
      b.calendars[0].windows[0].start = -5;
      b.policy.extra = true;
    });
    expect(lines(broken)).toEqual([
      'SLA3001 bundle does not match its schema: `/policy` must NOT have additional properties `extra`',
      "SLA3001 bundle does not match its schema: `/calendars/0/windows/0/start` must be >= 0",
      'SLA3001 bundle does not match its schema: `/targets/0/tier` must match pattern "^(?:\\*|[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)$"',
    ]);
    expect(validateBundle(broken, at)[0]!.range).toBe(at);
  });

  it("reports a value that is not a bundle at all", () => {
    expect(lines({ format: 2 })[0]).toMatch(/^SLA3001 bundle does not match its schema: /);
    expect(lines(null)).toEqual(["SLA3001 bundle does not match its schema: the bundle must be object"]);
  });

  it("rejects unsafe link URLs and amounts the runtime cannot use", () => {
    expect(lines(edited((b) => (b.policy.links[0].url = "javascript:alert(1)")))[0]).toContain("`/policy/links/0/url` must match pattern");
    expect(lines(edited((b) => (b.targets[1].target.deadline.amount = { unit: "next_business_day", value: 3 })))[0]).toContain(
      "`/targets/1/target/deadline/amount/value` is not allowed here",
    );
    expect(lines(edited((b) => (b.targets[1].target.deadline.amount = { unit: "minutes" })))[0]).toContain(
      "`/targets/1/target/deadline/amount` must have required property 'value'",
    );
  });

  it("reports a digest that does not match the content as SLA3002", () => {
    expect(lines(edited((b) => (b.exclusions = ["edited"]), true))).toEqual([
      expect.stringMatching(/^SLA3002 bundle digest `sha256:[0-9a-f]{64}` is not its content's `sha256:[0-9a-f]{64}`$/),
    ]);
    expect(validateBundle(edited((b) => (b.exclusions = ["edited"]), true), at, { digest: false })).toEqual([]);
  });

  it("reports broken invariants the schema cannot state as SLA3003", () => {
    expect(
      lines(
        edited((b) => {
          b.calendars[0].windows[1].start = 400; // inside the window before it, 06:00–07:00 on Monday
          b.targets[0].metric = "nope";
          b.tiers[0].channels = ["fax"];
          b.severities[1].rank = 5;
        }),
      ),
    ).toEqual([
      "SLA3003 severity `standard` has rank 5, not 2",
      "SLA3003 calendar `office` has windows out of order or overlapping at minute 400",
      "SLA3003 tier `business` names unknown channel `fax`",
      "SLA3003 target row 1 names unknown metric `nope`",
    ]);
  });

  it("reports calendars whose zone, unknown parts, holidays and horizon disagree as SLA3003", () => {
    const index = (b: Record<string, any>, id: string) => b.calendars.findIndex((c: { id: string }) => c.id === id);
    expect(
      lines(
        edited((b) => {
          b.calendars[0].zone = null;
          b.calendars[index(b, "vendor")].windows = [{ start: 0, end: 60 }];
          const regional = b.calendars[index(b, "regional")];
          regional.holidays[0].dates.push({ date: "2040-01-01", name: "Past the horizon" });
          regional.holidays[1].dates.reverse();
          b.calendars[index(b, "customer_hours")].horizon = null;
        }),
      ),
    ).toEqual([
      "SLA3003 calendar `office` has no zone, and neither takes the customer's nor says its zone or hours are unknown",
      "SLA3003 calendar `regional` has a holiday of US outside its horizon, on 2040-01-01",
      "SLA3003 calendar `regional` has the holidays of JP out of order or twice at 2034-01-02",
      "SLA3003 calendar `customer_hours` has holidays but no horizon",
      "SLA3003 calendar `vendor` says its hours are unknown and has open windows",
    ]);
  });

  it("reports events that name nothing or mean two things, and a severity on another event than `reclassified`, as SLA3003", () => {
    const metric = (b: Record<string, any>, id: string) => b.metrics.find((m: { id: string }) => m.id === id);
    const test = (b: Record<string, any>, name: string) => b.tests.find((t: { name: string }) => t.name.startsWith(name));
    expect(
      lines(
        edited((b) => {
          b.events.push({ id: "resolved", title: null, assumption: null, notes: [] }, { id: "refund", title: null, assumption: null, notes: [] });
          metric(b, "eng_update").starts = "engineering_loged";
          metric(b, "reply").repeats = { after: "customer_replied", until: "customer_replied" };
          metric(b, "first_response").repeats = { after: "first_response", until: "resolved" };
          test(b, "replies").ticket.events[0].severity = "critical";
          test(b, "critical on business").expect[1].cycle = 2;
        }),
      ),
    ).toEqual([
      "SLA3003 event `resolved` has the id of a built-in event",
      "SLA3003 event `refund` has the id of a metric",
      "SLA3003 metric `first_response` is built in, and repeats",
      "SLA3003 metric `eng_update` starts at unknown event `engineering_loged`",
      "SLA3003 metric `reply` repeats at unknown event `customer_replied`",
      "SLA3003 metric `reply` repeats after and until the same event `customer_replied`",
      "SLA3003 test `critical on business across the EU DST change` expects cycles of metric `resolution`, which does not repeat",
      "SLA3003 test `replies to each customer message, reclassified to critical on the way` event 1 (`customer_reply`) carries a severity, which only a `reclassified` event may",
    ]);
  });

  it("refuses amounts past their unit's maximum, which the runtime could not count (SLA3001)", () => {
    expect(lines(edited((b) => (b.targets[1].target.deadline.amount = { unit: "minutes", value: 9999999999999 })))[0]).toContain("must be <= 525600");
    expect(lines(edited((b) => (b.targets[1].target.deadline.amount = { unit: "business_days", value: 1001 })))[0]).toContain("must be <= 1000");
    expect(lines(edited((b) => (b.targets[1].target.deadline.amount = { unit: "calendar_days", value: 3651 })))[0]).toContain("must be <= 3650");
    expect(lines(edited((b) => (b.targets[1].target.deadline.amount = { unit: "calendar_days", value: 3650 })))).toEqual([]);
  });

  it("reports what the runtime relies on when it evaluates a ticket as SLA3003", () => {
    const row = bundle.targets.findIndex((r) => r.target !== null && "deadline" in r.target && r.target.deadline.calendar !== "24x7");
    const onAlways = (unit: string) =>
      lines(
        edited((b) => {
          b.targets[row].target.deadline = { ...b.targets[row].target.deadline, calendar: "24x7", amount: unit === "next_business_day" ? { unit } : { unit, value: 2 } };
        }),
      );
    for (const unit of ["business_days", "next_business_day", "calendar_days"]) {
      expect(onAlways(unit)).toContain(`SLA3003 target row ${row + 1} (\`${bundle.targets[row]!.metric}\`) counts ${unit.replaceAll("_", " ")} on \`24x7\`, which has no business days and no zone`);
    }
    expect(lines(edited((b) => (b.calendars[0].zone = "Mars/Olympus")))).toContain(`SLA3003 calendar \`${bundle.calendars[0]!.id}\` is in \`Mars/Olympus\`, which is no IANA time zone`);
    expect(lines(edited((b) => (b.policy.validFrom = "2026-02-30")))).toContain("SLA3003 the policy's `valid_from` `2026-02-30` is not a date");
    const withOtherwise = bundle.targets.findIndex((r) => r.target !== null && "otherwise" in r.target && r.target.otherwise !== null);
    expect(lines(edited((b) => (b.targets[withOtherwise].target.hoursCalendar = null)))).toContain(
      `SLA3003 target row ${withOtherwise + 1} (\`${bundle.targets[withOtherwise]!.metric}\`) has an \`otherwise\` without the hours calendar that picks it`,
    );
  });
});
