import fc from "fast-check";
import type { Calendar, ClosedRule, Window } from "../../src/contract/bundle.js";

const WEEK = 10080;
const DAY_MS = 86_400_000;

/** Zones with DST in both hemispheres, a half-hour DST shift, and one without DST. */
export const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata"] as const;

/** Local dates of DST changes in those zones, 2026–2028, where closed dates and starts are most telling. */
const DST_DATES = [
  "2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31", "2028-03-26", "2028-10-29",
  "2026-03-08", "2026-11-01", "2027-03-14", "2027-11-07", "2028-03-12", "2028-11-05",
  "2026-04-05", "2026-10-04", "2027-04-04", "2027-10-03", "2028-04-02", "2028-10-01",
];

/** Clock times on quarter hours, often in the small hours where DST changes happen. */
const time = fc.oneof(
  fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
  fc.constantFrom(60, 90, 105, 120, 135, 150, 165, 180, 210),
);

/** `open <days> <from> - <to>` (crossing midnight when to ≤ from). */
const dailyGroup = fc
  .record({ days: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }), from: time, to: time })
  .map(({ days, from, to }) => days.map((d) => ({ start: d * 1440 + from, end: d * 1440 + (to <= from ? to + 1440 : to) })));

/** `open <day> <from> - <day> <to>`: one span over days. */
const spanGroup = fc
  .record({ day: fc.integer({ min: 0, max: 6 }), from: time, quarters: fc.integer({ min: 4, max: WEEK / 15 }) })
  .map(({ day, from, quarters }) => [{ start: day * 1440 + from, end: day * 1440 + from + quarters * 15 }]);

function overlaps(a: Window, b: Window): boolean {
  for (const k of [-WEEK, 0, WEEK]) if (a.start < b.end + k && b.start + k < a.end) return true;
  return false;
}

/** Valid bundle windows: wrapped into the first week, sorted, never overlapping (also across the week's end). */
const windows = fc.array(fc.oneof(dailyGroup, dailyGroup, spanGroup), { minLength: 1, maxLength: 3 }).map((groups) => {
  const kept: Window[] = [];
  for (const w of groups.flat()) {
    const start = w.start % WEEK;
    const window = { start, end: start + (w.end - w.start) };
    if (!kept.some((k) => overlaps(k, window))) kept.push(window);
  }
  return kept.sort((a, b) => a.start - b.start);
});

const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const anyDay = fc.integer({ min: Date.UTC(2026, 0, 1) / DAY_MS, max: Date.UTC(2028, 11, 31) / DAY_MS });
const dstDay = fc.constantFrom(...DST_DATES).map((d) => Date.parse(`${d}T00:00:00Z`) / DAY_MS);

const closedRule: fc.Arbitrary<ClosedRule> = fc.oneof(
  fc
    .record({ from: fc.oneof(anyDay, dstDay, dstDay.map((d) => d - 1), dstDay.map((d) => d + 1)), length: fc.integer({ min: 0, max: 4 }) })
    .map(({ from, length }) => ({ kind: "dates" as const, from: isoDate(from), to: isoDate(from + length), name: null })),
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ month, day }) => day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!)
    .map(({ month, day }) => ({ kind: "yearly" as const, month, day, name: null })),
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), weekday: fc.integer({ min: 1, max: 7 }), nth: fc.constantFrom(1, 2, 3, 4, 5, -1) })
    .map((r) => ({ kind: "nth_weekday" as const, ...r, name: null })),
);

/** A random bundle calendar. */
export const calendarArb: fc.Arbitrary<Calendar> = fc
  .record({ zone: fc.constantFrom(...ZONES), windows, closed: fc.array(closedRule, { maxLength: 6 }) })
  .map(({ zone, windows, closed }) => ({ id: "random", title: null, zone, windows, closed, businessDayMinutes: null, assumption: null, notes: [] }));

/** Weekly open minutes of a calendar, before closed dates. */
export function weeklyOpen(calendar: Calendar): number {
  return calendar.windows.reduce((sum, w) => sum + (w.end - w.start), 0);
}

const START_FROM = Date.UTC(2026, 0, 1) / 60_000;
const START_TO = Date.UTC(2029, 0, 1) / 60_000 - 1;

/** A clock start on a minute boundary in 2026–2028, often within days of a DST change. */
export const startArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: START_FROM, max: START_TO }).map((m) => m * 60_000),
  fc.record({ day: dstDay, minute: fc.integer({ min: -3 * 1440, max: 3 * 1440 }) }).map(({ day, minute }) => day * DAY_MS + minute * 60_000),
);

/** A duration in minutes, up to three weeks of the calendar's open time and at most 5000. */
export function durationArb(calendar: Calendar): fc.Arbitrary<number> {
  return fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: Math.min(5000, 3 * weeklyOpen(calendar)) }));
}
