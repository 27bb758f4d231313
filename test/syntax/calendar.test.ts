import { describe, expect, it } from "vitest";
import type { Calendar, CalendarItem, OpenDaily } from "../../src/ast/nodes.js";
import { itemDiagnostics, itemOf, shape } from "../helpers/syntax.js";

function calendarItems(body: string): CalendarItem[] {
  return itemOf("Calendar", `calendar c { ${body} }`).items as CalendarItem[];
}

function daysOf(days: string): number[][] {
  const [open] = calendarItems(`open ${days} 09:00 - 17:00`);
  expect(open!.kind).toBe("OpenDaily");
  return (open as OpenDaily).days.map((set) => [...set.days]);
}

describe("calendar", () => {
  it("reads the id, title and items", () => {
    const calendar: Calendar = itemOf("Calendar", 'calendar office "Office hours" { zone Europe/Berlin note "n" }');
    expect(calendar.id.value).toBe("office");
    expect(calendar.title?.value).toBe("Office hours");
    expect(calendar.items.map((i) => i.kind)).toEqual(["Zone", "Note"]);
  });

  it("reads zones with a slash, and plain ones", () => {
    expect(calendarItems("zone America/New_York zone Etc/GMT+5 zone UTC").map((z) => z.kind === "Zone" && z.zone.value)).toEqual([
      "America/New_York",
      "Etc/GMT+5",
      "UTC",
    ]);
  });

  it("expands day words into ISO weekdays", () => {
    expect(daysOf("mon")).toEqual([[1]]);
    expect(daysOf("mon-fri")).toEqual([[1, 2, 3, 4, 5]]);
    expect(daysOf("fri-mon")).toEqual([[1, 5, 6, 7]]);
    expect(daysOf("weekdays, weekends")).toEqual([[1, 2, 3, 4, 5], [6, 7]]);
    expect(daysOf("daily")).toEqual([[1, 2, 3, 4, 5, 6, 7]]);
    expect(daysOf("sat, sun")).toEqual([[6], [7]]);
  });

  it("reads a daily window in minutes, crossing midnight as written", () => {
    expect(shape(calendarItems("open mon-fri 22:00 - 02:00")[0])).toEqual({
      kind: "OpenDaily",
      days: [{ kind: "DaySet", days: [1, 2, 3, 4, 5] }],
      from: { kind: "Time", minutes: 1320 },
      to: { kind: "Time", minutes: 120 },
    });
  });

  it("reads a span across days", () => {
    expect(shape(calendarItems("open sun 18:00 - fri 21:00")[0])).toEqual({
      kind: "OpenSpan",
      fromDay: { kind: "DaySet", days: [7] },
      from: { kind: "Time", minutes: 1080 },
      toDay: { kind: "DaySet", days: [5] },
      to: { kind: "Time", minutes: 1260 },
    });
  });

  it("reads every form of closed", () => {
    expect(calendarItems('closed 2026-12-24 to 2026-12-26 "Christmas" closed 2026-05-01').map(shape)).toEqual([
      {
        kind: "Closed",
        when: { kind: "ClosedDate", from: { kind: "Date", year: 2026, month: 12, day: 24 }, to: { kind: "Date", year: 2026, month: 12, day: 26 } },
        name: { kind: "Text", value: "Christmas" },
      },
      { kind: "Closed", when: { kind: "ClosedDate", from: { kind: "Date", year: 2026, month: 5, day: 1 } } },
    ]);
    expect(calendarItems('closed every jan 1 "New Year"').map(shape)).toEqual([
      {
        kind: "Closed",
        when: { kind: "ClosedYearly", month: { kind: "Name", value: "jan" }, day: { kind: "Number", value: 1, text: "1" } },
        name: { kind: "Text", value: "New Year" },
      },
    ]);
    expect(calendarItems("closed every last mon of may").map(shape)).toEqual([
      {
        kind: "Closed",
        when: {
          kind: "ClosedNthWeekday",
          ordinal: { kind: "Name", value: "last" },
          weekday: { kind: "Name", value: "mon" },
          month: { kind: "Name", value: "may" },
        },
      },
    ]);
  });

  it("reads business_day and assumption", () => {
    expect(calendarItems('business_day 8h assumption "Guess"').map(shape)).toEqual([
      { kind: "BusinessDay", length: { kind: "Duration", minutes: 480, text: "8h" } },
      { kind: "Assumption", text: { kind: "Text", value: "Guess" } },
    ]);
  });

  it("reports unknown day words, with a suggestion when one is close", () => {
    expect(itemDiagnostics("calendar c { open monday, Tue, funday 09:00 - 17:00 }")).toEqual([
      "1:19-1:25 SLA1010 unknown day `monday`",
      "1:27-1:30 SLA1010 unknown day `Tue`",
      "1:32-1:38 SLA1010 unknown day `funday`",
    ]);
    expect(itemOf("Calendar", "calendar c { }").items).toEqual([]);
  });

  it("says which day was meant in the hint", async () => {
    const { parse } = await import("../../src/syntax/index.js");
    const hints = parse("policy p { calendar c { open Mon-Fri, monday, xyz 09:00 - 17:00 } }", "t.sla").diagnostics.map((d) => d.hint);
    expect(hints).toEqual([
      "did you mean `mon-fri`?",
      "did you mean `mon`?",
      "days are `mon` … `sun`, ranges such as `mon-fri`, `weekdays`, `weekends` and `daily`",
    ]);
  });

  it("requires a span across days to start and end on single days", () => {
    expect(itemDiagnostics("calendar c { open mon-fri 18:00 - sat 02:00 open sun, mon 18:00 - fri 21:00 open sun 18:00 - weekdays 21:00 }")).toEqual([
      "1:19-1:26 SLA1011 a span across days starts and ends on one day, found `mon-fri`",
      "1:50-1:58 SLA1011 a span across days starts on one day, found a list of days",
      "1:94-1:102 SLA1011 a span across days starts and ends on one day, found `weekdays`",
    ]);
  });

  it("reads the customer's zone, with a default, and a zone that is not stated", () => {
    expect(calendarItems('zone customer').map(shape)).toEqual([{ kind: "CustomerZone" }]);
    expect(calendarItems("zone customer default Europe/Paris").map(shape)).toEqual([{ kind: "CustomerZone", default: { kind: "Name", value: "Europe/Paris" } }]);
    expect(calendarItems('zone unknown "Not said" unknown "Not published"').map(shape)).toEqual([
      { kind: "UnknownZone", reason: { kind: "Text", value: "Not said" } },
      { kind: "UnknownHours", reason: { kind: "Text", value: "Not published" } },
    ]);
    // A word that starts a calendar item is the next item: `zone` lost its name.
    expect(itemDiagnostics("calendar c { zone holidays US }")).toEqual([
      "1:19-1:27 SLA1005 expected a time zone such as `Europe/Berlin`, found `holidays`",
    ]);
  });

  it("reads a span whose ends name zones, and an end without one", () => {
    expect(shape(calendarItems("open mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles")[0])).toMatchObject({
      kind: "OpenSpan",
      fromZone: { kind: "Name", value: "Australia/Sydney" },
      toZone: { kind: "Name", value: "America/Los_Angeles" },
    });
    const [start, end] = calendarItems("open mon 10:00 UTC - fri 17:00  open sun 18:00 - fri 21:00 UTC  note \"n\"");
    expect(shape(start)).toMatchObject({ fromZone: { value: "UTC" } });
    expect(start).not.toHaveProperty("toZone");
    expect(shape(end)).toMatchObject({ toZone: { value: "UTC" } });
  });

  it("reports zones on a daily window, and keeps `09:00 to 17:00` one mistake at `to`", () => {
    expect(itemDiagnostics("calendar c { open mon-fri 09:00 - 17:00 Europe/London }")).toEqual([
      "1:41-1:54 SLA1013 a daily window is in the calendar's zone and names none",
    ]);
    expect(itemDiagnostics("calendar c { open mon-fri 09:00 to 17:00 }")).toEqual(["1:33-1:35 SLA1005 expected `-`, found `to`"]);
  });

  it("reads Easter, shifts, observed days and yearly ranges", () => {
    const whens = calendarItems(`
      closed every easter
      closed every easter -2d "Good Friday"
      closed every easter +50d observed
      closed every jul 4 observed "Independence Day"
      closed every dec 25 observed sat to fri, sun to mon
      closed every fourth thu of nov +1d
      closed every dec 28 - jan 3
      open mon-fri 09:00 - 17:00
    `).flatMap((item) => (item.kind === "Closed" ? [shape(item.when)] : []));
    const weekday = (from: string, to: string) => ({ kind: "ObservedDay", from: { kind: "Name", value: from }, to: { kind: "Name", value: to } });
    expect(whens).toEqual([
      { kind: "ClosedEaster" },
      { kind: "ClosedEaster", shift: { kind: "DateShift", sign: -1, days: { kind: "Duration", minutes: 2880, text: "2d" } } },
      {
        kind: "ClosedEaster",
        shift: { kind: "DateShift", sign: 1, days: { kind: "Duration", minutes: 72000, text: "50d" } },
        observed: { kind: "Observed", days: [] },
      },
      { kind: "ClosedYearly", month: { kind: "Name", value: "jul" }, day: { kind: "Number", value: 4, text: "4" }, observed: { kind: "Observed", days: [] } },
      {
        kind: "ClosedYearly",
        month: { kind: "Name", value: "dec" },
        day: { kind: "Number", value: 25, text: "25" },
        observed: { kind: "Observed", days: [weekday("sat", "fri"), weekday("sun", "mon")] },
      },
      {
        kind: "ClosedNthWeekday",
        ordinal: { kind: "Name", value: "fourth" },
        weekday: { kind: "Name", value: "thu" },
        month: { kind: "Name", value: "nov" },
        shift: { kind: "DateShift", sign: 1, days: { kind: "Duration", minutes: 1440, text: "1d" } },
      },
      {
        kind: "ClosedYearlyRange",
        fromMonth: { kind: "Name", value: "dec" },
        fromDay: { kind: "Number", value: 28, text: "28" },
        toMonth: { kind: "Name", value: "jan" },
        toDay: { kind: "Number", value: 3, text: "3" },
      },
    ]);
  });

  it("reads holiday sets, with and without a block, and one that is not listed", () => {
    expect(calendarItems('holidays DE-NW holidays US { types public, bank except "Columbus Day", "Veterans Day" only "Christmas Day" years 2024 to 2035 } holidays unknown "major US holidays"').map(shape)).toEqual([
      { kind: "Holidays", region: { kind: "Name", value: "DE-NW" }, items: [] },
      {
        kind: "Holidays",
        region: { kind: "Name", value: "US" },
        items: [
          { kind: "HolidayTypes", types: [{ kind: "Name", value: "public" }, { kind: "Name", value: "bank" }] },
          { kind: "HolidayExcept", names: [{ kind: "Text", value: "Columbus Day" }, { kind: "Text", value: "Veterans Day" }] },
          { kind: "HolidayOnly", names: [{ kind: "Text", value: "Christmas Day" }] },
          { kind: "HolidayYears", from: { kind: "Number", value: 2024, text: "2024" }, to: { kind: "Number", value: 2035, text: "2035" } },
        ],
      },
      { kind: "UnknownHolidays", reason: { kind: "Text", value: "major US holidays" } },
    ]);
    expect(itemDiagnostics("calendar c { holidays US { years 2024 2035 } }")).toEqual(["1:39-1:43 SLA1005 expected `to`, found `2035`"]);
    expect(itemDiagnostics("calendar c { holidays US { year 2024 to 2035 } }")).toEqual([
      "1:28-1:32 SLA1005 expected a holidays item or `}`, found `year`",
    ]);
  });
});
