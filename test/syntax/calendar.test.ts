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
});
