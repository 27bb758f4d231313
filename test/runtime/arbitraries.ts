import fc from "fast-check";
import type { Calendar, ClosedRule, DateMove, HolidaySet, Window, ZonedSpan } from "../../src/contract/bundle.js";

const WEEK = 10080;
const DAY_MS = 86_400_000;

/**
 * Zones with DST in both hemispheres, a half-hour DST shift, and two without DST; Los Angeles
 * and Tokyo also as the far ends of spans and as customers' zones.
 */
export const ZONES = [
  "Europe/Berlin",
  "America/New_York",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "America/Los_Angeles",
  "Asia/Tokyo",
] as const;

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
const windowsOf = (minLength: number) =>
  fc.array(fc.oneof(dailyGroup, dailyGroup, spanGroup), { minLength, maxLength: 3 }).map((groups) => {
    const kept: Window[] = [];
    for (const w of groups.flat()) {
      const start = w.start % WEEK;
      const window = { start, end: start + (w.end - w.start) };
      if (!kept.some((k) => overlaps(k, window))) kept.push(window);
    }
    return kept.sort((a, b) => a.start - b.start);
  });

/**
 * A week whose ends lie in two zones (`mon 10:00 Australia/Sydney - fri 17:00
 * America/Los_Angeles`), or a shorter one across zones, or a night.
 */
const zonedSpan: fc.Arbitrary<ZonedSpan> = fc
  .record({
    startDay: fc.integer({ min: 0, max: 6 }),
    start: time,
    startZone: fc.constantFrom(...ZONES),
    length: fc.oneof(fc.integer({ min: 1, max: 24 }).map((h) => h * 60), fc.integer({ min: 1, max: 6 * 96 }).map((q) => q * 15)),
    endZone: fc.constantFrom(...ZONES),
  })
  .map(({ startDay, start, startZone, length, endZone }) => {
    const from = startDay * 1440 + start;
    return { start: from, startZone, end: (from + length) % WEEK, endZone };
  });

const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const FIRST_DAY = Date.UTC(2026, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2028, 11, 31) / DAY_MS;
const anyDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const dstDay = fc.constantFrom(...DST_DATES).map((d) => Date.parse(`${d}T00:00:00Z`) / DAY_MS);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDay = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ month, day }) => day <= DAYS_IN_MONTH[month - 1]!);

/** How a rule's date moves: often the US observed rule, sometimes "the day after", sometimes anything the contract allows. */
const move: fc.Arbitrary<DateMove | null> = fc.oneof(
  fc.constant(null),
  fc.constant({ shift: 0, observed: [{ weekday: 6, days: -1 }, { weekday: 7, days: 1 }] }),
  fc.constant({ shift: 1, observed: [] }),
  fc.record({
    shift: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -40, max: 40 })),
    observed: fc.array(fc.record({ weekday: fc.integer({ min: 1, max: 7 }), days: fc.integer({ min: -6, max: 6 }) }), { maxLength: 3 }),
  }),
);

const closedRule: fc.Arbitrary<ClosedRule> = fc.oneof(
  fc
    .record({ from: fc.oneof(anyDay, dstDay, dstDay.map((d) => d - 1), dstDay.map((d) => d + 1)), length: fc.integer({ min: 0, max: 4 }) })
    .map(({ from, length }) => ({ kind: "dates" as const, from: isoDate(from), to: isoDate(from + length), name: null })),
  fc.record({ md: monthDay, move }).map(({ md, move }) => ({ kind: "yearly" as const, ...md, name: null, move })),
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), weekday: fc.integer({ min: 1, max: 7 }), nth: fc.constantFrom(1, 2, 3, 4, 5, -1), move })
    .map((r) => ({ kind: "nth_weekday" as const, ...r, name: null })),
  // Good Friday, Easter Monday, Ascension, Whit Monday, Corpus Christi, Carnival; or any offset.
  fc
    .record({ offset: fc.oneof(fc.constantFrom(-48, -2, 0, 1, 39, 50, 60), fc.integer({ min: -70, max: 70 })), move })
    .map(({ offset, move }) => ({ kind: "easter" as const, offset, name: null, move })),
  // Short closures over the year's end (dec 28 - jan 3) or anywhere; a from-day may be Feb 29.
  fc.record({ from: fc.oneof(monthDay, fc.integer({ min: 20, max: 31 }).map((day) => ({ month: 12, day }))), length: fc.integer({ min: 0, max: 9 }) }).map(({ from, length }) => {
    const start = Date.UTC(2027, from.month - 1, Math.min(from.day, from.month === 2 ? 28 : from.day));
    const end = new Date(start + length * DAY_MS);
    return { kind: "yearly_range" as const, from, to: { month: end.getUTCMonth() + 1, day: end.getUTCDate() }, name: null };
  }),
);

/** A region's holiday dates as the compiler expands them: sorted, unique, within the horizon. */
function holidaySet(from: number, to: number): fc.Arbitrary<HolidaySet> {
  return fc.uniqueArray(fc.oneof(fc.integer({ min: from, max: to }), dstDay.filter((d) => d >= from && d <= to)), { maxLength: 30 }).map((days) => ({
    region: "DE-NW",
    regionName: "Nordrhein-Westfalen, Germany",
    types: ["public" as const],
    except: [],
    only: [],
    data: "date-holidays@test",
    dates: [...days].sort((a, b) => a - b).map((d) => ({ date: isoDate(d), name: `holiday ${isoDate(d)}` })),
  }));
}

/** The dates closed dates are known for: sometimes none, else from 2026 to mid-2027 – 2028, so tickets reach past both ends. */
const horizonArb = fc.option(
  fc.record({ from: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 365 }), to: fc.integer({ min: FIRST_DAY + 520, max: LAST_DAY }) }),
  { freq: 2 },
);

/**
 * A random bundle calendar with what real pages state: windows in its zone, spans across
 * zones, closed dates, yearly and nth-weekday dates, Easter-based days, shifts and observed
 * days, yearly ranges, holiday sets with a horizon (or none), and often the customer's zone
 * (with a default zone or none).
 */
export const calendarArb: fc.Arbitrary<Calendar> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    ticketZone: fc.boolean(),
    noDefault: fc.boolean(),
    spans: fc.array(zonedSpan, { maxLength: 2 }),
    windows: windowsOf(0),
    closed: fc.array(closedRule, { maxLength: 6 }),
    horizon: horizonArb,
  })
  .filter(({ windows, spans }) => windows.length + spans.length > 0)
  .chain(({ zone, ticketZone, noDefault, spans, windows, closed, horizon }) => {
    const [from, to] = horizon === null ? [FIRST_DAY, LAST_DAY] : [horizon.from, horizon.to];
    return fc.array(holidaySet(from, to), { maxLength: 2 }).map((holidays) =>
      bundleCalendar({
        zone: ticketZone && noDefault ? null : zone,
        ticketZone,
        windows,
        spans,
        closed,
        holidays,
        horizon: horizon === null ? null : { from: isoDate(horizon.from), to: isoDate(horizon.to) },
      }),
    );
  });

function bundleCalendar(parts: Partial<Calendar> & Pick<Calendar, "zone" | "windows" | "closed">): Calendar {
  return {
    id: "random",
    title: null,
    ticketZone: false,
    spans: [],
    holidays: [],
    horizon: null,
    unknown: [],
    businessDayMinutes: null,
    assumption: null,
    notes: [],
    ...parts,
  };
}

/** The zones a batch of tickets on a calendar gives: two customers' zones for a calendar in the customer's zone (none: its default). */
export function ticketZonesArb(calendar: Calendar): fc.Arbitrary<(string | undefined)[]> {
  if (!calendar.ticketZone) return fc.constant([undefined]);
  const zone = fc.constantFrom(...ZONES);
  return fc.tuple(zone, calendar.zone === null ? zone : fc.option(zone, { nil: undefined })).map((zones) => [...zones]);
}

const START_FROM = Date.UTC(2026, 0, 1) / 60_000;
const START_TO = Date.UTC(2029, 0, 1) / 60_000 - 1;

/** A clock start on a minute boundary in 2026–2028, often within days of a DST change. */
export const startArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: START_FROM, max: START_TO }).map((m) => m * 60_000),
  fc.record({ day: dstDay, minute: fc.integer({ min: -3 * 1440, max: 3 * 1440 }) }).map(({ day, minute }) => day * DAY_MS + minute * 60_000),
);

/**
 * A duration as a share of the open time the three weeks after a start hold (at most 5000
 * minutes), for calendars whose weekly open time depends on zones: `minutes` turns it into
 * minutes once that open time is known. Often a small absolute amount instead.
 */
export const shareArb: fc.Arbitrary<{ readonly small: number | null; readonly permille: number }> = fc.record({
  small: fc.option(fc.integer({ min: 0, max: 120 }), { freq: 3 }),
  permille: fc.integer({ min: 0, max: 1000 }),
});

/** The minutes of a drawn share, given the open minutes of the three weeks after the start. */
export function minutesOfShare(share: { readonly small: number | null; readonly permille: number }, available: number): number {
  const most = Math.min(5000, available);
  return share.small !== null ? Math.min(share.small, most) : Math.floor((share.permille * most) / 1000);
}
