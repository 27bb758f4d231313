import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Amount, Bundle, Calendar, Metric, Target } from "../../src/contract/bundle.js";
import { AnswerFailure, type Clock, deadlines, dueAt, endOfBusinessDay, indexCalendar, isOpen, openMinutesBetween } from "../../src/runtime/index.js";
import { minutesOfShare, calendarArb, shareArb, startArb, ticketZonesArb } from "./arbitraries.js";
import { bundle, deadline, metric, row } from "./fixtures.js";
import { REF_FROM, REF_TO, ReferenceCalendar, ReferenceExhausted, ReferenceRefusal } from "./reference.js";

// Each run draws a calendar and a batch of tickets on it, because building the reference
// bitmap of a calendar costs far more than stepping one due through it; a calendar in the
// customer's zone gets two customers' zones, each with its own reference.
const CASES_PER_CALENDAR = 40;
const AGREEMENT_RUNS = 250;
const LAW_RUNS = 100;
const MIN = 60_000;
const THREE_WEEKS = 3 * 7 * 1440 * MIN;
const REFUSED = "refused past the horizon";
const iso = (t: number): string => new Date(t).toISOString().slice(0, 19) + "Z";
/** What the runtime answers for a calendar that is never open again: no instant. */
const NEVER = "never open again";
/** An instant as `iso` writes it, or NEVER for the runtime's Infinity. */
const isoOrNever = (t: number): string => (Number.isFinite(t) ? iso(t) : NEVER);

const batch = (size: number) =>
  calendarArb.chain((calendar) =>
    fc.tuple(
      fc.constant(calendar),
      ticketZonesArb(calendar),
      fc.array(
        fc.record({
          start: startArb,
          share: shareArb,
          extra: shareArb,
          zone: fc.nat(1),
          span: fc.integer({ min: 0, max: 20_000 }),
          days: fc.integer({ min: 1, max: 3 }),
          calendarDays: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 90 })),
        }),
        { minLength: size, maxLength: size },
      ),
    ),
  );

const describeCalendar = (c: Calendar): string =>
  JSON.stringify({ zone: c.zone, ticketZone: c.ticketZone, windows: c.windows, spans: c.spans, closed: c.closed, holidays: c.holidays.map((h) => h.dates.map((d) => d.date)), horizon: c.horizon });

/** What the reference cannot answer: an instant past the end of its range. */
const BEYOND = "past the reference's range";

/** The reference's answer, REFUSED when it refuses past the horizon, BEYOND when the answer lies past its range. */
function expected<T>(answer: () => T): T | typeof REFUSED | typeof BEYOND {
  try {
    return answer();
  } catch (error) {
    if (error instanceof ReferenceRefusal) return REFUSED;
    if (error instanceof ReferenceExhausted) return BEYOND;
    throw error;
  }
}

/**
 * Checks the runtime's instant against the reference's: the same, or, where the reference's
 * range ends first (a calendar open on some rare day only), an instant at or after that end,
 * or the runtime's own refusal past the horizon.
 */
function agrees(got: string | null | typeof REFUSED, want: string | null | typeof REFUSED | typeof BEYOND, where: string): void {
  if (want !== BEYOND) {
    expect(got, where).toBe(want);
    return;
  }
  expect(got === REFUSED || got === NEVER || (typeof got === "string" && got >= iso(REF_TO)), `${where}: ${String(got)} lies past the reference's range`).toBe(true);
}

/** The runtime's answer, or REFUSED when it fails with SLA4014. */
function actual<T>(answer: () => T): T | typeof REFUSED {
  try {
    return answer();
  } catch (error) {
    if (error instanceof AnswerFailure && error.error.code === "SLA4014") return REFUSED;
    throw error;
  }
}

/** Open minutes of the reference in [t, t + 3 weeks), horizon or not: what a drawn share of time is a share of. */
function available(reference: ReferenceCalendar, t: number): number {
  const from = (t - REF_FROM) / MIN;
  let sum = 0;
  for (let i = from; i < from + THREE_WEEKS / MIN; i++) sum += reference.open[i]!;
  return sum;
}

const metrics: Metric[] = [
  metric("first_response", { title: "First response", builtin: true }),
  metric("resolution", { title: "Resolution", builtin: true }),
  metric("settlement", { title: "Settlement" }),
];

/** A policy whose three metrics run `minutes`, `days` business days and `calendarDays` calendar days on the calendar. */
function policyOn(calendar: Calendar, minutes: number, days: number, calendarDays: number): Bundle {
  const on = (amount: Amount): Target => ({ deadline: deadline(amount, calendar.id), otherwise: null, hoursCalendar: null });
  return bundle({
    calendars: [calendar],
    metrics,
    targets: [
      row("first_response", on({ unit: "minutes", value: minutes })),
      row("resolution", on({ unit: "business_days", value: days })),
      row("settlement", on({ unit: "calendar_days", value: calendarDays })),
    ],
  });
}

/** What a ticket's metric answers through `deadlines`: its due, or REFUSED for SLA4014. */
function dueOf(result: ReturnType<typeof deadlines>, metric: string): string | null | typeof REFUSED {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const error = result.value.errors?.[metric];
  if (error !== undefined) {
    if (error.code === "SLA4014") return REFUSED;
    if (error.code === "SLA4008") return NEVER;
    throw new Error(`${error.code}: ${error.message}`);
  }
  return result.value.due[metric]!;
}

describe("business time against a minute-stepping reference", () => {
  it(`agrees to the minute on holiday sets, Easter and observed days, customers' zones, spans across zones, calendar days and horizons (${AGREEMENT_RUNS * CASES_PER_CALENDAR} tickets)`, () => {
    fc.assert(
      fc.property(batch(CASES_PER_CALENDAR), ([calendar, zones, cases]) => {
        const references = zones.map((zone) => new ReferenceCalendar(calendar, zone));
        for (const c of cases) {
          const k = c.zone % zones.length;
          const zone = zones[k];
          const reference = references[k]!;
          const clock: Clock = zone === undefined ? calendar : indexCalendar(calendar, zone);
          const { start } = c;
          const minutes = minutesOfShare(c.share, available(reference, start));
          const where = `${describeCalendar(calendar)} zone ${zone ?? "(default)"} start ${iso(start)}`;
          const due = expected(() => iso(reference.due(start, minutes)));
          agrees(actual(() => isoOrNever(dueAt(clock, start, minutes))), due, `${where} + ${minutes} min`);
          expect(actual(() => isOpen(clock, start)), `${where} isOpen`).toBe(expected(() => reference.isOpen(start)));
          const end = start + c.span * MIN;
          expect(actual(() => openMinutesBetween(clock, start, end)), `${where} open minutes over ${c.span} min`).toBe(expected(() => reference.openMinutes(start, end)));
          const dayEnd = expected(() => iso(reference.endOfBusinessDay(start, c.days)));
          agrees(actual(() => isoOrNever(endOfBusinessDay(clock, start, c.days))), dayEnd, `${where} end of business day ${c.days}`);

          // The same through `deadlines`, the ticket carrying its zone: minutes, business days, calendar days.
          const ticket = zone === undefined ? { openedAt: iso(start) } : { openedAt: iso(start), zone };
          const result = deadlines(policyOn(calendar, Math.max(1, minutes), c.days, c.calendarDays), ticket);
          const firstDue = minutes > 0 ? due : expected(() => iso(reference.due(start, 1)));
          agrees(dueOf(result, "first_response"), firstDue, `${where} due of ${Math.max(1, minutes)} min`);
          agrees(dueOf(result, "resolution"), dayEnd, `${where} end of business day ${c.days}`);
          expect(dueOf(result, "settlement"), `${where} ${c.calendarDays} calendar days`).toBe(iso(reference.calendarDaysLater(start, c.calendarDays)));
        }
      }),
      { numRuns: AGREEMENT_RUNS },
    );
  });
});

describe("business time laws", () => {
  // For minute amounts, due(s, a) is the earliest u ≥ s with open(s, u) = a. open(s, ·) is
  // continuous and non-decreasing, so for every s and every a, b ≥ 0 (with finite dues):
  // due(due(s, a), b) = due(s, a + b). It does not hold for day-based amounts or with pauses.
  it(`keeps due ≥ start, monotone in start, additive and earliest (${LAW_RUNS * CASES_PER_CALENDAR} tickets)`, () => {
    fc.assert(
      fc.property(batch(CASES_PER_CALENDAR), ([rich, zones, cases]) => {
        // Without a horizon, so that every due is answered.
        const calendar: Calendar = { ...rich, horizon: null };
        for (const c of cases) {
          const zone = zones[c.zone % zones.length];
          const clock: Clock = zone === undefined ? calendar : indexCalendar(calendar, zone);
          const { start } = c;
          const minutes = minutesOfShare(c.share, openMinutesBetween(clock, start, start + THREE_WEEKS));
          const extra = minutesOfShare(c.extra, openMinutesBetween(clock, start, start + THREE_WEEKS));
          const due = dueAt(clock, start, minutes);
          const where = `${describeCalendar(calendar)} zone ${zone ?? "(default)"} start ${iso(start)} + ${minutes}`;
          expect(due, where).toBeGreaterThanOrEqual(start);
          expect(openMinutesBetween(clock, start, due), where).toBe(minutes);
          // Earliest: open time runs right up to the due (nothing closed is appended).
          if (minutes > 0) expect(isOpen(clock, due - 1), where).toBe(true);
          const later = start + c.span * MIN;
          expect(dueAt(clock, later, minutes), `${where} monotone`).toBeGreaterThanOrEqual(due);
          expect(dueAt(clock, due, extra), `${where} then + ${extra}`).toBe(dueAt(clock, start, minutes + extra));
        }
      }),
      { numRuns: LAW_RUNS },
    );
  });
});
