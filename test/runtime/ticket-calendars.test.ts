/**
 * Deadlines on calendars as real pages state them: the ticket's `zone` for calendars in the
 * customer's zone, `unknown` answers (not `null`, not an error), a due past a calendar's
 * horizon as that metric's own error, and calendar days with pauses.
 */
import { describe, expect, it } from "vitest";
import type { Bundle, Target, TargetRow } from "../../src/contract/bundle.js";
import { deadlines, type DeadlineOptions, type MetricDeadline, type TicketDeadlines, type TicketInput } from "../../src/runtime/index.js";
import { bundle, calendar, channel, deadline, holidays, minutes, row, tier } from "./fixtures.js";

function answer(on: Bundle, ticket: TicketInput, options: DeadlineOptions = {}): TicketDeadlines {
  const outcome = deadlines(on, ticket, options);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

function metricOf(result: TicketDeadlines, id: string): MetricDeadline {
  return result.metrics.find((m) => m.metric === id)!;
}

function errorOf(on: Bundle, ticket: unknown): { code: string; message: string } {
  const outcome = deadlines(on, ticket as TicketInput);
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome.value.due)}`);
  return { code: outcome.error.code, message: outcome.error.message };
}

const customerHours = calendar(null, ["mon-fri 09:00-17:00"], [], { id: "customer", ticketZone: true });
const office = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [], { id: "office" });

/** First response 4 h in the customer's hours, resolution 8 h in the office's. */
const customerPolicy = (customer = customerHours): Bundle =>
  bundle({ calendars: [customer, office], targets: [row("first_response", minutes(240, "customer")), row("resolution", minutes(480, "office"))] });

describe("a calendar in the customer's zone", () => {
  it("gives tickets in Tokyo and Paris dues 8 hours apart in winter", () => {
    // Monday January 12, 00:00Z: 09:00 in Tokyo, 01:00 in Paris.
    const tokyo = answer(customerPolicy(), { openedAt: "2026-01-12T00:00Z", zone: "Asia/Tokyo" });
    const paris = answer(customerPolicy(), { openedAt: "2026-01-12T00:00Z", zone: "Europe/Paris" });
    expect(tokyo.due["first_response"]).toBe("2026-01-12T04:00:00Z");
    expect(paris.due["first_response"]).toBe("2026-01-12T12:00:00Z");
    // The office's calendar keeps its own zone whatever the ticket's.
    expect(tokyo.due["resolution"]).toBe("2026-01-12T16:00:00Z");
    expect(paris.due["resolution"]).toBe("2026-01-12T16:00:00Z");
  });

  it("reads the zone as IANA zones are written, case aside", () => {
    expect(answer(customerPolicy(), { openedAt: "2026-01-12T00:00Z", zone: "asia/tokyo" }).due["first_response"]).toBe("2026-01-12T04:00:00Z");
  });

  it("takes its default zone when the ticket gives none", () => {
    const withDefault = customerPolicy({ ...customerHours, zone: "Europe/Paris" });
    expect(answer(withDefault, { openedAt: "2026-01-12T00:00Z" }).due["first_response"]).toBe("2026-01-12T12:00:00Z");
    expect(answer(withDefault, { openedAt: "2026-01-12T00:00Z", zone: "Asia/Tokyo" }).due["first_response"]).toBe("2026-01-12T04:00:00Z");
  });

  it("without a default, leaves only its own metrics unanswered when the ticket has no zone (SLA4006)", () => {
    const result = answer(customerPolicy(), { openedAt: "2026-01-12T00:00Z" });
    expect(result.due).toMatchObject({ first_response: null, resolution: "2026-01-12T16:00:00Z" });
    expect(result.errors).toEqual({
      first_response: {
        code: "SLA4006",
        message: "the ticket has no `zone`, and calendar `customer` runs in the customer's zone",
        hint: 'give the customer\'s IANA zone, as in `"zone": "Europe/Paris"`',
      },
    });
    expect(metricOf(result, "first_response")).toMatchObject({ due: null, calendar: "customer", status: null, unknown: null });
  });

  it("rejects a zone that is no IANA zone (SLA4013) or not a string (SLA4012), whichever calendar reads it", () => {
    expect(errorOf(customerPolicy(), { openedAt: "2026-01-12T00:00Z", zone: "Mars/Olympus_Mons" })).toEqual({ code: "SLA4013", message: "unknown time zone `Mars/Olympus_Mons`" });
    expect(errorOf(customerPolicy(), { openedAt: "2026-01-12T00:00Z", zone: "+09:00" }).code).toBe("SLA4013");
    expect(errorOf(customerPolicy(), { openedAt: "2026-01-12T00:00Z", zone: 9 })).toEqual({ code: "SLA4012", message: "`zone` must be a string" });
    const plain = bundle({ calendars: [office], targets: [row("first_response", minutes(60, "office"))] });
    expect(errorOf(plain, { openedAt: "2026-01-12T00:00Z", zone: "Europe/Pariss" }).code).toBe("SLA4013");
    // A good zone on a policy that reads none changes nothing.
    expect(answer(plain, { openedAt: "2026-01-12T08:00Z", zone: "Asia/Tokyo" }).due["first_response"]).toBe("2026-01-12T09:00:00Z");
  });

  it("decides `otherwise` by the hours calendar in the customer's zone", () => {
    const target: Target = { deadline: deadline({ unit: "minutes", value: 60 }, "24x7"), otherwise: deadline({ unit: "next_business_day" }, "customer"), hoursCalendar: "customer" };
    const policy = bundle({ calendars: [customerHours], targets: [row("first_response", target)] });
    // 01:00Z Monday: 10:00 in Tokyo (open: one hour 24x7), 02:00 in Paris (closed: Tuesday's close, 17:00 CET).
    expect(answer(policy, { openedAt: "2026-01-12T01:00Z", zone: "Asia/Tokyo" }).due["first_response"]).toBe("2026-01-12T02:00:00Z");
    expect(answer(policy, { openedAt: "2026-01-12T01:00Z", zone: "Europe/Paris" }).due["first_response"]).toBe("2026-01-13T16:00:00Z");
  });
});

describe("what the policy does not state", () => {
  const unknownRow = (metric: string): TargetRow => row(metric, { unknown: "the page gives no resolution time" });

  it("answers a target declared unknown with `unknown`, not null and not an error, whatever happened to the ticket", () => {
    const policy = bundle({ calendars: [office], targets: [row("first_response", minutes(60, "office")), unknownRow("resolution"), row("next_response", null)] });
    const result = answer(policy, { id: "u1", openedAt: "2026-01-12T08:00Z" }, { now: "2026-01-12T12:00Z" });
    expect(result.due).toEqual({ first_response: "2026-01-12T09:00:00Z", next_response: null, resolution: "unknown", escalation_response: null });
    expect(result.unknown).toEqual({ resolution: "the page gives no resolution time" });
    expect(result.errors).toBeUndefined();
    expect(metricOf(result, "resolution")).toMatchObject({ due: "unknown", status: null, calendar: null, remainingMinutes: null, error: null, unknown: "the page gives no resolution time" });
    // `none` stays null, with no reason.
    expect(metricOf(result, "next_response")).toMatchObject({ due: null, unknown: null });
    // A ticket with no unknown metric carries no `unknown`.
    expect("unknown" in answer(bundle({ calendars: [office], targets: [row("first_response", minutes(60, "office"))] }), { openedAt: "2026-01-12T08:00Z" })).toBe(false);
  });

  it("answers `unknown` for a target on a calendar that leaves its hours, zone or holidays unstated", () => {
    const vague = calendar(null, [], [], { id: "vague", unknown: [{ part: "hours", reason: "operating hours are referred to, not published" }, { part: "zone", reason: "24x5 in no stated zone" }] });
    const policy = bundle({ calendars: [vague, office], targets: [row("first_response", minutes(60, "vague")), row("resolution", minutes(60, "office"))] });
    const result = answer(policy, { openedAt: "2026-01-12T08:00Z" });
    expect(result.due).toMatchObject({ first_response: "unknown", resolution: "2026-01-12T09:00:00Z" });
    expect(result.unknown).toEqual({
      first_response: "calendar `vague` does not state its hours: operating hours are referred to, not published; calendar `vague` does not state its zone: 24x5 in no stated zone",
    });
    expect(metricOf(result, "first_response").calendar).toBe("vague");
    // Before its clock starts, a metric on such a calendar has no due yet, as any other.
    const reply = bundle({ calendars: [vague], targets: [row("next_response", minutes(60, "vague"))] });
    expect(answer(reply, { openedAt: "2026-01-12T08:00Z" }).due["next_response"]).toBeNull();
  });

  it("answers `unknown` when the hours calendar that picks `otherwise` is unstated, and not when only an unused one is", () => {
    const vague = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [], { id: "vague", unknown: [{ part: "holidays", reason: "\"major US holidays\", no list" }] });
    const byHours: Target = { deadline: minutes(60, "24x7").deadline, otherwise: deadline({ unit: "next_business_day" }, "office"), hoursCalendar: "vague" };
    const onOffice: Target = { deadline: minutes(60, "office").deadline, otherwise: deadline({ unit: "next_business_day" }, "vague"), hoursCalendar: "office" };
    const policy = bundle({ calendars: [vague, office], targets: [row("first_response", byHours), row("resolution", onOffice)] });
    const result = answer(policy, { openedAt: "2026-01-12T08:00Z" });
    expect(result.due["first_response"]).toBe("unknown");
    expect(result.unknown!["first_response"]).toBe('calendar `vague` does not state its holidays: "major US holidays", no list');
    // The office is open at 09:00 CET, so `otherwise` (on the vague calendar) does not apply.
    expect(result.due["resolution"]).toBe("2026-01-12T09:00:00Z");
  });
});

describe("a due past the calendar's horizon", () => {
  const bounded = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [], {
    id: "de",
    holidays: [holidays("DE-NW", ["2026-12-25", "2026-12-26"]), holidays("DE-BY", ["2026-12-25"])],
    horizon: { from: "2026-01-01", to: "2026-12-31" },
  });
  const policy = bundle({ calendars: [bounded], targets: [row("first_response", minutes(60, "24x7")), row("resolution", minutes(120, "de"))] });

  it("is that metric's error (SLA4014), naming the horizon and the holiday sets, while the others are answered", () => {
    const result = answer(policy, { openedAt: "2026-12-31T15:00Z" });
    expect(result.due).toMatchObject({ first_response: "2026-12-31T16:00:00Z", resolution: null });
    expect(result.errors).toEqual({
      resolution: {
        code: "SLA4014",
        message: "calendar `de` knows its closed dates (holidays DE-NW and DE-BY) from 2026-01-01 to 2026-12-31 only; this due needs dates through 2027-01-01",
        hint: "give the calendar's holidays the years its tickets need, e.g. `holidays DE-NW { years 2020 to 2060 }`",
      },
    });
    expect(answer(policy, { openedAt: "2026-12-30T15:00Z" }).due["resolution"]).toBe("2026-12-31T09:00:00Z");
  });

  it("keeps the due and status of a breach whose overdue open time reaches past the horizon, with the error", () => {
    const result = answer(policy, { openedAt: "2026-12-30T15:00Z" }, { now: "2027-01-05T12:00Z" });
    const resolution = metricOf(result, "resolution");
    expect(resolution).toMatchObject({ due: "2026-12-31T09:00:00Z", status: "breached", overdueMinutes: null, overdueWallMinutes: (ms("2027-01-05T12:00Z") - ms("2026-12-31T09:00Z")) / 60_000 });
    expect(resolution.error?.code).toBe("SLA4014");
    expect(result.errors?.["resolution"]?.code).toBe("SLA4014");
  });
});

describe("calendar days", () => {
  const policy = bundle({
    calendars: [calendar("Europe/Berlin", ["mon-fri 09:00-17:00"])],
    targets: [row("resolution", { deadline: deadline({ unit: "calendar_days", value: 10 }, "business"), otherwise: null, hoursCalendar: null })],
  });

  it("are due at the same local time 10 dates later, open or not", () => {
    // Sunday March 1, 10:00 CET; March 11, 10:00 CET.
    expect(answer(policy, { openedAt: "2026-03-01T09:00Z" }).due["resolution"]).toBe("2026-03-11T09:00:00Z");
    // Across the spring change: March 25, 10:00 CET → April 4, 10:00 CEST.
    expect(answer(policy, { openedAt: "2026-03-25T09:00Z" }).due["resolution"]).toBe("2026-04-04T08:00:00Z");
  });

  it("are pushed by exactly the time a pause covered, open or not", () => {
    const paused = { openedAt: "2026-03-01T09:00Z", events: [{ type: "paused", at: "2026-03-02T09:00Z" }, { type: "resumed", at: "2026-03-03T15:00Z" }] };
    // 30 hours paused (a weekday's open hours and the night alike): March 12, 15:00Z.
    expect(answer(policy, paused).due["resolution"]).toBe("2026-03-12T15:00:00Z");
    // A pause still open with no `now` leaves it undetermined.
    expect(answer(policy, { openedAt: "2026-03-01T09:00Z", events: [{ type: "paused", at: "2026-03-02T09:00Z" }] }).due["resolution"]).toBeNull();
    // A pause after the due changes nothing.
    expect(answer(policy, { openedAt: "2026-03-01T09:00Z", events: [{ type: "paused", at: "2026-03-20T09:00Z" }] }).due["resolution"]).toBe("2026-03-11T09:00:00Z");
  });

  it("are whole days on 24x7", () => {
    const always = bundle({ targets: [row("resolution", { deadline: deadline({ unit: "calendar_days", value: 2 }, "24x7"), otherwise: null, hoursCalendar: null })] });
    expect(answer(always, { openedAt: "2026-03-28T12:00Z" }).due["resolution"]).toBe("2026-03-30T12:00:00Z");
  });
});

describe("dimensions a ticket may leave out", () => {
  const tiers = [
    tier("basic", ["email"]),
    tier("plus", ["email"]),
  ];
  const channels = [channel("email")];
  const policy = (basic: TargetRow["target"], plus: TargetRow["target"]): Bundle =>
    bundle({ calendars: [customerHours], tiers, channels, targets: [row("first_response", basic, { tier: "basic", channel: "email" }), row("first_response", plus, { tier: "plus", channel: "email" })] });

  it("are still those that change no answer: the same customer-zone calendar in two tiers needs no tier", () => {
    const same = policy(minutes(240, "customer"), minutes(240, "customer"));
    expect(answer(same, { openedAt: "2026-01-12T00:00Z", zone: "Asia/Tokyo" }).due["first_response"]).toBe("2026-01-12T04:00:00Z");
  });

  it("tell `unknown` from `none` and from a stated target", () => {
    const unknownOrNone = policy({ unknown: "not stated for basic" }, null);
    expect(errorOf(unknownOrNone, { openedAt: "2026-01-12T00:00Z" }).code).toBe("SLA4006");
    expect(answer(unknownOrNone, { openedAt: "2026-01-12T00:00Z", tier: "basic" }).due["first_response"]).toBe("unknown");
    expect(answer(unknownOrNone, { openedAt: "2026-01-12T00:00Z", tier: "plus" }).due["first_response"]).toBeNull();
    const unknownOrStated = policy({ unknown: "not stated" }, minutes(60, "24x7"));
    expect(errorOf(unknownOrStated, { openedAt: "2026-01-12T00:00Z" }).message).toContain("the ticket has no `tier`");
    const bothUnknown = policy({ unknown: "not stated" }, { unknown: "not stated" });
    expect(answer(bothUnknown, { openedAt: "2026-01-12T00:00Z" }).due["first_response"]).toBe("unknown");
  });
});

function ms(iso: string): number {
  return Date.parse(iso);
}
