/**
 * Support-response credits from ticket outcomes: each ticket's deadlines are computed as
 * `deadlines` computes them (at `now`), each breached target of a credit's metric is a miss
 * in the fiscal quarter that holds its due instant (each missed cycle of a repeating metric one), and a quarter with more than (or at
 * least) the credit's count of misses earns its credit, per customer account.
 */
import type { Bundle, ResponseCredit } from "../../contract/bundle.js";
import { ANY, type MetricStatus, UNKNOWN } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { civilDate, dayNumber } from "../../civil/days.js";
import { formatDate } from "../../civil/text.js";
import { deadlines } from "../deadlines/deadlines.js";
import { type Outcome, runtimeError, type RuntimeError, RuntimeFailure } from "../errors.js";
import { formatInstant, inAcceptedRange, parseInstant } from "../instants.js";
import { indexBundle } from "../ticket/bundle-index.js";
import type { TicketInput } from "../ticket/read-ticket.js";
import { type FiscalQuarter, fiscalQuarterAt, quarterLabel } from "./fiscal.js";

/** A ticket outcome as `responseCredits` reads it: a ticket as `deadlines` reads it, with the customer it belongs to. */
export type TicketOutcome = TicketInput & {
  /** The customer account the ticket belongs to; credits are counted per account. Absent: one account for every ticket. */
  readonly account?: string;
};

/** Options of `responseCredits` and `CreditLedger`. */
export interface CreditOptions {
  /** The instant targets are judged at (ISO instant or epoch ms); overrides each ticket's `now`. */
  readonly now?: string | number;
  /** Count only the credits for this metric. */
  readonly metric?: string;
}

/** One account's quarter under one credit. */
export interface CreditPeriod {
  /** The account, or null for tickets that name none. */
  readonly account: string | null;
  /** The fiscal year, named by the calendar year it ends in. */
  readonly fiscalYear: number;
  /** The quarter of the fiscal year. */
  readonly quarter: 1 | 2 | 3 | 4;
  /** `Q3 (fiscal, ending Oct 31)`. */
  readonly label: string;
  /** First and last day of the quarter (`YYYY-MM-DD`, in the fiscal year's zone). */
  readonly start: string;
  /** Last day of the quarter. */
  readonly end: string;
  /** Whether the quarter was over at `now`; null without a `now`. */
  readonly ended: boolean | null;
  /** Targets of the metric that fell due in the quarter and were judged: met or missed. */
  readonly judged: number;
  /** Of the judged targets, those met. */
  readonly met: number;
  /** Of the judged targets, those missed. */
  readonly missed: number;
  /** Targets due in the quarter without an outcome yet: running or paused at `now`, or unmet without a `now`. */
  readonly pending: number;
  /** Whether the misses earn the credit. */
  readonly earned: boolean;
  /** The credit earned, in percent of the quarter's fee; null when not earned. */
  readonly creditPercent: number | null;
  /** The last day to claim an earned credit: the quarter's last day plus the claim window; null without one. */
  readonly claimBy: string | null;
  /** The ids of the tickets whose target was missed, in input order (tickets without an id are counted, not listed). */
  readonly missedTickets: readonly string[];
}

/** The periods of one credit rule. */
export interface CreditRuleReport {
  /** The credit rule, as the bundle holds it. */
  readonly credit: ResponseCredit;
  /** By account (tickets without one first), then by quarter. */
  readonly periods: readonly CreditPeriod[];
}

/** Response credits over a set of ticket outcomes. */
export interface CreditReport {
  /** The instant targets were judged at, `YYYY-MM-DDTHH:MM:SSZ`; null when none was given. */
  readonly now: string | null;
  /** Tickets read (without the ones that had errors). */
  readonly tickets: number;
  /** One report per credit rule, in the bundle's order (only those for the options' `metric`, when given). */
  readonly credits: readonly CreditRuleReport[];
}

interface Tally {
  readonly account: string | null;
  readonly quarter: FiscalQuarter;
  met: number;
  missed: number;
  pending: number;
  readonly missedTickets: string[];
}

/** Accumulates ticket outcomes one at a time and reports the credits they earn. */
export class CreditLedger {
  private readonly bundle: Bundle;
  private readonly rules: readonly ResponseCredit[];
  private readonly now: number | null;
  private readonly tallies: Map<string, Tally>[];
  private tickets = 0;

  constructor(bundle: Bundle, rules: readonly ResponseCredit[], now: number | null) {
    this.bundle = bundle;
    this.rules = rules;
    this.now = now;
    this.tallies = rules.map(() => new Map());
  }

  /** Adds one ticket outcome; an error leaves the ticket out of every count. */
  add(outcome: TicketOutcome): RuntimeError | null {
    try {
      return this.count(outcome);
    } catch (failure) {
      if (failure instanceof RuntimeFailure) return failure.error;
      throw failure;
    }
  }

  private count(outcome: TicketOutcome): RuntimeError | null {
    if (typeof outcome !== "object" || outcome === null || Array.isArray(outcome)) return runtimeError(RuntimeCodes.BadField, "a ticket must be an object");
    const account = outcome.account ?? null;
    if (account !== null && typeof account !== "string") return runtimeError(RuntimeCodes.BadField, "`account` must be a string");
    const answer = deadlines(this.bundle, outcome, this.now === null ? {} : { now: this.now });
    if (!answer.ok) {
      // A ticket the policy's eligibility rules refuse has no targets, so none it could miss.
      if (answer.error.code !== RuntimeCodes.Rejected.code) return answer.error;
      this.tickets++;
      return null;
    }
    const counts: (() => void)[] = [];
    // The tallies this ticket is already listed in as missed, so that a ticket that misses several cycles of a quarter is listed once.
    const listed = new Set<Tally>();
    for (const [i, rule] of this.rules.entries()) {
      if (!this.covers(rule, outcome)) continue;
      const m = answer.value.metrics.find((x) => x.metric === rule.metric);
      if (m !== undefined && m.cycles !== null) {
        // A repeating metric: each cycle is a target of its own, in the quarter of its due.
        if (m.error !== null && m.due === null) return { ...m.error, message: `\`${rule.metric}\`: ${m.error.message}` };
        for (const cycle of m.cycles.list) {
          if (cycle.due === null || cycle.due === UNKNOWN) continue;
          counts.push(this.tallied(i, account, cycle.due, cycle.status, answer.value.id, listed));
        }
        continue;
      }
      if (m === undefined || m.due === null || m.unknown !== null) {
        if (m?.error) return { ...m.error, message: `\`${rule.metric}\`: ${m.error.message}` };
        continue;
      }
      counts.push(this.tallied(i, account, m.due, m.status, answer.value.id, listed));
    }
    // Counted only once the whole ticket is read without an error.
    for (const apply of counts) apply();
    this.tickets++;
    return null;
  }

  /** Counts one target of rule `i` due at `due`, with its status at `now`: met, missed, or without an outcome yet. */
  private tallied(i: number, account: string | null, due: string, status: MetricStatus | null, id: string | null, listed: Set<Tally>): () => void {
    const quarter = fiscalQuarterAt(this.bundle.fiscalYear!, parseInstant(due)!);
    const key = `${account ?? ""}\u0000${quarter.start}`;
    return () => {
      const tallies = this.tallies[i]!;
      let tally = tallies.get(key);
      if (tally === undefined) tallies.set(key, (tally = { account, quarter, met: 0, missed: 0, pending: 0, missedTickets: [] }));
      if (status === "met") tally.met++;
      else if (status === "breached") {
        tally.missed++;
        if (typeof id === "string" && !listed.has(tally)) {
          listed.add(tally);
          tally.missedTickets.push(id);
        }
      } else tally.pending++;
    };
  }

  /** Whether a rule counts the ticket: every ticket when it names no tiers, else a ticket of one of its tiers. */
  private covers(rule: ResponseCredit, ticket: TicketOutcome): boolean {
    if (rule.tiers.length === 0) return true;
    const index = indexBundle(this.bundle);
    const given = ticket.tier;
    let tier: string;
    if (given === undefined || given === null) {
      const tiers = this.bundle.tiers;
      if (tiers.length !== 1) {
        throw new RuntimeFailure(
          runtimeError(
            RuntimeCodes.MissingField,
            `the ticket has no \`tier\`, which the credit for \`${rule.metric}\` depends on`,
            `the credit counts the tickets of ${rule.tiers.map((t) => `\`${t}\``).join(", ")}`,
          ),
        );
      }
      tier = tiers[0]!.id;
    } else {
      // `deadlines` has already checked that the name is a tier's, and only one tier's.
      const named = index.tierNames.get(given);
      tier = typeof named === "string" ? named : ANY;
    }
    return rule.tiers.includes(tier);
  }

  /** The credits the outcomes added so far earn. */
  report(): CreditReport {
    return {
      now: this.now === null ? null : formatInstant(this.now),
      tickets: this.tickets,
      credits: this.rules.map((rule, i) => ({
        credit: rule,
        periods: [...this.tallies[i]!.values()]
          .sort((a, b) => compareAccounts(a.account, b.account) || (a.quarter.start < b.quarter.start ? -1 : 1))
          .map((tally) => this.period(rule, tally)),
      })),
    };
  }

  private period(rule: ResponseCredit, tally: Tally): CreditPeriod {
    const { quarter } = tally;
    const { operator, count } = rule.misses;
    const earned = operator === ">" ? tally.missed > count : tally.missed >= count;
    return {
      account: tally.account,
      fiscalYear: quarter.fiscalYear,
      quarter: quarter.quarter,
      label: quarterLabel(quarter),
      start: quarter.start,
      end: quarter.end,
      ended: this.now === null ? null : this.now >= quarter.endsAt,
      judged: tally.met + tally.missed,
      met: tally.met,
      missed: tally.missed,
      pending: tally.pending,
      earned,
      creditPercent: earned ? rule.creditPercent : null,
      claimBy: earned && rule.claimWindowDays !== null ? daysAfter(quarter.end, rule.claimWindowDays) : null,
      missedTickets: tally.missedTickets,
    };
  }
}

function compareAccounts(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function daysAfter(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [year, month, day] = civilDate(dayNumber(y, m, d) + days);
  return formatDate({ year, month, day });
}

/** Starts counting response credits for a bundle (only the credits for `metric` when given), or explains why it cannot. */
export function creditLedger(bundle: Bundle, options: CreditOptions = {}): Outcome<CreditLedger> {
  if (bundle.responseCredits.length === 0) {
    return { ok: false, error: runtimeError(RuntimeCodes.NoResponseCredit, `policy \`${bundle.policy.id}\` declares no response credit`) };
  }
  const rules = options.metric === undefined ? bundle.responseCredits : bundle.responseCredits.filter((c) => c.metric === options.metric);
  if (rules.length === 0) {
    const known = [...new Set(bundle.responseCredits.map((c) => `\`${c.metric}\``))].join(", ");
    return {
      ok: false,
      error: runtimeError(RuntimeCodes.NoResponseCredit, `policy \`${bundle.policy.id}\` has no response credit for \`${options.metric}\``, `it has credits for ${known}`),
    };
  }
  if (bundle.fiscalYear === null) {
    return { ok: false, error: runtimeError(RuntimeCodes.BrokenBundle, "the bundle's response credits count fiscal quarters, but it has no fiscal year") };
  }
  let now: number | null = null;
  if (options.now !== undefined) {
    now = typeof options.now === "number" ? options.now : parseInstant(options.now);
    if (now === null) return { ok: false, error: runtimeError(RuntimeCodes.BadInstant, `\`now\` \`${options.now}\` is not an ISO instant`, "write it like `2026-03-02T09:00Z`") };
    if (!inAcceptedRange(now)) {
      return { ok: false, error: runtimeError(RuntimeCodes.OutOfRange, `\`now\` \`${String(options.now)}\` is outside the instants the runtime accepts, from 1970-01-01T00:00:00Z up to 2100-01-01T00:00:00Z`) };
    }
  }
  try {
    // A zone the runtime does not know is a broken bundle, reported before any ticket.
    fiscalQuarterAt(bundle.fiscalYear, now ?? 0);
  } catch (failure) {
    if (failure instanceof RuntimeFailure) return { ok: false, error: failure.error };
    throw failure;
  }
  return { ok: true, value: new CreditLedger(bundle, rules, now) };
}

/**
 * The response credits a bundle's ticket outcomes earn: the first ticket with an error
 * fails the whole (the ledger, `CreditLedger.add`, reports each and goes on).
 */
export function responseCredits(bundle: Bundle, tickets: Iterable<TicketOutcome>, options: CreditOptions = {}): Outcome<CreditReport> {
  const started = creditLedger(bundle, options);
  if (!started.ok) return started;
  for (const ticket of tickets) {
    const error = started.value.add(ticket);
    if (error !== null) return { ok: false, error };
  }
  return { ok: true, value: started.value.report() };
}
