/** The bundle form of attributes, eligibility, coverage, add-ons, strict bounds, provenance, generations and their tests. */
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import { bundleInconsistencies } from "../../src/bundle/consistency.js";
import { digestOf } from "../../src/bundle/json.js";
import { validateBundle } from "../../src/bundle/validate.js";
import type { Bundle } from "../../src/contract/bundle.js";
import type { Range } from "../../src/diagnostics/diagnostic.js";
import { parsePolicy, policy } from "../helpers/diagnostics.js";

function bundleOf(body: string): Bundle {
  return compilePolicy(parsePolicy(policy(body)), { source: "test.sla" });
}

const at: Range = { file: "b.json", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

const example = bundleOf(`
  languages en primary, pt-BR
  valid_from 2026-01-01
  valid_until 2027-01-01
  supersedes older
  calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }
  attribute environment "Environment" {
    values production "Production", staging
    default production
    assumption "A"
    note "N"
  }
  attribute language from languages
  attribute product { values cloud, server  default none }
  channel phone
  channel email { severity default p2  assumption "C" }
  severity p1 { assumption "S" }
  severity p2  severity p3
  tier standard
  tier rush "Rush" { addon  assumption "T" }
  metric callback { starts escalated  assumption "M"  note "MN" }
  eligibility {
    p1, p2 not tier standard channel email otherwise reclassify p3
    p1 only environment production otherwise reject
      assumption "E"
      note "EN"
  }
  coverage { language pt-br on office otherwise 24x7 }
  first_response {
    p1 under 1h 24x7
      note "R"
    p2 4h
    tier rush { p1 15m 24x7 }
  }
  callback 2h 24x7
  test "t" {
    opened 2026-03-02T09:00Z
    tier standard
    addons rush, rush
    channel email
    attribute language PT-BR
    attribute environment staging
    expect severity p3
  }
  test "r" { opened 2026-03-02T09:00Z  tier standard  severity p1  channel phone  attribute environment staging  expect rejected }
`);

describe("attributes in the bundle", () => {
  it("lists attributes with their values, titles, defaults and provenance", () => {
    expect(example.attributes).toEqual([
      {
        id: "environment",
        title: "Environment",
        values: [
          { id: "production", title: "Production" },
          { id: "staging", title: null },
        ],
        fromLanguages: false,
        default: "production",
        assumption: "A",
        notes: [{ title: null, text: "N" }],
      },
      {
        id: "language",
        title: null,
        values: [
          { id: "en", title: null },
          { id: "pt-BR", title: null },
        ],
        fromLanguages: true,
        default: "en",
        assumption: null,
        notes: [],
      },
      {
        id: "product",
        title: null,
        values: [
          { id: "cloud", title: null },
          { id: "server", title: null },
        ],
        fromLanguages: false,
        default: null,
        assumption: null,
        notes: [],
      },
    ]);
  });

  it("names in each metric the attributes its rows depend on, and in each row their values", () => {
    expect(example.metrics.map((m) => [m.id, m.attributes, m.assumption, m.notes])).toEqual([
      ["first_response", ["language"], null, []],
      ["callback", [], "M", [{ title: null, text: "MN" }]],
    ]);
    const rows = example.targets.filter((r) => r.metric === "first_response" && r.tier === "standard" && r.severity === "p2" && r.channel === "phone");
    expect(rows.map((r) => [r.attributes, r.target])).toEqual([
      [{ language: "en" }, { deadline: { amount: { unit: "minutes", value: 240 }, calendar: "office", strict: false }, otherwise: null, hoursCalendar: null }],
      [
        { language: "pt-BR" },
        {
          deadline: { amount: { unit: "minutes", value: 240 }, calendar: "office", strict: false },
          otherwise: { amount: { unit: "minutes", value: 240 }, calendar: "24x7", strict: false },
          hoursCalendar: "office",
        },
      ],
    ]);
  });

  it("marks strict deadlines, and gives an add-on only the rows its rules name", () => {
    const strict = example.targets.find((r) => r.metric === "first_response" && r.tier === "standard" && r.severity === "p1");
    expect(strict?.target).toMatchObject({ deadline: { strict: true } });
    expect(example.tiers.map((t) => [t.id, t.addon, t.assumption])).toEqual([
      ["standard", false, null],
      ["rush", true, "T"],
    ]);
    expect(example.targets.filter((r) => r.tier === "rush").map((r) => [r.severity, r.channel, r.metric])).toEqual([
      ["p1", "phone", "first_response"],
      ["p1", "phone", "first_response"],
      ["p1", "email", "first_response"],
      ["p1", "email", "first_response"],
    ]);
  });

  it("compiles eligibility rules one per severity, in order, with their scope and provenance", () => {
    expect(example.eligibility).toEqual([
      {
        severity: "p1",
        mode: "not",
        scope: { tiers: ["standard"], channels: ["email"], attributes: {} },
        otherwise: { action: "reclassify", severity: "p3" },
        rule: "23:3",
        assumption: null,
        notes: [],
      },
      {
        severity: "p2",
        mode: "not",
        scope: { tiers: ["standard"], channels: ["email"], attributes: {} },
        otherwise: { action: "reclassify", severity: "p3" },
        rule: "23:3",
        assumption: null,
        notes: [],
      },
      {
        severity: "p1",
        mode: "only",
        scope: { tiers: [], channels: [], attributes: { environment: ["production"] } },
        otherwise: { action: "reject" },
        rule: "24:3",
        assumption: "E",
        notes: [{ title: null, text: "EN" }],
      },
    ]);
  });

  it("keeps the provenance of declarations, of target rules by position, and the policy's generation", () => {
    expect(example.ruleNotes).toEqual([{ rule: "30:3", assumption: null, notes: [{ title: null, text: "R" }] }]);
    expect(example.channels.map((c) => [c.id, c.defaultSeverity, c.assumption])).toEqual([
      ["phone", null, null],
      ["email", "p2", "C"],
    ]);
    expect(example.severities.map((s) => s.assumption)).toEqual(["S", null, null]);
    expect([example.policy.validFrom, example.policy.validUntil, example.policy.supersedes]).toEqual(["2026-01-01", "2027-01-01", "older"]);
  });

  it("carries a test's attributes as the attributes read them, its add-ons once, and what it expects of the ticket", () => {
    const [t, r] = example.tests;
    expect(t!.ticket).toEqual({
      openedAt: "2026-03-02T09:00:00Z",
      tier: "standard",
      channel: "email",
      attributes: { language: "pt-BR", environment: "staging" },
      addons: ["rush"],
      events: [],
    });
    expect([t!.expectSeverity, t!.expectRejected, r!.expectSeverity, r!.expectRejected]).toEqual(["p3", false, null, true]);
  });
});

describe("attribute invariants of a bundle", () => {
  it("holds for a compiled bundle, which validates", () => {
    expect(bundleInconsistencies(example)).toEqual([]);
    expect(validateBundle(example, at)).toEqual([]);
  });

  it("are found in a bundle edited by hand", () => {
    const copy = structuredClone(example) as Record<string, any>;
    copy.attributes[0].default = "qa";
    copy.targets[0].attributes = {};
    copy.targets[1].attributes = { language: "fr" };
    copy.eligibility[2].scope.attributes = { region: ["eu"] };
    copy.channels[1].fixedSeverity = "p1";
    const edited = { ...(copy as Bundle), digest: digestOf(copy as Bundle) };
    expect(bundleInconsistencies(edited)).toEqual([
      "attribute `environment` defaults to `qa`, which is none of its values",
      "channel `email` both fixes its severity and gives a default",
      "target row 1 names attributes none, not those of metric `first_response`",
      "target row 2 names unknown value `fr` of attribute `language`",
      "eligibility rule 3 (24:3) names unknown attribute `region`",
    ]);
  });
});
