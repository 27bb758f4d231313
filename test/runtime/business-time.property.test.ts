import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Calendar } from "../../src/contract/bundle.js";
import { dueAt, endOfBusinessDay, isOpen, openMinutesBetween } from "../../src/runtime/index.js";
import { calendarArb, durationArb, startArb } from "./arbitraries.js";
import { ReferenceCalendar } from "./reference.js";

// Each run draws a calendar and a batch of tickets on it, because building the reference
// bitmap of a calendar costs far more than stepping one due through it.
const CASES_PER_CALENDAR = 40;
const iso = (t: number): string => new Date(t).toISOString();

const batch = (size: number) =>
  calendarArb.chain((calendar) =>
    fc.tuple(
      fc.constant(calendar),
      fc.array(
        fc.record({ start: startArb, minutes: durationArb(calendar), extra: durationArb(calendar), span: fc.integer({ min: 0, max: 20_000 }), days: fc.integer({ min: 1, max: 3 }) }),
        { minLength: size, maxLength: size },
      ),
    ),
  );

const describeCalendar = (c: Calendar): string => JSON.stringify({ zone: c.zone, windows: c.windows, closed: c.closed });

describe("business time against a minute-stepping reference", () => {
  it(`agrees to the minute on due, open minutes, isOpen and business days (${250 * CASES_PER_CALENDAR} tickets)`, () => {
    fc.assert(
      fc.property(batch(CASES_PER_CALENDAR), ([calendar, cases]) => {
        const reference = new ReferenceCalendar(calendar);
        for (const { start, minutes, span, days } of cases) {
          const where = `${describeCalendar(calendar)} start ${iso(start)}`;
          expect(iso(dueAt(calendar, start, minutes)), `${where} + ${minutes} min`).toBe(iso(reference.due(start, minutes)));
          expect(isOpen(calendar, start), `${where} isOpen`).toBe(reference.isOpen(start));
          const end = start + span * 60_000;
          expect(openMinutesBetween(calendar, start, end), `${where} open minutes over ${span} min`).toBe(reference.openMinutes(start, end));
          expect(iso(endOfBusinessDay(calendar, start, days)), `${where} end of business day ${days}`).toBe(iso(reference.endOfBusinessDay(start, days)));
        }
      }),
      { numRuns: 250 },
    );
  });
});

describe("business time laws", () => {
  // For minute amounts, due(s, a) is the earliest u ≥ s with open(s, u) = a. open(s, ·) is
  // continuous and non-decreasing, so for every s and every a, b ≥ 0 (with finite dues):
  // due(due(s, a), b) = due(s, a + b). It does not hold for day-based amounts or with pauses.
  it(`keeps due ≥ start, monotone in start, additive and earliest (${100 * CASES_PER_CALENDAR} tickets)`, () => {
    fc.assert(
      fc.property(batch(CASES_PER_CALENDAR), ([calendar, cases]) => {
        for (const { start, minutes, extra, span } of cases) {
          const due = dueAt(calendar, start, minutes);
          const where = `${describeCalendar(calendar)} start ${iso(start)} + ${minutes}`;
          expect(due, where).toBeGreaterThanOrEqual(start);
          expect(openMinutesBetween(calendar, start, due), where).toBe(minutes);
          // Earliest: open time runs right up to the due (nothing closed is appended).
          if (minutes > 0) expect(isOpen(calendar, due - 1), where).toBe(true);
          const later = start + span * 60_000;
          expect(dueAt(calendar, later, minutes), `${where} monotone`).toBeGreaterThanOrEqual(due);
          expect(dueAt(calendar, due, extra), `${where} then + ${extra}`).toBe(dueAt(calendar, start, minutes + extra));
        }
      }),
      { numRuns: 100 },
    );
  });
});
