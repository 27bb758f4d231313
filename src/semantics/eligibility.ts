/**
 * Eligibility, read statically: for every combination of a ticket's base tier, add-ons,
 * channel and the attributes the rules name, which rule (if any) refuses each severity,
 * and so which rules never apply, which reclassifications run in a circle, and which rules
 * contradict each other. The runtime applies the same rules in the same order to the
 * severity a ticket has after its channel's `severity always` or `severity default`: the
 * first rule for that severity that refuses it decides, and a reclassified ticket is
 * checked again under its new severity. A tier in a condition holds for a ticket whose
 * tier, or one of whose add-ons, it is.
 */
import type { EligibilityRule } from "../ast/nodes.js";
import { ANY } from "../contract/vocabulary.js";
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
} from "./scopes.js";
import { isAddon, type Symbols, tierChannelIds } from "./symbols.js";

/** One severity of an eligibility rule, with its conditions as constraints. */
export interface FlatEligibility {
  readonly node: EligibilityRule;
  readonly severity: string;
  readonly constraints: Constraints;
  /** The severity a refused ticket gets, or null when it is rejected. */
  readonly reclassify: string | null;
}

/** A reclassification that leads back to a severity it left, closed by `rule`. */
export interface ReclassificationCycle {
  readonly rule: EligibilityRule;
  /** The severities in the order the tickets go through them, the first repeated last. */
  readonly path: readonly string[];
  readonly combination: Combination;
}

/** Two rules for the same severity, mode and conditions with different outcomes. */
export interface EligibilityContradiction {
  readonly first: EligibilityRule;
  readonly second: EligibilityRule;
  readonly severity: string;
}

/** A rule that refuses no ticket: none matches it, or earlier rules refuse every ticket it would. */
export interface UnreachableEligibility {
  readonly rule: EligibilityRule;
  readonly severity: string;
  /** The earlier rule that refuses those tickets first, when there is one. */
  readonly before: EligibilityRule | null;
}

/** A ticket as eligibility reads it: a combination, and the add-ons its customer has. */
export interface EligibilityTicket extends Combination {
  readonly addons: readonly string[];
}

/** What static reading finds in the policy's eligibility rules. */
export interface EligibilityAnalysis {
  readonly rules: readonly FlatEligibility[];
  /** The attributes the rules name, in declaration order. */
  readonly attributes: readonly string[];
  /** The first rule that refuses a severity to a ticket (its severity aside; no add-ons when it names none), if any. */
  refusing(severity: string, ticket: Combination | EligibilityTicket): FlatEligibility | undefined;
  readonly cycles: readonly ReclassificationCycle[];
  readonly contradictions: readonly EligibilityContradiction[];
  readonly unreachable: readonly UnreachableEligibility[];
  /** How many tickets (combinations) the rules are read over; past MAX_COMBINATIONS they are not read (SLA2061). */
  readonly combinations: number;
}

/** Whether a rule's conditions hold for a ticket: a tier condition for its tier or one of its add-ons. */
function holds(c: Constraints, ticket: Combination | EligibilityTicket): boolean {
  const addons = "addons" in ticket ? ticket.addons : [];
  if (c.tiers && !c.tiers.has(ticket.tier) && !addons.some((addon) => c.tiers!.has(addon))) return false;
  if (c.channels && !c.channels.has(ticket.channel)) return false;
  return matchesAttributes(c, ticket.attributes);
}

/** Whether a rule refuses a ticket, order aside: `only` outside its conditions, `not` inside them. */
function fires(rule: FlatEligibility, ticket: Combination | EligibilityTicket): boolean {
  return holds(rule.constraints, ticket) === (rule.node.mode === "not");
}

/** The sets of add-ons tickets are read with: all of them for up to four add-ons, else none or one. */
function addonSets(addons: readonly string[]): string[][] {
  if (addons.length > 4) return [[], ...addons.map((a) => [a])];
  let sets: string[][] = [[]];
  for (const addon of addons) sets = sets.flatMap((set) => [set, [...set, addon]]);
  return sets;
}

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.size === b.size && [...a].every((v) => b.has(v));
}

function sameConstraints(a: Constraints, b: Constraints): boolean {
  if (!sameSet(a.tiers, b.tiers) || !sameSet(a.channels, b.channels) || a.attributes.size !== b.attributes.size) return false;
  for (const [id, values] of a.attributes) if (!sameSet(values, b.attributes.get(id))) return false;
  return true;
}

/** The policy's eligibility rules, one per severity they name, in source order. */
function flattenEligibility(symbols: Symbols): FlatEligibility[] {
  const out: FlatEligibility[] = [];
  for (const block of symbols.eligibility) {
    for (const rule of block.rules) {
      const constraints = rule.conditions.reduce((outer, condition) => narrowScope(outer, condition, symbols), FREE);
      const reclassify = rule.otherwise.kind === "Reclassify" ? rule.otherwise.severity.value : null;
      for (const severity of new Set(rule.severities.map((s) => s.value))) out.push({ node: rule, severity, constraints, reclassify });
    }
  }
  return out;
}

/** Reads the policy's eligibility rules over every combination of base tier, channel and the attributes they name. */
export function analyzeEligibility(symbols: Symbols): EligibilityAnalysis {
  const rules = flattenEligibility(symbols);
  const named = new Set<string>();
  for (const rule of rules) for (const id of rule.constraints.attributes.keys()) if (symbols.attributes.get(id)?.values.length) named.add(id);
  const attributes = inDeclarationOrder(named, symbols);
  const bySeverity = new Map<string, FlatEligibility[]>();
  for (const rule of rules) {
    const list = bySeverity.get(rule.severity);
    if (list) list.push(rule);
    else bySeverity.set(rule.severity, [rule]);
  }
  const refusing = (severity: string, ticket: Combination | EligibilityTicket): FlatEligibility | undefined =>
    bySeverity.get(severity)?.find((rule) => fires(rule, ticket));

  const combinations: EligibilityTicket[] = [];
  const declared = [...symbols.tiers.values()];
  const addons = addonSets(declared.filter(isAddon).map((t) => t.id.value));
  const base = (id: string) => !isAddon(symbols.tiers.get(id)!);
  const count = rules.length === 0 ? 0 : tierChannelCells(symbols, base) * productSize(attributes, symbols) * addons.length;
  if (rules.length > 0 && count <= MAX_COMBINATIONS) {
    const tiers = declared.length > 0 ? declared.filter((t) => !isAddon(t)).map((t) => t.id.value) : [ANY];
    for (const tier of tiers) {
      const decl = symbols.tiers.get(tier);
      const channels = symbols.channels.size === 0 ? [ANY] : decl ? tierChannelIds(decl, symbols) : [...symbols.channels.keys()];
      for (const channel of channels) {
        for (const values of attributeProduct(attributes, symbols)) {
          for (const set of addons) combinations.push({ tier, severity: ANY, channel, attributes: values, addons: set });
        }
      }
    }
  }

  const applied = new Set<FlatEligibility>();
  const cycles: ReclassificationCycle[] = [];
  const inCycle = new Set<EligibilityRule>();
  for (const combination of combinations) {
    for (const severity of bySeverity.keys()) {
      const path = [severity];
      const steps: EligibilityRule[] = [];
      let current = severity;
      for (;;) {
        const rule = refusing(current, combination);
        if (!rule) break;
        applied.add(rule);
        if (rule.reclassify === null) break;
        const back = path.indexOf(rule.reclassify);
        path.push(rule.reclassify);
        steps.push(rule.node);
        if (back >= 0) {
          // One report per cycle, at the rule that closes it the first time it is met; a
          // rule that reclassifies to its own severity is a cycle of one.
          const rules = steps.slice(back);
          if (!rules.some((r) => inCycle.has(r))) {
            for (const r of rules) inCycle.add(r);
            cycles.push({ rule: rule.node, path: path.slice(back), combination });
          }
          break;
        }
        current = rule.reclassify;
      }
    }
  }

  const contradictions: EligibilityContradiction[] = [];
  const contradicted = new Set<FlatEligibility>();
  for (const [severity, list] of bySeverity) {
    list.forEach((rule, i) => {
      const earlier = list.slice(0, i).find((e) => e.node.mode === rule.node.mode && sameConstraints(e.constraints, rule.constraints));
      if (earlier && earlier.reclassify !== rule.reclassify && earlier.node !== rule.node) {
        contradicted.add(rule);
        contradictions.push({ first: earlier.node, second: rule.node, severity });
      }
    });
  }

  const unreachable: UnreachableEligibility[] = [];
  for (const rule of rules) {
    if (applied.has(rule) || contradicted.has(rule) || combinations.length === 0) continue;
    const where = combinations.find((c) => fires(rule, c));
    const before = where ? (refusing(rule.severity, where)?.node ?? null) : null;
    unreachable.push({ rule: rule.node, severity: rule.severity, before });
  }
  return { rules, attributes, refusing, cycles, contradictions, unreachable, combinations: count };
}
