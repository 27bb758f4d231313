import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Bundle, Eligibility, Scope, TargetRow } from "../../src/contract/bundle.js";
import { deadlines, type RuntimeError, type TicketDeadlines, type TicketInput } from "../../src/runtime/index.js";
import { attribute, bundle, calendar, channel, metric, minutes, row, severities, tier } from "./fixtures.js";

function answer(on: Bundle, ticket: TicketInput): TicketDeadlines {
  const outcome = deadlines(on, ticket);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

function failure(on: Bundle, ticket: unknown): RuntimeError {
  const outcome = deadlines(on, ticket as TicketInput);
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome.value.due)}`);
  return outcome.error;
}

const scope = (parts: Partial<Scope> = {}): Scope => ({ tiers: [], channels: [], attributes: {}, ...parts });

function rule(at: string, severity: string, mode: "only" | "not", where: Partial<Scope>, otherwise: string | null): Eligibility {
  return {
    severity,
    mode,
    scope: scope(where),
    otherwise: otherwise === null ? { action: "reject" } : { action: "reclassify", severity: otherwise },
    rule: at,
    assumption: null,
    notes: [],
  };
}

const BASE_MINUTES: Record<string, number> = { p1: 60, p2: 240, p3: 480 };

/**
 * Support in English around the clock and in Japanese 09:00–17:00 Tokyo time; standard and
 * premium plans (premium twice as fast) on email (default severity p3) and phone; an
 * urgent-only 24/7 add-on (`urgent247`, 30 minutes for p1) and a `fast` add-on (20 minutes for
 * p1), listed after it. First response depends on the language, resolution on nothing.
 * Eligibility: P1 on staging is P2 (10:3), P1 by phone only (11:3), P2 on staging by email is
 * P3 (13:3).
 */
function supportPolicy(options: { environmentDefault?: string | null; rules?: Eligibility[]; extraRows?: TargetRow[] } = {}): Bundle {
  const targets: TargetRow[] = [];
  const channels = ["email", "phone"];
  for (const t of ["standard", "premium"]) {
    for (const c of channels) {
      for (const s of ["p1", "p2", "p3"]) {
        const amount = BASE_MINUTES[s]! / (t === "premium" ? 2 : 1);
        for (const language of ["en", "ja"]) {
          const clock = language === "en" ? "24x7" : "tokyo";
          targets.push(row("first_response", minutes(amount, clock), { tier: t, severity: s, channel: c, attributes: { language }, rule: `20:${amount}` }));
        }
        targets.push(row("resolution", minutes(amount * 10, "24x7"), { tier: t, severity: s, channel: c, rule: `30:${amount}` }));
      }
    }
  }
  for (const c of channels) {
    for (const language of ["en", "ja"]) {
      targets.push(row("first_response", minutes(30, "24x7"), { tier: "urgent247", severity: "p1", channel: c, attributes: { language }, rule: "40:1" }));
      targets.push(row("first_response", minutes(20, "24x7"), { tier: "fast", severity: "p1", channel: c, attributes: { language }, rule: "41:1" }));
    }
  }
  return bundle({
    calendars: [calendar("Asia/Tokyo", ["mon-fri 09:00-17:00"], [], { id: "tokyo" })],
    tiers: [
      tier("standard", channels),
      tier("urgent247", channels, { addon: true }),
      tier("premium", channels),
      tier("fast", channels, { addon: true, title: "Fast lane" }),
    ],
    channels: [channel("email", { defaultSeverity: "p3" }), channel("phone")],
    severities: severities("p1", "p2", "p3"),
    attributes: [
      attribute("environment", ["production", "staging"], { default: options.environmentDefault === undefined ? "production" : options.environmentDefault }),
      attribute("language", ["en:English", "ja:Japanese"], { fromLanguages: true }),
    ],
    eligibility: options.rules ?? [
      rule("10:3", "p1", "not", { attributes: { environment: ["staging"] } }, "p2"),
      rule("11:3", "p1", "only", { channels: ["phone"] }, null),
      rule("13:3", "p2", "not", { attributes: { environment: ["staging"] }, channels: ["email"] }, "p3"),
    ],
    metrics: [metric("first_response", { builtin: true, attributes: ["language"] }), metric("resolution", { builtin: true })],
    targets: [...targets, ...(options.extraRows ?? [])],
  });
}

const policy = supportPolicy();
// Saturday 2026-06-06 10:00 UTC (19:00 in Tokyo): the Japanese calendar next opens Monday 09:00 JST (00:00Z).
const saturday = "2026-06-06T10:00Z";
/** A premium P2 phone ticket opened on Saturday, with other fields as given (untrusted input may be anything). */
const ticket = (fields: Record<string, unknown>): TicketInput => ({ openedAt: saturday, tier: "premium", channel: "phone", severity: "p2", ...fields }) as unknown as TicketInput;
const first = (result: TicketDeadlines) => result.metrics.find((m) => m.metric === "first_response")!;

describe("ticket attributes", () => {
  it("select the rows of the metrics that depend on them: Japanese waits for Monday in Tokyo, English runs 24x7", () => {
    const ja = answer(policy, ticket({ attributes: { language: "ja" } }));
    expect(ja.due).toEqual({ first_response: "2026-06-08T02:00:00Z", resolution: "2026-06-07T06:00:00Z" });
    expect(first(ja)).toMatchObject({ calendar: "tokyo", rule: "20:120" });
    expect(answer(policy, ticket({ attributes: { language: "en" } })).due["first_response"]).toBe("2026-06-06T12:00:00Z");
  });

  it("are named by id or title, a language by its tag case aside", () => {
    const due = (language: string) => answer(policy, ticket({ attributes: { language } })).due["first_response"];
    for (const name of ["ja", "Japanese", "JA", "Ja"]) expect(due(name), name).toBe("2026-06-08T02:00:00Z");
    expect(failure(policy, ticket({ attributes: { language: "japanese" } }))).toMatchObject({ code: "SLA4015", message: "unknown language `japanese`" });
  });

  it("reject an attribute or value the policy does not declare, listing what it does", () => {
    expect(failure(policy, ticket({ attributes: { region: "eu", language: "en" } }))).toEqual({
      code: "SLA4015",
      message: "unknown attribute `region`",
      hint: "the policy's attributes are `environment` and `language`",
    });
    expect(failure(policy, ticket({ attributes: { language: "fr" } }))).toEqual({ code: "SLA4015", message: "unknown language `fr`", hint: "the values of `language` are `en` and `ja`" });
    expect(failure(bundle({ targets: [] }), { openedAt: saturday, attributes: { language: "en" } })).toMatchObject({ code: "SLA4015", hint: "the policy declares no attributes" });
  });

  it("must be an object of strings, each in `attributes`", () => {
    expect(failure(policy, ticket({ attributes: "ja" }))).toMatchObject({ code: "SLA4012", message: "`attributes` must be an object" });
    expect(failure(policy, ticket({ attributes: ["ja"] }))).toMatchObject({ code: "SLA4012", message: "`attributes` must be an object" });
    expect(failure(policy, ticket({ attributes: { language: 5 } }))).toEqual({ code: "SLA4012", message: "attribute `language` must be a string" });
    // Beside `attributes` it would silently take a default: an error that says where it goes.
    expect(failure(policy, ticket({ language: "ja" }))).toEqual({
      code: "SLA4012",
      message: "`language` is an attribute: give it in `attributes`",
      hint: 'as in `"attributes": {"language": "ja"}`',
    });
    expect(failure(policy, ticket({ environment: "staging", attributes: { language: "en" } }))).toMatchObject({ code: "SLA4012" });
  });

  it("take their default when absent or null", () => {
    // Environment defaults to production, where P1 by phone stays P1.
    const p1 = answer(policy, ticket({ severity: "p1", attributes: { language: "en" } }));
    expect(p1.reclassified).toBeUndefined();
    expect(first(p1).appliedSeverity).toBe("p1");
    expect(answer(policy, ticket({ severity: "p1", attributes: { language: "en", environment: null } }))).toEqual(p1);
  });

  it("may be left out when every value gives the same answers, and are otherwise required by name", () => {
    expect(failure(policy, ticket({}))).toEqual({
      code: "SLA4006",
      message: "the ticket has no attribute `language` (`en` or `ja`), and its `first_response` depends on it",
      hint: "`first_response` differs between language `en` and language `ja`",
    });
    // The same rows for both languages: the language is not needed.
    const monolingual = bundle({
      ...policy,
      targets: policy.targets.filter((r) => r.metric !== "first_response" || r.attributes["language"] === "en").flatMap((r) => (r.metric === "first_response" ? [r, { ...r, attributes: { language: "ja" } }] : [r])),
    });
    expect(answer(monolingual, ticket({})).due["first_response"]).toBe("2026-06-06T12:00:00Z");
  });

  it("that only an eligibility rule reads are required when the rule's verdict depends on them", () => {
    const strict = supportPolicy({ environmentDefault: null, rules: [rule("10:3", "p1", "not", { attributes: { environment: ["staging"] } }, null)] });
    // First response has the same rows in every environment; the rule refuses P1 on staging.
    expect(answer(strict, ticket({ attributes: { language: "en" } })).due["first_response"]).toBe("2026-06-06T12:00:00Z");
    expect(failure(strict, ticket({ severity: "p1", attributes: { language: "en" } }))).toEqual({
      code: "SLA4006",
      message: "the ticket has no attribute `environment` (`production` or `staging`), and whether its severity is offered depends on it",
      hint: "with environment `production` it keeps severity `p1`; with environment `staging` it is rejected (severity `p1` is rejected by the rule at 10:3: it is not offered for environment `staging`)",
    });
  });
});

describe("default severities", () => {
  it("give a ticket on the channel that asks for none its severity; the ticket's own wins", () => {
    const email = (fields: Partial<TicketInput>) => first(answer(policy, { openedAt: saturday, tier: "premium", channel: "email", attributes: { language: "en" }, ...fields }));
    expect(email({})).toMatchObject({ appliedSeverity: "p3", due: "2026-06-06T14:00:00Z" });
    expect(email({ severity: "p2" })).toMatchObject({ appliedSeverity: "p2", due: "2026-06-06T12:00:00Z" });
    // Phone has no default: a ticket that asks for no severity must name one.
    expect(failure(policy, { openedAt: saturday, tier: "premium", channel: "phone", attributes: { language: "en" } }).message).toBe(
      "the ticket has no `severity` (`p1`, `p2` or `p3`), and its `first_response` depends on it",
    );
  });

  it("count when a ticket leaves out the channel too: each channel gives its own", () => {
    // Without channel and severity: email means p3 (its default), phone any severity.
    expect(failure(policy, { openedAt: saturday, tier: "premium", attributes: { language: "en" } }).code).toBe("SLA4006");
    const flat = supportPolicy({ rules: [] });
    const onlyEmail = bundle({ ...flat, tiers: flat.tiers.map((t) => ({ ...t, channels: ["email"] })), targets: flat.targets.filter((r) => r.channel === "email") });
    expect(first(answer(onlyEmail, { openedAt: saturday, tier: "premium", attributes: { language: "en" } }))).toMatchObject({ appliedSeverity: "p3" });
  });
});

describe("add-ons", () => {
  it("win where they have a row and change nothing else", () => {
    const p1 = (fields: Record<string, unknown>) => answer(policy, ticket({ severity: "p1", attributes: { language: "ja" }, ...fields }));
    const plain = p1({});
    const urgent = p1({ addons: ["urgent247"] });
    expect(first(plain)).toMatchObject({ due: "2026-06-08T00:30:00Z", rule: "20:30" });
    expect(first(urgent)).toMatchObject({ due: "2026-06-06T10:30:00Z", calendar: "24x7", rule: "40:1" });
    // Resolution has no add-on row: the base tier's.
    expect(urgent.due["resolution"]).toBe(plain.due["resolution"]);
    // P2 has no add-on row either.
    expect(answer(policy, ticket({ addons: ["urgent247"], attributes: { language: "ja" } }))).toEqual(answer(policy, ticket({ attributes: { language: "ja" } })));
    // On any base tier.
    expect(first(answer(policy, ticket({ tier: "standard", severity: "p1", addons: ["urgent247"], attributes: { language: "en" } })))).toMatchObject({ rule: "40:1" });
  });

  it("are taken in the bundle's tier order when several have a row, named by id or title, repeats ignored", () => {
    const both = (addons: string[]) => first(answer(policy, ticket({ severity: "p1", attributes: { language: "en" }, addons }))).rule;
    expect(both(["fast", "urgent247"])).toBe("40:1");
    expect(both(["urgent247", "fast"])).toBe("40:1");
    expect(both(["Fast lane", "fast"])).toBe("41:1");
  });

  it("ignore an add-on row no rule covers", () => {
    const uncovered = row("first_response", null, { tier: "fast", severity: "p2", channel: "phone", attributes: { language: "en" }, rule: null });
    const withGap = supportPolicy({ extraRows: [uncovered] });
    expect(first(answer(withGap, ticket({ addons: ["fast"], attributes: { language: "en" } })))).toMatchObject({ rule: "20:120", due: "2026-06-06T12:00:00Z" });
  });

  it("are add-on tiers, and a tier is not an add-on", () => {
    expect(failure(policy, ticket({ tier: "urgent247" }))).toEqual({
      code: "SLA4016",
      message: "`urgent247` is an add-on, not a tier",
      hint: "give it in `addons`, and the customer's plan as `tier` (`standard`, `premium`)",
    });
    expect(failure(policy, ticket({ addons: ["premium"] }))).toEqual({
      code: "SLA4016",
      message: "`premium` is a tier, not an add-on",
      hint: "give it as the ticket's `tier`; the policy's add-ons are `urgent247` and `fast`",
    });
    expect(failure(policy, ticket({ addons: ["gold"] }))).toEqual({ code: "SLA4002", message: "unknown add-on `gold`", hint: "the policy's add-ons are `urgent247` and `fast`" });
    expect(failure(policy, ticket({ addons: "fast" }))).toMatchObject({ code: "SLA4012", message: "`addons` must be an array" });
    expect(failure(policy, ticket({ addons: [7] }))).toMatchObject({ code: "SLA4012", message: "add-on 1 must be a string" });
    // A left-out tier is completed from base tiers only.
    expect(failure(policy, { openedAt: saturday, channel: "phone", severity: "p2", attributes: { language: "en" } }).message).toBe(
      "the ticket has no `tier` (`standard` or `premium`), and its `first_response` depends on it",
    );
  });
});

describe("eligibility rules", () => {
  it("reclassify a severity where it is not offered, and the answer says which rule did", () => {
    const staging = answer(policy, ticket({ severity: "p1", attributes: { environment: "staging", language: "en" } }));
    expect(staging.reclassified).toEqual({ from: "p1", to: "p2", rule: "10:3" });
    expect(first(staging)).toMatchObject({ appliedSeverity: "p2", due: "2026-06-06T12:00:00Z" });
  });

  it("check a reclassified severity again, listing every step", () => {
    const email = answer(policy, ticket({ severity: "p1", channel: "email", attributes: { environment: "staging", language: "en" } }));
    expect(email.reclassified).toEqual({
      from: "p1",
      to: "p3",
      rule: "13:3",
      steps: [
        { from: "p1", to: "p2", rule: "10:3" },
        { from: "p2", to: "p3", rule: "13:3" },
      ],
    });
    expect(first(email).appliedSeverity).toBe("p3");
  });

  it("refuse a ticket as declared, naming the rule and why", () => {
    expect(failure(policy, ticket({ severity: "p1", channel: "email", attributes: { language: "en" } }))).toEqual({
      code: "SLA4017",
      message: "severity `p1` is rejected by the rule at 11:3: it is offered only for channel `phone`, and the ticket's channel is `email`",
    });
    const standard = supportPolicy({ rules: [rule("12:3", "p1", "only", { tiers: ["premium", "urgent247"], attributes: { environment: ["production"] } }, null)] });
    expect(failure(standard, ticket({ tier: "standard", severity: "p1", attributes: { language: "en", environment: "staging" } })).message).toBe(
      "severity `p1` is rejected by the rule at 12:3: it is offered only for tier `premium` or `urgent247` and environment `production`, and the ticket's tier is `standard`, its `environment` is `staging`",
    );
    // A scope's tiers hold for an add-on the ticket carries.
    expect(first(answer(standard, ticket({ tier: "standard", severity: "p1", addons: ["urgent247"], attributes: { language: "en" } }))).rule).toBe("40:1");
    const reclassifiedThenRefused = supportPolicy({
      rules: [rule("10:3", "p1", "not", { attributes: { environment: ["staging"] } }, "p2"), rule("14:3", "p2", "not", { channels: ["email"] }, null)],
    });
    expect(failure(reclassifiedThenRefused, ticket({ severity: "p1", channel: "email", attributes: { environment: "staging", language: "en" } })).message).toBe(
      "severity `p2` (reclassified from `p1` by the rule at 10:3) is rejected by the rule at 14:3: it is not offered for channel `email`",
    );
  });

  it("refuse only a ticket that is otherwise well formed", () => {
    expect(failure(policy, ticket({ severity: "p1", channel: "email", attributes: { language: "en" }, now: "yesterday" })).code).toBe("SLA4005");
  });

  it("never loop on a bundle whose rules reclassify in a cycle", () => {
    const cycle = supportPolicy({ rules: [rule("10:3", "p1", "not", {}, "p2"), rule("11:3", "p2", "not", {}, "p1")] });
    expect(failure(cycle, ticket({ severity: "p1", attributes: { language: "en" } }))).toEqual({
      code: "SLA4007",
      message: "the bundle's eligibility rules reclassify in a cycle: `p1` → `p2` → `p1` (the rule at 11:3)",
    });
  });
});

describe("untrusted tickets", () => {
  it("never throw, whatever their attributes, add-ons and dimensions hold", () => {
    const value = fc.oneof(
      fc.anything(),
      fc.constantFrom("ja", "JA", "Japanese", "staging", "urgent247", "fast", "premium", "p1", "email", "__proto__", "constructor"),
    );
    const field = fc.option(value, { nil: undefined });
    const attributes = fc.oneof(field, fc.dictionary(fc.constantFrom("language", "environment", "region", "__proto__", "toString"), value));
    const addons = fc.oneof(field, fc.array(value, { maxLength: 4 }));
    fc.assert(
      fc.property(fc.record({ tier: field, channel: field, severity: field, attributes, addons, language: field }), (fields) => {
        const input = { openedAt: saturday, ...fields } as unknown as TicketInput;
        for (const on of [policy, supportPolicy({ environmentDefault: null })]) {
          const outcome = deadlines(on, input);
          if (!outcome.ok) expect(outcome.error.code).toMatch(/^SLA40\d\d$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
