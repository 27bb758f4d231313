/**
 * `deadlines` never throws on bad input: a ticket of any shape, events of any shape, and
 * event types it does not know come back as SLA4nnn errors.
 */
import { describe, expect, it } from "vitest";
import { deadlines } from "../../src/runtime/index.js";
import { officePolicy } from "./policy.js";

const policy = officePolicy();
const base = { openedAt: "2026-06-01T14:00Z", tier: "business", severity: "critical", channel: "chat" };
const codeOf = (ticket: unknown): string => {
  const outcome = deadlines(policy, ticket as never);
  return outcome.ok ? "ok" : outcome.error.code;
};

describe("deadlines on bad input", () => {
  it.each([null, undefined, 5, "ticket", true, [], [base]])("answers a ticket that is %j with SLA4012, never a throw", (ticket) => {
    expect(codeOf(ticket)).toBe("SLA4012");
  });

  it.each([{}, "x", 5, true, [null], [5], [[]], [{ type: 5, at: "2026-06-01T15:00Z" }], [{ type: "paused", at: 5 }]])("answers `events` that are %j with SLA4012", (events) => {
    expect(codeOf({ ...base, events })).toBe("SLA4012");
  });

  it("names an unknown event type (SLA4021) and the nearest known one: built in, declared, or a metric's id", () => {
    const outcome = deadlines(policy, { ...base, events: [{ type: "resolved", at: "2026-06-01T15:00Z" }, { type: "pause", at: "2026-06-01T15:00Z" }] });
    expect(outcome).toEqual({ ok: false, error: { code: "SLA4021", message: "event 2 has unknown type `pause`", hint: "did you mean `paused`?" } });
    const metric = deadlines(policy, { ...base, events: [{ type: "first_respons", at: "2026-06-01T15:00Z" }] });
    expect(!metric.ok && metric.error.hint).toBe("did you mean `first_response`?");
    // A metric's own id meets it, and is known.
    expect(codeOf({ ...base, events: [{ type: "first_response", at: "2026-06-01T15:00Z" }] })).toBe("ok");
    const far = deadlines(policy, { ...base, events: [{ type: "zzzzzzzzzz", at: "2026-06-01T15:00Z" }] });
    expect(!far.ok && far.error.hint).toContain("a ticket's events are `paused`, `resumed`");
  });
});
