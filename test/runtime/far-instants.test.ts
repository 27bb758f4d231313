/**
 * Far instants are input like any other: outside the accepted range they are SLA4020 before
 * anything is computed, and inside it the work of an answer is bounded whatever the distance
 * between its instants — counted here as calls into the zone data (luxon's `offset`), the
 * cost that grows with the years a calendar is computed over, rather than timed.
 */
import { IANAZone } from "luxon";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Bundle } from "../../src/contract/bundle.js";
import { deadlines, dueAt, type TicketInput } from "../../src/runtime/index.js";
import { bundle, calendar, closedDates, holidays, minutes, ms, row } from "./fixtures.js";

/** A policy whose first response runs on `calendar` (id `business`), 1 h. */
function policyOn(hours = calendar("America/Chicago", ["mon-fri 09:00-17:00"])): Bundle {
  return bundle({ calendars: [hours], targets: [row("first_response", minutes(60, "business"))] });
}

/** The calls into the zone data that `run` makes. */
function zoneCalls(run: () => void): number {
  const spy = vi.spyOn(IANAZone.prototype, "offset");
  try {
    run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

function errorOf(policy: Bundle, ticket: TicketInput, now?: string | number): { code: string; message: string } {
  const outcome = deadlines(policy, ticket, now === undefined ? {} : { now });
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome.value.due)}`);
  return outcome.error;
}

afterEach(() => vi.restoreAllMocks());

describe("the range of instants the runtime accepts", () => {
  it("refuses an `openedAt`, `now` or event instant outside 1970–2099 as SLA4020, before computing anything", () => {
    const policy = policyOn();
    let error: { code: string; message: string } | undefined;
    const calls = zoneCalls(() => (error = errorOf(policy, { openedAt: "0001-03-02T09:00Z", now: "2027-01-01T00:00Z" })));
    expect(error).toEqual(expect.objectContaining({ code: "SLA4020", message: expect.stringContaining("`openedAt` `0001-03-02T09:00Z` is outside the instants the runtime accepts") }));
    expect(calls).toBe(0);
    expect(errorOf(policy, { openedAt: "2026-03-02T09:00Z" }, "9999-12-31T23:59Z").code).toBe("SLA4020");
    expect(errorOf(policy, { openedAt: "2026-03-02T09:00Z" }, 1e15).code).toBe("SLA4020");
    expect(errorOf(policy, { openedAt: "2026-03-02T09:00Z" }, Number.NaN).code).toBe("SLA4020");
    expect(errorOf(policy, { openedAt: "2026-03-02T09:00Z", events: [{ type: "resolved", at: "2100-01-01T00:00Z" }] }).code).toBe("SLA4020");
    expect(errorOf(policy, { openedAt: "1969-12-31T23:59Z" }).code).toBe("SLA4020");
    // The edges themselves: the first instant is in, the end is out.
    expect(deadlines(policy, { openedAt: "1970-01-01T00:00Z", now: "2099-12-31T23:59Z" }).ok).toBe(true);
  });

  it("refuses a `now` before the ticket's opening (SLA4022) instead of calling it running", () => {
    const error = errorOf(policyOn(), { openedAt: "2026-03-02T09:00Z", now: "2026-03-01T09:00Z" });
    expect(error).toEqual(expect.objectContaining({ code: "SLA4022", message: "`now` (2026-03-01T09:00:00Z) is before the ticket's `openedAt` (2026-03-02T09:00:00Z)" }));
    expect(deadlines(policyOn(), { openedAt: "2026-03-02T09:00Z", now: "2026-03-02T09:00Z" }).ok).toBe(true);
  });

  it("gives a library call outside the computed years an SLA4020 answer failure, never a RangeError", () => {
    const hours = calendar("UTC", ["mon-fri 09:00-17:00"]);
    expect(() => dueAt(hours, ms("2150-01-01T00:00Z"), 60)).toThrow(/SLA4020/);
  });
});

describe("bounded work for far instants", () => {
  it("answers a ticket whose `now` is decades after its opening, and the next one costs no zone data", () => {
    const policy = policyOn();
    const first = zoneCalls(() => {
      const outcome = deadlines(policy, { openedAt: "2026-03-02T15:00Z" }, { now: "2099-12-31T23:59Z" });
      expect(outcome.ok && outcome.value.metrics[0]!.status).toBe("breached");
    });
    // The zone is sampled twice a day over the years once; nothing per ticket after that.
    expect(first).toBeLessThan(80 * 1600);
    const next = zoneCalls(() => {
      for (let day = 2; day < 30; day++) deadlines(policy, { openedAt: `2026-03-${String(day).padStart(2, "0")}T15:00Z` }, { now: "2099-12-31T23:59Z" });
    });
    expect(next).toBe(0);
  });

  it("refuses an overdue count past a calendar's horizon without computing the years up to it", () => {
    const bounded = calendar("Asia/Tokyo", ["mon-fri 09:00-17:00"], [], { holidays: [holidays("JP", ["2026-05-05"])], horizon: { from: "2026-01-01", to: "2027-12-31" } });
    const policy = policyOn(bounded);
    let metric: { error: { code: string } | null; overdueMinutes: number | null } | undefined;
    const calls = zoneCalls(() => {
      const outcome = deadlines(policy, { openedAt: "2026-03-02T03:00Z" }, { now: "2099-06-01T00:00Z" });
      metric = outcome.ok ? outcome.value.metrics[0]! : undefined;
    });
    expect(metric).toMatchObject({ overdueMinutes: null, error: { code: "SLA4014" } });
    expect(calls).toBeLessThan(10 * 1600);
  });
});

describe("a due the calendar cannot give says why", () => {
  it("is past the horizon (SLA4014) when the search for open time reaches the horizon's end, though the calendar opens later", () => {
    const closedAWhile = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [closedDates("2026-06-01", "2032-12-31")], {
      holidays: [holidays("DE-BE", ["2026-12-25"])],
      horizon: { from: "2026-01-01", to: "2030-12-31" },
    });
    const outcome = deadlines(policyOn(closedAWhile), { openedAt: "2026-06-02T10:00Z" });
    expect(outcome.ok && outcome.value.errors?.["first_response"]).toMatchObject({ code: "SLA4014", message: expect.stringContaining("this due needs dates through 2031-01-01") });
  });

  it("is too little open time (SLA4008) only when the calendar never has it again", () => {
    const never = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [closedDates("2026-06-01", "2199-12-31")]);
    const outcome = deadlines(policyOn(never), { openedAt: "2026-06-02T10:00Z" });
    expect(outcome.ok && outcome.value.errors?.["first_response"]?.code).toBe("SLA4008");
    const later = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [closedDates("2026-06-01", "2036-12-31")]);
    const answered = deadlines(policyOn(later), { openedAt: "2026-06-02T10:00Z" });
    expect(answered.ok && answered.value.due["first_response"]).toBe("2037-01-01T09:00:00Z");
  });
});
