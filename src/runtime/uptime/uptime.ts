/**
 * A month's uptime from per-minute traffic against each of a bundle's uptime commitments:
 * the traffic is counted once, and each commitment reads it with its own downtime rule,
 * objective, credits, cap and claim window.
 */
import type { Bundle, Uptime } from "../../contract/bundle.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { type Outcome, runtimeError, type RuntimeError } from "../errors.js";
import { civilDate, dayNumber, daysInMonth, MINUTE_MS, utcMs } from "../../civil/days.js";
import { formatDate } from "../../civil/text.js";
import { parseInstant } from "../instants.js";

/** Traffic of one minute: the minute as an ISO instant or epoch seconds, and its request counts. */
export interface TrafficMinute {
  /** The minute: an ISO instant, or epoch seconds. */
  readonly minute: string | number;
  /** Requests in the minute that count toward the error rate. */
  readonly validRequests: number;
  /** Of those, the ones that failed. */
  readonly errors: number;
}

/** A month's uptime against one commitment. */
export interface CommitmentUptime {
  /** The commitment's id. */
  readonly commitment: string;
  /** The commitment's title; null when the policy gives none. */
  readonly title: string | null;
  /** The tiers it covers; empty: every tier. */
  readonly tiers: readonly string[];
  /** The service it covers; null when the policy does not name one. */
  readonly service: string | null;
  /**
   * The uptime in percent to three decimals, as SLAs state it: (minutes in the month −
   * downtime) ÷ minutes in the month × 100, rounded down, so a missed objective never
   * reads as met (99.8999… is 99.899, not 99.9).
   */
  readonly uptimePercent: number;
  /** The same ratio unrounded (a binary float). */
  readonly uptimeExactPercent: number;
  /** Down minutes that count: those in runs of at least the minimum period. */
  readonly downtimeMinutes: number;
  /** Every down minute, counted or not. */
  readonly downMinutes: number;
  /** The downtime the objective allows this month (may be fractional). */
  readonly allowedDowntimeMinutes: number;
  /** The uptime promised, in percent. */
  readonly objectivePercent: number;
  /** True when the month's uptime, unrounded, reaches the objective. */
  readonly met: boolean;
  /** The credit owed, in percent of the month's fee, after the cap; null when the uptime is below no credit level. */
  readonly creditPercent: number | null;
  /** True when the cap lowered the credit of the level the uptime fell below. */
  readonly capped: boolean;
  /** The last day (UTC) to claim the credit owed: the month's last day plus the claim window; null without a credit or a window. */
  readonly claimBy: string | null;
}

/** A month's uptime against a policy's commitments. */
export interface UptimeReport {
  /** `YYYY-MM`, a calendar month in UTC. */
  readonly month: string;
  /** The minutes of the month, the denominator of every uptime. */
  readonly minutesInMonth: number;
  /** Traffic minutes outside the month, which were left out. */
  readonly ignoredMinutes: number;
  /** One report per commitment, in the policy's order (only the one asked for with `commitment`). */
  readonly commitments: readonly CommitmentUptime[];
}

/** Options of `uptime` and `uptimeMonth`. */
export interface UptimeOptions {
  /** Report only the commitment with this id. */
  readonly commitment?: string;
}

/** Writes a decimal as an integer over a power of ten, so percentages compare exactly. */
function decimal(x: number): { readonly units: number; readonly scale: number } {
  for (let scale = 1; scale <= 1e9; scale *= 10) {
    const units = Math.round(x * scale);
    if (units / scale === x) return { units, scale };
  }
  return { units: Math.round(x * 1e9), scale: 1e9 };
}

/** a × b op c × d, exactly, for non-negative integers. */
function compareProducts(a: number, b: number, c: number, d: number): number {
  const left = a * b;
  const right = c * d;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left - right;
  const l = BigInt(a) * BigInt(b);
  const r = BigInt(c) * BigInt(d);
  return l === r ? 0 : l < r ? -1 : 1;
}

/** Reads a traffic minute's instant as epoch ms at the start of its minute, or null. */
export function minuteInstant(minute: string | number): number | null {
  const ms = typeof minute === "number" ? minute * 1000 : parseInstant(minute);
  if (ms === null || !Number.isFinite(ms)) return null;
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

/** Accumulates a month's traffic minute by minute and reports its uptime against each commitment. */
export class UptimeMonth {
  /** `YYYY-MM`, a calendar month in UTC. */
  readonly month: string;
  private readonly commitments: readonly Uptime[];
  private readonly start: number;
  /** The day number of the month's last day, from which claim windows count. */
  private readonly lastDay: number;
  private readonly valid: Float64Array;
  private readonly errors: Float64Array;
  private ignored = 0;

  constructor(commitments: readonly Uptime[], month: string, year: number, monthNumber: number) {
    this.commitments = commitments;
    this.month = month;
    this.start = utcMs(year, monthNumber, 1, 0, 0, 0, 0);
    const days = daysInMonth(year, monthNumber);
    this.lastDay = dayNumber(year, monthNumber, days);
    this.valid = new Float64Array(days * 1440);
    this.errors = new Float64Array(days * 1440);
  }

  /** Adds one minute of traffic; counts of a minute listed twice add up. */
  add(minute: TrafficMinute): RuntimeError | null {
    if (typeof minute !== "object" || minute === null) return runtimeError(RuntimeCodes.BadTrafficLine, "a traffic minute must be an object with `minute`, `validRequests` and `errors`");
    if (typeof minute.minute !== "string" && typeof minute.minute !== "number") return runtimeError(RuntimeCodes.BadTrafficLine, "`minute` must be an ISO instant or epoch seconds");
    const at = minuteInstant(minute.minute);
    if (at === null) return runtimeError(RuntimeCodes.BadTrafficLine, `minute \`${String(minute.minute)}\` is not an ISO instant or epoch seconds`);
    for (const [name, value] of [["valid requests", minute.validRequests], ["errors", minute.errors]] as const) {
      if (!Number.isSafeInteger(value) || value < 0) return runtimeError(RuntimeCodes.BadTrafficLine, `${name} \`${value}\` is not a non-negative integer`);
    }
    if (minute.errors > minute.validRequests) {
      return runtimeError(RuntimeCodes.BadTrafficLine, `${minute.errors} errors is more than the ${minute.validRequests} valid requests of the minute`);
    }
    const i = (at - this.start) / MINUTE_MS;
    if (i < 0 || i >= this.valid.length) {
      this.ignored++;
      return null;
    }
    this.valid[i]! += minute.validRequests;
    this.errors[i]! += minute.errors;
    return null;
  }

  /** The month's uptime against each commitment. */
  report(): UptimeReport {
    return {
      month: this.month,
      minutesInMonth: this.valid.length,
      ignoredMinutes: this.ignored,
      commitments: this.commitments.map((c) => this.against(c)),
    };
  }

  private against(commitment: Uptime): CommitmentUptime {
    const { downtime, objectivePercent, minimumPeriodMinutes, credits } = commitment;
    const threshold = decimal(downtime.thresholdPercent);
    const strict = downtime.operator === ">";
    const n = this.valid.length;
    let downMinutes = 0;
    let downtimeMinutes = 0;
    let run = 0;
    for (let i = 0; i <= n; i++) {
      let down = false;
      if (i < n && this.valid[i]! > 0) {
        // errors ÷ valid × 100 op threshold, compared as integers.
        const c = compareProducts(this.errors[i]!, 100 * threshold.scale, threshold.units, this.valid[i]!);
        down = strict ? c > 0 : c >= 0;
      }
      if (down) {
        run++;
        downMinutes++;
      } else {
        if (run >= Math.max(1, minimumPeriodMinutes)) downtimeMinutes += run;
        run = 0;
      }
    }
    const up = n - downtimeMinutes;
    const objective = decimal(objectivePercent);
    const met = compareProducts(up, 100 * objective.scale, objective.units, n) >= 0;
    let levelCredit: number | null = null;
    let lowest = Number.POSITIVE_INFINITY;
    for (const level of credits.levels) {
      const below = decimal(level.belowPercent);
      if (level.belowPercent < lowest && compareProducts(up, 100 * below.scale, below.units, n) < 0) {
        lowest = level.belowPercent;
        levelCredit = level.creditPercent;
      }
    }
    const capped = levelCredit !== null && credits.capPercent !== null && levelCredit > credits.capPercent;
    const creditPercent = capped ? credits.capPercent : levelCredit;
    const claimBy = creditPercent === null || credits.claimWindowDays === null ? null : dateOf(this.lastDay + credits.claimWindowDays);
    return {
      commitment: commitment.id,
      title: commitment.title,
      tiers: commitment.tiers,
      service: commitment.service,
      // Integer division first: up × 100 000 is exact, so the truncation is too.
      uptimePercent: Math.floor((up * 100_000) / n) / 1000,
      uptimeExactPercent: (up / n) * 100,
      downtimeMinutes,
      downMinutes,
      allowedDowntimeMinutes: (n * (100 * objective.scale - objective.units)) / (100 * objective.scale),
      objectivePercent,
      met,
      creditPercent,
      capped,
      claimBy,
    };
  }
}

function dateOf(day: number): string {
  const [year, month, date] = civilDate(day);
  return formatDate({ year, month, day: date });
}

/** Starts a month's uptime accounting for a bundle's commitments (or the one asked for), or explains why it cannot. */
export function uptimeMonth(bundle: Bundle, month: string, options: UptimeOptions = {}): Outcome<UptimeMonth> {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const monthNumber = m === null ? 0 : Number(m[2]);
  if (m === null || monthNumber < 1 || monthNumber > 12) {
    return { ok: false, error: runtimeError(RuntimeCodes.BadMonth, `\`${month}\` is not a month`, "write it like `2026-11`") };
  }
  if (bundle.uptimes.length === 0) {
    return { ok: false, error: runtimeError(RuntimeCodes.NoUptimeCommitment, `policy \`${bundle.policy.id}\` declares no uptime commitment`) };
  }
  let commitments = bundle.uptimes;
  if (options.commitment !== undefined) {
    commitments = bundle.uptimes.filter((u) => u.id === options.commitment);
    if (commitments.length === 0) {
      const known = bundle.uptimes.map((u) => `\`${u.id}\``).join(", ");
      return {
        ok: false,
        error: runtimeError(RuntimeCodes.NoUptimeCommitment, `policy \`${bundle.policy.id}\` has no uptime commitment \`${options.commitment}\``, `its commitments are ${known}`),
      };
    }
  }
  return { ok: true, value: new UptimeMonth(commitments, month, Number(m[1]), monthNumber) };
}

/**
 * Computes a month's uptime against each of a bundle's commitments from per-minute traffic;
 * minutes not listed had no traffic, and minutes outside the month are left out.
 */
export function uptime(bundle: Bundle, minutes: Iterable<TrafficMinute>, month: string, options: UptimeOptions = {}): Outcome<UptimeReport> {
  const started = uptimeMonth(bundle, month, options);
  if (!started.ok) return started;
  for (const minute of minutes) {
    const error = started.value.add(minute);
    if (error !== null) return { ok: false, error };
  }
  return { ok: true, value: started.value.report() };
}
