/**
 * Calendars as real SLA pages state them, worked by hand: holiday sets and their horizon,
 * Easter-based and observed days, yearly ranges over the new year, a week whose ends lie in
 * two zones, calendars in the customer's zone, calendar days. Each worked example is also
 * checked against the minute-stepping reference.
 */
import { describe, expect, it } from "vitest";
import type { Calendar, ClosedRule } from "../../src/contract/bundle.js";
import { AnswerFailure, calendarDaysLater, dueAt, endOfBusinessDay, indexCalendar, isOpen, openMinutesBetween } from "../../src/runtime/index.js";
import { easterSunday } from "../../src/runtime/clock/closed.js";
import { calendar, holidays, iso, ms, OBSERVED_US, span, yearly } from "./fixtures.js";
import { gaussEaster, ReferenceCalendar } from "./reference.js";

const DAY = 86_400_000;
const due = (cal: Parameters<typeof dueAt>[0], start: string, minutes: number): string => iso(dueAt(cal, ms(start), minutes));
const dateOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const easter = (offset: number, move: Extract<ClosedRule, { kind: "easter" }>["move"] = null): ClosedRule => ({ kind: "easter", offset, name: null, move });

/** Western (Gregorian) Easter Sunday 2000–2040, as published lists give it (e.g. the Astronomical Society of South Australia's). */
const PUBLISHED_EASTER: Record<number, string> = {
  2000: "04-23", 2001: "04-15", 2002: "03-31", 2003: "04-20", 2004: "04-11", 2005: "03-27", 2006: "04-16",
  2007: "04-08", 2008: "03-23", 2009: "04-12", 2010: "04-04", 2011: "04-24", 2012: "04-08", 2013: "03-31",
  2014: "04-20", 2015: "04-05", 2016: "03-27", 2017: "04-16", 2018: "04-01", 2019: "04-21", 2020: "04-12",
  2021: "04-04", 2022: "04-17", 2023: "04-09", 2024: "03-31", 2025: "04-20", 2026: "04-05", 2027: "03-28",
  2028: "04-16", 2029: "04-01", 2030: "04-21", 2031: "04-13", 2032: "03-28", 2033: "04-17", 2034: "04-09",
  2035: "03-25", 2036: "04-13", 2037: "04-05", 2038: "04-25", 2039: "04-10", 2040: "04-01",
};

/** North Rhine-Westphalia's public holidays of 2026, as date-holidays lists them. */
const DE_NW_2026 = [
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25",
  "2026-06-04", "2026-10-03", "2026-11-01", "2026-12-25", "2026-12-26",
];

/** The reference's due, for checking a worked example against it too. */
function referenceDue(cal: Calendar, start: string, minutes: number, zone?: string): string {
  return iso(new ReferenceCalendar(cal, zone).due(ms(start), minutes));
}

describe("Easter", () => {
  it("is the published date from 2000 to 2040, by the runtime's computus and by the reference's Gauss algorithm", () => {
    for (const [year, date] of Object.entries(PUBLISHED_EASTER)) {
      expect(dateOfDay(easterSunday(Number(year))), year).toBe(`${year}-${date}`);
      expect(gaussEaster(Number(year)).toISODate(), year).toBe(`${year}-${date}`);
    }
  });

  it("is the same by both algorithms over the Gregorian years 1583–9999", () => {
    for (let year = 1583; year <= 9999; year++) {
      expect(dateOfDay(easterSunday(year)), String(year)).toBe(gaussEaster(year).toISODate());
    }
    // Gauss's two exceptions: 1981 (April 26 → 19) and 1954 (April 25 → 18).
    expect(dateOfDay(easterSunday(1981))).toBe("1981-04-19");
    expect(dateOfDay(easterSunday(1954))).toBe("1954-04-18");
  });

  it("closes Good Friday 2026-04-03 and 2030-04-19, and Corpus Christi 2026-06-04, from rules", () => {
    const cal = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [easter(-2), easter(1), easter(60)]);
    expect(isOpen(cal, ms("2026-04-03T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-04-06T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-06-04T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2030-04-19T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-04-02T10:00Z"))).toBe(true);
    expect(isOpen(cal, ms("2030-04-18T10:00Z"))).toBe(true);
  });
});

describe("holiday sets", () => {
  const nrw = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [], { holidays: [holidays("DE-NW", DE_NW_2026)] });

  it("close each of their dates: Good Friday 2026-04-03 and Corpus Christi 2026-06-04 in DE-NW", () => {
    expect(isOpen(nrw, ms("2026-04-03T10:00Z"))).toBe(false);
    expect(isOpen(nrw, ms("2026-06-04T10:00Z"))).toBe(false);
    expect(isOpen(nrw, ms("2026-06-05T10:00Z"))).toBe(true);
    // Thursday April 2, 16:00 CEST + 2 h: one hour on Thursday; Good Friday, the weekend and
    // Easter Monday are closed; the second hour is Tuesday 09:00–10:00 CEST.
    expect(due(nrw, "2026-04-02T14:00Z", 120)).toBe("2026-04-07T08:00Z");
    expect(referenceDue(nrw, "2026-04-02T14:00Z", 120)).toBe("2026-04-07T08:00Z");
  });

  it("refuse a due past the horizon, naming the calendar, the horizon, the holiday sets and the dates needed", () => {
    const bounded = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [], {
      id: "de",
      holidays: [holidays("DE-NW", ["2040-12-25", "2040-12-26"])],
      horizon: { from: "2020-01-01", to: "2040-12-31" },
    });
    // Monday 2040-12-31 16:00 CET + 1 h fits; + 2 h needs 2041-01-01, whose holidays are not known.
    expect(due(bounded, "2040-12-31T15:00Z", 60)).toBe("2040-12-31T16:00Z");
    let failure: unknown;
    try {
      dueAt(bounded, ms("2040-12-31T15:00Z"), 120);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AnswerFailure);
    expect((failure as AnswerFailure).error).toEqual({
      code: "SLA4014",
      message: "calendar `de` knows its closed dates (holidays DE-NW) from 2020-01-01 to 2040-12-31 only; this due needs dates through 2041-01-01",
      hint: "give the calendar's holidays the years its tickets need, e.g. `holidays DE-NW { years 2020 to 2060 }`",
    });
    // Before it, and every other question past it, alike.
    expect(() => dueAt(bounded, ms("2019-12-31T10:00Z"), 60)).toThrow("this due needs dates from 2019-12-31");
    expect(() => isOpen(bounded, ms("2041-01-02T10:00Z"))).toThrow("whether it is open then needs dates through 2041-01-02");
    expect(() => openMinutesBetween(bounded, ms("2040-12-31T00:00Z"), ms("2041-01-01T00:00Z"))).toThrow(AnswerFailure);
    expect(() => endOfBusinessDay(bounded, ms("2040-12-31T10:00Z"), 1)).toThrow("this due needs dates through 2041-01-01");
    // Calendar days need no closed dates, so no horizon.
    expect(iso(calendarDaysLater(bounded, ms("2040-12-31T15:00Z"), 10))).toBe("2041-01-10T15:00Z");
  });
});

describe("observed days and moved dates", () => {
  const us = calendar("America/New_York", ["mon-fri 09:00-17:00"], [yearly(7, 4, OBSERVED_US)]);

  it("observe Independence Day 2026-07-04, a Saturday, on Friday 2026-07-03, and 2027's Sunday on Monday July 5", () => {
    expect(isOpen(us, ms("2026-07-03T14:00Z"))).toBe(false);
    expect(isOpen(us, ms("2026-07-02T14:00Z"))).toBe(true);
    expect(isOpen(us, ms("2026-07-06T14:00Z"))).toBe(true);
    expect(isOpen(us, ms("2027-07-05T14:00Z"))).toBe(false);
    expect(isOpen(us, ms("2027-07-02T14:00Z"))).toBe(true);
    // 2025's July 4 is a Friday: closed that day only.
    expect(isOpen(us, ms("2025-07-04T14:00Z"))).toBe(false);
    expect(isOpen(us, ms("2025-07-03T14:00Z"))).toBe(true);
    // Thursday July 2, 16:00 EDT + 2 h: one hour on Thursday, the other on Monday July 6 from 09:00 EDT.
    expect(due(us, "2026-07-02T20:00Z", 120)).toBe("2026-07-06T14:00Z");
    expect(referenceDue(us, "2026-07-02T20:00Z", 120)).toBe("2026-07-06T14:00Z");
  });

  it("shift first: the day after Thanksgiving is the fourth Thursday of November + 1", () => {
    const dayAfter = calendar("America/New_York", ["mon-fri 09:00-17:00"], [
      { kind: "nth_weekday", month: 11, weekday: 4, nth: 4, name: "Day after Thanksgiving", move: { shift: 1, observed: [] } },
    ]);
    expect(isOpen(dayAfter, ms("2026-11-26T15:00Z"))).toBe(true);
    expect(isOpen(dayAfter, ms("2026-11-27T15:00Z"))).toBe(false);
    // Then observed on the shifted date's weekday: Christmas Eve + 1 on a Saturday is also closed on the Friday.
    const shifted = calendar("America/New_York", ["mon-fri 09:00-17:00"], [yearly(12, 24, { shift: 1, observed: [{ weekday: 6, days: -1 }] })]);
    // 2027-12-25 is a Saturday: closed on it and on Friday the 24th, which the rule names before it moves.
    expect(isOpen(shifted, ms("2027-12-24T15:00Z"))).toBe(false);
    expect(isOpen(shifted, ms("2027-12-23T15:00Z"))).toBe(true);
  });

  it("move Easter-based days too: Easter Monday observed a week later (a made-up rule, for the order of the steps)", () => {
    const cal = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [easter(1, { shift: 0, observed: [{ weekday: 1, days: 7 }] })]);
    expect(isOpen(cal, ms("2026-04-06T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-04-13T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2026-04-07T10:00Z"))).toBe(true);
  });
});

describe("yearly ranges", () => {
  it("run over the new year when they end before they start: Dec 28 – Jan 3", () => {
    const cal = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"], [
      { kind: "yearly_range", from: { month: 12, day: 28 }, to: { month: 1, day: 3 }, name: "Company closure" },
    ]);
    expect(isOpen(cal, ms("2026-12-24T10:00Z"))).toBe(true);
    expect(isOpen(cal, ms("2026-12-28T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2027-01-01T10:00Z"))).toBe(false);
    expect(isOpen(cal, ms("2027-01-04T10:00Z"))).toBe(true);
    expect(isOpen(cal, ms("2026-01-02T10:00Z"))).toBe(false);
    // Friday Dec 25, 16:00 CET + 2 h: one hour, then Monday January 4 from 09:00.
    expect(due(cal, "2026-12-25T15:00Z", 120)).toBe("2027-01-04T09:00Z");
    expect(referenceDue(cal, "2026-12-25T15:00Z", 120)).toBe("2027-01-04T09:00Z");
  });

  it("start a Feb 29 range on March 1 in a common year, and end one on Feb 28", () => {
    const from29 = calendar("Europe/Berlin", ["mon-sun 09:00-17:00"], [{ kind: "yearly_range", from: { month: 2, day: 29 }, to: { month: 3, day: 2 }, name: null }]);
    expect(isOpen(from29, ms("2027-02-28T10:00Z"))).toBe(true);
    expect(isOpen(from29, ms("2027-03-01T10:00Z"))).toBe(false);
    expect(isOpen(from29, ms("2028-02-29T10:00Z"))).toBe(false);
    const to29 = calendar("Europe/Berlin", ["mon-sun 09:00-17:00"], [{ kind: "yearly_range", from: { month: 2, day: 27 }, to: { month: 2, day: 29 }, name: null }]);
    expect(isOpen(to29, ms("2027-02-28T10:00Z"))).toBe(false);
    expect(isOpen(to29, ms("2027-03-01T10:00Z"))).toBe(true);
  });
});

describe("a week whose ends lie in two zones", () => {
  const week = calendar("Australia/Sydney", [], [], { spans: [span("mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles")] });

  it("runs from Monday 10:00 in Sydney to Friday 17:00 in Los Angeles in January", () => {
    // January: Sydney is on AEDT (+11), Los Angeles on PST (−8). The week opens Monday 10:00
    // AEDT = Sunday 23:00Z and closes Friday 17:00 PST = Saturday 01:00Z: 122 hours.
    expect(openMinutesBetween(week, ms("2026-01-10T12:00Z"), ms("2026-01-17T12:00Z"))).toBe(122 * 60);
    expect(isOpen(week, ms("2026-01-11T22:59Z"))).toBe(false);
    expect(isOpen(week, ms("2026-01-11T23:00Z"))).toBe(true);
    // Friday January 9, 23:30Z is 15:30 PST, inside the week. 48 business hours: 1.5 h until
    // Saturday 01:00Z, then 46.5 h from Monday 10:00 AEDT = Sunday January 11, 23:00Z:
    // 23:00Z + 46.5 h = Tuesday January 13, 21:30Z (Wednesday 08:30 in Sydney).
    expect(due(week, "2026-01-09T23:30Z", 48 * 60)).toBe("2026-01-13T21:30Z");
    expect(referenceDue(week, "2026-01-09T23:30Z", 48 * 60)).toBe("2026-01-13T21:30Z");
  });

  it("follows both zones' other offsets in July", () => {
    // July: Sydney is on AEST (+10), Los Angeles on PDT (−7). The week opens Monday 10:00
    // AEST = Monday 00:00Z and closes Friday 17:00 PDT = Saturday 00:00Z: 120 hours.
    expect(openMinutesBetween(week, ms("2026-07-11T12:00Z"), ms("2026-07-18T12:00Z"))).toBe(120 * 60);
    // Friday July 10, 22:30Z is 15:30 PDT. 48 business hours: 1.5 h until Saturday 00:00Z,
    // then 46.5 h from Monday July 13, 00:00Z: Tuesday July 14, 22:30Z.
    expect(due(week, "2026-07-10T22:30Z", 48 * 60)).toBe("2026-07-14T22:30Z");
    expect(referenceDue(week, "2026-07-10T22:30Z", 48 * 60)).toBe("2026-07-14T22:30Z");
  });

  it("is exact in the weeks when only one of the zones has changed its offset", () => {
    // March 9–14, 2026: Los Angeles is on PDT (−7) since March 8, Sydney still on AEDT (+11)
    // until April 5. Monday 10:00 AEDT = Sunday March 8, 23:00Z; Friday 17:00 PDT = Saturday
    // March 14, 00:00Z: 121 hours.
    expect(openMinutesBetween(week, ms("2026-03-07T12:00Z"), ms("2026-03-14T12:00Z"))).toBe(121 * 60);
    // April 6–11: both moved, Sydney back to AEST (+10): Monday 00:00Z to Saturday 00:00Z, 120 hours.
    expect(openMinutesBetween(week, ms("2026-04-04T12:00Z"), ms("2026-04-11T12:00Z"))).toBe(120 * 60);
    // November 2–7: Los Angeles on PST again since November 1, Sydney on AEDT since October 4: 122 hours.
    expect(openMinutesBetween(week, ms("2026-10-31T12:00Z"), ms("2026-11-07T12:00Z"))).toBe(122 * 60);
    const reference = new ReferenceCalendar(week);
    expect(reference.openMinutes(ms("2026-03-07T12:00Z"), ms("2026-03-14T12:00Z"))).toBe(121 * 60);
  });

  it("closes its closed dates in the calendar's zone", () => {
    const closed = { ...week, closed: [yearly(1, 26)] }; // Australia Day, a Monday in 2026
    // Monday January 26 in Sydney runs from Sunday 13:00Z to Monday 13:00Z; the week opens at
    // Sunday 23:00Z, so its first 14 hours are closed.
    expect(isOpen(closed, ms("2026-01-25T23:00Z"))).toBe(false);
    expect(isOpen(closed, ms("2026-01-26T13:00Z"))).toBe(true);
  });
});

describe("calendars in the customer's zone", () => {
  const customer = calendar(null, ["mon-fri 09:00-17:00"], [], { ticketZone: true });

  it("give the same ticket in Tokyo and in Paris dues 8 hours apart in winter", () => {
    // Monday January 12, 00:00Z is 09:00 in Tokyo (+9) and 01:00 in Paris (+1). 4 hours:
    // 13:00 in Tokyo = 04:00Z; from 09:00 in Paris, 13:00 = 12:00Z.
    const tokyo = indexCalendar(customer, "Asia/Tokyo");
    const paris = indexCalendar(customer, "Europe/Paris");
    expect(due(tokyo, "2026-01-12T00:00Z", 240)).toBe("2026-01-12T04:00Z");
    expect(due(paris, "2026-01-12T00:00Z", 240)).toBe("2026-01-12T12:00Z");
    expect(ms("2026-01-12T12:00Z") - ms("2026-01-12T04:00Z")).toBe(8 * 3_600_000);
    expect(referenceDue(customer, "2026-01-12T00:00Z", 240, "Asia/Tokyo")).toBe("2026-01-12T04:00Z");
    expect(referenceDue(customer, "2026-01-12T00:00Z", 240, "Europe/Paris")).toBe("2026-01-12T12:00Z");
  });

  it("are indexed once per calendar and zone, and a calendar without a zone must be given one", () => {
    expect(indexCalendar(customer, "Asia/Tokyo")).toBe(indexCalendar(customer, "Asia/Tokyo"));
    expect(indexCalendar(customer, "Asia/Tokyo")).not.toBe(indexCalendar(customer, "Europe/Paris"));
    expect(() => dueAt(customer, ms("2026-01-12T00:00Z"), 60)).toThrow("has no zone of its own");
    const withDefault = { ...customer, zone: "Europe/Paris" };
    expect(indexCalendar(withDefault)).toBe(indexCalendar(withDefault, "Europe/Paris"));
  });

  it("read closed dates in the customer's zone", () => {
    const closed = calendar(null, ["mon-fri 09:00-17:00"], [yearly(1, 1)], { ticketZone: true });
    // 2026-01-01 is a Thursday; 09:00 on January 1 in Tokyo is 00:00Z, closed; in New York it is 14:00Z, closed too.
    expect(isOpen(indexCalendar(closed, "Asia/Tokyo"), ms("2026-01-01T00:00Z"))).toBe(false);
    expect(isOpen(indexCalendar(closed, "America/New_York"), ms("2026-01-01T14:00Z"))).toBe(false);
    // 2026-01-02 09:00 in Tokyo is January 2 00:00Z: open; at that instant New York is still on January 1.
    expect(isOpen(indexCalendar(closed, "Asia/Tokyo"), ms("2026-01-02T00:00Z"))).toBe(true);
  });
});

describe("calendar days", () => {
  const berlin = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"]);
  const later = (clock: Parameters<typeof calendarDaysLater>[0], start: string, n: number): string => iso(calendarDaysLater(clock, ms(start), n));

  it("are the same local wall time n dates later, across DST, open or not", () => {
    // Sunday March 1, 10:00 CET + 60 calendar days = Thursday April 30, 10:00 CEST: 08:00Z.
    expect(later(berlin, "2026-03-01T09:00Z", 60)).toBe("2026-04-30T08:00Z");
    expect(later(berlin, "2026-06-06T12:00Z", 1)).toBe("2026-06-07T12:00Z");
    // In the customer's zone: 09:00 in Tokyo on January 12 + 3 days.
    expect(later(indexCalendar(calendar(null, [], [], { ticketZone: true }), "Asia/Tokyo"), "2026-01-12T00:00Z", 3)).toBe("2026-01-15T00:00Z");
    expect(iso(new ReferenceCalendar(berlin).calendarDaysLater(ms("2026-03-01T09:00Z"), 60))).toBe("2026-04-30T08:00Z");
  });

  it("move a time that falls in a DST gap forward by the gap, and give an ambiguous one the earlier offset", () => {
    // Saturday March 28, 02:30 CET (01:30Z) + 1: 02:30 does not exist on March 29; 03:30 CEST is 01:30Z.
    expect(later(berlin, "2026-03-28T01:30Z", 1)).toBe("2026-03-29T01:30Z");
    // Saturday October 24, 02:30 CEST (00:30Z) + 1: 02:30 happens twice on October 25; the first is 00:30Z.
    expect(later(berlin, "2026-10-24T00:30Z", 1)).toBe("2026-10-25T00:30Z");
    // From the second 02:30 (CET, 01:30Z) the next day's 02:30 is unambiguous CET: 01:30Z.
    expect(later(berlin, "2026-10-25T01:30Z", 1)).toBe("2026-10-26T01:30Z");
  });

  it("are n × 24 hours on 24x7", () => {
    expect(later("24x7", "2026-03-28T01:30Z", 2)).toBe("2026-03-30T01:30Z");
  });
});
