import { describe, expect, it } from "vitest";
import type { Bundle } from "../../src/contract/bundle.js";
import { sealBundle, serializeBundle } from "../../src/bundle/json.js";
import { attribute, bundle, channel, metric, minutes, row, severities, tier } from "../runtime/fixtures.js";
import { project, slac } from "./harness.js";

const lines = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));

const input = (...tickets: object[]): string[] => [tickets.map((t) => JSON.stringify(t)).join("\n") + "\n"];

/** A bundle file as `slac build` writes it: canonical JSON with its digest (and no business hours, as these have no calendar). */
const file = (b: Bundle): string => serializeBundle(sealBundle({ ...b, policy: { ...b.policy, businessHours: null } }));

/** A generation of a policy: first response in `firstResponse` minutes on 24x7. */
function generation(id: string, validFrom: string | null, validUntil: string | null, firstResponse: number): Bundle {
  const base = bundle({ metrics: [metric("first_response", { builtin: true })], targets: [row("first_response", minutes(firstResponse, "24x7"))] });
  return { ...base, policy: { ...base.policy, id, validFrom, validUntil, supersedes: null } };
}

/** P1 and P2 on production and staging; P1 on staging is P2 (rule 10:3), P1 by email is refused (rule 11:3); a 24/7 add-on for P1. */
const environments = bundle({
  tiers: [tier("standard", ["email", "phone"]), tier("urgent", ["email", "phone"], { addon: true })],
  channels: [channel("email"), channel("phone", { defaultSeverity: "p2" })],
  severities: severities("p1", "p2"),
  attributes: [attribute("environment", ["production", "staging"], { default: "production" })],
  eligibility: [
    { severity: "p1", mode: "not", scope: { tiers: [], channels: [], attributes: { environment: ["staging"] } }, otherwise: { action: "reclassify", severity: "p2" }, rule: "10:3", assumption: null, notes: [] },
    { severity: "p1", mode: "only", scope: { tiers: [], channels: ["phone"], attributes: {} }, otherwise: { action: "reject" }, rule: "11:3", assumption: null, notes: [] },
  ],
  metrics: [metric("first_response", { builtin: true })],
  targets: [
    ...["email", "phone"].flatMap((c) => [
      row("first_response", minutes(60, "24x7"), { tier: "standard", severity: "p1", channel: c, rule: "20:5" }),
      row("first_response", minutes(240, "24x7"), { tier: "standard", severity: "p2", channel: c, rule: "21:5" }),
      row("first_response", minutes(15, "24x7"), { tier: "urgent", severity: "p1", channel: c, rule: "30:5" }),
    ]),
  ],
});

describe("slac due with several policies", () => {
  const dir = () =>
    project({
      "acme-2025.json": file(generation("acme_2025", null, "2026-01-01", 60)),
      "acme-2026.json": file(generation("acme_2026", "2026-01-01", null, 30)),
      "acme-again.json": file(generation("acme_again", "2026-06-01", null, 10)),
    });

  it("answers each ticket by the generation in force at its openedAt, naming it, and errs where none or two are", async () => {
    const result = await slac(dir(), ["due", "acme-2025.json", "acme-2026.json", "--tickets", "-"], { NO_COLOR: "1" }, input(
      { id: "old", openedAt: "2025-12-31T23:30Z" },
      { id: "new", openedAt: "2026-01-01T00:00Z" },
    ));
    expect(lines(result.stdout)).toEqual([
      { id: "old", policy: "acme_2025", due: { first_response: "2026-01-01T00:30:00Z" } },
      { id: "new", policy: "acme_2026", due: { first_response: "2026-01-01T00:30:00Z" } },
    ]);
    expect(result.code).toBe(0);

    const overlapping = await slac(dir(), ["due", "acme-2026.json", "acme-again.json", "--tickets", "-"], { NO_COLOR: "1" }, input(
      { id: "before", openedAt: "2025-03-02T09:00Z" },
      { id: "both", openedAt: "2026-07-01T09:00Z" },
      { id: "one", openedAt: "2026-03-02T09:00Z" },
    ));
    expect(lines(overlapping.stdout)).toEqual([
      {
        id: "before",
        line: 1,
        error: {
          code: "SLA4018",
          message: "no policy given is in force at 2025-03-02T09:00:00Z: `acme_2026` (from 2026-01-01) and `acme_again` (from 2026-06-01)",
          hint: "give the generation in force when the ticket was opened",
        },
      },
      {
        id: "both",
        line: 2,
        error: {
          code: "SLA4018",
          message: "2 policies given are in force at 2026-07-01T09:00:00Z: `acme_2026` (from 2026-01-01) and `acme_again` (from 2026-06-01)",
          hint: "give generations whose `valid_from` and `valid_until` do not overlap",
        },
      },
      { id: "one", policy: "acme_2026", due: { first_response: "2026-03-02T09:30:00Z" } },
    ]);
    expect(overlapping.code).toBe(1);
    expect(overlapping.stderr).toContain("2 of 3 ticket lines had errors");
  });

  it("keeps the one-policy answer line as it was, and holds one policy to its own generation", async () => {
    const one = await slac(dir(), ["due", "acme-2026.json", "--tickets", "-"], { NO_COLOR: "1" }, input({ id: "t", openedAt: "2026-03-02T09:00Z" }, { id: "early", openedAt: "2025-03-02T09:00Z" }));
    expect(lines(one.stdout)).toEqual([
      { id: "t", due: { first_response: "2026-03-02T09:30:00Z" } },
      { id: "early", line: 2, error: { code: "SLA4018", message: "no policy given is in force at 2025-03-02T09:00:00Z: `acme_2026` (from 2026-01-01)", hint: "give the generation in force when the ticket was opened" } },
    ]);
  });

  it("refuses to start when one of the policies cannot be loaded, writing nothing to standard output", async () => {
    const result = await slac(dir(), ["due", "acme-2025.json", "missing.json", "--tickets", "-"], { NO_COLOR: "1" }, input({ id: "t", openedAt: "2026-03-02T09:00Z" }));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("SLA5001");
  });
});

describe("slac due with attributes, add-ons and eligibility rules", () => {
  it("says which rule reclassified a ticket, refuses one a rule rejects, and reads attributes and add-ons", async () => {
    const dir = project({ "environments.json": file(environments) });
    const result = await slac(dir, ["due", "environments.json", "--tickets", "-"], { NO_COLOR: "1" }, input(
      { id: "staging", openedAt: "2026-03-02T09:00Z", tier: "standard", channel: "phone", severity: "p1", attributes: { environment: "staging" } },
      { id: "email", openedAt: "2026-03-02T09:00Z", tier: "standard", channel: "email", severity: "p1" },
      { id: "urgent", openedAt: "2026-03-02T09:00Z", tier: "standard", channel: "phone", severity: "p1", addons: ["urgent"] },
      { id: "default", openedAt: "2026-03-02T09:00Z", tier: "standard", channel: "phone", now: "2026-03-02T10:00Z" },
    ));
    expect(lines(result.stdout)).toEqual([
      { id: "staging", due: { first_response: "2026-03-02T13:00:00Z" }, reclassified: { from: "p1", to: "p2", rule: "10:3" } },
      {
        id: "email",
        line: 2,
        error: { code: "SLA4017", message: "severity `p1` is rejected by the rule at 11:3: it is offered only for channel `phone`, and the ticket's channel is `email`" },
      },
      { id: "urgent", due: { first_response: "2026-03-02T09:15:00Z" } },
      {
        id: "default",
        due: { first_response: "2026-03-02T13:00:00Z" },
        status: { first_response: { status: "running", metAt: null, remainingMinutes: 180, overdueMinutes: null, remainingWallMinutes: 180, overdueWallMinutes: null } },
      },
    ]);
    expect(result.code).toBe(1);
  });
});
