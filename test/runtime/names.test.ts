import { describe, expect, it } from "vitest";
import type { Bundle, SeverityLevel } from "../../src/contract/bundle.js";
import { deadlines, type RuntimeError, type TicketInput } from "../../src/runtime/index.js";
import { bundle, minutes, row } from "./fixtures.js";
import { seedBundle } from "./seeds.js";

function due(on: Bundle, ticket: TicketInput): string | null {
  const outcome = deadlines(on, ticket);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value.due["first_response"] ?? null;
}

function failure(on: Bundle, ticket: unknown): RuntimeError {
  const outcome = deadlines(on, ticket as TicketInput);
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome.value.due)}`);
  return outcome.error;
}

const severity = (id: string, title: string | null, aliases: string[] = []): SeverityLevel => ({
  id,
  title,
  rank: 1,
  aliases,
  description: null,
  examples: [],
  assumption: null,
  notes: [],
});

/** Severities with clashing names: two share the title "Major", two the alias "P1"; `minor` is titled like the id `urgent`. */
const clashing = bundle({
  severities: [severity("urgent", "Urgent"), severity("major", "Major", ["P1"]), severity("serious", "Major", ["P1"]), severity("minor", "urgent")],
  targets: ["urgent", "major", "serious", "minor"].map((s, i) => row("first_response", minutes(10 * (i + 1), "24x7"), { severity: s })),
});

describe("names as users write them", () => {
  it("accepts a title, exactly as written, for a severity, a tier and a channel", () => {
    const dialog = seedBundle("360dialog");
    const opened = "2026-11-18T12:00:00Z";
    expect(due(dialog, { openedAt: opened, tier: "premium", severity: "Urgent" })).toBe("2026-11-18T14:00:00Z");
    expect(due(dialog, { openedAt: opened, tier: "Premium Support", severity: "critical", channel: "360 Hub" })).toBe("2026-11-18T12:30:00Z");
    expect(failure(dialog, { openedAt: opened, tier: "premium", severity: "URGENT" }).code).toBe("SLA4001");
    expect(failure(dialog, { openedAt: opened, tier: "premium support", severity: "urgent" }).code).toBe("SLA4002");
  });

  it("accepts an alias and a title beside the id", () => {
    const haptik = seedBundle("haptik");
    for (const name of ["s0", "S0", "Blocker"]) expect(due(haptik, { openedAt: "2026-03-07T10:00Z", severity: name }), name).toBe("2026-03-07T11:00:00Z");
  });

  it("lets an id win over another value's title", () => {
    expect(due(clashing, { openedAt: "2026-06-01T14:00Z", severity: "urgent" })).toBe("2026-06-01T14:10:00Z");
  });

  it("rejects a title or alias that two values share, naming both", () => {
    for (const name of ["Major", "P1"]) {
      const error = failure(clashing, { openedAt: "2026-06-01T14:00Z", severity: name });
      expect(error.code, name).toBe("SLA4001");
      expect(error.message).toBe(`severity \`${name}\` is ambiguous: it names \`major\` and \`serious\``);
    }
  });

  it.each([
    ["severity", 1],
    ["severity", true],
    ["tier", 7],
    ["channel", { id: "hub" }],
    ["channel", ["hub"]],
  ])("rejects a non-string %s (%j) as a bad field", (field, value) => {
    const error = failure(seedBundle("360dialog"), { openedAt: "2026-11-18T12:00:00Z", tier: "premium", severity: "critical", [field]: value });
    expect(error).toMatchObject({ code: "SLA4012", message: `\`${field}\` must be a string` });
  });

  it("rejects non-string instants and malformed events as bad fields", () => {
    const dialog = seedBundle("360dialog");
    const ticket = { tier: "premium", severity: "critical" };
    expect(failure(dialog, { ...ticket, openedAt: 1_700_000_000_000 })).toMatchObject({ code: "SLA4012", message: "`openedAt` must be a string" });
    expect(failure(dialog, { ...ticket, openedAt: "2026-11-18T12:00Z", now: 5 })).toMatchObject({ code: "SLA4012", message: "`now` must be a string" });
    expect(failure(dialog, { ...ticket, openedAt: "2026-11-18T12:00Z", events: "paused" })).toMatchObject({ code: "SLA4012", message: "`events` must be an array" });
    expect(failure(dialog, { ...ticket, openedAt: "2026-11-18T12:00Z", events: [null] })).toMatchObject({ code: "SLA4012", message: "event 1 must be an object" });
    expect(failure(dialog, { ...ticket, openedAt: "2026-11-18T12:00Z", events: [{ type: 3, at: "2026-11-18T12:10Z" }] })).toMatchObject({
      code: "SLA4012",
      message: "the `type` of event 1 must be a string",
    });
    expect(failure(dialog, { ...ticket, openedAt: "2026-11-18T12:00Z", events: [{ type: "paused", at: 3 }] })).toMatchObject({
      code: "SLA4012",
      message: "the `at` of event 1 (`paused`) must be a string",
    });
    expect(failure(dialog, null)).toMatchObject({ code: "SLA4012", message: "a ticket must be an object" });
  });

  it("reads a null dimension as left out", () => {
    expect(due(seedBundle("haptik"), { openedAt: "2026-03-07T10:00Z", severity: "s0", channel: null } as unknown as TicketInput)).toBe("2026-03-07T11:00:00Z");
  });
});
