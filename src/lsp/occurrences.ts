/**
 * Where each declared id of a policy is declared and used: the index behind go to
 * definition, find references and rename. A use names the symbol it refers to by kind
 * and id; an id that names nothing declared is left out (the checks report it).
 */
import type { AttributeDecl, ClockOn, CoverageScope, Name, ScopeCondition, TargetScope } from "../ast/nodes.js";
import { type AnyNode, type RuleVisitor, walk } from "../ast/visitor.js";
import type { CheckedPolicy, Symbols } from "../semantics/index.js";

/** The kinds of id a policy declares. */
export type SymbolKind = "calendar" | "team" | "channel" | "severity" | "tier" | "attribute" | "value" | "metric" | "event";

/** One place a declared id is written. */
export interface Occurrence {
  /** `kind:id`, or for an attribute's value `value:attribute:id`; unique within a policy. */
  readonly key: string;
  readonly kind: SymbolKind;
  readonly id: string;
  readonly name: Name;
  readonly declaration: boolean;
  /** The policy's index in its file, so that two policies' `office` are different symbols. */
  readonly policy: number;
}

/** The key of a symbol. */
export function symbolKey(kind: SymbolKind, id: string, attribute?: string): string {
  return kind === "value" ? `value:${attribute}:${id}` : `${kind}:${id}`;
}

/** Every occurrence of a declared id in a policy, in source order. */
export function occurrencesOf(checked: CheckedPolicy, policyIndex: number): Occurrence[] {
  const { symbols, policy } = checked;
  const out: Occurrence[] = [];
  const add = (kind: SymbolKind, name: Name | undefined, declaration = false, attribute?: string): void => {
    if (name === undefined) return;
    if (!declaration && !isDeclared(symbols, kind, name.value, attribute)) return;
    out.push({ key: symbolKey(kind, name.value, attribute), kind, id: name.value, name, declaration, policy: policyIndex });
  };
  const addAll = (kind: SymbolKind, names: readonly Name[], attribute?: string) => names.forEach((n) => add(kind, n, false, attribute));
  // `on x` names a calendar, or a team whose hours it means.
  const clock = (node: ClockOn) => add(symbols.calendars.has(node.target.value) ? "calendar" : "team", node.target);
  const scope = (node: TargetScope | CoverageScope | ScopeCondition) => {
    if (node.dimension === "attribute") {
      add("attribute", node.attribute);
      addAll("value", node.values, node.attribute?.value);
    } else addAll(node.dimension, node.values);
  };
  const fromLanguages: string[] = [...symbols.attributes.values()].filter((a) => a.decl.fromLanguages !== undefined).map((a) => a.id);
  const visitor: RuleVisitor = {
    Calendar: (n) => add("calendar", n.id, true),
    Team: (n) => add("team", n.id, true),
    Channel: (n) => add("channel", n.id, true),
    SeverityDecl: (n) => add("severity", n.id, true),
    Tier: (n) => add("tier", n.id, true),
    AttributeDecl: (n) => add("attribute", n.id, true),
    AttributeValue: (n, ancestors) => add("value", n.id, true, attributeOf(ancestors)),
    AttributeDefault: (n, ancestors) => add("value", n.value, false, attributeOf(ancestors)),
    // The values of an attribute `from languages` are declared by the `languages` item.
    LanguageEntry: (n) => fromLanguages.forEach((attribute) => add("value", n.tag, true, attribute)),
    MetricDecl: (n) => add("metric", n.id, true),
    EventDecl: (n) => add("event", n.id, true),
    BusinessHours: (n) => add("calendar", n.calendar),
    ClockOn: clock,
    FixedSeverity: (n) => add("severity", n.severity),
    DefaultSeverity: (n) => add("severity", n.severity),
    Example: (n) => addAll("tier", n.tiers),
    ChannelsRef: (n) => addAll("channel", n.channels),
    MetricStarts: (n) => add("event", n.event),
    MetricRepeats: (n) => {
      for (const name of [n.after, n.until]) if (name) add(symbols.events.has(name.value) ? "event" : "metric", name);
    },
    EligibilityRule: (n) => addAll("severity", n.severities),
    ScopeCondition: scope,
    Reclassify: (n) => add("severity", n.severity),
    CoverageScope: scope,
    CoverageRule: (n) => addAll("severity", n.severities),
    Targets: (n) => add("metric", n.metric),
    TargetScope: scope,
    TargetRule: (n) => addAll("severity", n.severities),
    EscalationLevel: (n) => add("team", n.team),
    SeveritiesRef: (n) => addAll("severity", n.severities),
    CommitmentTiers: (n) => addAll("tier", n.tiers),
    ResponseCredit: (n) => add("metric", n.metric),
    TestDimension: (n) => add(n.dimension, n.value),
    TestAttribute: (n) => {
      add("attribute", n.attribute);
      add("value", n.value, false, n.attribute.value);
    },
    TestAddons: (n) => addAll("tier", n.tiers),
    TestEvent: (n) => add(symbols.events.has(n.event.value) ? "event" : "metric", n.event),
    TestExpect: (n) => add("metric", n.metric),
    TestExpectSeverity: (n) => add("severity", n.severity),
  };
  walk(policy, [visitor]);
  return out.sort((a, b) => a.name.range.start.offset - b.name.range.start.offset);
}

function attributeOf(ancestors: readonly AnyNode[]): string | undefined {
  const decl = ancestors.findLast((a): a is AttributeDecl => a.kind === "AttributeDecl");
  return decl?.id.value;
}

/** Whether a policy declares a symbol; builtin metrics count as declared, with no declaration to go to. */
function isDeclared(symbols: Symbols, kind: SymbolKind, id: string, attribute?: string): boolean {
  switch (kind) {
    case "calendar":
      return symbols.calendars.has(id);
    case "team":
      return symbols.teams.has(id);
    case "channel":
      return symbols.channels.has(id);
    case "severity":
      return symbols.severities.has(id);
    case "tier":
      return symbols.tiers.has(id);
    case "attribute":
      return symbols.attributes.has(id);
    case "value": {
      const info = attribute === undefined ? undefined : symbols.attributes.get(attribute);
      return info !== undefined && (info.values.includes(id) || info.decl.fromLanguages !== undefined);
    }
    case "metric":
      return symbols.metrics.has(id);
    case "event":
      return symbols.events.has(id);
  }
}
