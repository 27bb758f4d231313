import { describe, expect, it } from "vitest";
import type { Bundle, TicketEvent } from "../../src/contract/bundle.js";
import { deadlines, responseCredits, type MetricDeadline, type TicketDeadlines } from "../../src/runtime/index.js";
import type { TicketInput } from "../../src/runtime/ticket/read-ticket.js";
import { bundle, calendar, metric, minutes, row } from "./fixtures.js";

// Monday 2 March 2026 in Berlin (UTC+1), open 09:00–17:00 on weekdays.
const business = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"]);
const local = (day: number, hhmm: string): string => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return new Date(Date.UTC(2026, 2, 1 + day, h - 1, m)).toISOString().slice(0, 16) + "Z";
};
const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;

/** "An update every 4 business hours while engineering works on it, until resolved." */
const policy: Bundle = bundle({
  calendars: [business],
  events: [{ id: "engineering_logged", title: "Logged with engineering", assumption: null, notes: [] }],
  metrics: [
    metric("first_response", { title: "First response", builtin: true }),
    metric("eng_update", { title: "Update while engineering works on it", starts: "engineering_logged", repeats: { after: "eng_update", until: "resolved" } }),
  ],
  targets: [row("first_response", minutes(60, "business")), row("eng_update", minutes(240, "business"))],
});

function answer(b: Bundle, ticket: TicketInput, now?: string): TicketDeadlines {
  const outcome = deadlines(b, ticket, now === undefined ? {} : { now });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}
const of = (result: TicketDeadlines, id: string): MetricDeadline => result.metrics.find((m) => m.metric === id)!;
const event = (type: string, at: string): TicketEvent => ({ type, at });

const fiveUpdates = [
  event("engineering_logged", local(MON, "10:00")),
  event("eng_update", local(MON, "13:00")), // cycle 1, due 14:00: met
  event("eng_update", local(TUE, "10:00")), // cycle 2, due Mon 17:00: missed by an hour of open time
  event("eng_update", local(TUE, "14:00")), // cycle 3, due Tue 14:00: met at its due
  event("eng_update", local(WED, "09:30")), // cycle 4, due Wed 10:00: met
  event("eng_update", local(THU, "09:00")), // cycle 5, due Wed 13:30: missed by 3.5 hours of open time
];

describe("a repeating (cadence) metric", () => {
  it("opens a cycle at its start and after each update, each due 4 business hours after it opened, and counts the missed ones", () => {
    const result = answer(policy, { openedAt: local(MON, "09:00"), events: fiveUpdates }, local(THU, "12:00"));
    const update = of(result, "eng_update");
    expect(update.cycles!.list.map((c) => [c.start, c.due, c.metAt, c.status, c.overdueMinutes])).toEqual([
      ["2026-03-02T09:00:00Z", "2026-03-02T13:00:00Z", "2026-03-02T12:00:00Z", "met", null],
      ["2026-03-02T12:00:00Z", "2026-03-02T16:00:00Z", "2026-03-03T09:00:00Z", "breached", 60],
      ["2026-03-03T09:00:00Z", "2026-03-03T13:00:00Z", "2026-03-03T13:00:00Z", "met", null],
      ["2026-03-03T13:00:00Z", "2026-03-04T09:00:00Z", "2026-03-04T08:30:00Z", "met", null],
      ["2026-03-04T08:30:00Z", "2026-03-04T12:30:00Z", "2026-03-05T08:00:00Z", "breached", 210],
      ["2026-03-05T08:00:00Z", "2026-03-05T12:00:00Z", null, "running", null],
    ]);
    expect(update.cycles).toMatchObject({ met: 3, missed: 2, worstOverrunMinutes: 210 });
    // The metric's own fields describe the latest cycle, the open one.
    expect(update).toMatchObject({ due: "2026-03-05T12:00:00Z", status: "running", clockStart: "2026-03-05T08:00:00Z", metAt: null, remainingMinutes: 60 });
    expect(result.due["eng_update"]).toBe("2026-03-05T12:00:00Z");
    // A metric that does not repeat has no cycles.
    expect(of(result, "first_response").cycles).toBeNull();
  });

  it("ends at `until`, judging the open cycle there, and an open cycle breached at `now` counts as missed", () => {
    const resolved = answer(policy, { openedAt: local(MON, "09:00"), events: [...fiveUpdates, event("resolved", local(THU, "11:00")), event("eng_update", local(THU, "11:30"))] }, local(THU, "16:00"));
    const update = of(resolved, "eng_update");
    // The update after the resolution opens nothing: the metric has ended.
    expect(update.cycles!.list).toHaveLength(6);
    expect(update.cycles!.list[5]).toEqual({ start: "2026-03-05T08:00:00Z", due: "2026-03-05T12:00:00Z", metAt: "2026-03-05T10:00:00Z", status: "met", overdueMinutes: null });
    expect(update).toMatchObject({ status: "met", metAt: "2026-03-05T10:00:00Z" });

    const late = answer(policy, { openedAt: local(MON, "09:00"), events: fiveUpdates }, local(THU, "16:00"));
    expect(of(late, "eng_update").cycles).toMatchObject({ met: 3, missed: 3, worstOverrunMinutes: 210 });
    expect(of(late, "eng_update")).toMatchObject({ status: "breached", overdueMinutes: 180 });
  });

  it("has no cycle, no due and no status while its start event has not happened", () => {
    const result = answer(policy, { openedAt: local(MON, "09:00"), events: [event("eng_update", local(MON, "13:00"))] }, local(TUE, "12:00"));
    expect(of(result, "eng_update")).toMatchObject({
      due: null,
      status: null,
      clockStart: null,
      calendar: "business",
      cycles: { met: 0, missed: 0, worstOverrunMinutes: null, list: [] },
    });
  });

  it("starts at the first customer reply, unlike a metric that does not repeat, which takes the latest", () => {
    const replies = bundle({
      metrics: [
        metric("reply", { starts: "customer_reply", repeats: { after: "customer_reply", until: "resolved" } }),
        metric("next_response", { title: "Next response", builtin: true, starts: "customer_reply" }),
      ],
      targets: [row("reply", minutes(60, "24x7")), row("next_response", minutes(60, "24x7"))],
    });
    const result = answer(replies, {
      openedAt: "2026-03-02T08:00Z",
      events: [event("customer_reply", "2026-03-02T09:00Z"), event("customer_reply", "2026-03-02T09:30Z"), event("reply", "2026-03-02T09:45Z"), event("customer_reply", "2026-03-02T11:00Z")],
    });
    // The second reply came while the first was unanswered: it opens no cycle of its own.
    expect(of(result, "reply").cycles!.list.map((c) => [c.start, c.due, c.status])).toEqual([
      ["2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z", "met"],
      ["2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z", null],
    ]);
    expect(of(result, "next_response").clockStart).toBe("2026-03-02T11:00:00Z");
  });

  it("skips the ticket's pauses in every cycle", () => {
    const result = answer(policy, {
      openedAt: local(MON, "09:00"),
      events: [event("engineering_logged", local(MON, "10:00")), event("paused", local(MON, "11:00")), event("resumed", local(MON, "12:00"))],
    });
    expect(of(result, "eng_update").due).toBe("2026-03-02T14:00:00Z");
  });

  it("counts each cycle in `slac credits`: a missed one as a miss in the quarter of its due, a met one as met", () => {
    const credited: Bundle = {
      ...policy,
      fiscalYear: { startMonth: 1, startDay: 1, zone: "UTC" },
      responseCredits: [
        { metric: "eng_update", title: null, tiers: [], misses: { operator: ">=", count: 2 }, period: "fiscal_quarter", creditPercent: 10, claimWindowDays: null, assumption: null, notes: [] },
      ],
    };
    const report = responseCredits(credited, [{ id: "T-1", openedAt: local(MON, "09:00"), events: fiveUpdates }], { now: local(THU, "12:00") });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.credits[0]!.periods).toEqual([
      expect.objectContaining({ quarter: 1, judged: 5, met: 3, missed: 2, pending: 1, earned: true, creditPercent: 10, missedTickets: ["T-1"] }),
    ]);
  });
});
