/**
 * Static target resolution, exactly as docs/language.md "Which rule applies" says: the
 * rules of each metric are flattened with the constraints of their enclosing scopes, and
 * every (tier, severity, channel, attribute values, metric) combination is decided by the
 * matching rules of highest specificity, on the clock its coverage gives `business`. A
 * metric's rows name the attributes its rules (and, on the business clock, the coverage)
 * depend on, and only those. The result is data (rows, conflicts, gaps, clock problems);
 * the rules in ./rules turn the problems into diagnostics and the bundle carries the rows.
 */
import type { CoverageRule, DeadlineSpec, DeadlineValue, Policy, TargetEntry, TargetRule, Targets } from "../ast/nodes.js";
import type { Amount, Deadline, Target, TargetRow } from "../contract/bundle.js";
import { ALWAYS, ANY } from "../contract/vocabulary.js";
import { type Business, businessClocks, usesBusiness } from "./business-clock.js";
import { amountOf, deadlineCalendar, isMarker, NONE, onBusinessClock, SKIP } from "./clocks.js";
import { type CoverageTable, resolveCoverage } from "./coverage.js";
import { analyzeEligibility, type EligibilityAnalysis } from "./eligibility.js";
import {
  attributeProduct,
  type Combination,
  type Constraints,
  FREE,
  inDeclarationOrder,
  matchesAttributes,
  MAX_COMBINATIONS,
  narrowScope,
  productSize,
  tierChannelCells,
  withSeverities,
} from "./scopes.js";
import { type Symbols, collectSymbols, fixedSeverityOf, isAddon, tierChannelIds } from "./symbols.js";

export type { Combination } from "./scopes.js";

/** How much time a deadline allows (the bundle's `Amount`). */
export type ResolvedAmount = Amount;

/** An amount on a resolved clock: a calendar id or `24x7` (the bundle's `Deadline`). */
export type ResolvedDeadline = Deadline;

/** A target with every clock resolved (the bundle's `Target`). */
export type ResolvedTarget = Target;

/** What a row holds: a target, `{ unknown }` (declared, not stated), or null (the bundle's row target). */
export type ResolvedRowTarget = TargetRow["target"];

/** A rule with the constraints of its scopes; an absent set leaves that dimension free. */
export interface FlatRule extends Constraints {
  readonly node: TargetRule;
  readonly metric: string;
  /** Position among the rules of its metric, in source order. */
  readonly order: number;
}

/** The decision for one (tier, asked severity, channel, attribute values, metric) combination. */
export interface ResolvedRow extends Combination {
  readonly metric: string;
  readonly appliedSeverity: string;
  /** null: the deciding rule says `none`, no rule matches, or its clock did not resolve; `{ unknown }`: it says `unknown`. */
  readonly target: ResolvedRowTarget;
  readonly rule: TargetRule | null;
}

/** Two equally specific rules that disagree on a combination they both decide. */
export interface TargetConflict extends Combination {
  readonly metric: string;
  readonly first: TargetRule;
  readonly second: TargetRule;
}

/** The combinations of a metric that no rule decides. */
export interface TargetGap {
  readonly metric: string;
  readonly targets: Targets;
  readonly combinations: readonly Combination[];
}

/** A clock that cannot be resolved for some tier (or coverage). */
export interface ClockProblem {
  /**
   * `no-business-calendar`: the business clock is used where none is in effect;
   * `day-amount-on-24x7`: a day-based amount on `24x7` (written, a tier's, or a coverage's fallback);
   * `fallback-with-otherwise`: a target with `otherwise` on the business clock of a coverage with a fallback.
   */
  readonly kind: "no-business-calendar" | "day-amount-on-24x7" | "fallback-with-otherwise";
  readonly node: DeadlineSpec | DeadlineValue;
  /** The first tier (or `*`) for which it failed. */
  readonly tier: string;
  /** The coverage rule whose calendar or fallback the deadline met, when it was a coverage's. */
  readonly coverage?: CoverageRule;
}

/** Everything static resolution finds in a policy. */
export interface Resolution {
  readonly rules: readonly FlatRule[];
  /** Sorted by tier order, severity rank, channel order, metric order, then attribute values in declaration order. */
  readonly rows: readonly ResolvedRow[];
  /** The attributes each metric's rows name, in declaration order, by metric id. */
  readonly metricAttributes: ReadonlyMap<string, readonly string[]>;
  readonly conflicts: readonly TargetConflict[];
  readonly gaps: readonly TargetGap[];
  readonly clockProblems: readonly ClockProblem[];
  readonly coverage: CoverageTable;
  readonly eligibility: EligibilityAnalysis;
  /** How many rows the target table has, or would have: past MAX_COMBINATIONS it is not built (SLA2061). */
  readonly combinations: number;
}

/** The rules of a targets block with their scope constraints, in source order. */
export function flattenTargets(targets: Targets, symbols: Symbols): FlatRule[] {
  const out: FlatRule[] = [];
  const metric = targets.metric.value;
  const visit = (entries: readonly TargetEntry[], outer: Constraints): void => {
    for (const entry of entries) {
      if (entry.kind === "TargetScope") visit(entry.entries, narrowScope(outer, entry, symbols));
      else out.push({ ...withSeverities(outer, entry.severities), node: entry, metric, order: out.length });
    }
  };
  visit(targets.entries, FREE);
  return out;
}

interface Entry {
  readonly target: ResolvedRowTarget;
  /** Compares targets; null when a clock did not resolve, so no conflict is claimed. */
  readonly key: string | null;
}

function deadlineKey(deadline: ResolvedDeadline): string {
  const amount = deadline.amount;
  return `${deadline.strict ? "<" : ""}${amount.unit}:${amount.unit === "next_business_day" ? "" : amount.value}@${deadline.calendar}`;
}

function targetKey(target: ResolvedTarget): string {
  return target.otherwise
    ? `${deadlineKey(target.deadline)}|${deadlineKey(target.otherwise)}|${target.hoursCalendar}`
    : deadlineKey(target.deadline);
}

/** Resolves every combination of a policy; pure, and never throws on user input. */
export function resolveTargets(policy: Policy, symbols: Symbols = collectSymbols(policy)): Resolution {
  const tierIds = symbols.tiers.size > 0 ? [...symbols.tiers.keys()] : [ANY];
  const severityIds = symbols.severities.size > 0 ? [...symbols.severities.keys()] : [ANY];
  const coverage = resolveCoverage(symbols);
  const eligibility = analyzeEligibility(symbols);
  const clocks = businessClocks(symbols, coverage);
  const businessOf = clocks.businessOf;

  const clockProblems: ClockProblem[] = [];
  const problemSeen = new Set<string>();
  const problem = (kind: ClockProblem["kind"], node: DeadlineSpec | DeadlineValue, tier: string, business?: Business): void => {
    const key = `${kind}@${node.range.start.offset}`;
    if (problemSeen.has(key)) return;
    problemSeen.add(key);
    clockProblems.push({ kind, node, tier, ...(business?.coverage && { coverage: business.coverage }) });
  };

  const deadlineOn = (spec: DeadlineSpec, calendar: string, tier: string, business: Business): ResolvedDeadline | undefined => {
    if (calendar === NONE) return void problem("no-business-calendar", spec, tier, business);
    if (calendar === SKIP) return undefined;
    const amount = amountOf(spec);
    if (calendar === ALWAYS && amount.unit !== "minutes") return void problem("day-amount-on-24x7", spec, tier, business);
    return { amount, calendar, strict: spec.strict };
  };
  const deadlineOf = (spec: DeadlineSpec, business: Business, tier: string): ResolvedDeadline | undefined =>
    deadlineOn(spec, deadlineCalendar(spec, business.calendar, symbols), tier, onBusinessClock(spec.clock) ? business : { ...business, coverage: null });
  const entryOf = (rule: TargetRule, business: Business, tier: string): Entry => {
    if (rule.value.kind === "NoTarget") return { target: null, key: "none" };
    // Not stated is a value: rules that say `unknown` for different reasons disagree.
    if (rule.value.kind === "UnknownTarget") return { target: { unknown: rule.value.reason.value }, key: `unknown:${rule.value.reason.value}` };
    const value = rule.value;
    if (business.fallback !== null && business.calendar !== ALWAYS && usesBusiness(value)) {
      // The coverage's fallback is what happens outside its hours, which `otherwise` says too.
      if (value.otherwise) {
        problem("fallback-with-otherwise", value, tier, business);
        return { target: null, key: null };
      }
      const deadline = deadlineOf(value.inside, business, tier);
      const fallback = isMarker(business.fallback) ? undefined : deadlineOn(value.inside, business.fallback, tier, business);
      if (!deadline || !fallback || isMarker(deadline.calendar)) return { target: null, key: null };
      const target = { deadline, otherwise: fallback, hoursCalendar: deadline.calendar };
      return { target, key: targetKey(target) };
    }
    const deadline = deadlineOf(value.inside, business, tier);
    let otherwise: ResolvedDeadline | null | undefined = null;
    let hoursCalendar: string | null = null;
    if (value.otherwise) {
      otherwise = deadlineOf(value.otherwise, business, tier);
      hoursCalendar = deadline && deadline.calendar !== ALWAYS ? deadline.calendar : business.calendar;
      if (hoursCalendar === NONE) problem("no-business-calendar", value, tier, business);
      if (isMarker(hoursCalendar)) hoursCalendar = null;
    }
    if (!deadline || otherwise === undefined || (value.otherwise && hoursCalendar === null)) return { target: null, key: null };
    const target = { deadline, otherwise, hoursCalendar };
    return { target, key: targetKey(target) };
  };

  const metricIds = [...symbols.metrics.keys()].filter((id) => symbols.targets.has(id));
  const rulesByMetric = metricIds.map((id) => flattenTargets(symbols.targets.get(id)!, symbols));
  const hasValues = (id: string) => (symbols.attributes.get(id)?.values.length ?? 0) > 0;
  const metricAttributes = new Map<string, readonly string[]>();
  metricIds.forEach((metric, m) => {
    const named = new Set<string>();
    let business = false;
    for (const rule of rulesByMetric[m]!) {
      for (const id of rule.attributes.keys()) if (hasValues(id)) named.add(id);
      if (rule.node.value.kind === "DeadlineValue" && usesBusiness(rule.node.value)) business = true;
    }
    if (business) for (const id of coverage.attributes) named.add(id);
    metricAttributes.set(metric, inDeclarationOrder(named, symbols));
  });

  // Clocks depend on the combination only through what `business` means, so entries are cached per business.
  const entries = new Map<TargetRule, Map<string, Entry>>();
  const entryFor = (rule: FlatRule, business: Business, tier: string): Entry => {
    const key = `${business.calendar}\0${business.fallback ?? ""}`;
    let byBusiness = entries.get(rule.node);
    if (!byBusiness) entries.set(rule.node, (byBusiness = new Map()));
    let entry = byBusiness.get(key);
    if (!entry) byBusiness.set(key, (entry = entryOf(rule.node, business, tier)));
    return entry;
  };
  // A table too large to build is reported (SLA2061), and neither built nor checked.
  const cells = tierChannelCells(symbols) * severityIds.length;
  const combinations = metricIds.reduce((sum, metric) => sum + cells * productSize(metricAttributes.get(metric)!, symbols), 0);
  const tooLarge = combinations > MAX_COMBINATIONS || coverage.combinations > MAX_COMBINATIONS;
  const built = tooLarge ? [] : metricIds;
  // Every rule's clocks are checked for each business clock it may meet, even where it never wins.
  if (!tooLarge) for (const rules of rulesByMetric) for (const rule of rules) for (const [business, tier] of clocks.reachable(rule)) entryFor(rule, business, tier);
  const rulesByTier = rulesByMetric.map((rules) => indexByTier(rules));
  const fixedByChannel = new Map<string, string>();
  for (const [id, channel] of symbols.channels) {
    const fixed = fixedSeverityOf(channel, symbols);
    if (fixed !== undefined) fixedByChannel.set(id, fixed);
  }
  const products = built.map((metric) => attributeProduct(metricAttributes.get(metric)!, symbols));
  // The eligibility attributes a row does not name: a row is unreachable when every value of
  // them refuses its severity (after the channel's, as eligibility reads it), add-ons aside.
  const unnamedEligibility = metricIds.map((metric) => eligibility.attributes.filter((id) => !metricAttributes.get(metric)!.includes(id)));
  const refusedEverywhere = (combination: Combination, applied: string, m: number): boolean => {
    if (eligibility.rules.length === 0) return false;
    // Bounded: the eligibility rules are read over at most MAX_COMBINATIONS tickets, or not at all.
    if (eligibility.combinations > MAX_COMBINATIONS) return false;
    const rest = attributeProduct(unnamedEligibility[m]!, symbols);
    return rest.every((values) => eligibility.refusing(applied, { ...combination, attributes: { ...combination.attributes, ...values } }) !== undefined);
  };

  const rows: ResolvedRow[] = [];
  const conflicts: TargetConflict[] = [];
  const conflictSeen = new Set<string>();
  const gapsByMetric = metricIds.map(() => new Map<string, Combination>());
  for (const tier of tierIds) {
    const tierDecl = symbols.tiers.get(tier);
    const addon = tierDecl !== undefined && isAddon(tierDecl);
    const channelIds =
      symbols.channels.size === 0 ? [ANY] : tierDecl ? tierChannelIds(tierDecl, symbols) : [...symbols.channels.keys()];
    // Only rules free in the tier dimension or naming this tier can match; an add-on's rows are only those its own rules name.
    const candidates = rulesByTier.map((index) => (addon ? (index.byTier.get(tier) ?? []) : mergeByOrder(index.free, index.byTier.get(tier) ?? [])));
    for (const severity of severityIds) {
      for (const channel of channelIds) {
        const applied = fixedByChannel.get(channel) ?? severity;
        for (let m = 0; m < built.length; m++) {
          const metric = metricIds[m]!;
          const matching = candidates[m]!.filter(
            (rule) => (!rule.severities || rule.severities.has(applied)) && (!rule.channels || rule.channels.has(channel)),
          );
          for (const attributes of products[m]!) {
            const combination: Combination = { tier, severity, channel, attributes };
            let winner: FlatRule | undefined;
            let rivals: FlatRule[] | undefined;
            for (const rule of matching) {
              if (rule.attributes.size > 0 && !matchesAttributes(rule, attributes)) continue;
              if (!winner || rule.specificity > winner.specificity) {
                winner = rule;
                rivals = undefined;
              } else if (rule.specificity === winner.specificity) (rivals ??= []).push(rule);
            }
            if (!winner) {
              if (addon) continue;
              if (!refusedEverywhere(combination, applied, m)) {
                const key = [applied, channel, tier, ...Object.values(attributes)].join("\0");
                gapsByMetric[m]!.set(key, { ...combination, severity: applied });
              }
              rows.push({ ...combination, metric, appliedSeverity: applied, target: null, rule: null });
              continue;
            }
            const business = businessOf(combination, applied);
            const chosen = entryFor(winner, business, tier);
            for (const rival of rivals ?? []) {
              const other = entryFor(rival, business, tier);
              if (chosen.key === null || other.key === null || chosen.key === other.key) continue;
              const pair = `${winner.node.range.start.offset}:${rival.node.range.start.offset}`;
              if (conflictSeen.has(pair)) continue;
              conflictSeen.add(pair);
              conflicts.push({ metric, ...combination, severity: applied, first: winner.node, second: rival.node });
            }
            rows.push({ ...combination, metric, appliedSeverity: applied, target: chosen.target, rule: winner.node });
          }
        }
      }
    }
  }
  const gaps: TargetGap[] = [];
  metricIds.forEach((metric, m) => {
    const combinations = [...gapsByMetric[m]!.values()];
    if (combinations.length > 0) gaps.push({ metric, targets: symbols.targets.get(metric)!, combinations });
  });
  return { rules: rulesByMetric.flat(), rows, metricAttributes, conflicts, gaps, clockProblems, coverage, eligibility, combinations };
}

interface TierIndex {
  readonly free: FlatRule[];
  readonly byTier: Map<string, FlatRule[]>;
}

function indexByTier(rules: readonly FlatRule[]): TierIndex {
  const free: FlatRule[] = [];
  const byTier = new Map<string, FlatRule[]>();
  for (const rule of rules) {
    if (!rule.tiers) free.push(rule);
    else
      for (const tier of rule.tiers) {
        const list = byTier.get(tier);
        if (list) list.push(rule);
        else byTier.set(tier, [rule]);
      }
  }
  return { free, byTier };
}

/** Two lists sorted by source order, merged: "the first wins" needs candidates in source order. */
function mergeByOrder(a: readonly FlatRule[], b: readonly FlatRule[]): readonly FlatRule[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: FlatRule[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.order < b[j]!.order)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
