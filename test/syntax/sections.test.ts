import { describe, expect, it } from "vitest";
import { itemDiagnostics, itemOf, shape } from "../helpers/syntax.js";

const text = (value: string) => ({ kind: "Text", value });
const name = (value: string) => ({ kind: "Name", value });
const percent = (t: string, value: number) => ({ kind: "Percent", value, text: t });
const instant = (t: string) => ({ kind: "Instant", text: t });

describe("escalation", () => {
  it("reads levels, contacts, rights, on-call blocks and notes", () => {
    const escalation = itemOf(
      "Escalation",
      `escalation {
        level 1 level1
        contact "e@x" "Leads"
        by "Partners" via "Growth Manager" when "a ticket is filed"
        by "Anyone"
        on_call "24/7" { severities critical, high channels chat hours 24x7 note "N" }
        on_call { hours office }
        note "Early"
      }`,
    );
    expect(shape(escalation)).toEqual({
      kind: "Escalation",
      items: [
        { kind: "EscalationLevel", level: { kind: "Number", value: 1, text: "1" }, team: name("level1") },
        { kind: "Contact", address: text("e@x"), purpose: text("Leads") },
        { kind: "EscalationRight", who: text("Partners"), via: text("Growth Manager"), condition: text("a ticket is filed") },
        { kind: "EscalationRight", who: text("Anyone") },
        {
          kind: "OnCall",
          title: text("24/7"),
          items: [
            { kind: "SeveritiesRef", severities: [name("critical"), name("high")] },
            { kind: "ChannelsRef", channels: [name("chat")] },
            { kind: "HoursRef", clock: { kind: "Clock24x7" } },
            { kind: "Note", text: text("N") },
          ],
        },
        { kind: "OnCall", items: [{ kind: "HoursRef", clock: { kind: "ClockOn", target: name("office") } }] },
        { kind: "Note", text: text("Early") },
      ],
    });
  });
});

describe("exclusions and maintenance", () => {
  it("reads exclusions as a list of strings", () => {
    expect(shape(itemOf("Exclusions", 'exclusions { "A" "B" }'))).toEqual({ kind: "Exclusions", items: [text("A"), text("B")] });
    expect(shape(itemOf("Exclusions", "exclusions { }"))).toEqual({ kind: "Exclusions", items: [] });
  });

  it("reads notice, announcements and notes", () => {
    expect(shape(itemOf("Maintenance", 'maintenance { notice 72h announce "Status" "https://s.x" announce "Banner" note "N" }'))).toEqual({
      kind: "Maintenance",
      items: [
        { kind: "Notice", duration: { kind: "Duration", minutes: 4320, text: "72h" } },
        { kind: "Announce", where: text("Status"), url: text("https://s.x") },
        { kind: "Announce", where: text("Banner") },
        { kind: "Note", text: text("N") },
      ],
    });
  });
});

describe("uptime", () => {
  it("reads every uptime item", () => {
    const uptime = itemOf(
      "Uptime",
      `uptime {
        service "Chat"
        not_covered "Studio", "Analytics"
        objective 99.9% per month
        downtime error_rate > 5%
        downtime error_rate >= 5.5%
        errors "HTTP 500"
        valid_requests "Documented"
        minimum_period 1m
        credit 10% below 99.9%
        exclusions { "Maintenance" }
        note "N"
      }`,
    );
    expect(shape(uptime)).toEqual({
      kind: "Uptime",
      items: [
        { kind: "Service", text: text("Chat") },
        { kind: "NotCovered", items: [text("Studio"), text("Analytics")] },
        { kind: "Objective", percent: percent("99.9%", 99.9), window: name("month") },
        { kind: "Downtime", measure: name("error_rate"), operator: ">", threshold: percent("5%", 5) },
        { kind: "Downtime", measure: name("error_rate"), operator: ">=", threshold: percent("5.5%", 5.5) },
        { kind: "ErrorDefinition", text: text("HTTP 500") },
        { kind: "ValidRequests", text: text("Documented") },
        { kind: "MinimumPeriod", duration: { kind: "Duration", minutes: 1, text: "1m" } },
        { kind: "Credit", credit: percent("10%", 10), below: percent("99.9%", 99.9) },
        { kind: "Exclusions", items: [text("Maintenance")] },
        { kind: "Note", text: text("N") },
      ],
    });
  });
});

describe("commitments", () => {
  it("reads a named uptime commitment with its tiers, cap and claim window", () => {
    const uptime = itemOf("Uptime", `uptime enterprise "Enterprise" { tiers enterprise, premium  credit_cap 30%  claim_within 30d }`);
    expect(shape(uptime)).toEqual({
      kind: "Uptime",
      id: name("enterprise"),
      title: text("Enterprise"),
      items: [
        { kind: "CommitmentTiers", tiers: [name("enterprise"), name("premium")] },
        { kind: "CreditCap", percent: percent("30%", 30) },
        { kind: "ClaimWindow", duration: { kind: "Duration", minutes: 30 * 1440, text: "30d" } },
      ],
    });
    expect(shape(itemOf("Uptime", "uptime api { }"))).toEqual({ kind: "Uptime", id: name("api"), items: [] });
  });

  it("reads the fiscal year, with and without its zone", () => {
    expect(shape(itemOf("FiscalYear", "fiscal_year starts feb 1"))).toEqual({
      kind: "FiscalYear",
      month: name("feb"),
      day: { kind: "Number", value: 1, text: "1" },
    });
    expect(shape(itemOf("FiscalYear", "fiscal_year starts nov 1 zone America/Los_Angeles"))).toMatchObject({ zone: name("America/Los_Angeles") });
    expect(shape(itemOf("FiscalYear", "fiscal_year starts nov 1 zone UTC"))).toMatchObject({ zone: name("UTC") });
  });

  it("reads a response credit and its items", () => {
    const credit = itemOf(
      "ResponseCredit",
      `credit first_response "Missed first responses" {
        tiers enterprise
        misses >= 5 per fiscal_quarter
        credit 20%
        claim_within 30d
        note "N"
      }`,
    );
    expect(shape(credit)).toEqual({
      kind: "ResponseCredit",
      metric: name("first_response"),
      title: text("Missed first responses"),
      items: [
        { kind: "CommitmentTiers", tiers: [name("enterprise")] },
        { kind: "Misses", operator: ">=", count: { kind: "Number", value: 5, text: "5" }, period: name("fiscal_quarter") },
        { kind: "CreditAmount", percent: percent("20%", 20) },
        { kind: "ClaimWindow", duration: { kind: "Duration", minutes: 30 * 1440, text: "30d" } },
        { kind: "Note", text: text("N") },
      ],
    });
  });

  it("tells an uptime title without an id, with the fix", () => {
    expect(itemDiagnostics(`uptime "API uptime" { objective 99.9% per month  downtime error_rate > 5% }`)).toEqual([
      "1:8-1:20 SLA1005 an uptime commitment's title follows its id",
    ]);
  });

  it("reports a zone left out at the end of the fiscal year where the next item starts, not as that item", () => {
    expect(itemDiagnostics("fiscal_year starts feb 1 zone\n  credit first_response { misses > 4 per fiscal_quarter  credit 20% }")).toEqual([
      "2:3-2:9 SLA1005 expected a time zone such as `America/Los_Angeles`, found `credit`",
    ]);
  });
});

describe("tests", () => {
  it("reads opened, dimensions, events, now and expectations", () => {
    const test = itemOf(
      "Test",
      `test "DST" {
        opened 2026-03-27T20:00Z
        tier standard
        severity critical
        channel hub
        zone Asia/Tokyo
        event paused 2026-03-02T09:10:00+01:00
        now 2026-03-02T12:00Z
        expect first_response 2026-03-30T03:00Z
        expect resolution none
        expect next_response 2026-03-02T11:00Z running
        expect escalation_response none met
        expect dev_update unknown
      }`,
    );
    expect(shape(test)).toEqual({
      kind: "Test",
      name: text("DST"),
      items: [
        { kind: "TestOpened", at: instant("2026-03-27T20:00Z") },
        { kind: "TestDimension", dimension: "tier", value: name("standard") },
        { kind: "TestDimension", dimension: "severity", value: name("critical") },
        { kind: "TestDimension", dimension: "channel", value: name("hub") },
        { kind: "TestZone", zone: name("Asia/Tokyo") },
        { kind: "TestEvent", event: name("paused"), at: instant("2026-03-02T09:10:00+01:00"), changes: [] },
        { kind: "TestNow", at: instant("2026-03-02T12:00Z") },
        { kind: "TestExpect", metric: name("first_response"), due: instant("2026-03-30T03:00Z"), unknown: false },
        { kind: "TestExpect", metric: name("resolution"), unknown: false },
        { kind: "TestExpect", metric: name("next_response"), due: instant("2026-03-02T11:00Z"), unknown: false, status: name("running") },
        { kind: "TestExpect", metric: name("escalation_response"), unknown: false, status: name("met") },
        { kind: "TestExpect", metric: name("dev_update"), unknown: true },
      ],
    });
  });

  it("reads what an event changes on its line, and the ticket's items on lines of their own", () => {
    const test = itemOf(
      "Test",
      `test "t" {
        event reclassified 2026-03-02T10:00Z severity high
        event escalated 2026-03-02T11:00Z attribute channel_kind phone attribute environment production
        severity low
        attribute environment staging
        event customer_reply 2026-03-02T12:00Z
      }`,
    );
    expect(shape(test.items)).toEqual([
      {
        kind: "TestEvent",
        event: name("reclassified"),
        at: instant("2026-03-02T10:00Z"),
        changes: [{ kind: "TestDimension", dimension: "severity", value: name("high") }],
      },
      {
        kind: "TestEvent",
        event: name("escalated"),
        at: instant("2026-03-02T11:00Z"),
        changes: [
          { kind: "TestAttribute", attribute: name("channel_kind"), value: name("phone") },
          { kind: "TestAttribute", attribute: name("environment"), value: name("production") },
        ],
      },
      { kind: "TestDimension", dimension: "severity", value: name("low") },
      { kind: "TestAttribute", attribute: name("environment"), value: name("staging") },
      { kind: "TestEvent", event: name("customer_reply"), at: instant("2026-03-02T12:00Z"), changes: [] },
    ]);
  });

  it("reads an expectation of a cycle, and of the cycles missed", () => {
    const test = itemOf("Test", 'test "t" { expect reply cycle 2 2026-03-02T11:00Z met  expect reply none missed 1  expect cycle cycle 1 unknown }');
    expect(shape(test.items)).toEqual([
      {
        kind: "TestExpect",
        metric: name("reply"),
        cycle: { kind: "Number", value: 2, text: "2" },
        due: instant("2026-03-02T11:00Z"),
        unknown: false,
        status: name("met"),
      },
      { kind: "TestExpect", metric: name("reply"), unknown: false, missed: { kind: "Number", value: 1, text: "1" } },
      { kind: "TestExpect", metric: name("cycle"), cycle: { kind: "Number", value: 1, text: "1" }, unknown: true },
    ]);
  });

  it("reads `expect severity cycle 2 …` as the cycle of a metric `severity`", () => {
    const test = itemOf("Test", 'test "t" { expect severity cycle 2 none  expect severity p2 }');
    expect(test.items.map((i) => i.kind)).toEqual(["TestExpect", "TestExpectSeverity"]);
  });

  it("reports an event's change that lost its id at the next item, once", () => {
    expect(itemDiagnostics('test "t" {\n  event reclassified 2026-03-02T10:00Z severity\n  event escalated 2026-03-02T11:00Z attribute environment\n  now 2026-03-02T12:00Z\n}')).toEqual([
      "3:3-3:8 SLA1005 expected a severity id, found `event`",
      "4:3-4:6 SLA1005 expected a value of the attribute, found `now`",
    ]);
  });

  it("reports `cycle` or `missed` without a number", () => {
    expect(itemDiagnostics('test "t" { expect reply cycle none }')).toEqual([
      "1:31-1:35 SLA1005 expected a cycle number such as `2`, found `none`",
    ]);
    expect(itemDiagnostics('test "t" { expect reply none missed }')).toEqual([
      "1:37-1:38 SLA1005 expected a number of cycles such as `1`, found `}`",
    ]);
  });

  it("does not read the next test item as an expectation's status", () => {
    const test = itemOf("Test", 'test "t" { expect resolution none tier standard expect first_response unknown zone UTC expect x none }');
    expect(test.items.map((i) => i.kind)).toEqual(["TestExpect", "TestDimension", "TestExpect", "TestZone", "TestExpect"]);
  });

  it("reports an instant without an offset", () => {
    expect(itemDiagnostics('test "t" { opened 2026-03-27T20:00 }')).toEqual([
      "1:19-1:35 SLA1005 expected an instant such as `2026-03-27T20:00Z`, found `2026-03-27T20:00`",
    ]);
  });
});
