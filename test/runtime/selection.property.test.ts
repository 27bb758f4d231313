import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Bundle, Eligibility, TargetRow } from "../../src/contract/bundle.js";
import { deadlines, type TicketInput } from "../../src/runtime/index.js";
import { type DrawnTicket, HOURS, policyArb, ticketDrawArb, ticketOn } from "./policy-arbitraries.js";
import { REF_TO, ReferenceCalendar } from "./reference.js";

// Each run draws a policy and a batch of tickets on it, as building the reference bitmap of
// the policy's calendar costs far more than stepping through it.
const TICKETS_PER_POLICY = 25;
const CHOOSER_RUNS = 160;
const PARTIAL_TICKETS_PER_POLICY = 12;
const PARTIAL_RUNS = 80;
const MIN = 60_000;
const EXHAUSTED = "past the reference's range";

/** What the brute-force chooser decides for a complete ticket. */
type Choice = { readonly rejectedBy: string } | { readonly severity: string; readonly reclassifiedBy: readonly string[]; readonly rows: readonly (TargetRow | undefined)[] };

/**
 * Which rows a complete ticket gets, by brute force over the bundle, from the contract's
 * words alone: the channel's fixed severity, else the ticket's, else the channel's default;
 * the eligibility rules, first biting rule in order, a reclassified severity checked again
 * from the first rule; then every row of the metric whose severity, channel and attribute
 * values are the ticket's, the first add-on in tier order that the ticket carries and that
 * has a covered row winning over the base tier's. Rows are resolved, so there is no
 * specificity to weigh.
 */
function choose(policy: Bundle, t: DrawnTicket): Choice {
  const channel = policy.channels.find((c) => c.id === t.channel)!;
  const values = Object.fromEntries(policy.attributes.map((a) => [a.id, t.attributes[a.id] ?? a.default!]));
  const carried = [t.tier!, ...t.addons];
  const holds = (rule: Eligibility): boolean =>
    (rule.scope.tiers.length === 0 || carried.some((x) => rule.scope.tiers.includes(x))) &&
    (rule.scope.channels.length === 0 || rule.scope.channels.includes(t.channel!)) &&
    Object.entries(rule.scope.attributes).every(([a, allowed]) => allowed.includes(values[a]!));
  let severity = channel.fixedSeverity ?? t.severity ?? channel.defaultSeverity!;
  const reclassifiedBy: string[] = [];
  let settled = false;
  while (!settled) {
    settled = true;
    for (const rule of policy.eligibility) {
      if (rule.severity !== severity || (rule.mode === "only") === holds(rule)) continue;
      if (rule.otherwise.action === "reject") return { rejectedBy: rule.rule };
      severity = rule.otherwise.severity;
      reclassifiedBy.push(rule.rule);
      settled = false;
      break;
    }
  }
  const addons = policy.tiers.filter((x) => x.addon && t.addons.includes(x.id)).map((x) => x.id);
  const rows = policy.metrics.map((m) => {
    const cell = policy.targets.filter(
      (r) => r.metric === m.id && r.severity === severity && r.channel === t.channel && Object.entries(r.attributes).every(([a, v]) => values[a] === v),
    );
    for (const addon of addons) {
      const won = cell.find((r) => r.tier === addon && r.rule !== null);
      if (won !== undefined) return won;
    }
    return cell.find((r) => r.tier === t.tier);
  });
  return { severity, reclassifiedBy, rows };
}

/** The reference's due of a row's target for a clock starting at `start`. */
function referenceDue(row: TargetRow | undefined, start: number, hours: ReferenceCalendar): string | null {
  const target = row?.target ?? null;
  if (target === null) return null;
  if ("unknown" in target) return "unknown";
  const { amount, calendar } = target.deadline;
  if (amount.unit !== "minutes") throw new Error("the random policies state minutes only");
  if (calendar !== HOURS) return new Date(start + amount.value * MIN).toISOString().slice(0, 19) + "Z";
  try {
    return new Date(hours.due(start, amount.value)).toISOString().slice(0, 19) + "Z";
  } catch (error) {
    if (error instanceof Error && error.message === "reference range exhausted") return EXHAUSTED;
    throw error;
  }
}

describe("rows chosen for tickets with attributes, add-ons, default severities and eligibility rules", () => {
  it(`match a brute-force chooser, with dues equal to the minute-stepping reference's on the row's calendar (${CHOOSER_RUNS * TICKETS_PER_POLICY} tickets)`, () => {
    fc.assert(
      fc.property(policyArb, fc.array(ticketDrawArb, { minLength: TICKETS_PER_POLICY, maxLength: TICKETS_PER_POLICY }), (policy, draws) => {
        const hours = new ReferenceCalendar(policy.calendars[0]!);
        for (const draw of draws) {
          const ticket = ticketOn(policy, draw, true);
          const where = JSON.stringify(ticket.input);
          const expected = choose(policy, ticket);
          const outcome = deadlines(policy, ticket.input as unknown as TicketInput);
          if ("rejectedBy" in expected) {
            expect(outcome.ok, where).toBe(false);
            if (outcome.ok) continue;
            expect(outcome.error.code, where).toBe("SLA4017");
            expect(outcome.error.message, where).toContain(`is rejected by the rule at ${expected.rejectedBy}:`);
            continue;
          }
          if (!outcome.ok) throw new Error(`${where}: ${outcome.error.code} ${outcome.error.message}`);
          const { value } = outcome;
          const trail = expected.reclassifiedBy;
          if (trail.length === 0) expect(value.reclassified, where).toBeUndefined();
          else {
            expect(value.reclassified, where).toMatchObject({ to: expected.severity, rule: trail.at(-1) });
            expect(value.reclassified!.steps?.map((s) => s.rule) ?? [value.reclassified!.rule], where).toEqual(trail);
          }
          value.metrics.forEach((m, i) => {
            const row = expected.rows[i];
            const label = `${where} ${m.metric}`;
            expect(m.rule, label).toBe(row?.rule ?? null);
            expect(m.appliedSeverity, label).toBe(row?.appliedSeverity ?? null);
            const due = referenceDue(row, ticket.openedAt, hours);
            if (due === EXHAUSTED) {
              // The reference ends in mid-2029; the runtime answers later dues, or too little open time.
              if (m.due === null) expect(m.error?.code, label).toBe("SLA4008");
              else expect(Date.parse(m.due), label).toBeGreaterThanOrEqual(REF_TO);
            } else {
              expect(m.due, label).toBe(due);
            }
          });
        }
      }),
      { numRuns: CHOOSER_RUNS },
    );
  });
});

/** A complete ticket's answer as a comparison sees it: every metric's due, clock, applied severity and what it leaves unstated, and the rules' verdict. */
function answerOf(policy: Bundle, input: Record<string, unknown>): string {
  const outcome = deadlines(policy, input as unknown as TicketInput);
  if (!outcome.ok) return `error ${outcome.error.code} ${outcome.error.message}`;
  const { metrics, reclassified } = outcome.value;
  return JSON.stringify({ metrics: metrics.map((m) => [m.due, m.calendar, m.appliedSeverity, m.unknown, m.error?.code ?? null]), reclassified: reclassified ?? null });
}

/**
 * Every complete ticket a partial one stands for, written out in full: each base tier, each
 * channel that tier may use, each severity (a channel's default where the ticket asks for
 * none), each value of an attribute left out without a default.
 */
function completions(policy: Bundle, t: DrawnTicket): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const tiers = policy.tiers.filter((x) => !x.addon && (t.tier === null || x.id === t.tier));
  for (const tier of tiers) {
    for (const channel of policy.channels) {
      if ((t.channel !== null && channel.id !== t.channel) || !tier.channels.includes(channel.id)) continue;
      const severities = t.severity !== null ? [t.severity] : channel.fixedSeverity === null && channel.defaultSeverity !== null ? [channel.defaultSeverity] : policy.severities.map((s) => s.id);
      let attributeSets: Record<string, string>[] = [{}];
      for (const a of policy.attributes) {
        const given = t.attributes[a.id] ?? a.default;
        const values = given !== null ? [given] : a.values.map((v) => v.id);
        attributeSets = attributeSets.flatMap((set) => values.map((v) => ({ ...set, [a.id]: v })));
      }
      for (const severity of severities) {
        for (const attributes of attributeSets) {
          out.push({ openedAt: t.input["openedAt"], tier: tier.id, channel: channel.id, severity, attributes, ...(t.addons.length > 0 ? { addons: t.addons } : {}) });
        }
      }
    }
  }
  return out;
}

describe("a ticket that leaves out dimensions and attributes", () => {
  it(`is answered as every complete ticket it stands for, and refused for a missing one only when two of them differ (${PARTIAL_RUNS * PARTIAL_TICKETS_PER_POLICY} tickets)`, () => {
    fc.assert(
      fc.property(policyArb, fc.array(ticketDrawArb, { minLength: PARTIAL_TICKETS_PER_POLICY, maxLength: PARTIAL_TICKETS_PER_POLICY }), (policy, draws) => {
        for (const draw of draws) {
          const ticket = ticketOn(policy, draw, false);
          const full = completions(policy, ticket);
          if (full.length > 150) continue;
          const where = JSON.stringify(ticket.input);
          const partial = deadlines(policy, ticket.input as unknown as TicketInput);
          const answers = new Set(full.map((input) => answerOf(policy, input)));
          if (partial.ok) {
            expect([...answers], where).toEqual([answerOf(policy, ticket.input)]);
          } else if (partial.error.code === "SLA4006") {
            expect(answers.size, `${where}: ${partial.error.message}`).toBeGreaterThan(1);
            expect(partial.error.message, where).toMatch(/^the ticket has no (`tier`|`channel`|`severity`|attribute `\w+`)/);
          } else if (partial.error.code === "SLA4004") {
            expect(full, where).toEqual([]);
          } else {
            expect([...answers], where).toEqual([`error ${partial.error.code} ${partial.error.message}`]);
          }
        }
      }),
      { numRuns: PARTIAL_RUNS },
    );
  });
});
