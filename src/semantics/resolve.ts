/**
 * Static target resolution, exactly as docs/language.md "Which rule applies" says: the
 * rules of each metric are flattened with the constraints of their enclosing scopes, and
 * every (tier, severity, channel, metric) combination is decided by the matching rules of
 * highest specificity. The result is data (rows, conflicts, gaps, clock problems); the
 * rules in ./rules turn the problems into diagnostics and the bundle carries the rows.
 */
import type { DeadlineSpec, DeadlineValue, Name, Policy, TargetEntry, TargetRule, Targets } from "../ast/nodes.js";
import type { Amount, Deadline, Target, TargetRow } from "../contract/bundle.js";
import { ALWAYS, ANY } from "../contract/vocabulary.js";
import { type Symbols, collectSymbols, fixedSeverityOf, hoursOf, tierChannelIds } from "./symbols.js";

/** How much time a deadline allows (the bundle's `Amount`). */
export type ResolvedAmount = Amount;

/** An amount on a resolved clock: a calendar id or `24x7` (the bundle's `Deadline`). */
export type ResolvedDeadline = Deadline;

/** A target with every clock resolved (the bundle's `Target`). */
export type ResolvedTarget = Target;

/** What a row holds: a target, `{ unknown }` (declared, not stated), or null (the bundle's row target). */
export type ResolvedRowTarget = TargetRow["target"];

/** A rule with the constraints of its scopes; an absent set leaves that dimension free. */
export interface FlatRule {
  readonly node: TargetRule;
  readonly metric: string;
  /** Position among the rules of its metric, in source order. */
  readonly order: number;
  readonly tiers?: ReadonlySet<string>;
  readonly severities?: ReadonlySet<string>;
  readonly channels?: ReadonlySet<string>;
  /** The number of constrained dimensions, 0–3. */
  readonly specificity: number;
}

/** The decision for one (tier, asked severity, channel, metric) combination. */
export interface ResolvedRow {
  readonly tier: string;
  readonly severity: string;
  readonly channel: string;
  readonly metric: string;
  readonly appliedSeverity: string;
  /** null: the deciding rule says `none`, no rule matches, or its clock did not resolve; `{ unknown }`: it says `unknown`. */
  readonly target: ResolvedRowTarget;
  readonly rule: TargetRule | null;
}

/** One combination, named by its applied severity. */
export interface Combination {
  readonly tier: string;
  readonly severity: string;
  readonly channel: string;
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

/** A clock that cannot be resolved for some tier. */
export interface ClockProblem {
  readonly kind: "no-business-calendar" | "day-amount-on-24x7";
  readonly node: DeadlineSpec | DeadlineValue;
  /** The first tier (or `*`) for which it failed. */
  readonly tier: string;
}

/** Everything static resolution finds in a policy. */
export interface Resolution {
  readonly rules: readonly FlatRule[];
  /** Sorted by tier order, severity rank, channel order, then metric order. */
  readonly rows: readonly ResolvedRow[];
  readonly conflicts: readonly TargetConflict[];
  readonly gaps: readonly TargetGap[];
  readonly clockProblems: readonly ClockProblem[];
}

function narrow(outer: ReadonlySet<string> | undefined, names: readonly Name[]): ReadonlySet<string> {
  const inner = new Set(names.map((name) => name.value));
  // Re-narrowing a dimension is reported (NestedDimension); intersecting keeps resolution sound meanwhile.
  return outer ? new Set([...inner].filter((v) => outer.has(v))) : inner;
}

/** The rules of a targets block with their scope constraints, in source order. */
export function flattenTargets(targets: Targets): FlatRule[] {
  const out: FlatRule[] = [];
  const metric = targets.metric.value;
  type Set_ = ReadonlySet<string> | undefined;
  const visit = (entries: readonly TargetEntry[], tiers: Set_, severities: Set_, channels: Set_): void => {
    for (const entry of entries) {
      if (entry.kind === "TargetScope") {
        const { dimension, values } = entry;
        visit(
          entry.entries,
          dimension === "tier" ? narrow(tiers, values) : tiers,
          dimension === "severity" ? narrow(severities, values) : severities,
          dimension === "channel" ? narrow(channels, values) : channels,
        );
        continue;
      }
      const ruleSeverities = entry.severities.length > 0 ? narrow(severities, entry.severities) : severities;
      const specificity = (tiers ? 1 : 0) + (ruleSeverities ? 1 : 0) + (channels ? 1 : 0);
      out.push({ node: entry, metric, order: out.length, tiers, severities: ruleSeverities, channels, specificity });
    }
  };
  visit(targets.entries, undefined, undefined, undefined);
  return out;
}

/** The business calendar in effect: an id, or one of these markers. */
const NONE = "\0none";
/** Resolution depends on a name already reported as unknown; stay silent. */
const SKIP = "\0skip";

interface Entry {
  readonly target: ResolvedRowTarget;
  /** Compares targets; null when a clock did not resolve, so no conflict is claimed. */
  readonly key: string | null;
}

function deadlineKey(deadline: ResolvedDeadline): string {
  const amount = deadline.amount;
  return `${amount.unit}:${amount.unit === "next_business_day" ? "" : amount.value}@${deadline.calendar}`;
}

function targetKey(target: ResolvedTarget): string {
  return target.otherwise
    ? `${deadlineKey(target.deadline)}|${deadlineKey(target.otherwise)}|${target.hoursCalendar}`
    : deadlineKey(target.deadline);
}

/** Resolves every combination of a policy; pure, and never throws on user input. */
export function resolveTargets(policy: Policy, symbols: Symbols = collectSymbols(policy)): Resolution {
  const policyBusiness = businessOfPolicy(symbols);
  const tierIds = symbols.tiers.size > 0 ? [...symbols.tiers.keys()] : [ANY];
  const businessByTier = new Map<string, string>();
  for (const tier of tierIds) {
    const decl = symbols.tiers.get(tier);
    const hours = decl ? hoursOf(decl, symbols) : undefined;
    businessByTier.set(tier, hours === null ? SKIP : (hours ?? policyBusiness));
  }
  const clockProblems: ClockProblem[] = [];
  const problemSeen = new Set<string>();
  const problem = (kind: ClockProblem["kind"], node: DeadlineSpec | DeadlineValue, tier: string): void => {
    const key = `${kind}@${node.range.start.offset}`;
    if (problemSeen.has(key)) return;
    problemSeen.add(key);
    clockProblems.push({ kind, node, tier });
  };

  const deadlineOf = (spec: DeadlineSpec, business: string, tier: string): ResolvedDeadline | undefined => {
    const calendar = deadlineCalendar(spec, business, symbols);
    if (calendar === NONE) return void problem("no-business-calendar", spec, tier);
    if (calendar === SKIP) return undefined;
    const amount = amountOf(spec);
    if (calendar === ALWAYS && amount.unit !== "minutes") return void problem("day-amount-on-24x7", spec, tier);
    return { amount, calendar };
  };
  const entryOf = (rule: TargetRule, business: string, tier: string): Entry => {
    if (rule.value.kind === "NoTarget") return { target: null, key: "none" };
    // Not stated is a value: rules that say `unknown` for different reasons disagree.
    if (rule.value.kind === "UnknownTarget") return { target: { unknown: rule.value.reason.value }, key: `unknown:${rule.value.reason.value}` };
    const value = rule.value;
    const deadline = deadlineOf(value.inside, business, tier);
    let otherwise: ResolvedDeadline | null | undefined = null;
    let hoursCalendar: string | null = null;
    if (value.otherwise) {
      otherwise = deadlineOf(value.otherwise, business, tier);
      hoursCalendar = deadline && deadline.calendar !== ALWAYS ? deadline.calendar : business;
      if (hoursCalendar === NONE) problem("no-business-calendar", value, tier);
      if (hoursCalendar === NONE || hoursCalendar === SKIP) hoursCalendar = null;
    }
    if (!deadline || otherwise === undefined || (value.otherwise && hoursCalendar === null)) return { target: null, key: null };
    const target = { deadline, otherwise, hoursCalendar };
    return { target, key: targetKey(target) };
  };

  const severityIds = symbols.severities.size > 0 ? [...symbols.severities.keys()] : [ANY];
  const metricIds = [...symbols.metrics.keys()].filter((id) => symbols.targets.has(id));
  const rulesByMetric = metricIds.map((id) => flattenTargets(symbols.targets.get(id)!));

  // Clocks depend on the tier only through its business calendar, so entries are cached per calendar.
  const entries = new Map<TargetRule, Map<string, Entry>>();
  const entryFor = (rule: FlatRule, tier: string): Entry => {
    const business = businessByTier.get(tier)!;
    let byBusiness = entries.get(rule.node);
    if (!byBusiness) entries.set(rule.node, (byBusiness = new Map()));
    let entry = byBusiness.get(business);
    if (!entry) byBusiness.set(business, (entry = entryOf(rule.node, business, tier)));
    return entry;
  };
  // Every rule's clocks are checked for each tier it may apply to, even where it never wins;
  // a rule free in the tier dimension needs one check per distinct business calendar only.
  const tierPerBusiness = new Map<string, string>();
  for (const [tier, business] of businessByTier) if (!tierPerBusiness.has(business)) tierPerBusiness.set(business, tier);
  for (const rules of rulesByMetric) {
    for (const rule of rules) {
      const tiers = rule.tiers ? [...rule.tiers].filter((t) => symbols.tiers.has(t)) : [...tierPerBusiness.values()];
      for (const tier of tiers) entryFor(rule, tier);
    }
  }
  const rulesByTier = rulesByMetric.map((rules) => indexByTier(rules));
  const fixedByChannel = new Map<string, string>();
  for (const [id, channel] of symbols.channels) {
    const fixed = fixedSeverityOf(channel, symbols);
    if (fixed !== undefined) fixedByChannel.set(id, fixed);
  }

  const rows: ResolvedRow[] = [];
  const conflicts: TargetConflict[] = [];
  const conflictSeen = new Set<string>();
  const gapsByMetric = metricIds.map(() => new Map<string, Combination>());
  for (const tier of tierIds) {
    const tierDecl = symbols.tiers.get(tier);
    const channelIds =
      symbols.channels.size === 0 ? [ANY] : tierDecl ? tierChannelIds(tierDecl, symbols) : [...symbols.channels.keys()];
    // Only rules free in the tier dimension or naming this tier can match; the rest are skipped up front.
    const candidates = rulesByTier.map((index) => mergeByOrder(index.free, index.byTier.get(tier) ?? []));
    for (const severity of severityIds) {
      for (const channel of channelIds) {
        const applied = fixedByChannel.get(channel) ?? severity;
        for (let m = 0; m < metricIds.length; m++) {
          const metric = metricIds[m]!;
          let winner: FlatRule | undefined;
          let rivals: FlatRule[] | undefined;
          for (const rule of candidates[m]!) {
            if (rule.severities && !rule.severities.has(applied)) continue;
            if (rule.channels && !rule.channels.has(channel)) continue;
            if (!winner || rule.specificity > winner.specificity) {
              winner = rule;
              rivals = undefined;
            } else if (rule.specificity === winner.specificity) (rivals ??= []).push(rule);
          }
          if (!winner) {
            gapsByMetric[m]!.set(`${applied}\0${channel}\0${tier}`, { tier, severity: applied, channel });
            rows.push({ tier, severity, channel, metric, appliedSeverity: applied, target: null, rule: null });
            continue;
          }
          const chosen = entryFor(winner, tier);
          for (const rival of rivals ?? []) {
            const other = entryFor(rival, tier);
            if (chosen.key === null || other.key === null || chosen.key === other.key) continue;
            const pair = `${winner.node.range.start.offset}:${rival.node.range.start.offset}`;
            if (conflictSeen.has(pair)) continue;
            conflictSeen.add(pair);
            conflicts.push({ metric, tier, severity: applied, channel, first: winner.node, second: rival.node });
          }
          rows.push({ tier, severity, channel, metric, appliedSeverity: applied, target: chosen.target, rule: winner.node });
        }
      }
    }
  }
  const gaps: TargetGap[] = [];
  metricIds.forEach((metric, m) => {
    const combinations = [...gapsByMetric[m]!.values()];
    if (combinations.length > 0) gaps.push({ metric, targets: symbols.targets.get(metric)!, combinations });
  });
  return { rules: rulesByMetric.flat(), rows, conflicts, gaps, clockProblems };
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

/** The policy-wide business calendar: `business_hours`, else the only calendar. */
function businessOfPolicy(symbols: Symbols): string {
  if (symbols.businessHours) {
    const id = symbols.businessHours.calendar.value;
    return symbols.calendars.has(id) ? id : SKIP;
  }
  return symbols.calendars.size === 1 ? [...symbols.calendars.keys()][0]! : NONE;
}

/** The calendar id a deadline's clock names, given the business calendar in effect. */
function deadlineCalendar(spec: DeadlineSpec, business: string, symbols: Symbols): string {
  const clock = spec.clock;
  if (!clock || clock.kind === "ClockBusiness") return business;
  if (clock.kind === "Clock24x7") return ALWAYS;
  const id = clock.target.value;
  const calendar = symbols.calendars.has(id);
  const team = symbols.teams.get(id);
  if (calendar && team) return SKIP; // AmbiguousClock reports it
  if (calendar) return id;
  if (!team) return SKIP; // UnknownName reports it
  return hoursOf(team, symbols) ?? SKIP; // TeamWithoutHours reports a team without hours
}

function amountOf(spec: DeadlineSpec): ResolvedAmount {
  const amount = spec.amount;
  switch (amount.kind) {
    case "AmountDuration":
      return { unit: "minutes", value: amount.duration.minutes };
    case "AmountBusinessDays":
      return { unit: "business_days", value: amount.days.value };
    case "AmountCalendarDays":
      return { unit: "calendar_days", value: amount.days.value };
    case "AmountNextBusinessDay":
      return { unit: "next_business_day" };
  }
}
