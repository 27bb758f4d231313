/**
 * Coverage, resolved like targets: the rules of the `coverage` block are flattened with
 * their scopes, and for each combination the most specific matching rule says which
 * calendar `business` means there and where a ticket whose clock starts outside it goes.
 * A combination no rule matches keeps the tier's business calendar.
 */
import type { CoverageEntry, CoverageRule } from "../ast/nodes.js";
import { ANY } from "../contract/vocabulary.js";
import { namedCalendar } from "./clocks.js";
import {
  attributeProduct,
  type Combination,
  type Constraints,
  FREE,
  inDeclarationOrder,
  matches,
  MAX_COMBINATIONS,
  narrowScope,
  productSize,
  tierChannelCells,
  withSeverities,
} from "./scopes.js";
import { type Symbols, tierChannelIds } from "./symbols.js";

/** A coverage rule with the constraints of its scopes. */
export interface FlatCoverage {
  readonly node: CoverageRule;
  readonly order: number;
  readonly constraints: Constraints;
}

/** What `business` means for a combination a coverage rule decides. */
export interface CoverageChoice {
  /** A calendar id, `24x7`, or a marker (see clocks.ts) when the rule names something unknown. */
  readonly calendar: string;
  /** The fallback's calendar, or null when tickets outside the covered hours wait for them. */
  readonly fallback: string | null;
  readonly rule: CoverageRule;
}

/** Two equally specific coverage rules that disagree on a combination they both decide. */
export interface CoverageConflict {
  readonly combination: Combination;
  readonly first: CoverageRule;
  readonly second: CoverageRule;
}

/** The coverage of every combination, and its conflicts. */
export interface CoverageTable {
  /** The attributes the coverage rules name, in declaration order: what a combination's coverage depends on. */
  readonly attributes: readonly string[];
  readonly rules: readonly FlatCoverage[];
  /** The choice for a combination (its severity the applied one), or null when no coverage rule matches. */
  choose(combination: Combination): CoverageChoice | null;
  readonly conflicts: readonly CoverageConflict[];
  /** How many combinations the coverage decides; past MAX_COMBINATIONS none is decided up front (SLA2061). */
  readonly combinations: number;
}

/** The coverage rules of the policy with their scope constraints, in source order. */
function flattenCoverage(entries: readonly CoverageEntry[], symbols: Symbols): FlatCoverage[] {
  const out: FlatCoverage[] = [];
  const visit = (list: readonly CoverageEntry[], outer: Constraints): void => {
    for (const entry of list) {
      if (entry.kind === "CoverageScope") visit(entry.entries, narrowScope(outer, entry, symbols));
      else out.push({ node: entry, order: out.length, constraints: withSeverities(outer, entry.severities) });
    }
  };
  visit(entries, FREE);
  return out;
}

function choiceOf(rule: CoverageRule, symbols: Symbols): CoverageChoice {
  return {
    calendar: namedCalendar(rule.calendar, symbols),
    fallback: rule.otherwise ? namedCalendar(rule.otherwise, symbols) : null,
    rule,
  };
}

const keyOfChoice = (choice: CoverageChoice): string => `${choice.calendar}\0${choice.fallback ?? ""}`;

/** Resolves the policy's coverage over every combination of tier, severity, channel and the attributes it names. */
export function resolveCoverage(symbols: Symbols): CoverageTable {
  const rules = symbols.coverage ? flattenCoverage(symbols.coverage.entries, symbols) : [];
  const named = new Set<string>();
  for (const rule of rules) for (const id of rule.constraints.attributes.keys()) if (symbols.attributes.get(id)?.values.length) named.add(id);
  const attributes = inDeclarationOrder(named, symbols);
  const choices = new Map<string, CoverageChoice | null>();
  const conflicts: CoverageConflict[] = [];
  const seen = new Set<string>();

  const decide = (combination: Combination): CoverageChoice | null => {
    let winner: FlatCoverage | undefined;
    let rivals: FlatCoverage[] = [];
    for (const rule of rules) {
      if (!matches(rule.constraints, combination)) continue;
      if (!winner || rule.constraints.specificity > winner.constraints.specificity) {
        winner = rule;
        rivals = [];
      } else if (rule.constraints.specificity === winner.constraints.specificity) rivals.push(rule);
    }
    if (!winner) return null;
    const chosen = choiceOf(winner.node, symbols);
    for (const rival of rivals) {
      if (keyOfChoice(choiceOf(rival.node, symbols)) === keyOfChoice(chosen)) continue;
      const pair = `${winner.node.range.start.offset}:${rival.node.range.start.offset}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      conflicts.push({ combination, first: winner.node, second: rival.node });
    }
    return chosen;
  };
  const keyOf = (c: Combination): string => [c.tier, c.severity, c.channel, ...attributes.map((id) => c.attributes[id] ?? "")].join("\0");
  const choose = (combination: Combination): CoverageChoice | null => {
    if (rules.length === 0) return null;
    const key = keyOf(combination);
    let choice = choices.get(key);
    if (choice === undefined) choices.set(key, (choice = decide(combination)));
    return choice;
  };

  // Every combination is decided once up front, so that conflicts are found whether or not a target needs them.
  const severities = symbols.severities.size > 0 ? [...symbols.severities.keys()] : [ANY];
  const combinations = rules.length === 0 ? 0 : tierChannelCells(symbols) * severities.length * productSize(attributes, symbols);
  if (rules.length > 0 && combinations <= MAX_COMBINATIONS) {
    const tiers = symbols.tiers.size > 0 ? [...symbols.tiers.keys()] : [ANY];
    const products = attributeProduct(attributes, symbols);
    for (const tier of tiers) {
      const decl = symbols.tiers.get(tier);
      const channels = symbols.channels.size === 0 ? [ANY] : decl ? tierChannelIds(decl, symbols) : [...symbols.channels.keys()];
      for (const severity of severities) {
        for (const channel of channels) for (const values of products) choose({ tier, severity, channel, attributes: values });
      }
    }
  }
  return { attributes, rules, choose, conflicts, combinations };
}
