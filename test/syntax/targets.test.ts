import { describe, expect, it } from "vitest";
import type { TargetEntry, Targets } from "../../src/ast/nodes.js";
import { parseClean } from "../helpers/diagnostics.js";
import { itemDiagnostics, itemOf, policyOf, shape, textAt } from "../helpers/syntax.js";

const name = (value: string) => ({ kind: "Name", value });
const duration = (text: string, minutes: number) => ({ kind: "AmountDuration", duration: { kind: "Duration", minutes, text } });
const deadline = (amount: object, clock?: object, strict = false) => ({ kind: "DeadlineSpec", strict, amount, ...(clock && { clock }) });
const rule = (severities: string[], value: object, provenance: object[] = []) => ({ kind: "TargetRule", severities: severities.map(name), value, provenance });
const inside = (spec: object, otherwise?: object) => ({ kind: "DeadlineValue", inside: spec, ...(otherwise && { otherwise }) });

function entries(block: string): unknown {
  return shape(itemOf("Targets", `first_response { ${block} }`).entries);
}

describe("targets", () => {
  it("reads a one-line target as one rule without severities", () => {
    const targets: Targets = itemOf("Targets", "first_response 5m 24x7");
    expect(targets.metric.value).toBe("first_response");
    expect(shape(targets.entries)).toEqual([rule([], inside(deadline(duration("5m", 5), { kind: "Clock24x7" })))]);
    expect(shape(itemOf("Targets", "resolution none").entries)).toEqual([rule([], { kind: "NoTarget" })]);
  });

  it("reads rules with severities, clocks and otherwise", () => {
    expect(entries("low 4h business, otherwise next business day\nmedium, high 1h\ncritical 15m 24x7")).toEqual([
      rule(["low"], inside(deadline(duration("4h", 240), { kind: "ClockBusiness" }), deadline({ kind: "AmountNextBusinessDay" }))),
      rule(["medium", "high"], inside(deadline(duration("1h", 60)))),
      rule(["critical"], inside(deadline(duration("15m", 15), { kind: "Clock24x7" }))),
    ]);
  });

  it("reads business days and calendars named with on", () => {
    expect(entries("2 business days\nlow 1 business day on tech, otherwise 2d on office")).toEqual([
      rule([], inside(deadline({ kind: "AmountBusinessDays", days: { kind: "Number", value: 2, text: "2" } }))),
      rule(
        ["low"],
        inside(
          deadline({ kind: "AmountBusinessDays", days: { kind: "Number", value: 1, text: "1" } }, { kind: "ClockOn", target: name("tech") }),
          deadline(duration("2d", 2880), { kind: "ClockOn", target: name("office") }),
        ),
      ),
    ]);
  });

  it("reads calendar days, and targets the source does not state", () => {
    const unknown = (value: string) => ({ kind: "UnknownTarget", reason: { kind: "Text", value } });
    expect(entries('60 calendar days\nlow 1 calendar day on office\nhigh unknown "Not stated for high"')).toEqual([
      rule([], inside(deadline({ kind: "AmountCalendarDays", days: { kind: "Number", value: 60, text: "60" } }))),
      rule(["low"], inside(deadline({ kind: "AmountCalendarDays", days: { kind: "Number", value: 1, text: "1" } }, { kind: "ClockOn", target: name("office") }))),
      rule(["high"], unknown("Not stated for high")),
    ]);
    expect(shape(itemOf("Targets", 'resolution unknown "The page promises no resolution time"').entries)).toEqual([
      rule([], unknown("The page promises no resolution time")),
    ]);
    expect(itemDiagnostics("first_response unknown 4h")).toEqual(["1:24-1:26 SLA1005 expected a string saying what the source leaves unsaid, found `4h`"]);
  });

  it("nests scopes in any order, in blocks or on one line", () => {
    expect(entries("tier premium, gold { critical 30m channel email { none } }\nseverity low { channel chat 2h }")).toEqual([
      {
        kind: "TargetScope",
        dimension: "tier",
        values: [name("premium"), name("gold")],
        entries: [
          rule(["critical"], inside(deadline(duration("30m", 30)))),
          { kind: "TargetScope", dimension: "channel", values: [name("email")], entries: [rule([], { kind: "NoTarget" })] },
        ],
      },
      {
        kind: "TargetScope",
        dimension: "severity",
        values: [name("low")],
        entries: [{ kind: "TargetScope", dimension: "channel", values: [name("chat")], entries: [rule([], inside(deadline(duration("2h", 120))))] }],
      },
    ]);
  });

  it("gives rules and scopes the ranges of their text", () => {
    const text = "policy p {\n  first_response {\n    medium, high 1h, otherwise 2h\n    tier t { none }\n  }\n}";
    const targets = parseClean(text).policies[0]!.items[0] as Targets;
    const [ruleEntry, scope] = targets.entries as [TargetEntry, TargetEntry];
    expect(textAt(text, targets.range)).toBe("first_response {\n    medium, high 1h, otherwise 2h\n    tier t { none }\n  }");
    expect(textAt(text, ruleEntry.range)).toBe("medium, high 1h, otherwise 2h");
    expect(textAt(text, scope.range)).toBe("tier t { none }");
    expect(ruleEntry.range.start).toEqual({ line: 3, column: 5, offset: 34 });
  });
});

describe("soft keywords in targets", () => {
  it("reads tier, channel and severity as severities when a rule follows", () => {
    expect(entries("tier 4h\nchannel, severity 1h")).toEqual([
      rule(["tier"], inside(deadline(duration("4h", 240)))),
      rule(["channel", "severity"], inside(deadline(duration("1h", 60)))),
    ]);
  });

  it("reads none and next as severities only before a comma or a target", () => {
    expect(entries("none 4h\nnone, next 1h\nnext 2h\nnone\nlow next business day\nnone next business day")).toEqual([
      rule(["none"], inside(deadline(duration("4h", 240)))),
      rule(["none", "next"], inside(deadline(duration("1h", 60)))),
      rule(["next"], inside(deadline(duration("2h", 120)))),
      rule([], { kind: "NoTarget" }),
      rule(["low"], inside(deadline({ kind: "AmountNextBusinessDay" }))),
      // Whitespace means nothing: this is `none` followed by a target.
      rule(["none"], inside(deadline({ kind: "AmountNextBusinessDay" }))),
    ]);
  });

  it("reads unknown as a severity only before a comma or a target", () => {
    expect(entries('unknown 4h\nunknown, low 1h\nunknown unknown "x"\nunknown "y"\ntier unknown "z"\ntier unknown { 1h }')).toEqual([
      rule(["unknown"], inside(deadline(duration("4h", 240)))),
      rule(["unknown", "low"], inside(deadline(duration("1h", 60)))),
      rule(["unknown"], { kind: "UnknownTarget", reason: { kind: "Text", value: "x" } }),
      rule([], { kind: "UnknownTarget", reason: { kind: "Text", value: "y" } }),
      rule(["tier"], { kind: "UnknownTarget", reason: { kind: "Text", value: "z" } }),
      { kind: "TargetScope", dimension: "tier", values: [name("unknown")], entries: [rule([], inside(deadline(duration("1h", 60))))] },
    ]);
  });

  it("reads a scope over values called none or next", () => {
    expect(entries("tier none { 1h }\ntier next 2h\ntier none")).toEqual([
      { kind: "TargetScope", dimension: "tier", values: [name("none")], entries: [rule([], inside(deadline(duration("1h", 60))))] },
      { kind: "TargetScope", dimension: "tier", values: [name("next")], entries: [rule([], inside(deadline(duration("2h", 120))))] },
      rule(["tier"], { kind: "NoTarget" }),
    ]);
  });

  it("reads a policy item led by a keyword that leads no item as a target block", () => {
    expect(shape(itemOf("Targets", "business 4h"))).toEqual({
      kind: "Targets",
      metric: name("business"),
      entries: [rule([], inside(deadline(duration("4h", 240))))],
    });
  });

  it("always reads an item keyword as its item", () => {
    expect(itemDiagnostics("note 5m")).toEqual(["1:6-1:8 SLA1005 expected a string, found `5m`"]);
  });

  it("accepts keywords as the ids of declarations", () => {
    const kinds = policyOf(
      'tier business "Business"\ncalendar business { zone UTC }\nchannel email\nseverity standard\nbusiness_hours business\ntier tier\nseverity none',
    ).items.map((i) => [i.kind, "id" in i && i.id !== undefined ? i.id.value : "calendar" in i ? i.calendar.value : ""]);
    expect(kinds).toEqual([
      ["Tier", "business"],
      ["Calendar", "business"],
      ["Channel", "email"],
      ["SeverityDecl", "standard"],
      ["BusinessHours", "business"],
      ["Tier", "tier"],
      ["SeverityDecl", "none"],
    ]);
  });
});
