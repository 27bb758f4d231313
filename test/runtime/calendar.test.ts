import { describe, expect, it } from "vitest";
import { dueAt, isOpen, openMinutesBetween } from "../../src/runtime/index.js";
import { calendar, closedDates, iso, ms } from "./fixtures.js";

const due = (cal: Parameters<typeof dueAt>[0], start: string, minutes: number): string => iso(dueAt(cal, ms(start), minutes));

describe("weekly windows", () => {
  const berlinOffice = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"]);

  it("adds business time inside one day and over a weekend", () => {
    // Friday 16:00 CET + 2 h: one hour on Friday, one on Monday (after the spring change).
    expect(due(berlinOffice, "2026-03-27T15:00Z", 120)).toBe("2026-03-30T08:00Z");
    expect(due(berlinOffice, "2026-06-02T08:00Z", 60)).toBe("2026-06-02T09:00Z");
  });

  it("treats a window as including its start and excluding its end", () => {
    expect(isOpen(berlinOffice, ms("2026-06-02T07:00Z"))).toBe(true);
    expect(isOpen(berlinOffice, ms("2026-06-02T06:59Z"))).toBe(false);
    expect(isOpen(berlinOffice, ms("2026-06-02T15:00Z"))).toBe(false);
    // Due exactly at the close, not the next morning.
    expect(due(berlinOffice, "2026-06-02T14:00Z", 60)).toBe("2026-06-02T15:00Z");
  });

  it("returns the start itself for zero minutes, even when closed", () => {
    expect(due(berlinOffice, "2026-06-06T12:00Z", 0)).toBe("2026-06-06T12:00Z");
  });

  it("starts counting at the next opening when the clock starts while closed", () => {
    expect(due(berlinOffice, "2026-06-06T12:00Z", 30)).toBe("2026-06-08T07:30Z");
  });

  it("runs a window across midnight into the next day", () => {
    const night = calendar("Europe/Berlin", ["mon-fri 22:00-02:00"]);
    // Tue 23:00 CEST + 2 h → Wed 01:00 CEST.
    expect(due(night, "2026-06-02T21:00Z", 120)).toBe("2026-06-02T23:00Z");
    // Friday's window ends Saturday 02:00; then Monday 22:00.
    expect(due(night, "2026-06-05T23:00Z", 90)).toBe("2026-06-08T20:30Z");
    expect(isOpen(night, ms("2026-06-06T00:30Z"))).toBe(false);
  });

  it("runs one span from Sunday 18:00 to Friday 21:00 in New York", () => {
    const span = calendar("America/New_York", ["sun 18:00 - fri 21:00"]);
    // Friday 20:30 EDT + 1 h: 30 min on Friday, 30 min from Sunday 18:00.
    expect(due(span, "2026-06-06T00:30Z", 60)).toBe("2026-06-07T22:30Z");
    // The weekend of the spring change is one hour shorter in real time.
    expect(due(span, "2026-03-07T01:00Z", 120)).toBe("2026-03-08T23:00Z");
    expect(openMinutesBetween(span, ms("2026-06-07T22:00Z"), ms("2026-06-13T01:00Z"))).toBe(5 * 1440 + 180);
  });
});

describe("DST", () => {
  it("counts real elapsed time over the spring change in Berlin", () => {
    const early = calendar("Europe/Berlin", ["sun 01:00-05:00"]);
    // 01:00 CET (00:00Z) to 05:00 CEST (03:00Z) is three real hours.
    expect(openMinutesBetween(early, ms("2026-03-28T00:00Z"), ms("2026-03-30T00:00Z"))).toBe(180);
    expect(due(early, "2026-03-29T00:00Z", 180)).toBe("2026-03-29T03:00Z");
    // One minute more: next Sunday 01:00 CEST (Saturday 23:00Z) plus a minute.
    expect(due(early, "2026-03-29T00:00Z", 181)).toBe("2026-04-04T23:01Z");
  });

  it("counts real elapsed time over the autumn change in Berlin", () => {
    const early = calendar("Europe/Berlin", ["sun 01:00-05:00"]);
    // 01:00 CEST (Oct 24 23:00Z) to 05:00 CET (04:00Z) is five real hours.
    expect(due(early, "2026-10-24T23:00Z", 300)).toBe("2026-10-25T04:00Z");
  });

  it("handles both changes in New York", () => {
    const nights = calendar("America/New_York", ["sun 00:00-06:00"]);
    expect(openMinutesBetween(nights, ms("2026-03-08T00:00Z"), ms("2026-03-09T00:00Z"))).toBe(300);
    expect(openMinutesBetween(nights, ms("2026-11-01T00:00Z"), ms("2026-11-02T00:00Z"))).toBe(420);
    // Spring: 00:00 EST = 05:00Z; 06:00 EDT = 10:00Z.
    expect(due(nights, "2026-03-08T05:00Z", 300)).toBe("2026-03-08T10:00Z");
  });

  it("handles both changes in Sydney, in the southern hemisphere", () => {
    const nights = calendar("Australia/Sydney", ["sun 00:00-06:00"]);
    // April 5 2026: 03:00 AEDT → 02:00 AEST, a 7 h night; October 4: 02:00 AEST → 03:00 AEDT, 5 h.
    expect(openMinutesBetween(nights, ms("2026-04-04T00:00Z"), ms("2026-04-05T12:00Z"))).toBe(420);
    expect(openMinutesBetween(nights, ms("2026-10-03T00:00Z"), ms("2026-10-04T12:00Z"))).toBe(300);
    // 00:00 AEST Oct 4 = Oct 3 14:00Z; 06:00 AEDT = Oct 3 19:00Z.
    expect(due(nights, "2026-10-03T14:00Z", 300)).toBe("2026-10-03T19:00Z");
  });

  it("moves a bound inside a spring-forward gap forward by the gap", () => {
    // 02:30 does not exist on March 29 in Berlin: the window opens at 03:30 CEST (01:30Z).
    const cal = calendar("Europe/Berlin", ["sun 02:30-06:00"]);
    expect(isOpen(cal, ms("2026-03-29T01:29Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-03-29T01:30Z"))).toBe(true);
    expect(due(cal, "2026-03-29T00:00Z", 150)).toBe("2026-03-29T04:00Z");
    // An end bound in the gap moves too: 00:00 CET → 03:30 CEST is 150 real minutes.
    const ending = calendar("Europe/Berlin", ["sun 00:00-02:30"]);
    expect(openMinutesBetween(ending, ms("2026-03-28T12:00Z"), ms("2026-03-29T12:00Z"))).toBe(150);
    // A window whose start moves past its end is empty that night.
    const swallowed = calendar("Europe/Berlin", ["sun 02:30-03:10"]);
    expect(openMinutesBetween(swallowed, ms("2026-03-28T12:00Z"), ms("2026-03-29T12:00Z"))).toBe(0);
    expect(openMinutesBetween(swallowed, ms("2026-03-21T12:00Z"), ms("2026-03-22T12:00Z"))).toBe(40);
  });

  it("gives an ambiguous bound the earlier offset", () => {
    // 02:30 happens twice on October 25 in Berlin; the end is the first one, 02:30 CEST = 00:30Z.
    const ending = calendar("Europe/Berlin", ["sun 00:00-02:30"]);
    expect(isOpen(ending, ms("2026-10-25T00:29Z"))).toBe(true);
    expect(isOpen(ending, ms("2026-10-25T00:30Z"))).toBe(false);
    expect(isOpen(ending, ms("2026-10-25T01:15Z"))).toBe(false);
    // A start bound too: 01:30 EDT = 05:30Z in New York on November 1, until 03:00 EST = 08:00Z.
    const starting = calendar("America/New_York", ["sun 01:30-03:00"]);
    expect(openMinutesBetween(starting, ms("2026-11-01T00:00Z"), ms("2026-11-02T00:00Z"))).toBe(150);
    expect(isOpen(starting, ms("2026-11-01T05:30Z"))).toBe(true);
    expect(isOpen(starting, ms("2026-11-01T05:29Z"))).toBe(false);
  });

  it("handles a half-hour DST shift (Lord Howe Island)", () => {
    const cal = calendar("Australia/Lord_Howe", ["sun 01:00-03:00"]);
    // October 4: 02:00 → 02:30; 01:00 (+10:30) to 03:00 (+11:00) is 90 real minutes.
    expect(openMinutesBetween(cal, ms("2026-10-03T00:00Z"), ms("2026-10-04T12:00Z"))).toBe(90);
    // April 5: 02:00 → 01:30; 150 real minutes.
    expect(openMinutesBetween(cal, ms("2026-04-04T00:00Z"), ms("2026-04-05T12:00Z"))).toBe(150);
  });
});

describe("closed dates", () => {
  it("removes all open time whose local date is closed, splitting windows across midnight", () => {
    const night = calendar("Europe/Berlin", ["mon-fri 22:00-02:00"], [closedDates("2026-06-03")]);
    // Tuesday's window loses its Wednesday part; Wednesday's window keeps its Thursday part:
    // Tue 23:00 CEST + 2 h = one hour to midnight, then Thursday 00:00 → 01:00 CEST.
    expect(due(night, "2026-06-02T21:00Z", 120)).toBe("2026-06-03T23:00Z");
    expect(isOpen(night, ms("2026-06-02T22:30Z"))).toBe(false);
    expect(isOpen(night, ms("2026-06-03T21:30Z"))).toBe(false);
    expect(isOpen(night, ms("2026-06-03T22:30Z"))).toBe(true);
    expect(openMinutesBetween(night, ms("2026-06-02T00:00Z"), ms("2026-06-05T00:00Z"))).toBe(120 + 120 + 120 + 120);
  });

  it("reads dates in the calendar's zone, not in UTC", () => {
    const sydney = calendar("Australia/Sydney", ["mon-fri 09:00-17:00"], [closedDates("2026-12-25", "2026-12-28")]);
    // Thursday Dec 24 16:00 AEDT (05:00Z) + 2 h: one hour, then Tuesday Dec 29 from 09:00.
    expect(due(sydney, "2026-12-24T05:00Z", 120)).toBe("2026-12-28T23:00Z");
  });

  it("closes the same date every year", () => {
    const cal = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [{ kind: "yearly", month: 1, day: 1, name: null, move: null }]);
    expect(isOpen(cal, ms("2027-01-01T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2029-01-01T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2027-01-04T10:00Z"))).toBe(true);
  });

  it("closes the nth and the last weekday of a month", () => {
    const cal = calendar("America/New_York", ["mon-fri 09:00-17:00"], [
      { kind: "nth_weekday", month: 11, weekday: 4, nth: 4, name: "Thanksgiving", move: null },
      { kind: "nth_weekday", month: 5, weekday: 1, nth: -1, name: "Memorial Day", move: null },
      { kind: "nth_weekday", month: 2, weekday: 1, nth: 5, name: "no fifth Monday in February 2026", move: null },
    ]);
    expect(isOpen(cal, ms("2026-11-26T15:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-11-19T15:00Z"))).toBe(true);
    expect(isOpen(cal, ms("2027-11-25T15:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-05-25T15:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-05-18T15:00Z"))).toBe(true);
    expect(isOpen(cal, ms("2027-05-31T15:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-02-23T15:00Z"))).toBe(true);
    // Wednesday Nov 25 16:00 EST + 2 h → Friday Nov 27 10:00 EST.
    expect(due(cal, "2026-11-25T21:00Z", 120)).toBe("2026-11-27T15:00Z");
  });
});

describe("24x7 and edges of the computed years", () => {
  it("is plain elapsed time", () => {
    expect(due("24x7", "2026-03-29T00:30Z", 90)).toBe("2026-03-29T02:00Z");
    expect(openMinutesBetween("24x7", ms("2026-03-29T00:00Z"), ms("2026-03-29T03:00Z"))).toBe(180);
    expect(isOpen("24x7", 0)).toBe(true);
  });

  it("carries open time across a year end and far from the first query", () => {
    const cal = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"]);
    expect(due(cal, "2026-12-31T15:00Z", 120)).toBe("2027-01-01T09:00Z");
    expect(due(cal, "2031-06-02T08:00Z", 60)).toBe("2031-06-02T09:00Z");
    expect(due(cal, "2021-06-01T08:00Z", 60)).toBe("2021-06-01T09:00Z");
    expect(due(cal, "2026-12-31T15:00Z", 120)).toBe("2027-01-01T09:00Z");
  });

  it("returns Infinity when a calendar never opens again within the computed years", () => {
    const never = calendar("Europe/Berlin", ["mon 09:00-10:00"], [closedDates("2026-01-01", "2199-12-31")]);
    expect(dueAt(never, ms("2026-06-01T00:00Z"), 10)).toBe(Number.POSITIVE_INFINITY);
  });

  it("finds a due however long the calendar is closed before it opens again", () => {
    // Closed for fifteen years, then open: the due is where the open time is, not "too little open time".
    const later = calendar("Europe/Berlin", ["mon 09:00-10:00"], [closedDates("2026-01-01", "2040-12-31")]);
    expect(due(later, "2026-06-01T00:00Z", 10)).toBe("2041-01-07T08:10Z");
  });
});
