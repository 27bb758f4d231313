/** The syntax of the one kitchen sink (test/fixtures/kitchen-sink.sla): every construct, read as written. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Calendar, Node, Policy, Targets, Test, Uptime } from "../../src/ast/nodes.js";
import { keywords } from "../../src/syntax/index.js";
import { lex } from "../../src/syntax/lexer.js";
import { SourceText } from "../../src/syntax/source.js";
import { parseClean } from "../helpers/diagnostics.js";
import { KITCHEN_SINK as text } from "../helpers/kitchen-sink.js";
import { shape, textAt } from "../helpers/syntax.js";

/** Every node kind declared in src/ast/nodes.ts. */
function declaredKinds(): Set<string> {
  const source = readFileSync(new URL("../../src/ast/nodes.ts", import.meta.url), "utf8");
  return new Set([...source.matchAll(/readonly kind: "(\w+)"/g)].map((m) => m[1]!));
}

/** Every node kind reachable from a node. */
function kindsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => kindsIn(n, found));
  else if (node !== null && typeof node === "object") {
    const { kind } = node as { kind?: unknown };
    if (typeof kind === "string") found.add(kind);
    Object.values(node).forEach((v) => kindsIn(v, found));
  }
  return found;
}

function item<K extends Node["kind"]>(policy: Policy, kind: K, index = 0): Extract<Node, { kind: K }> {
  return policy.items.filter((i) => i.kind === kind)[index] as Extract<Node, { kind: K }>;
}

describe("kitchen sink", () => {
  const file = parseClean(text);
  const policy = file.policies[0]!;

  it("holds two policies", () => {
    expect(file.policies.map((p) => p.id.value)).toEqual(["kitchen_sink", "second"]);
  });

  it("parses without diagnostics and uses every node kind of the AST", () => {
    const missing = [...declaredKinds()].filter((kind) => !kindsIn(file).has(kind));
    expect(missing).toEqual([]);
  });

  it("uses every keyword as a keyword", () => {
    const used = new Set(lex(new SourceText(text, "k.sla")).tokens.map((t) => t.image));
    expect(keywords.filter((word) => !used.has(word))).toEqual([]);
  });

  it("decodes the title's escapes", () => {
    expect(policy.title?.value).toBe('Kitchen Sink "Support"\tPolicy 😀');
  });

  it("keeps every comment, line and block, at the end of a line too", () => {
    expect(file.comments.map((c) => c.text)).toEqual([
      "// Every construct of the .sla language, in one check-clean policy whose tests pass (and a second policy: a file may hold several).",
      "/* A block comment\n   over two lines. */",
      "// a span whose start is in another zone",
      "// a declared event: its first occurrence",
      "// after each eng_update, until resolved",
      "// 10:05 CET: the next_response clock starts",
      "// 5 minutes counted",
      "// 15:40:30Z, after now: not yet happened",
      "// paused since 09:10Z: 1h55m left from here",
      "// cycle 1: standard, 2h",
      "// cycle 1 met; only a customer_reply opens the next",
      "// cycle 2: 2h, due 13:30Z",
      "// restarts: 30m from the change",
      "// cycle 1: production, 2h",
      "// keeps: 8h from 09:30Z",
      "// cycle 1 met; cycle 2: staging, 8h",
      "// A file may hold several policies.",
    ]);
    expect(file.comments.map((c) => textAt(text, c.range))).toEqual(file.comments.map((c) => c.text));
  });

  it("reads the calendars' windows and closures", () => {
    const office = item(policy, "Calendar") as Calendar;
    expect(office.items.map((i) => i.kind)).toEqual([
      "Zone", "OpenDaily", "OpenDaily", "OpenDaily", "OpenDaily",
      "Closed", "Closed", "Closed", "Closed", "Closed", "BusinessDay", "Assumption", "Note",
    ]);
    const business = item(policy, "Calendar", 1) as Calendar;
    expect(shape(business.items[1])).toMatchObject({ kind: "OpenSpan", fromDay: { days: [7] }, toDay: { days: [5] } });
    expect(shape(item(policy, "Calendar", 2))).toMatchObject({
      items: [{ kind: "Zone", zone: { value: "Etc/GMT+5" } }, { kind: "OpenDaily", days: [{ days: [1, 2, 3, 4, 5, 6, 7] }], to: { minutes: 1440 } }],
    });
  });

  it("reads holidays, moved and ranged yearly dates, spans across zones, and what is unknown", () => {
    const regional = item(policy, "Calendar", 3) as Calendar;
    expect(regional.items.map((i) => (i.kind === "Closed" ? i.when.kind : i.kind))).toEqual([
      "Zone", "OpenDaily", "OpenSpan", "Holidays", "Holidays",
      "ClosedEaster", "ClosedEaster", "ClosedEaster", "ClosedYearly", "ClosedYearly", "ClosedNthWeekday", "ClosedYearlyRange",
    ]);
    expect(shape(regional.items[2])).toMatchObject({ kind: "OpenSpan", fromZone: { value: "Asia/Tokyo" }, toDay: { days: [5] } });
    expect(shape(regional.items[3])).toMatchObject({
      region: { value: "US" },
      items: [
        { kind: "HolidayTypes", types: [{ value: "public" }, { value: "bank" }] },
        { kind: "HolidayExcept", names: [{ value: "Columbus Day" }, { value: "Veterans Day" }] },
        { kind: "HolidayYears", from: { value: 2024 }, to: { value: 2035 } },
      ],
    });
    const closed = regional.items.filter((i) => i.kind === "Closed").map((c) => shape(c.when));
    expect(closed.slice(1, 3)).toMatchObject([{ shift: { sign: -1, days: { minutes: 2880 } } }, { shift: { sign: 1, days: { text: "1d" } } }]);
    expect(closed[3]).toMatchObject({ observed: { days: [] } });
    expect(closed[4]).toMatchObject({ observed: { days: [{ from: { value: "sat" }, to: { value: "fri" } }, { from: { value: "sun" }, to: { value: "mon" } }] } });
    expect(closed[6]).toMatchObject({ fromMonth: { value: "dec" }, fromDay: { value: 28 }, toMonth: { value: "jan" }, toDay: { value: 3 } });
    expect(shape((item(policy, "Calendar", 4) as Calendar).items[0])).toEqual({ kind: "CustomerZone", default: { kind: "Name", value: "Europe/Paris" } });
    expect(shape((item(policy, "Calendar", 5) as Calendar).items[1])).toMatchObject({ fromZone: { value: "Australia/Sydney" }, toZone: { value: "America/Los_Angeles" } });
    expect((item(policy, "Calendar", 6) as Calendar).items.map((i) => i.kind)).toEqual(["UnknownZone", "UnknownHours", "UnknownHolidays"]);
  });

  it("reads declared events, and metrics that start at one and repeat", () => {
    expect(policy.items.filter((i) => i.kind === "EventDecl").map(shape)).toMatchObject([
      { id: { value: "engineering_logged" }, title: { value: "Logged with engineering" }, items: [{ kind: "Assumption" }, { kind: "Note" }] },
      { id: { value: "priority_assigned" }, items: [] },
    ]);
    const metrics = policy.items.filter((i) => i.kind === "MetricDecl").slice(-2).map((m) => shape(m.items));
    expect(metrics).toEqual([
      [
        { kind: "MetricStarts", event: { kind: "Name", value: "engineering_logged" } },
        { kind: "MetricRepeats" },
        { kind: "MetricOnChange", rule: "keep" },
      ],
      [
        { kind: "MetricStarts", event: { kind: "Name", value: "customer_reply" } },
        { kind: "MetricRepeats", after: { kind: "Name", value: "customer_reply" }, until: { kind: "Name", value: "resolved" } },
        { kind: "MetricOnChange", rule: "restart" },
      ],
    ]);
  });

  it("reads the targets blocks, nested scopes included", () => {
    const targets = policy.items.filter((i): i is Targets => i.kind === "Targets");
    expect(targets.map((t) => [t.metric.value, t.entries.length])).toEqual([
      ["first_response", 1],
      ["resolution", 1],
      ["next_response", 6],
      ["dev_update", 1],
      ["refund", 5],
      ["status_update", 1],
      ["eng_update", 2],
      ["reply", 2],
    ]);
    expect(shape(targets[5]!.entries[0])).toMatchObject({ value: { kind: "UnknownTarget", reason: { value: /^The page promises/ } } });
    expect(shape(targets[4]!.entries[0])).toMatchObject({ entries: [{ value: { inside: { amount: { kind: "AmountCalendarDays", days: { value: 30 } } } } }] });
    const premium = targets[2]!.entries[4]!;
    expect(textAt(text, premium.range)).toMatch(/^tier premium \{[\s\S]*\}$/);
    expect(shape(premium)).toMatchObject({
      kind: "TargetScope",
      dimension: "tier",
      entries: [
        { kind: "TargetRule", value: { inside: { clock: { kind: "ClockOn", target: { value: "office" } } } } },
        { kind: "TargetScope", dimension: "channel", entries: [{ severities: [{ value: "critical" }], value: { kind: "NoTarget" } }] },
        { kind: "TargetScope", dimension: "severity", entries: [{ value: { inside: { amount: { kind: "AmountBusinessDays" } } } }] },
      ],
    });
  });

  it("reads uptime commitments, the fiscal year, response credits and tests", () => {
    const uptime = item(policy, "Uptime") as Uptime;
    expect([uptime.id?.value, uptime.title?.value, uptime.items.length]).toEqual(["chat", "Chat uptime", 14]);
    expect(item(policy, "Uptime", 1).id?.value).toBe("premium_chat");
    expect(shape(item(policy, "FiscalYear"))).toMatchObject({ month: { value: "feb" }, day: { value: 1 }, zone: { value: "America/Los_Angeles" } });
    expect(shape(item(policy, "ResponseCredit"))).toMatchObject({
      metric: { value: "first_response" },
      title: { value: "Missed first responses" },
      items: [
        { kind: "CommitmentTiers", tiers: [{ value: "premium" }] },
        { kind: "Misses", operator: ">", count: { value: 4 }, period: { value: "fiscal_quarter" } },
        { kind: "CreditAmount", percent: { value: 20 } },
        { kind: "ClaimWindow", duration: { minutes: 45 * 1440 } },
        { kind: "Assumption" },
        { kind: "Note" },
      ],
    });
    expect(shape(file.policies[1]!.items)).toMatchObject([
      { kind: "Uptime", items: [{ kind: "Objective" }, { kind: "Downtime", operator: ">", threshold: { value: 5 } }] },
    ]);
    expect((file.policies[1]!.items[0] as Uptime).id).toBeUndefined();
    const tests = policy.items.filter((i): i is Test => i.kind === "Test");
    expect(tests.map((t) => [t.name.value, t.items.length])).toEqual([
      ["critical on business across the EU DST change", 11],
      ["paused while waiting on the customer", 11],
      ["a medium ticket phoned in on basic is refused", 6],
      ["replies to each customer message, reclassified to critical on the way", 13],
      ["engineering updates, keeping the time elapsed when the ticket moves to staging", 12],
    ]);
    expect(shape(tests[3]!.items[8])).toEqual({
      kind: "TestEvent",
      event: { kind: "Name", value: "reclassified" },
      at: { kind: "Instant", text: "2026-03-02T12:00Z" },
      changes: [{ kind: "TestDimension", dimension: "severity", value: { kind: "Name", value: "critical" } }],
    });
    expect(shape(tests[4]!.items[11])).toMatchObject({ kind: "TestExpect", metric: { value: "eng_update" }, missed: { value: 0 } });
    expect((item(policy, "Uptime", 1) as Uptime).items.at(-1)?.kind).toBe("Assumption");
  });

  it("gives every node a range inside the file", () => {
    const ranges: { start: number; end: number }[] = [];
    JSON.stringify(file, (key, value: { start: { offset: number }; end: { offset: number } }) => {
      if (key === "range") ranges.push({ start: value.start.offset, end: value.end.offset });
      return value;
    });
    expect(ranges.length).toBeGreaterThan(300);
    expect(ranges.filter((r) => r.start < 0 || r.end > text.length || r.start >= r.end)).toEqual([]);
  });
});
