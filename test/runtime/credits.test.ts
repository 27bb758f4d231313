/**
 * Support-response credits and fiscal quarters, against computations of their own: fiscal
 * quarters by stepping three months at a time from a known start, due times by the
 * minute-stepping reference (test/runtime/reference.ts), and each ticket's outcome by
 * reading its events directly, never by asking the runtime.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import type { Bundle, FiscalYear } from "../../src/contract/bundle.js";
import { type CreditPeriod, fiscalQuarterAt, quarterLabel, responseCredits, type TicketOutcome } from "../../src/runtime/index.js";
import { parsePolicy } from "../helpers/diagnostics.js";
import { ReferenceCalendar } from "./reference.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const ms = (iso: string): number => Date.parse(iso);

const fiscal = (startMonth: number, startDay = 1, zone = "UTC"): FiscalYear => ({ startMonth, startDay, zone });

/** The quarter of an instant as [fiscal year, quarter, first day, last day]. */
const quarterOf = (f: FiscalYear, iso: string) => {
  const q = fiscalQuarterAt(f, ms(iso));
  return [q.fiscalYear, q.quarter, q.start, q.end] as const;
};

describe("fiscal quarters", () => {
  it("with a fiscal year from February 1 end on Apr 30, Jul 31, Oct 31 and Jan 31, and take the name of the year they end in", () => {
    const feb = fiscal(2);
    expect(quarterOf(feb, "2025-02-01T00:00Z")).toEqual([2026, 1, "2025-02-01", "2025-04-30"]);
    expect(quarterOf(feb, "2025-07-31T23:59Z")).toEqual([2026, 2, "2025-05-01", "2025-07-31"]);
    expect(quarterOf(feb, "2025-10-31T23:59:59Z")).toEqual([2026, 3, "2025-08-01", "2025-10-31"]);
    expect(quarterOf(feb, "2025-11-01T00:00Z")).toEqual([2026, 4, "2025-11-01", "2026-01-31"]);
    expect(quarterOf(feb, "2026-01-31T23:59Z")).toEqual([2026, 4, "2025-11-01", "2026-01-31"]);
    expect(quarterOf(feb, "2026-02-01T00:00Z")).toEqual([2027, 1, "2026-02-01", "2026-04-30"]);
    expect(quarterLabel(fiscalQuarterAt(feb, ms("2025-09-15T12:00Z")))).toBe("Q3 (fiscal, ending Oct 31)");
  });

  it("with a fiscal year from November 1 run Nov–Jan, Feb–Apr, May–Jul and Aug–Oct: there Oct 31 ends Q4", () => {
    const nov = fiscal(11);
    expect(quarterOf(nov, "2025-11-01T00:00Z")).toEqual([2026, 1, "2025-11-01", "2026-01-31"]);
    expect(quarterOf(nov, "2026-03-01T00:00Z")).toEqual([2026, 2, "2026-02-01", "2026-04-30"]);
    expect(quarterOf(nov, "2026-06-30T00:00Z")).toEqual([2026, 3, "2026-05-01", "2026-07-31"]);
    expect(quarterOf(nov, "2026-10-31T12:00Z")).toEqual([2026, 4, "2026-08-01", "2026-10-31"]);
    expect(quarterLabel(fiscalQuarterAt(nov, ms("2026-10-31T12:00Z")))).toBe("Q4 (fiscal, ending Oct 31)");
  });

  it("from January 1 are calendar quarters of that year; from another day they end the day before it", () => {
    expect(quarterOf(fiscal(1), "2026-12-31T23:59Z")).toEqual([2026, 4, "2026-10-01", "2026-12-31"]);
    expect(quarterOf(fiscal(1), "2027-01-01T00:00Z")).toEqual([2027, 1, "2027-01-01", "2027-03-31"]);
    // The UK tax year: from April 6; April 5 is the last day of the year before.
    const april = fiscal(4, 6);
    expect(quarterOf(april, "2026-04-05T23:59Z")).toEqual([2026, 4, "2026-01-06", "2026-04-05"]);
    expect(quarterOf(april, "2026-04-06T00:00Z")).toEqual([2027, 1, "2026-04-06", "2026-07-05"]);
    expect(quarterLabel(fiscalQuarterAt(april, ms("2026-05-01T00:00Z")))).toBe("Q1 (fiscal, ending Jul 5)");
  });

  it("read dates in the fiscal year's zone, and start and end at its midnights", () => {
    const la = fiscal(2, 1, "America/Los_Angeles");
    // 2025-11-01T06:59Z is Oct 31, 23:59 PDT: still Q3.
    expect(quarterOf(la, "2025-11-01T06:59Z")).toEqual([2026, 3, "2025-08-01", "2025-10-31"]);
    expect(quarterOf(la, "2025-11-01T07:00Z")).toEqual([2026, 4, "2025-11-01", "2026-01-31"]);
    const q3 = fiscalQuarterAt(la, ms("2025-09-01T00:00Z"));
    expect([new Date(q3.startsAt).toISOString(), new Date(q3.endsAt).toISOString()]).toEqual(["2025-08-01T07:00:00.000Z", "2025-11-01T07:00:00.000Z"]);
    // Q4 ends at midnight PST, after the change back from daylight saving time.
    expect(new Date(fiscalQuarterAt(la, ms("2025-12-01T00:00Z")).endsAt).toISOString()).toBe("2026-02-01T08:00:00.000Z");
  });

  it("agree with quarters stepped three months at a time, for every start month and day", () => {
    for (const startMonth of [1, 2, 3, 6, 7, 10, 11, 12]) {
      for (const startDay of [1, 15, 28]) {
        const f = fiscal(startMonth, startDay);
        // Quarter starts from a known year start, stepped by three calendar months.
        const starts: number[] = [];
        for (let k = 0; k < 4 * 12; k++) starts.push(Date.UTC(2019, startMonth - 1 + 3 * k, startDay));
        for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2029, 0, 1); t += 61 * HOUR + 17 * MIN) {
          const k = starts.findLastIndex((s) => s <= t);
          const q = fiscalQuarterAt(f, t);
          expect(q.startsAt, `${startMonth}-${startDay} at ${new Date(t).toISOString()}`).toBe(starts[k]);
          expect(q.endsAt).toBe(starts[k + 1]);
          expect(q.quarter).toBe((k % 4) + 1);
          // Named by the calendar year of its year's last day.
          const yearEnd = new Date(starts[k - (k % 4) + 4]! - 1);
          expect(q.fiscalYear).toBe(yearEnd.getUTCFullYear());
        }
      }
    }
  });
});

const POLICY = `
policy acme "Acme" {
  calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }
  tier standard
  tier enterprise
  fiscal_year starts feb 1
  first_response {
    tier enterprise 2h 24x7
    tier standard 4h on office
  }
  credit first_response "Enterprise" { tiers enterprise  misses > 4 per fiscal_quarter  credit 20%  claim_within 30d }
  credit first_response { tiers standard  misses >= 3 per fiscal_quarter  credit 5% }
}
`;
const acme: Bundle = compilePolicy(parsePolicy(POLICY), { source: "acme.sla" });
const office = new ReferenceCalendar(acme.calendars.find((c) => c.id === "office")!);

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The fiscal quarter (February start, UTC) of an instant, by calendar months alone. */
function referenceQuarter(t: number): { fiscalYear: number; quarter: number; start: string } {
  const d = new Date(t);
  const sinceFebruary = (d.getUTCMonth() - 1 + 12) % 12;
  const quarter = Math.floor(sinceFebruary / 3) + 1;
  const yearStarted = d.getUTCMonth() >= 1 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  const start = new Date(Date.UTC(yearStarted, 1 + 3 * (quarter - 1), 1)).toISOString().slice(0, 10);
  return { fiscalYear: yearStarted + 1, quarter, start };
}

describe("response credits", () => {
  const now = ms("2028-06-01T00:00Z");
  const rand = random(20_251_031);
  const accounts = ["globex", "initech", undefined] as const;
  const tickets: (TicketOutcome & { id: string })[] = [];
  for (let i = 0; i < 600; i++) {
    const openedAt = Date.UTC(2026, 0, 1) + Math.floor(rand() * (now - 8 * 24 * HOUR - Date.UTC(2026, 0, 1)) / MIN) * MIN;
    const tier = rand() < 0.5 ? "enterprise" : "standard";
    const account = accounts[Math.floor(rand() * accounts.length)];
    // Most tickets got a response within 2½ hours (so enterprise's 2 h is missed now and then); some never did.
    const respondedAt = rand() < 0.9 ? openedAt + Math.floor(rand() * 150) * MIN : null;
    tickets.push({
      id: `T-${i}`,
      openedAt: new Date(openedAt).toISOString(),
      tier,
      ...(account === undefined ? {} : { account }),
      ...(respondedAt === null ? {} : { events: [{ type: "first_response", at: new Date(respondedAt).toISOString() }] }),
    });
  }
  // A few whose target is still ahead of `now`: they have no outcome yet.
  for (let i = 0; i < 3; i++) tickets.push({ id: `L-${i}`, openedAt: "2028-05-31T23:30:00Z", tier: "enterprise", account: "globex" });

  /** Per credit rule, per account and quarter: what reading the tickets directly gives. */
  function expected(): Map<string, { met: number; missed: number; pending: number; missedTickets: string[] }>[] {
    const rules = [
      { tier: "enterprise", due: (t: number) => t + 2 * HOUR },
      { tier: "standard", due: (t: number) => office.due(t, 240) },
    ];
    return rules.map((rule) => {
      const tallies = new Map<string, { met: number; missed: number; pending: number; missedTickets: string[] }>();
      for (const ticket of tickets) {
        if (ticket.tier !== rule.tier) continue;
        const due = rule.due(ms(ticket.openedAt));
        const q = referenceQuarter(due);
        const key = `${ticket.account ?? ""} FY${q.fiscalYear} Q${q.quarter} ${q.start}`;
        const tally = tallies.get(key) ?? { met: 0, missed: 0, pending: 0, missedTickets: [] };
        tallies.set(key, tally);
        const response = ticket.events?.[0] === undefined ? null : ms(ticket.events[0].at);
        if (response !== null && response <= due) tally.met++;
        else if (response !== null || now > due) {
          tally.missed++;
          tally.missedTickets.push(ticket.id);
        } else tally.pending++;
      }
      return tallies;
    });
  }

  const keyOf = (p: CreditPeriod): string => `${p.account ?? ""} FY${p.fiscalYear} Q${p.quarter} ${p.start}`;

  it("count each account's misses by the fiscal quarter of their due, as reading the tickets directly does", () => {
    const outcome = responseCredits(acme, tickets, { now: "2028-06-01T00:00Z" });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const report = outcome.value;
    expect(report.tickets).toBe(tickets.length);
    const reference = expected();
    report.credits.forEach((rule, i) => {
      const got = new Map(rule.periods.map((p) => [keyOf(p), { met: p.met, missed: p.missed, pending: p.pending, missedTickets: [...p.missedTickets] }]));
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(reference[i]!));
    });
    // Some quarters earn the credit and some do not, so both sides of the threshold are exercised.
    const enterprise = report.credits[0]!.periods;
    expect(enterprise.some((p) => p.earned) && enterprise.some((p) => !p.earned)).toBe(true);
    for (const p of enterprise) {
      expect(p.earned).toBe(p.missed > 4);
      expect(p.creditPercent).toBe(p.missed > 4 ? 20 : null);
    }
    for (const p of report.credits[1]!.periods) expect(p.earned).toBe(p.missed >= 3);
    expect(enterprise.find((p) => p.pending > 0)).toMatchObject({ account: "globex", fiscalYear: 2029, quarter: 2, ended: false });
  });

  it("say when each quarter ends and when an earned credit must be claimed", () => {
    const five = ["2025-09-01", "2025-09-02", "2025-09-03", "2025-10-01", "2025-10-31"].map((day, i) => ({
      id: `Q3-${i}`,
      openedAt: `${day}T20:00:00Z`,
      tier: "enterprise",
      events: [{ type: "first_response", at: `${day}T23:00:00Z` }],
    }));
    // Opened Oct 31 at 23:00: due Nov 1 at 01:00, a miss of Q4, not Q3.
    const late = { id: "Q4-0", openedAt: "2025-10-31T23:00:00Z", tier: "enterprise" };
    const outcome = responseCredits(acme, [...five, late], { now: "2025-11-15T00:00Z", metric: "first_response" });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.value.credits[0]!.periods).toEqual([
      {
        account: null,
        fiscalYear: 2026,
        quarter: 3,
        label: "Q3 (fiscal, ending Oct 31)",
        start: "2025-08-01",
        end: "2025-10-31",
        ended: true,
        judged: 5,
        met: 0,
        missed: 5,
        pending: 0,
        earned: true,
        creditPercent: 20,
        claimBy: "2025-11-30",
        missedTickets: ["Q3-0", "Q3-1", "Q3-2", "Q3-3", "Q3-4"],
      },
      expect.objectContaining({ quarter: 4, ended: false, missed: 1, earned: false, creditPercent: null, claimBy: null }),
    ]);
  });

  it("judge without `now` only what the events settle, and refuse what they cannot count", () => {
    const outcome = responseCredits(acme, [{ openedAt: "2026-03-02T09:00Z", tier: "enterprise" }]);
    expect(outcome.ok && outcome.value.credits[0]!.periods.map((p) => [p.pending, p.missed, p.ended])).toEqual([[1, 0, null]]);
    const code = (o: ReturnType<typeof responseCredits>) => (o.ok ? "ok" : o.error.code);
    // The credits depend on the tier, so a ticket must give it.
    expect(code(responseCredits(acme, [{ openedAt: "2026-03-02T09:00Z" }]))).toBe("SLA4006");
    expect(code(responseCredits(acme, [{ openedAt: "2026-03-02T09:00Z", tier: "gold" }]))).toBe("SLA4002");
    expect(code(responseCredits(acme, [{ openedAt: "2026-03-02T09:00Z", tier: "enterprise", account: 7 } as unknown as TicketOutcome]))).toBe("SLA4012");
    // Where the targets do not depend on the tier, the credit still does.
    const flat = compilePolicy(
      parsePolicy("policy p { tier gold tier silver fiscal_year starts jan 1 first_response 4h 24x7 credit first_response { tiers gold misses > 0 per fiscal_quarter credit 5% } }"),
      { source: "p.sla" },
    );
    const untiered = responseCredits(flat, [{ openedAt: "2026-03-02T09:00Z" }]);
    expect(untiered.ok ? null : [untiered.error.code, untiered.error.message]).toEqual([
      "SLA4006",
      "the ticket has no `tier`, which the credit for `first_response` depends on",
    ]);
    expect(responseCredits(flat, [{ openedAt: "2026-03-02T09:00Z", tier: "silver" }]).ok).toBe(true);
    // A ticket the eligibility rules refuse has no target to miss: it is read, not an error.
    const phoneOnly = compilePolicy(
      parsePolicy(`policy p {
        channel phone channel email
        severity p1 severity p2
        eligibility { p1 only channel phone otherwise reject }
        fiscal_year starts jan 1
        first_response 1h 24x7
        credit first_response { misses > 0 per fiscal_quarter  credit 5% }
      }`),
      { source: "p.sla" },
    );
    const refused = responseCredits(phoneOnly, [{ openedAt: "2026-03-02T09:00Z", severity: "p1", channel: "email" }], { now: "2026-04-01T00:00Z" });
    expect(refused.ok && [refused.value.tickets, refused.value.credits[0]!.periods]).toEqual([1, []]);
    expect(code(responseCredits(acme, [], { metric: "resolution" }))).toBe("SLA4030");
    expect(code(responseCredits({ ...acme, responseCredits: [] }, []))).toBe("SLA4030");
    expect(code(responseCredits(acme, [], { now: "soon" }))).toBe("SLA4005");
    expect(code(responseCredits({ ...acme, fiscalYear: { startMonth: 2, startDay: 1, zone: "Mars/Base" } }, []))).toBe("SLA4007");
  });
});
