/**
 * Scopes, shared by targets, coverage and eligibility: what a rule constrains (tiers,
 * severities, channels, attributes), narrowed by its enclosing scopes, and the
 * combinations of a ticket's dimensions it matches.
 */
import type { Name } from "../ast/nodes.js";
import { type Symbols, tierChannelIds, valueOf } from "./symbols.js";

/** The values a rule takes in each dimension it constrains; an absent one is free. */
export interface Constraints {
  readonly tiers?: ReadonlySet<string>;
  readonly severities?: ReadonlySet<string>;
  readonly channels?: ReadonlySet<string>;
  /** By attribute id, the values (canonical) the rule takes. */
  readonly attributes: ReadonlyMap<string, ReadonlySet<string>>;
  /** The number of constrained dimensions, attributes included. */
  readonly specificity: number;
}

/** No constraint at all: a rule outside every scope. */
export const FREE: Constraints = { attributes: new Map(), specificity: 0 };

/** A combination of a ticket's dimensions: ids (`*` for an undeclared dimension) and attribute values. */
export interface Combination {
  readonly tier: string;
  readonly severity: string;
  readonly channel: string;
  /** The values of the attributes the combination names, by attribute id, in declaration order. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** A scope's dimension: `tier`, `channel`, `severity`, or an attribute's id. */
export interface ScopeHead {
  readonly dimension: "tier" | "channel" | "severity" | "attribute";
  readonly attribute?: Name;
  readonly values: readonly Name[];
}

function narrowed(outer: ReadonlySet<string> | undefined, inner: ReadonlySet<string>): ReadonlySet<string> {
  // Re-narrowing a dimension is reported (NestedDimension); intersecting keeps resolution sound meanwhile.
  return outer ? new Set([...inner].filter((v) => outer.has(v))) : inner;
}

function countOf(c: Omit<Constraints, "specificity">): number {
  return (c.tiers ? 1 : 0) + (c.severities ? 1 : 0) + (c.channels ? 1 : 0) + c.attributes.size;
}

/** The values a scope names, attribute values read as the attribute reads them (`pt-br` is `pt-BR`). */
function valuesOf(head: ScopeHead, symbols: Symbols): ReadonlySet<string> {
  const attribute = head.attribute && symbols.attributes.get(head.attribute.value);
  return new Set(head.values.map((name) => (attribute ? (valueOf(attribute, name.value) ?? name.value) : name.value)));
}

/** The constraints inside a scope. */
export function narrowScope(outer: Constraints, head: ScopeHead, symbols: Symbols): Constraints {
  const values = valuesOf(head, symbols);
  let next: Omit<Constraints, "specificity">;
  switch (head.dimension) {
    case "tier":
      next = { ...outer, tiers: narrowed(outer.tiers, values) };
      break;
    case "severity":
      next = { ...outer, severities: narrowed(outer.severities, values) };
      break;
    case "channel":
      next = { ...outer, channels: narrowed(outer.channels, values) };
      break;
    case "attribute": {
      const id = head.attribute!.value;
      const attributes = new Map(outer.attributes);
      attributes.set(id, narrowed(outer.attributes.get(id), values));
      next = { ...outer, attributes };
      break;
    }
  }
  return { ...next, specificity: countOf(next) };
}

/** The constraints of a rule that names severities. */
export function withSeverities(outer: Constraints, severities: readonly Name[]): Constraints {
  if (severities.length === 0) return outer;
  const next = { ...outer, severities: narrowed(outer.severities, new Set(severities.map((s) => s.value))) };
  return { ...next, specificity: countOf(next) };
}

/** Whether constraints hold for a combination; an attribute the combination does not name never holds. */
export function matches(c: Constraints, combination: Combination): boolean {
  if (c.tiers && !c.tiers.has(combination.tier)) return false;
  if (c.severities && !c.severities.has(combination.severity)) return false;
  if (c.channels && !c.channels.has(combination.channel)) return false;
  for (const [id, values] of c.attributes) {
    const value = combination.attributes[id];
    if (value === undefined || !values.has(value)) return false;
  }
  return true;
}

/** Whether constraints hold for a combination's attribute values (its other dimensions aside). */
export function matchesAttributes(c: Constraints, attributes: Readonly<Record<string, string>>): boolean {
  for (const [id, values] of c.attributes) {
    const value = attributes[id];
    if (value === undefined || !values.has(value)) return false;
  }
  return true;
}

/**
 * Every assignment of values to the given attributes, the first attribute varying
 * slowest, values in declaration order; one empty assignment for no attributes.
 */
export function attributeProduct(ids: readonly string[], symbols: Symbols): Readonly<Record<string, string>>[] {
  let out: Record<string, string>[] = [{}];
  for (const id of ids) {
    const values = symbols.attributes.get(id)?.values ?? [];
    out = out.flatMap((partial) => values.map((value) => ({ ...partial, [id]: value })));
  }
  return out;
}

/**
 * The most combinations the compiler enumerates for one purpose (a policy's target rows,
 * its coverage, its eligibility rules): beyond it a policy's table would be too large to
 * build or ship, and checking stops with SLA2061 rather than running out of memory.
 */
export const MAX_COMBINATIONS = 100_000;

/** How many assignments `attributeProduct` makes for these attributes (without making them). */
export function productSize(ids: readonly string[], symbols: Symbols): number {
  return ids.reduce((size, id) => size * (symbols.attributes.get(id)?.values.length ?? 0), 1);
}

/** The number of (tier, channel) cells of a policy, a tier's unavailable channels aside. */
export function tierChannelCells(symbols: Symbols, tiers: (id: string) => boolean = () => true): number {
  if (symbols.tiers.size === 0) return Math.max(symbols.channels.size, 1);
  let cells = 0;
  for (const [id, tier] of symbols.tiers) if (tiers(id)) cells += symbols.channels.size === 0 ? 1 : tierChannelIds(tier, symbols).length;
  return cells;
}

/** Attribute ids in declaration order, from a set of them. */
export function inDeclarationOrder(ids: Iterable<string>, symbols: Symbols): string[] {
  const wanted = new Set(ids);
  return [...symbols.attributes.keys()].filter((id) => wanted.has(id));
}
