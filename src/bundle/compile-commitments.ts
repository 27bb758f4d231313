/**
 * Commitments to their bundle form: uptime commitments, the fiscal year and support-response
 * credits. Like the rest of the compiler it never throws on user input: a policy with errors
 * still gets a best-effort value, which `compile` then withholds.
 */
import type * as Ast from "../ast/nodes.js";
import type { FiscalYear, Note, ResponseCredit, Uptime } from "../contract/bundle.js";
import {
  CREDIT_PERIODS,
  DEFAULT_UPTIME_ID,
  DOWNTIME_MEASURE,
  FISCAL_START_LAST_DAY,
  FISCAL_ZONE_DEFAULT,
  UPTIME_WINDOW,
} from "../contract/vocabulary.js";
import { allOf, firstOf, monthNumber } from "../semantics/index.js";
import { assumptionOf } from "./compile-attributes.js";

const DAY = 1440;

/** The notes of a block, in source order. */
function notesOf(items: readonly { readonly kind: string }[]): Note[] {
  return items
    .filter((item): item is Ast.Note => item.kind === "Note")
    .map((note) => ({ title: note.title?.value ?? null, text: note.text.value }));
}

/** The tiers a `tiers` item names, without repeats, in the order written; none: every tier. */
function tiersOf(ref: Ast.CommitmentTiers | undefined): string[] {
  return ref === undefined ? [] : [...new Set(ref.tiers.map((t) => t.value))];
}

/** Whole days of a claim window; ClaimWindowRule makes them whole, at least 1. */
function claimDays(window: Ast.ClaimWindow | undefined): number | null {
  return window === undefined ? null : Math.max(1, Math.round(window.duration.minutes / DAY));
}

/** An uptime block as a commitment of the bundle. */
export function compileUptime(uptime: Ast.Uptime): Uptime {
  const downtime = firstOf(uptime.items, "Downtime");
  return {
    id: uptime.id?.value ?? DEFAULT_UPTIME_ID,
    title: uptime.title?.value ?? null,
    tiers: tiersOf(firstOf(uptime.items, "CommitmentTiers")),
    service: firstOf(uptime.items, "Service")?.text.value ?? null,
    notCovered: allOf(uptime.items, "NotCovered").flatMap((n) => n.items.map((text) => text.value)),
    // RequiredUptimeItemsRule makes objective and downtime required; the fallbacks only serve policies with errors.
    objectivePercent: firstOf(uptime.items, "Objective")?.percent.value ?? 100,
    window: UPTIME_WINDOW,
    downtime: {
      measure: DOWNTIME_MEASURE,
      operator: downtime?.operator ?? ">",
      thresholdPercent: downtime?.threshold.value ?? 0,
    },
    errors: firstOf(uptime.items, "ErrorDefinition")?.text.value ?? null,
    validRequests: firstOf(uptime.items, "ValidRequests")?.text.value ?? null,
    minimumPeriodMinutes: firstOf(uptime.items, "MinimumPeriod")?.duration.minutes ?? 1,
    exclusions: allOf(uptime.items, "Exclusions").flatMap((block) => block.items.map((text) => text.value)),
    credits: {
      levels: allOf(uptime.items, "Credit")
        .map((credit) => ({ belowPercent: credit.below.value, creditPercent: credit.credit.value }))
        .sort((a, b) => b.belowPercent - a.belowPercent),
      capPercent: firstOf(uptime.items, "CreditCap")?.percent.value ?? null,
      claimWindowDays: claimDays(firstOf(uptime.items, "ClaimWindow")),
    },
    assumption: assumptionOf(uptime.items),
    notes: notesOf(uptime.items),
  };
}

/** The policy's fiscal year, or null when it declares none. */
export function compileFiscalYear(fiscalYear: Ast.FiscalYear | undefined): FiscalYear | null {
  if (fiscalYear === undefined) return null;
  // FiscalYearRule makes the month a month word and the day 1–28; the fallbacks only serve policies with errors.
  const day = fiscalYear.day.value;
  return {
    startMonth: monthNumber(fiscalYear.month.value) ?? 1,
    startDay: Number.isInteger(day) && day >= 1 && day <= FISCAL_START_LAST_DAY ? day : 1,
    zone: fiscalYear.zone?.value ?? FISCAL_ZONE_DEFAULT,
  };
}

const [FISCAL_QUARTER] = CREDIT_PERIODS;

/** A `credit <metric> { … }` block as a response credit of the bundle. */
export function compileResponseCredit(credit: Ast.ResponseCredit): ResponseCredit {
  const misses = firstOf(credit.items, "Misses");
  return {
    metric: credit.metric.value,
    title: credit.title?.value ?? null,
    tiers: tiersOf(firstOf(credit.items, "CommitmentTiers")),
    // RequiredCreditItemsRule and ResponseCreditRangeRule make these present and in range.
    misses: { operator: misses?.operator ?? ">", count: Math.max(0, Math.floor(misses?.count.value ?? 0)) },
    period: FISCAL_QUARTER,
    creditPercent: firstOf(credit.items, "CreditAmount")?.percent.value ?? 100,
    claimWindowDays: claimDays(firstOf(credit.items, "ClaimWindow")),
    assumption: assumptionOf(credit.items),
    notes: notesOf(credit.items),
  };
}
