import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Calendar, TicketEvent } from "../../src/contract/bundle.js";
import { deadlines } from "../../src/runtime/index.js";
import { calendarArb, minutesOfShare, shareArb, startArb } from "./arbitraries.js";
import { bundle, minutes, row } from "./fixtures.js";
import { REF_FROM, REF_TO, ReferenceCalendar, ReferenceExhausted } from "./reference.js";

const CASES_PER_CALENDAR = 40;
const RUNS = 120;
const MIN = 60_000;
const THREE_WEEKS = 3 * 7 * 1440;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 19) + "Z";

/** A calendar in its own zone without a horizon, so that the reference answers every instant. */
const hoursArb: fc.Arbitrary<Calendar> = calendarArb.map((c) => ({ ...c, id: "hours", ticketZone: false, zone: c.zone ?? "Europe/Berlin", horizon: null, holidays: [] }));

/** An instant near the due (a few minutes either side, often exactly at it) or anywhere from the start to well past it. */
const nearArb = fc.oneof(fc.constantFrom(0, 0, -1, 1, -2, 2).map((m) => ({ nearDue: true, minutes: m })), fc.nat(40_000).map((m) => ({ nearDue: false, minutes: m })));

const caseArb = fc.record({
  start: startArb,
  share: shareArb,
  strict: fc.boolean(),
  met: fc.option(nearArb, { freq: 3 }),
  now: fc.option(nearArb, { freq: 3 }),
});

/**
 * The reference's status, from its own open minutes: a strict deadline (`under D`) is met when
 * less than D of open time lies between the clock start and the meeting, and breached once D
 * has elapsed; one that is not strict is met at or before the reference's due, breached after
 * it. An event after `now` has not happened.
 */
function referenceStatus(reference: ReferenceCalendar, start: number, amount: number, strict: boolean, met: number | null, now: number | null): string | null {
  const due = reference.due(start, amount);
  if (met !== null && (now === null || met <= now)) {
    const inTime = strict ? reference.openMinutes(start, met) < amount : met <= due;
    return inTime ? "met" : "breached";
  }
  if (now === null) return null;
  const late = strict ? reference.openMinutes(start, Math.max(start, now)) >= amount : now > due;
  return late ? "breached" : "running";
}

describe("strict deadlines against the minute-stepping reference", () => {
  it(`are met only strictly before the due, and breached from it on, as the reference's open minutes say (${RUNS * CASES_PER_CALENDAR} tickets)`, () => {
    fc.assert(
      fc.property(hoursArb, fc.array(caseArb, { minLength: CASES_PER_CALENDAR, maxLength: CASES_PER_CALENDAR }), (hours, cases) => {
        const reference = new ReferenceCalendar(hours);
        for (const c of cases) {
          const from = (c.start - REF_FROM) / MIN;
          let available = 0;
          for (let i = from; i < from + THREE_WEEKS; i++) available += reference.open[i]!;
          const amount = Math.max(1, minutesOfShare(c.share, available));
          let due: number;
          try {
            due = reference.due(c.start, amount);
          } catch (error) {
            if (!(error instanceof ReferenceExhausted)) throw error;
            // A calendar open too rarely for the reference's range: the runtime's due lies past it, or there is none.
            const policy = bundle({ calendars: [hours], targets: [row("first_response", minutes(amount, "hours", c.strict))] });
            const outcome = deadlines(policy, { openedAt: iso(c.start) });
            if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
            const m = outcome.value.metrics.find((x) => x.metric === "first_response")!;
            expect(m.error?.code === "SLA4008" || (m.due !== null && m.due >= iso(REF_TO))).toBe(true);
            continue;
          }
          const at = (near: { nearDue: boolean; minutes: number } | null): number | null =>
            near === null ? null : near.nearDue ? Math.max(c.start, due + near.minutes * MIN) : c.start + near.minutes * MIN;
          const met = at(c.met);
          const now = at(c.now);
          const events: TicketEvent[] = met === null ? [] : [{ type: "first_response", at: iso(met) }];
          const policy = bundle({ calendars: [hours], targets: [row("first_response", minutes(amount, "hours", c.strict))] });
          const outcome = deadlines(policy, { openedAt: iso(c.start), events }, now === null ? {} : { now: iso(now) });
          if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
          const m = outcome.value.metrics.find((x) => x.metric === "first_response")!;
          const where = `${JSON.stringify({ windows: hours.windows, spans: hours.spans, zone: hours.zone })} ${c.strict ? "under " : ""}${amount} min from ${iso(c.start)}, met ${met === null ? "-" : iso(met)}, now ${now === null ? "-" : iso(now)}`;
          expect(m.due, where).toBe(iso(due));
          expect(m.status, where).toBe(referenceStatus(reference, c.start, amount, c.strict, met, now));
          // Overdue open time runs from the due to the meeting (or `now`), on the reference's minutes too.
          if (m.status === "breached") expect(m.overdueMinutes, where).toBe(reference.openMinutes(due, met !== null && (now === null || met <= now) ? met : now!));
          if (m.status === "running") expect(m.remainingMinutes, where).toBe(reference.openMinutes(Math.max(now!, c.start), due));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
