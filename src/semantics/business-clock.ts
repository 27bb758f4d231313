/**
 * What `business` means for a combination: its coverage (a calendar, and a fallback for
 * tickets whose clock starts outside it), else its tier's `hours`, else the policy's
 * `business_hours`, else its only calendar. Target resolution counts deadlines on it.
 */
import type { CoverageRule, DeadlineValue } from "../ast/nodes.js";
import { ANY } from "../contract/vocabulary.js";
import { businessOfPolicy, onBusinessClock, SKIP } from "./clocks.js";
import type { CoverageTable } from "./coverage.js";
import { attributeProduct, type Combination, type Constraints } from "./scopes.js";
import { hoursOf, isAddon, type Symbols, tierChannelIds } from "./symbols.js";

/** What `business` means for a row: a calendar (or a marker, see clocks.ts), the coverage's fallback, and the coverage rule. */
export interface Business {
  readonly calendar: string;
  readonly fallback: string | null;
  readonly coverage: CoverageRule | null;
}

/** The business clocks of a policy. */
export interface BusinessClocks {
  /** What `business` means for a combination whose applied severity is `applied`. */
  businessOf(combination: Combination, applied: string): Business;
  /**
   * The business clocks a rule may meet, each with a tier it meets it for: one per distinct
   * business calendar of the tiers it may apply to (base tiers, for a rule free in the tier
   * dimension), and with coverage, one per distinct coverage choice within its scope.
   */
  reachable(rule: Constraints): [Business, string][];
}

/** Whether any deadline of a target runs on, or tells hours by, the business clock. */
export function usesBusiness(value: DeadlineValue): boolean {
  if (onBusinessClock(value.inside.clock)) return true;
  if (!value.otherwise) return false;
  return onBusinessClock(value.otherwise.clock) || value.inside.clock?.kind === "Clock24x7";
}

/** Whether constraints allow the attribute values given (attributes not given are free). */
function agrees(c: Constraints, attributes: Readonly<Record<string, string>>): boolean {
  for (const [id, values] of c.attributes) {
    const value = attributes[id];
    if (value !== undefined && !values.has(value)) return false;
  }
  return true;
}

const keyOf = (business: Business): string => `${business.calendar}\0${business.fallback ?? ""}`;

/** The business clocks of a policy, given its resolved coverage. */
export function businessClocks(symbols: Symbols, coverage: CoverageTable): BusinessClocks {
  const policyBusiness = businessOfPolicy(symbols);
  const tierIds = symbols.tiers.size > 0 ? [...symbols.tiers.keys()] : [ANY];
  const severityIds = symbols.severities.size > 0 ? [...symbols.severities.keys()] : [ANY];
  const byTier = new Map<string, string>();
  for (const tier of tierIds) {
    const decl = symbols.tiers.get(tier);
    const hours = decl ? hoursOf(decl, symbols) : undefined;
    byTier.set(tier, hours === null ? SKIP : (hours ?? policyBusiness));
  }
  const ofTier = (tier: string): Business => ({ calendar: byTier.get(tier)!, fallback: null, coverage: null });
  const businessOf = (combination: Combination, applied: string): Business => {
    const choice = coverage.choose({ ...combination, severity: applied });
    return choice ? { calendar: choice.calendar, fallback: choice.fallback, coverage: choice.rule } : ofTier(combination.tier);
  };
  // Made on first use: resolution asks for it only when the coverage is small enough to enumerate.
  let products: Readonly<Record<string, string>>[] | undefined;
  const reachable = (rule: Constraints): [Business, string][] => {
    const tiers = rule.tiers
      ? [...rule.tiers].filter((t) => symbols.tiers.has(t))
      : tierIds.filter((t) => {
          const decl = symbols.tiers.get(t);
          return decl === undefined || !isAddon(decl);
        });
    const found = new Map<string, [Business, string]>();
    const add = (business: Business, tier: string): void => {
      if (!found.has(keyOf(business))) found.set(keyOf(business), [business, tier]);
    };
    for (const tier of tiers) {
      if (coverage.rules.length === 0) {
        add(ofTier(tier), tier);
        continue;
      }
      const decl = symbols.tiers.get(tier);
      const channels = symbols.channels.size === 0 ? [ANY] : decl ? tierChannelIds(decl, symbols) : [...symbols.channels.keys()];
      for (const severity of rule.severities ? severityIds.filter((s) => rule.severities!.has(s)) : severityIds) {
        for (const channel of rule.channels ? channels.filter((c) => rule.channels!.has(c)) : channels) {
          products ??= attributeProduct(coverage.attributes, symbols);
          for (const attributes of products) if (agrees(rule, attributes)) add(businessOf({ tier, severity, channel, attributes }, severity), tier);
        }
      }
    }
    return [...found.values()];
  };
  return { businessOf, reachable };
}
