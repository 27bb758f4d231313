import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Bundle, Calendar, Metric, Target, TargetRow, TicketEvent } from "../../src/contract/bundle.js";
import { deadlines, type MetricDeadline } from "../../src/runtime/index.js";
import { calendarArb, startArb } from "./arbitraries.js";
import { attribute, bundle, deadline, metric, row, severities } from "./fixtures.js";
import { ReferenceCalendar, ReferenceExhausted } from "./reference.js";
import { type ReferenceClock, referenceTicket } from "./reference-ticket.js";

// Each run draws a policy on a random calendar and a batch of tickets on it, as building the
// reference calendar costs far more than one ticket.
const TICKETS_PER_POLICY = 30;
const RUNS = 110;
const MIN = 60_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 19) + "Z";

const SEVERITIES = ["p1", "p2", "p3"] as const;
const ROUTES = ["portal", "phone"] as const;

/** A calendar in its own zone without a horizon, so that the reference answers every instant. */
const hoursArb: fc.Arbitrary<Calendar> = calendarArb.map((c) => ({ ...c, id: "hours", ticketZone: false, zone: c.zone ?? "Europe/Berlin", horizon: null, holidays: [] }));

/** A cell's target: minutes on the hours calendar or 24x7, strict or not, sometimes with `otherwise`; sometimes none or unknown. */
const targetArb = (most: number): fc.Arbitrary<TargetRow["target"]> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.record({ value: fc.integer({ min: 1, max: most }), always: fc.boolean(), strict: fc.boolean() }).map(({ value, always, strict }): Target => ({ deadline: deadline({ unit: "minutes", value }, always ? "24x7" : "hours", strict), otherwise: null, hoursCalendar: null })) },
    {
      weight: 2,
      arbitrary: fc.record({ inside: fc.integer({ min: 1, max: most }), outside: fc.integer({ min: 1, max: most }), strict: fc.boolean() }).map(
        ({ inside, outside, strict }): Target => ({ deadline: deadline({ unit: "minutes", value: inside }, "hours", strict), otherwise: deadline({ unit: "minutes", value: outside }, "24x7", strict), hoursCalendar: "hours" }),
      ),
    },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant({ unknown: "not stated" }) },
  );

const onChangeArb = fc.constantFrom("keep" as const, "restart" as const);

/** `repeats after … until …` with the two different: after the metric's own event, a customer reply or an update; until resolved, a workaround or the first response. */
const repeatsArb = (own: string) =>
  fc.record({ after: fc.constantFrom(own, own, "customer_reply", "eng_update"), until: fc.constantFrom("resolved", "resolved", "workaround", "first_response") }).filter(({ after, until }) => after !== until);

const policyArb = fc
  .record({
    hours: hoursArb,
    onChange: fc.array(onChangeArb, { minLength: 6, maxLength: 6 }),
    firstByRoute: fc.boolean(),
    updateStarts: fc.constantFrom("engineering_logged", "opened", "customer_reply", "escalated"),
    updateRepeats: repeatsArb("eng_update"),
    replyRepeats: repeatsArb("reply"),
  })
  .chain((shape) => {
    const metrics: Metric[] = [
      metric("first_response", { title: "First response", builtin: true, onChange: shape.onChange[0]!, attributes: shape.firstByRoute ? ["route"] : [] }),
      metric("resolution", { title: "Resolution", builtin: true, onChange: shape.onChange[1]! }),
      metric("escalation_response", { title: "Response after escalation", builtin: true, starts: "escalated", onChange: shape.onChange[2]!, attributes: ["route"] }),
      metric("eng_update", { starts: shape.updateStarts, repeats: shape.updateRepeats, onChange: shape.onChange[3]! }),
      metric("reply", { starts: "customer_reply", repeats: shape.replyRepeats, onChange: shape.onChange[4]!, attributes: ["route"] }),
      metric("eng_ack", { starts: "engineering_logged", onChange: shape.onChange[5]! }),
    ];
    type Cell = { m: Metric; severity: string; route: string | null };
    const cells = metrics.flatMap((m) =>
      SEVERITIES.flatMap((severity): Cell[] => (m.attributes.length === 0 ? [{ m, severity, route: null }] : ROUTES.map((route) => ({ m, severity, route })))),
    );
    return fc.tuple(...cells.map((c) => targetArb(c.m.repeats === null ? 900 : 400))).map((targets): [Calendar, Bundle] => [
      shape.hours,
      bundle({
        calendars: [shape.hours],
        severities: severities(...SEVERITIES),
        attributes: [attribute("route", [...ROUTES], { default: "portal" })],
        events: [
          { id: "engineering_logged", title: null, assumption: null, notes: [] },
          { id: "workaround", title: null, assumption: null, notes: [] },
        ],
        metrics,
        targets: cells.map((c, i) => row(c.m.id, targets[i]!, { severity: c.severity, attributes: c.route === null ? {} : { route: c.route } })),
      }),
    ]);
  });

/** An event some minutes after the opening (a few before it, now and then): the usual ones, changes, and the metrics' own. */
const eventArb: fc.Arbitrary<{ minute: number; event: Omit<TicketEvent, "at"> }> = fc.record({
  minute: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: -60, max: 0 }) }, { weight: 12, arbitrary: fc.integer({ min: 0, max: 6 * 1440 }) }),
  event: fc.oneof(
    fc.constantFrom("paused", "resumed", "customer_reply", "customer_reply", "resolved", "eng_update", "eng_update", "eng_update", "engineering_logged", "workaround", "reply", "reply", "first_response", "escalation_response", "eng_ack").map((type) => ({ type })),
    fc.record({ severity: fc.constantFrom(...SEVERITIES), route: fc.option(fc.constantFrom(...ROUTES), { freq: 3 }) }).map(({ severity, route }) => ({
      type: "reclassified",
      severity,
      ...(route === null ? {} : { attributes: { route } }),
    })),
    fc.option(fc.constantFrom(...ROUTES), { freq: 2 }).map((route) => ({ type: "escalated", ...(route === null ? {} : { attributes: { route } }) })),
    fc.record({ type: fc.constantFrom("customer_reply", "eng_update", "paused"), route: fc.constantFrom(...ROUTES) }).map(({ type, route }) => ({ type, attributes: { route } })),
  ),
});

const ticketArb = fc.record({
  opened: startArb,
  severity: fc.constantFrom(...SEVERITIES),
  route: fc.option(fc.constantFrom(...ROUTES)),
  events: fc.array(eventArb, { maxLength: 20 }),
  now: fc.option(fc.integer({ min: -30, max: 7 * 1440 }), { freq: 4 }),
});

const instant = (t: number | null | "unknown"): string | null => (t === null || t === "unknown" ? t : iso(t));
const clockWords = (c: ReferenceClock) => ({ start: iso(c.start), due: instant(c.due), metAt: c.metAt === null ? null : iso(c.metAt), status: c.status, overdueMinutes: c.overdue });

describe("whole tickets against a minute-stepping reference", () => {
  it(`agree on every metric's due, status and cycles through pauses, reclassifications, escalations with attributes and \`until\` events (${RUNS * TICKETS_PER_POLICY} tickets)`, () => {
    let cycles = 0;
    let missed = 0;
    let changed = 0;
    let beyond = 0;
    fc.assert(
      fc.property(policyArb, fc.array(ticketArb, { minLength: TICKETS_PER_POLICY, maxLength: TICKETS_PER_POLICY }), ([hours, policy], tickets) => {
        const calendars = new Map([["hours", new ReferenceCalendar(hours)]]);
        for (const t of tickets) {
          const events: TicketEvent[] = t.events.map(({ minute, event }) => ({ ...event, at: iso(t.opened + minute * MIN) }));
          const ticket = { openedAt: iso(t.opened), severity: t.severity, ...(t.route === null ? {} : { attributes: { route: t.route } }), events };
          const now = t.now === null ? null : t.opened + t.now * MIN;
          const outcome = deadlines(policy, ticket, now === null ? {} : { now: iso(now) });
          const where = `${JSON.stringify({ windows: hours.windows, spans: hours.spans, zone: hours.zone, metrics: policy.metrics.map((m) => [m.id, m.starts, m.repeats, m.onChange]) })}\nticket ${JSON.stringify(ticket)} now ${now === null ? "-" : iso(now)}`;
          // A `now` before the opening is the ticket's error: it did not exist yet.
          if (now !== null && now < t.opened) {
            expect(outcome.ok ? null : outcome.error.code, where).toBe("SLA4022");
            continue;
          }
          if (!outcome.ok) throw new Error(`${where}: ${outcome.error.code} ${outcome.error.message}`);
          let expected: ReturnType<typeof referenceTicket>;
          try {
            expected = referenceTicket(policy, calendars, ticket, now);
          } catch (error) {
            // A due past the reference's minutes (a calendar open for minutes a week): not comparable.
            if (!(error instanceof ReferenceExhausted)) throw error;
            beyond++;
            continue;
          }
          expect(outcome.value.severity, `${where}\nseverity`).toBe(expected.severity);
          if (outcome.value.changes !== undefined) changed++;
          for (const want of expected.metrics) {
            const got: MetricDeadline = outcome.value.metrics.find((m) => m.metric === want.metric)!;
            const at = `${where}\nmetric ${want.metric}\n${JSON.stringify(got)}`;
            expect(got.error, at).toBeNull();
            expect(got.due, `${at}\ndue`).toBe(instant(want.due));
            expect(got.status, `${at}\nstatus`).toBe(want.latest?.status ?? null);
            if (want.cycles === null) {
              expect(got.cycles, at).toBeNull();
              continue;
            }
            expect(got.cycles, at).not.toBeNull();
            cycles += want.cycles.list.length;
            missed += want.cycles.missed;
            expect(got.cycles!.list, `${at}\ncycles`).toEqual(want.cycles.list.map(clockWords));
            expect([got.cycles!.met, got.cycles!.missed, got.cycles!.worstOverrunMinutes], `${at}\ncounts`).toEqual([want.cycles.met, want.cycles.missed, want.cycles.worst]);
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The draws must reach what they are for: many cycles, and many tickets that change.
    expect(cycles).toBeGreaterThan((RUNS * TICKETS_PER_POLICY) / 2);
    expect(missed).toBeGreaterThan((RUNS * TICKETS_PER_POLICY) / 10);
    expect(changed).toBeGreaterThan((RUNS * TICKETS_PER_POLICY) / 4);
    // Rarely a random calendar opens too little for the reference to reach a due within its minutes.
    expect(beyond).toBeLessThan((RUNS * TICKETS_PER_POLICY) / 20);
  });
});
