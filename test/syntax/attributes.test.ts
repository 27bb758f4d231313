/**
 * The syntax of ticket attributes, eligibility, coverage, add-ons, strict bounds,
 * provenance, generations and the test items that go with them.
 */
import { describe, expect, it } from "vitest";
import type { Coverage, Eligibility, Targets, Test } from "../../src/ast/nodes.js";
import { parse } from "../../src/syntax/index.js";
import { itemDiagnostics, itemOf, policyOf, shape } from "../helpers/syntax.js";

const name = (value: string) => ({ kind: "Name", value });
const text = (value: string) => ({ kind: "Text", value });

describe("attributes", () => {
  it("reads values with titles, a default and provenance", () => {
    const source = 'attribute environment "Environment" { values production "Production", staging  default production  assumption "A"  note "N" }';
    expect(shape(itemOf("AttributeDecl", source))).toEqual({
      kind: "AttributeDecl",
      id: name("environment"),
      title: text("Environment"),
      items: [
        {
          kind: "AttributeValues",
          values: [
            { kind: "AttributeValue", id: name("production"), title: text("Production") },
            { kind: "AttributeValue", id: name("staging") },
          ],
        },
        { kind: "AttributeDefault", value: name("production") },
        { kind: "Assumption", text: text("A") },
        { kind: "Note", text: text("N") },
      ],
    });
  });

  it("reads `from languages`, with or without a block, and `default none`", () => {
    expect(shape(itemOf("AttributeDecl", "attribute language from languages"))).toEqual({
      kind: "AttributeDecl",
      id: name("language"),
      fromLanguages: { kind: "FromLanguages" },
      items: [],
    });
    expect(shape(itemOf("AttributeDecl", 'attribute language "Language" from languages { default none }'))).toMatchObject({
      fromLanguages: { kind: "FromLanguages" },
      items: [{ kind: "AttributeDefault" }],
    });
    expect(shape(itemOf("AttributeDecl", "attribute language from languages { default none }").items[0])).toEqual({ kind: "AttributeDefault" });
  });

  it("reads an attribute's scope in targets, with a block", () => {
    const targets: Targets = itemOf("Targets", "first_response { environment production, staging { high 1h }  language ja { 4h } }");
    expect(shape(targets.entries)).toMatchObject([
      { kind: "TargetScope", dimension: "attribute", attribute: name("environment"), values: [name("production"), name("staging")] },
      { kind: "TargetScope", dimension: "attribute", attribute: name("language"), values: [name("ja")], entries: [{ kind: "TargetRule", severities: [] }] },
    ]);
  });

  it("tells two words and a target in targets as a scope without its block, or a lost comma", () => {
    expect(itemDiagnostics("first_response { language ja 4h }").concat(itemDiagnostics("first_response { critical urgent 4h }"))).toEqual([
      "1:27-1:29 SLA1005 expected a target such as `4h`, `2 business days`, `next business day` or `none`, found `ja`",
      "1:27-1:33 SLA1005 expected a target such as `4h`, `2 business days`, `next business day` or `none`, found `urgent`",
    ]);
    expect(parse("policy p { first_response { language ja 4h } }", "t.sla").diagnostics[0]!.hint).toBe(
      "an attribute's scope in targets has a block: `language ja { 4h … }`; two severities are joined by a comma: `language, ja 4h`",
    );
  });

  it("reads a word without a block or a target after its ids as a rule, whose mistake is told as one", () => {
    expect(itemDiagnostics("first_response { p1 4h  p2 business day }")).toEqual([
      "1:28-1:36 SLA1005 expected a target such as `4h`, `2 business days`, `next business day` or `none`, found `business`",
    ]);
    // `low none` followed by a rule is a rule for `low`, not the scope of an attribute `low`.
    expect(shape(itemOf("Targets", "first_response { low none\nnone }").entries)).toMatchObject([
      { kind: "TargetRule", severities: [name("low")] },
      { kind: "TargetRule", severities: [] },
    ]);
  });
});

describe("channels, tiers and metrics", () => {
  it("reads a channel's default severity beside a fixed one, and provenance", () => {
    expect(shape(itemOf("Channel", 'channel email { severity default normal  assumption "A" }').items)).toEqual([
      { kind: "DefaultSeverity", severity: name("normal") },
      { kind: "Assumption", text: text("A") },
    ]);
    expect(itemDiagnostics("channel email { severity usually normal }")).toEqual(["1:26-1:33 SLA1005 expected `always` or `default`, found `usually`"]);
  });

  it("reads an add-on tier", () => {
    expect(shape(itemOf("Tier", 'tier urgent_247 "24/7" { addon  assumption "A" }').items)).toEqual([{ kind: "Addon" }, { kind: "Assumption", text: text("A") }]);
  });

  it("reads provenance on teams, severities, escalation and maintenance", () => {
    const items = policyOf('team t { assumption "T" }\nseverity s { assumption "S" }\nescalation { assumption "E" }\nmaintenance { assumption "M" }').items;
    expect(items.map((i) => "items" in i && i.items.map((x) => x.kind))).toEqual([["Assumption"], ["Assumption"], ["Assumption"], ["Assumption"]]);
  });
});

describe("targets", () => {
  it("reads `under` as a strict bound, on either deadline", () => {
    const [rule] = itemOf("Targets", "first_response { critical under 1h 24x7, otherwise under 2 business days }").entries;
    expect(shape(rule)).toMatchObject({
      value: { inside: { strict: true, amount: { kind: "AmountDuration" } }, otherwise: { strict: true, amount: { kind: "AmountBusinessDays" } } },
    });
    expect(shape(itemOf("Targets", "first_response 1h").entries[0])).toMatchObject({ value: { inside: { strict: false } } });
    // `under` is an id too: a severity called `under` before a comma.
    expect(shape(itemOf("Targets", "first_response { under, low 4h }").entries[0])).toMatchObject({ severities: [name("under"), name("low")] });
  });

  it("reads provenance after a rule, on its line or the next, and in a one-line scope", () => {
    const targets = itemOf("Targets", 'first_response {\n  critical 15m 24x7\n    assumption "A"\n  high 1h note "N"\n  channel chat 2h note "C"\n}');
    expect(shape(targets.entries)).toMatchObject([
      { kind: "TargetRule", severities: [name("critical")], provenance: [{ kind: "Assumption", text: text("A") }] },
      { kind: "TargetRule", severities: [name("high")], provenance: [{ kind: "Note", text: text("N") }] },
      { kind: "TargetScope", entries: [{ kind: "TargetRule", provenance: [{ kind: "Note", text: text("C") }] }] },
    ]);
    // `note` without a string is a severity's id.
    expect(shape(itemOf("Targets", "first_response { high 1h\nnote 2h }").entries)).toMatchObject([{ severities: [name("high")] }, { severities: [name("note")] }]);
  });

  it("leaves a note after a one-line metric target to the policy", () => {
    expect(policyOf('first_response 4h\nnote "Policy note"').items.map((i) => i.kind)).toEqual(["Targets", "Note"]);
  });
});

describe("eligibility", () => {
  it("reads only and not rules, several conditions, reject and reclassify, and provenance", () => {
    const block: Eligibility = itemOf(
      "Eligibility",
      'eligibility {\n  p1 only channel phone environment production otherwise reject\n  p1, p2 not tier standard, otherwise reclassify p3 note "N"\n}',
    );
    expect(shape(block.rules)).toEqual([
      {
        kind: "EligibilityRule",
        severities: [name("p1")],
        mode: "only",
        conditions: [
          { kind: "ScopeCondition", dimension: "channel", values: [name("phone")] },
          { kind: "ScopeCondition", dimension: "attribute", attribute: name("environment"), values: [name("production")] },
        ],
        otherwise: { kind: "Reject" },
        provenance: [],
      },
      {
        kind: "EligibilityRule",
        severities: [name("p1"), name("p2")],
        mode: "not",
        conditions: [{ kind: "ScopeCondition", dimension: "tier", values: [name("standard")] }],
        otherwise: { kind: "Reclassify", severity: name("p3") },
        provenance: [{ kind: "Note", text: text("N") }],
      },
    ]);
  });

  it("lists a condition's values with commas", () => {
    const block: Eligibility = itemOf("Eligibility", "eligibility { p1 only channel phone, chat otherwise reject }");
    expect(shape(block.rules[0]!.conditions)).toEqual([{ kind: "ScopeCondition", dimension: "channel", values: [name("phone"), name("chat")] }]);
  });

  it("tells what an eligibility rule lacks", () => {
    expect(itemDiagnostics("eligibility { p1 only otherwise reject }")).toEqual([
      "1:23-1:32 SLA1005 expected a condition such as `channel phone` or `environment production`, found `otherwise`",
    ]);
    expect(itemDiagnostics("eligibility { p1 only channel phone }")).toEqual(["1:37-1:38 SLA1005 expected `otherwise`, found `}`"]);
    expect(itemDiagnostics("eligibility { p1 only channel phone otherwise refuse }")).toEqual([
      "1:47-1:53 SLA1005 expected `reject` or `reclassify`, found `refuse`",
    ]);
  });
});

describe("coverage", () => {
  it("reads rules and scopes, with and without a fallback", () => {
    const block: Coverage = itemOf("Coverage", "coverage {\n  24x7\n  language ja on japan_hours\n  language ja { urgent on japan_hours otherwise 24x7 }\n  tier gold on office, otherwise on night\n}");
    const on = (id: string) => ({ kind: "ClockOn", target: name(id) });
    expect(shape(block.entries)).toEqual([
      { kind: "CoverageRule", severities: [], calendar: { kind: "Clock24x7" } },
      { kind: "CoverageScope", dimension: "attribute", attribute: name("language"), values: [name("ja")], entries: [{ kind: "CoverageRule", severities: [], calendar: on("japan_hours") }] },
      {
        kind: "CoverageScope",
        dimension: "attribute",
        attribute: name("language"),
        values: [name("ja")],
        entries: [{ kind: "CoverageRule", severities: [name("urgent")], calendar: on("japan_hours"), otherwise: { kind: "Clock24x7" } }],
      },
      { kind: "CoverageScope", dimension: "tier", values: [name("gold")], entries: [{ kind: "CoverageRule", severities: [], calendar: on("office"), otherwise: on("night") }] },
    ]);
  });

  it("tells a coverage without a clock", () => {
    expect(itemDiagnostics("coverage { urgent 4h }")).toEqual(["1:19-1:21 SLA1005 expected `24x7` or `on <calendar>`, found `4h`"]);
  });
});

describe("generations", () => {
  it("reads valid_from, valid_until and supersedes", () => {
    expect(shape(policyOf("valid_from 2026-01-01\nvalid_until 2027-01-01\nsupersedes acme_2025").items)).toEqual([
      { kind: "ValidFrom", date: { kind: "Date", year: 2026, month: 1, day: 1 } },
      { kind: "ValidUntil", date: { kind: "Date", year: 2027, month: 1, day: 1 } },
      { kind: "Supersedes", policy: name("acme_2025") },
    ]);
  });
});

describe("tests", () => {
  it("reads attributes, add-ons and the expected severity or rejection", () => {
    const test: Test = itemOf(
      "Test",
      'test "t" {\n  opened 2026-03-02T09:00Z\n  attribute environment staging\n  addons a, b\n  expect severity p2\n  expect rejected\n}',
    );
    expect(shape(test.items.slice(1))).toEqual([
      { kind: "TestAttribute", attribute: name("environment"), value: name("staging") },
      { kind: "TestAddons", tiers: [name("a"), name("b")] },
      { kind: "TestExpectSeverity", severity: name("p2") },
      { kind: "TestExpectRejected" },
    ]);
  });

  it("reads `rejected` and `severity` followed by a due as metric ids", () => {
    const test: Test = itemOf("Test", 'test "t" { opened 2026-03-02T09:00Z  expect rejected none  expect severity 2026-03-02T10:00Z met }');
    expect(shape(test.items.slice(1))).toEqual([
      { kind: "TestExpect", metric: name("rejected"), unknown: false },
      { kind: "TestExpect", metric: name("severity"), due: { kind: "Instant", text: "2026-03-02T10:00Z" }, unknown: false, status: name("met") },
    ]);
  });

  it("tells an attribute without its value as one mistake", () => {
    expect(itemDiagnostics('test "t" { opened 2026-03-02T09:00Z\n  attribute staging\n  expect first_response none }')).toEqual([
      "3:3-3:9 SLA1005 expected a value of the attribute, found `expect`",
    ]);
  });
});
