/**
 * Bundles are input too: every bundle that passes validation (schema, digest, consistency)
 * must be one the runtime can evaluate. Seed bundles are mutated — ids swapped, list items
 * dropped, units and calendars changed — and re-digested, so that only the consistency
 * check stands between them and the runtime; each that passes is asked a handful of tickets,
 * credits and a month of uptime, none of which may throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digestOf } from "../../src/bundle/json.js";
import { validateBundle } from "../../src/bundle/validate.js";
import type { Bundle } from "../../src/contract/bundle.js";
import { AMOUNT_UNITS } from "../../src/contract/vocabulary.js";
import type { Range } from "../../src/diagnostics/diagnostic.js";
import { deadlines, responseCredits, uptime } from "../../src/runtime/index.js";
import { seedBundle } from "./seeds.js";

const SEEDS = ["haptik", "kustomer", "gorgias", "gorgias-community", "360dialog"].map(seedBundle);
const at: Range = { file: "b.json", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

type Json = Record<string, unknown> | unknown[];
/** A place in a bundle: the container and the key (or index) of a value in it. */
type Slot = readonly [Json, string | number];

function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push([value, i]), slots(item, out)));
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) (out.push([value as Json, key]), slots(item, out));
  return out;
}

/** Every string in a bundle that could be an id: what a swapped reference is drawn from. */
function words(bundle: unknown): string[] {
  const found = new Set<string>(["24x7", "*"]);
  for (const [parent, key] of slots(bundle)) {
    const v = (parent as Record<string | number, unknown>)[key];
    if (typeof v === "string" && /^[\w*-]{1,40}$/.test(v)) found.add(v);
  }
  return [...found];
}

const mutation = fc.record({ kind: fc.constantFrom("swap", "drop", "unit", "calendar"), at: fc.nat(), pick: fc.nat() });

/** Applies one mutation to a copy's slot chosen by `at`. */
function mutate(bundle: Record<string, unknown>, m: { kind: string; at: number; pick: number }, vocabulary: readonly string[]): void {
  const all = slots(bundle);
  const [parent, key] = all[m.at % all.length]!;
  const record = parent as Record<string | number, unknown>;
  const value = record[key];
  if (m.kind === "drop") {
    const lists = all.filter(([p]) => Array.isArray(p));
    const [list, i] = lists[m.at % lists.length]!;
    (list as unknown[]).splice(i as number, 1);
  } else if (m.kind === "unit") {
    const amounts = all.filter(([p, k]) => k === "amount" && typeof (p as Record<string, unknown>)[k] === "object");
    if (amounts.length === 0) return;
    const [p, k] = amounts[m.at % amounts.length]!;
    const unit = AMOUNT_UNITS[m.pick % AMOUNT_UNITS.length]!;
    (p as Record<string, unknown>)[k as string] = unit === "next_business_day" ? { unit } : { unit, value: 1 + (m.pick % 5) };
  } else if (m.kind === "calendar") {
    const calendars = all.filter(([p, k]) => (k === "calendar" || k === "hoursCalendar" || k === "hours") && typeof (p as Record<string, unknown>)[k] === "string");
    if (calendars.length === 0) return;
    const [p, k] = calendars[m.at % calendars.length]!;
    const ids = ["24x7", ...((bundle["calendars"] as { id: string }[]).map((c) => c.id)), "nowhere"];
    (p as Record<string, unknown>)[k as string] = ids[m.pick % ids.length];
  } else if (typeof value === "string") {
    record[key] = vocabulary[m.pick % vocabulary.length];
  }
}

/** Tickets that reach every dimension value, with events, a `now`, a zone. */
function ticketsFor(bundle: Bundle): unknown[] {
  const tickets: unknown[] = [];
  const tiers = bundle.tiers.filter((t) => t.addon !== true).map((t) => t.id);
  const severities = bundle.severities.map((s) => s.id);
  const channels = bundle.channels.map((c) => c.id);
  for (let i = 0; i < 6; i++) {
    tickets.push({
      id: `T${i}`,
      openedAt: `2026-03-0${2 + i}T0${i}:30Z`,
      ...(tiers.length > 0 && { tier: tiers[i % tiers.length] }),
      ...(severities.length > 0 && { severity: severities[i % severities.length] }),
      ...(channels.length > 0 && { channel: channels[i % channels.length] }),
      zone: "Asia/Tokyo",
      account: "acme",
      events: [
        { type: "paused", at: "2026-03-09T10:00Z" },
        { type: "resumed", at: "2026-03-09T12:00Z" },
        { type: "escalated", at: "2026-03-10T12:00Z" },
        ...bundle.metrics.map((m, k) => ({ type: m.id, at: `2026-03-1${k % 10}T15:00Z` })),
      ],
      now: i % 2 === 0 ? "2026-04-01T00:00Z" : "2031-06-01T00:00Z",
    });
  }
  return tickets;
}

describe("mutated bundles", () => {
  it("that pass validation evaluate tickets, credits and uptime without throwing", () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (seed, mutations) => {
        const copy = structuredClone(SEEDS[seed]!) as unknown as Record<string, unknown>;
        const vocabulary = words(copy);
        for (const m of mutations) mutate(copy, m, vocabulary);
        const bundle = { ...(copy as unknown as Bundle) };
        (bundle as { digest: string }).digest = digestOf(bundle);
        if (validateBundle(bundle, at).some((d) => d.severity === "error")) return;
        valid++;
        const tickets = ticketsFor(bundle);
        for (const ticket of tickets) expect(() => deadlines(bundle, ticket as never)).not.toThrow();
        if (bundle.responseCredits.length > 0) expect(() => responseCredits(bundle, tickets as never, { now: "2027-01-01T00:00Z" })).not.toThrow();
        if (bundle.uptimes.length > 0) expect(() => uptime(bundle, [{ minute: "2026-03-02T10:00Z", validRequests: 10, errors: 5 }], "2026-03")).not.toThrow();
      }),
      { numRuns: 300 },
    );
    // Most mutations keep a bundle valid (a swapped title, a dropped note): the runtime sees many.
    expect(valid).toBeGreaterThan(50);
  });
});
