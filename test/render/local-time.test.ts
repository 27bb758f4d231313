/**
 * The HTML page's local-time script, run in process against a stand-in document with the
 * process's zone set as a visitor's browser's would be: a known window reads correctly in
 * the visitor's zone, in a week that crosses a DST change of the calendar's zone too.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Window } from "../../src/contract/bundle.js";
import { en } from "../../src/render/index.js";
import { LOCAL_TIME_SCRIPT, localTimeId, localTimeIsland } from "../../src/render/local-time.js";
import { windowGroups } from "../../src/render/phrasing.js";

const DAY = 1440;
const weekdays = (from: number, to: number, start: string, end: string): Window[] => {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return Array.from({ length: to - from + 1 }, (_, i) => ({ start: (from + i) * DAY + minutes(start), end: (from + i) * DAY + minutes(end) }));
};

/** Runs the script at instant `now` in the visitor's `zone`; returns each line's converted text (null: left hidden). */
function run(zone: string, now: string, calendarZone: string, windows: readonly Window[]): (string | null)[] {
  const lines = windowGroups(en, windows);
  const island = localTimeIsland(en, [{ kind: "hours", calendar: "office", zone: calendarZone, lines }])!;
  const targets = new Map(lines.map((_, i) => [localTimeId("office", i), { textContent: "", hidden: true }]));
  const document = { getElementById: (id: string) => (id === "slac-local-time" ? { textContent: island } : (targets.get(id) ?? null)) };
  const saved = process.env.TZ;
  process.env.TZ = zone;
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(now) });
  try {
    new Function("document", LOCAL_TIME_SCRIPT)(document);
  } finally {
    process.env.TZ = saved;
  }
  return [...targets.values()].map((t) => (t.hidden ? null : t.textContent));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the local-time script", () => {
  const office = weekdays(0, 4, "09:00", "17:00");

  it("reads Los Angeles office hours in Berlin, into the next day", () => {
    expect(run("Europe/Berlin", "2026-01-14T12:00:00Z", "America/Los_Angeles", office)).toEqual([
      "Monday–Friday 18:00–02:00 (into the next day) your time (Europe/Berlin)",
    ]);
  });

  it("follows each zone's own DST: the weeks when only the US has changed its clocks", () => {
    expect(run("Europe/Berlin", "2026-03-18T12:00:00Z", "America/Los_Angeles", office)).toEqual([
      "Monday–Friday 17:00–01:00 (into the next day) your time (Europe/Berlin)",
    ]);
  });

  it("uses the offset in force at each window, in a week whose Sunday the clocks change", () => {
    // US DST starts Sunday 2026-03-08: the weekdays are PST, the Sunday window PDT.
    const windows = [...office, { start: 6 * DAY + 600, end: 6 * DAY + 840 }];
    expect(run("Europe/Berlin", "2026-03-04T12:00:00Z", "America/Los_Angeles", windows)).toEqual([
      "Monday–Friday 18:00–02:00 (into the next day) your time (Europe/Berlin)",
      "Sunday 18:00–22:00 your time (Europe/Berlin)",
    ]);
  });

  it("moves days across the date line, and joins the runs as the page does", () => {
    expect(run("Asia/Tokyo", "2026-07-15T00:00:00Z", "America/Los_Angeles", office)).toEqual([
      "Tuesday–Saturday 01:00–09:00 your time (Asia/Tokyo)",
    ]);
    expect(run("America/Los_Angeles", "2026-07-15T00:00:00Z", "Asia/Kolkata", weekdays(0, 4, "09:00", "18:00"))).toEqual([
      "Sunday–Thursday 20:30–05:30 (into the next day) your time (America/Los_Angeles)",
    ]);
  });

  it("reads a span longer than a day, and leaves a line alone in the calendar's own zone", () => {
    const span = [{ start: 6 * DAY + 18 * 60, end: 4 * DAY + 21 * 60 + 7 * DAY }];
    expect(run("UTC", "2026-01-14T12:00:00Z", "America/New_York", span)).toEqual(["Sunday 23:00 – Saturday 02:00 your time (UTC)"]);
    expect(run("America/New_York", "2026-01-14T12:00:00Z", "America/New_York", span)).toEqual([null]);
  });
});
