import { describe, expect, it } from "vitest";
import type { TicketEvent } from "../../src/contract/bundle.js";
import { deadlines, type MetricDeadline, type TicketInput } from "../../src/runtime/index.js";
import { bundle, minutes, row } from "./fixtures.js";
import { officePolicy } from "./policy.js";

const policy = officePolicy();

function metric(ticket: TicketInput, id: string, now?: string): MetricDeadline {
  const outcome = deadlines(policy, ticket, now === undefined ? {} : { now });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value.metrics.find((m) => m.metric === id)!;
}

// Medium on chat, opened Monday June 1 2026 09:00 EDT: first response due 2 business hours later, 15:00Z.
const medium = (events: TicketEvent[] = []): TicketInput => ({ openedAt: "2026-06-01T13:00Z", tier: "business", severity: "medium", channel: "chat", events });
const firstResponse = (events: TicketEvent[], now?: string): MetricDeadline => metric(medium(events), "first_response", now);
const paused = (from: string, to?: string): TicketEvent[] =>
  to === undefined ? [{ type: "paused", at: from }] : [{ type: "paused", at: from }, { type: "resumed", at: to }];

describe("pauses", () => {
  it("push a business-time due by the open time they cover", () => {
    expect(firstResponse([]).due).toBe("2026-06-01T15:00:00Z");
    expect(firstResponse(paused("2026-06-01T13:30Z", "2026-06-01T14:30Z")).due).toBe("2026-06-01T16:00:00Z");
    // Paused after one hour until Tuesday 10:00 EDT: the remaining hour runs 10:00–11:00 EDT.
    expect(firstResponse(paused("2026-06-01T14:00Z", "2026-06-02T14:00Z")).due).toBe("2026-06-02T15:00:00Z");
  });

  it("do nothing while the calendar is closed or after the due", () => {
    expect(firstResponse(paused("2026-06-01T01:00Z", "2026-06-01T12:00Z")).due).toBe("2026-06-01T15:00:00Z");
    expect(firstResponse(paused("2026-06-01T16:00Z", "2026-06-01T17:00Z")).due).toBe("2026-06-01T15:00:00Z");
  });

  it("pair up paused and resumed events, ignoring repeats", () => {
    const events: TicketEvent[] = [
      { type: "resumed", at: "2026-06-01T13:10Z" },
      { type: "paused", at: "2026-06-01T13:30Z" },
      { type: "paused", at: "2026-06-01T13:45Z" },
      { type: "resumed", at: "2026-06-01T14:00Z" },
      { type: "resumed", at: "2026-06-01T14:10Z" },
    ];
    expect(firstResponse(events).due).toBe("2026-06-01T15:30:00Z");
  });

  it("last until `now` while still open, and leave the due unknown without `now`", () => {
    const waiting = firstResponse(paused("2026-06-01T14:00Z"), "2026-06-01T16:00Z");
    expect(waiting.due).toBe("2026-06-01T17:00:00Z");
    expect(waiting.status).toBe("paused");
    expect(waiting.remainingMinutes).toBe(60);
    expect(firstResponse(paused("2026-06-01T14:00Z")).due).toBeNull();
    // A pause that began after the due does not hide the due.
    expect(firstResponse(paused("2026-06-01T16:00Z")).due).toBe("2026-06-01T15:00:00Z");
  });

  it("push a day-based due by the open time they cover, not by whole days", () => {
    // Low on Friday June 5 11:00 EDT: 2 business days end Tuesday 17:00 EDT (21:00Z).
    const low = (events: TicketEvent[]): string | null =>
      metric({ openedAt: "2026-06-05T15:00Z", tier: "business", severity: "low", channel: "chat", events }, "first_response").due;
    expect(low([])).toBe("2026-06-09T21:00:00Z");
    // One open hour paused on Monday: due Wednesday 10:00 EDT.
    expect(low(paused("2026-06-08T14:00Z", "2026-06-08T15:00Z"))).toBe("2026-06-10T14:00:00Z");
    // A weekend pause covers no open time.
    expect(low(paused("2026-06-06T12:00Z", "2026-06-07T12:00Z"))).toBe("2026-06-09T21:00:00Z");
  });

  it("ignore events after `now`, which have not happened yet", () => {
    const m = firstResponse(paused("2026-06-01T14:00Z", "2026-06-01T15:00Z"), "2026-06-01T13:30Z");
    expect(m.due).toBe("2026-06-01T15:00:00Z");
    expect(m.status).toBe("running");
  });
});

describe("statuses", () => {
  const responded = (at: string): TicketEvent[] => [{ type: "first_response", at }];

  it("is met when the metric's event comes at or before the due", () => {
    const m = firstResponse(responded("2026-06-01T15:00Z"), "2026-06-01T18:00Z");
    expect(m.status).toBe("met");
    expect(m.metAt).toBe("2026-06-01T15:00:00Z");
    expect(m.remainingMinutes).toBeNull();
    expect(m.overdueMinutes).toBeNull();
    // Known without `now`, too.
    expect(firstResponse(responded("2026-06-01T14:00Z")).status).toBe("met");
  });

  it("is breached when met late, with overdue business minutes", () => {
    // Due Monday 11:00 EDT, met Tuesday 09:30 EDT: six open hours Monday, half an hour Tuesday.
    const m = firstResponse(responded("2026-06-02T13:30Z"), "2026-06-03T12:00Z");
    expect(m.status).toBe("breached");
    expect(m.overdueMinutes).toBe(390);
  });

  it("is breached when not met and now is past the due", () => {
    const m = firstResponse([], "2026-06-01T15:01Z");
    expect(m.status).toBe("breached");
    expect(m.overdueMinutes).toBe(1);
    expect(firstResponse([], "2026-06-01T15:00Z").status).toBe("running");
  });

  it("is running before the due, with remaining business minutes", () => {
    // At Monday 10:00 EDT, an hour before the due.
    const m = firstResponse([], "2026-06-01T14:00Z");
    expect(m.status).toBe("running");
    expect(m.remainingMinutes).toBe(60);
  });

  it("counts remaining minutes on the deadline's calendar only", () => {
    // Opened Friday 19:00 EDT, due at Monday's close; on Saturday only Monday's 8 h remain.
    const ticket: TicketInput = { openedAt: "2026-06-05T23:00Z", tier: "business", severity: "medium", channel: "chat" };
    expect(metric(ticket, "first_response", "2026-06-06T12:00Z").remainingMinutes).toBe(480);
  });

  it("gives wall-clock minutes beside the open minutes", () => {
    // Opened Friday 19:00 EDT, due Monday 17:00 EDT (21:00Z): on Saturday 12:00Z, 57 h of wall clock remain, 8 h of it open.
    const ticket: TicketInput = { openedAt: "2026-06-05T23:00Z", tier: "business", severity: "medium", channel: "chat" };
    expect(metric(ticket, "first_response", "2026-06-06T12:00Z")).toMatchObject({ remainingMinutes: 480, remainingWallMinutes: 3420, overdueMinutes: null, overdueWallMinutes: null });
    // Due Monday 11:00 EDT, met Tuesday 09:30 EDT: 390 open minutes late, 22.5 hours by the clock on the wall.
    expect(firstResponse(responded("2026-06-02T13:30Z"), "2026-06-03T12:00Z")).toMatchObject({
      remainingMinutes: null,
      remainingWallMinutes: null,
      overdueMinutes: 390,
      overdueWallMinutes: 1350,
    });
    // Not met and past the due: overdue until `now`, unrounded like the open minutes.
    expect(firstResponse([], "2026-06-01T15:01:30Z")).toMatchObject({ overdueMinutes: 1.5, overdueWallMinutes: 1.5 });
    expect(firstResponse([], "2026-06-01T14:00:30Z")).toMatchObject({ remainingMinutes: 59.5, remainingWallMinutes: 59.5 });
    // While paused, the due moves with `now`; what remains is counted from `now`.
    expect(firstResponse(paused("2026-06-01T14:00Z"), "2026-06-01T16:00Z")).toMatchObject({ status: "paused", remainingMinutes: 60, remainingWallMinutes: 60 });
    expect(firstResponse(responded("2026-06-01T14:00Z"), "2026-06-01T18:00Z")).toMatchObject({ status: "met", remainingWallMinutes: null, overdueWallMinutes: null });
  });

  it("marks resolution met by a `resolved` event", () => {
    const ticket: TicketInput = { openedAt: "2026-06-01T14:00Z", tier: "business", severity: "critical", channel: "chat", events: [{ type: "resolved", at: "2026-06-01T20:00Z" }] };
    expect(metric(ticket, "resolution", "2026-06-03T12:00Z").status).toBe("met");
  });

  it("has no status without a due", () => {
    const ticket: TicketInput = { openedAt: "2026-06-01T14:00Z", tier: "business", severity: "medium", channel: "chat" };
    const m = metric(ticket, "resolution", "2026-06-03T12:00Z");
    expect(m.due).toBeNull();
    expect(m.status).toBeNull();
  });

  it("takes `now` from the ticket when the options give none", () => {
    const m = metric({ ...medium(), now: "2026-06-01T15:01Z" }, "first_response");
    expect(m.status).toBe("breached");
  });
});

describe("strict deadlines (`under`)", () => {
  // 60 minutes from 09:00Z on 24x7, due 10:00Z: strictly before it for `under 1h`, at it too for `1h`.
  const policyOf = (strict: boolean) => bundle({ targets: [row("first_response", minutes(60, "24x7", strict))] });
  const status = (strict: boolean, events: TicketEvent[], now?: string) => {
    const outcome = deadlines(policyOf(strict), { openedAt: "2026-06-01T09:00Z", events }, now === undefined ? {} : { now });
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value.metrics.find((m) => m.metric === "first_response")!;
  };
  const respondedAt = (at: string): TicketEvent[] => [{ type: "first_response", at }];

  it("are met only strictly before the due; a response exactly at the due breaches by zero minutes", () => {
    expect(status(true, respondedAt("2026-06-01T09:59:59Z")).status).toBe("met");
    expect(status(true, respondedAt("2026-06-01T10:00Z"))).toMatchObject({ due: "2026-06-01T10:00:00Z", status: "breached" });
    expect(status(true, respondedAt("2026-06-01T10:00Z"), "2026-06-01T11:00Z")).toMatchObject({ status: "breached", overdueMinutes: 0, overdueWallMinutes: 0 });
    expect(status(false, respondedAt("2026-06-01T10:00Z")).status).toBe("met");
    expect(status(false, respondedAt("2026-06-01T10:00:01Z")).status).toBe("breached");
  });

  it("are breached from the due instant on while unmet", () => {
    expect(status(true, [], "2026-06-01T09:59Z")).toMatchObject({ status: "running", remainingMinutes: 1 });
    expect(status(true, [], "2026-06-01T10:00Z")).toMatchObject({ status: "breached", overdueMinutes: 0 });
    expect(status(false, [], "2026-06-01T10:00Z").status).toBe("running");
    expect(status(false, [], "2026-06-01T10:00:30Z")).toMatchObject({ status: "breached", overdueMinutes: 0.5 });
  });

  it("keep the due itself: strictness changes only the status", () => {
    expect(status(true, []).due).toBe(status(false, []).due);
  });
});
