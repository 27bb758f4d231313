import { describe, expect, it } from "vitest";
import type { Bundle, TicketEvent } from "../../src/contract/bundle.js";
import { deadlines, type DeadlineOptions, type MetricDeadline, type TicketInput } from "../../src/runtime/index.js";
import { bundle, calendar, closedDates, deadline, minutes, row } from "./fixtures.js";
import { officePolicy } from "./policy.js";

const policy = officePolicy();

function evaluate(ticket: TicketInput, options: DeadlineOptions = {}, on: Bundle = policy) {
  const outcome = deadlines(on, ticket, options);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

function metric(ticket: TicketInput, id: string, options: DeadlineOptions = {}, on: Bundle = policy): MetricDeadline {
  return evaluate(ticket, options, on).metrics.find((m) => m.metric === id)!;
}

function errorCode(ticket: TicketInput, options: DeadlineOptions = {}): string {
  const outcome = deadlines(policy, ticket, options);
  if (outcome.ok) throw new Error("expected an error");
  return outcome.error.code;
}

const chat = (severity: string, openedAt: string, events: TicketEvent[] = []): TicketInput => ({ id: "t1", openedAt, tier: "business", severity, channel: "chat", events });

describe("deadlines", () => {
  it("gives every metric its due in bundle order, null where the policy says none", () => {
    // Monday June 1 2026, 10:00 EDT.
    const result = evaluate(chat("critical", "2026-06-01T14:00Z"));
    expect(result.id).toBe("t1");
    expect(result.due).toEqual({
      first_response: "2026-06-01T14:15:00Z",
      next_response: null,
      resolution: "2026-06-02T14:00:00Z",
      escalation_response: null,
    });
    expect(evaluate(chat("medium", "2026-06-01T14:00Z")).due["resolution"]).toBeNull();
  });

  it("applies `otherwise` when the clock starts outside the hours calendar", () => {
    expect(metric(chat("medium", "2026-06-01T14:00Z"), "first_response").due).toBe("2026-06-01T16:00:00Z");
    // Friday 19:00 EDT: next business day is Monday, due at its close.
    expect(metric(chat("medium", "2026-06-05T23:00Z"), "first_response").due).toBe("2026-06-08T21:00:00Z");
    // The opening minute is inside; the closing minute is outside.
    expect(metric(chat("medium", "2026-06-01T13:00Z"), "first_response").due).toBe("2026-06-01T15:00:00Z");
    expect(metric(chat("medium", "2026-06-01T21:00Z"), "first_response").due).toBe("2026-06-02T21:00:00Z");
  });

  it("counts `N business days` as whole local dates after the ticket day", () => {
    // Friday 11:00 EDT and Friday 19:00 EDT: both due at Tuesday's close.
    expect(metric(chat("low", "2026-06-05T15:00Z"), "first_response").due).toBe("2026-06-09T21:00:00Z");
    expect(metric(chat("low", "2026-06-05T23:00Z"), "first_response").due).toBe("2026-06-09T21:00:00Z");
    // Saturday: Monday and Tuesday. Christmas (Friday) is not a business day.
    expect(metric(chat("low", "2026-06-06T15:00Z"), "first_response").due).toBe("2026-06-09T21:00:00Z");
    expect(metric(chat("low", "2026-12-23T15:00Z"), "first_response").due).toBe("2026-12-28T22:00:00Z");
  });

  it("counts `N business days` as N × business_day of open time when the calendar defines it", () => {
    const eight = officePolicy(480);
    // Friday 11:00 EDT + 960 open minutes: 6 h Friday, 8 h Monday, 2 h Tuesday.
    expect(metric(chat("low", "2026-06-05T15:00Z"), "first_response", {}, eight).due).toBe("2026-06-09T15:00:00Z");
    // `next business day` keeps its meaning.
    expect(metric(chat("medium", "2026-06-05T23:00Z"), "first_response", {}, eight).due).toBe("2026-06-08T21:00:00Z");
  });

  it("ends a business day at its last open instant, also when a window crosses midnight", () => {
    const night = bundle({
      calendars: [calendar("Europe/Berlin", ["mon-fri 22:00-02:00"])],
      targets: [row("first_response", { deadline: deadline({ unit: "next_business_day" }, "business"), otherwise: null, hoursCalendar: null })],
    });
    // Monday 12:00 CEST: Tuesday has open time 00:00–02:00 and 22:00–24:00, so it ends at Wednesday 00:00.
    expect(metric({ openedAt: "2026-06-01T10:00Z" }, "first_response", {}, night).due).toBe("2026-06-02T22:00:00Z");
    // Friday 12:00: Saturday has 00:00–02:00 (Friday's window), so Saturday 02:00 CEST.
    expect(metric({ openedAt: "2026-06-05T10:00Z" }, "first_response", {}, night).due).toBe("2026-06-06T00:00:00Z");
  });

  it("uses the fixed severity of a channel", () => {
    const m = metric({ openedAt: "2026-06-01T14:00Z", tier: "professional", severity: "critical", channel: "email" }, "first_response");
    expect(m.appliedSeverity).toBe("medium");
    expect(m.due).toBe("2026-06-01T16:00:00Z");
    // The severity may be left out on such a channel.
    expect(metric({ openedAt: "2026-06-01T14:00Z", tier: "professional", channel: "email" }, "first_response").due).toBe("2026-06-01T16:00:00Z");
  });

  it("accepts severity aliases and offsets in instants", () => {
    expect(metric(chat("urgent", "2026-06-01T10:00-04:00"), "first_response").due).toBe("2026-06-01T14:15:00Z");
  });

  it("starts escalation and reply clocks at their events", () => {
    const plain = metric(chat("low", "2026-06-01T14:00Z"), "escalation_response");
    expect(plain.due).toBeNull();
    expect(plain.clockStart).toBeNull();
    const events: TicketEvent[] = [
      { type: "escalated", at: "2026-06-02T15:00Z" },
      { type: "escalated", at: "2026-06-03T15:00Z" },
      { type: "customer_reply", at: "2026-06-02T13:00Z" },
      { type: "customer_reply", at: "2026-06-03T20:00Z" },
    ];
    const result = evaluate(chat("low", "2026-06-01T14:00Z", events));
    // The first escalation; the last customer reply (Wed 16:00 EDT + 4 h → Thu 12:00 EDT).
    expect(result.due["escalation_response"]).toBe("2026-06-02T16:00:00Z");
    expect(result.due["next_response"]).toBe("2026-06-04T16:00:00Z");
  });

  it("works for a policy without tiers, severities or channels", () => {
    const simple = bundle({ calendars: [], targets: [row("first_response", minutes(30, "24x7"))] });
    expect(metric({ openedAt: "2026-06-01T14:00Z" }, "first_response", {}, simple).due).toBe("2026-06-01T14:30:00Z");
    // Dimensions the policy does not declare are ignored.
    expect(metric({ openedAt: "2026-06-01T14:00Z", tier: "gold" }, "first_response", {}, simple).due).toBe("2026-06-01T14:30:00Z");
  });

  it("answers the metrics it can when one metric's calendar has no open time", () => {
    const shut = bundle({
      calendars: [calendar("UTC", ["mon-fri 09:00-17:00"]), calendar("UTC", ["mon-fri 09:00-17:00"], [closedDates("2026-01-01", "2199-12-31")], { id: "shut" })],
      targets: [row("first_response", minutes(30, "business")), row("resolution", minutes(60, "shut"))],
    });
    const result = evaluate({ id: "t2", openedAt: "2026-06-01T14:00Z" }, {}, shut);
    expect(result.due).toEqual({ first_response: "2026-06-01T14:30:00Z", next_response: null, resolution: null, escalation_response: null });
    expect(result.errors).toEqual({ resolution: { code: "SLA4008", message: "calendar `shut` has too little open time after 2026-06-01T14:00:00Z for `resolution`" } });
    const resolution = result.metrics.find((m) => m.metric === "resolution")!;
    expect(resolution).toMatchObject({ due: null, calendar: "shut", status: null, error: result.errors!["resolution"] });
    expect(result.metrics.find((m) => m.metric === "first_response")!.error).toBeNull();
    // A ticket whose every metric is computed carries no `errors`.
    expect("errors" in evaluate(chat("critical", "2026-06-01T14:00Z"))).toBe(false);
  });

  it("rounds a due with seconds up to the whole second", () => {
    expect(metric(chat("critical", "2026-06-01T14:00:00.250Z"), "first_response").due).toBe("2026-06-01T14:15:01Z");
  });
});

describe("bad tickets come back as errors, never throws", () => {
  it.each([
    ["unknown severity", { ...chat("sev9", "2026-06-01T14:00Z") }, "SLA4001"],
    ["unknown tier", { ...chat("low", "2026-06-01T14:00Z"), tier: "diamond" }, "SLA4002"],
    ["unknown channel", { ...chat("low", "2026-06-01T14:00Z"), channel: "fax" }, "SLA4003"],
    ["channel not on the tier", { ...chat("low", "2026-06-01T14:00Z"), tier: "professional" }, "SLA4004"],
    ["unparseable openedAt", { ...chat("low", "2026-06-01 14:00") }, "SLA4005"],
    ["impossible date", { ...chat("low", "2026-02-30T14:00Z") }, "SLA4005"],
    ["instant without offset", { ...chat("low", "2026-06-01T14:00") }, "SLA4005"],
    ["bad event instant", chat("low", "2026-06-01T14:00Z", [{ type: "paused", at: "soon" }]), "SLA4005"],
    ["missing severity", { openedAt: "2026-06-01T14:00Z", tier: "business", channel: "chat" }, "SLA4006"],
    ["missing openedAt", { tier: "business", severity: "low", channel: "chat" } as unknown as TicketInput, "SLA4006"],
  ])("%s", (_, ticket, code) => {
    expect(errorCode(ticket)).toBe(code);
  });

  it("rejects a bad `now`", () => {
    expect(errorCode(chat("low", "2026-06-01T14:00Z"), { now: "later" })).toBe("SLA4005");
  });

  it("reports a bundle that names a calendar it lacks", () => {
    const broken = bundle({ targets: [row("first_response", minutes(30, "nowhere"))] });
    const outcome = deadlines(broken, { openedAt: "2026-06-01T14:00Z" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe("SLA4007");
  });
});
