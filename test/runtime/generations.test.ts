import { describe, expect, it } from "vitest";
import type { Bundle } from "../../src/contract/bundle.js";
import { policyInForce, type TicketInput } from "../../src/runtime/index.js";
import { bundle, minutes, row } from "./fixtures.js";

function generation(id: string, validFrom: string | null, validUntil: string | null): Bundle {
  const base = bundle({ targets: [row("first_response", minutes(60, "24x7"))] });
  return { ...base, policy: { ...base.policy, id, validFrom, validUntil } };
}

const y2025 = generation("acme_2025", null, "2026-01-01");
const y2026 = generation("acme_2026", "2026-01-01", "2027-01-01");
const y2027 = generation("acme_2027", "2027-01-01", null);

function picked(bundles: Bundle[], openedAt: string): string {
  const outcome = policyInForce(bundles, { openedAt });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value.policy.id;
}

describe("policy generations", () => {
  it("pick the one in force at the ticket's openedAt: from its valid_from, until before its valid_until (UTC dates)", () => {
    const all = [y2027, y2025, y2026];
    expect(picked(all, "2025-06-01T12:00Z")).toBe("acme_2025");
    expect(picked(all, "2025-12-31T23:59:59Z")).toBe("acme_2025");
    expect(picked(all, "2026-01-01T00:00Z")).toBe("acme_2026");
    // An offset is read as the instant it names: 00:30 in Paris is 2026-12-31 in UTC.
    expect(picked(all, "2027-01-01T00:30+01:00")).toBe("acme_2026");
    expect(picked(all, "2031-01-01T00:00Z")).toBe("acme_2027");
  });

  it("name the candidates when none or two are in force", () => {
    expect(policyInForce([y2026, y2027], { openedAt: "2025-03-02T09:00Z" })).toEqual({
      ok: false,
      error: {
        code: "SLA4018",
        message: "no policy given is in force at 2025-03-02T09:00:00Z: `acme_2026` (from 2026-01-01 until 2027-01-01) and `acme_2027` (from 2027-01-01)",
        hint: "give the generation in force when the ticket was opened",
      },
    });
    const always = generation("acme", null, null);
    expect(policyInForce([always, y2026], { openedAt: "2026-03-02T09:00Z" })).toEqual({
      ok: false,
      error: {
        code: "SLA4018",
        message: "2 policies given are in force at 2026-03-02T09:00:00Z: `acme` (always) and `acme_2026` (from 2026-01-01 until 2027-01-01)",
        hint: "give generations whose `valid_from` and `valid_until` do not overlap",
      },
    });
  });

  it("read openedAt as `deadlines` does, and skip it for one policy always in force", () => {
    expect(policyInForce([y2025, y2026], {} as TicketInput)).toMatchObject({ ok: false, error: { code: "SLA4006" } });
    expect(policyInForce([y2025, y2026], { openedAt: "soon" })).toMatchObject({ ok: false, error: { code: "SLA4005" } });
    expect(policyInForce([y2025, y2026], 7 as unknown as TicketInput)).toMatchObject({ ok: false, error: { code: "SLA4012" } });
    const always = generation("acme", null, null);
    expect(policyInForce([always], { openedAt: "soon" })).toEqual({ ok: true, value: always });
    // One policy with a span is held to it, like several.
    expect(policyInForce([y2026], { openedAt: "2025-03-02T09:00Z" })).toMatchObject({ ok: false, error: { code: "SLA4018" } });
  });
});
