import type { AttributeDecl, CoverageScope, Name, Node, ScopeCondition, TargetScope } from "../../ast/nodes.js";
import type { RuleVisitor } from "../../ast/visitor.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { RelatedInformation } from "../../diagnostics/diagnostic.js";
import { quotedList } from "../../diagnostics/wording.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import { valueOf } from "../symbols.js";

type Kind = "calendar" | "team" | "channel" | "severity" | "tier" | "attribute" | "value" | "metric" | "calendar or team";

/** A use of a name the policy does not declare, and the list or item it stands in. */
interface UnknownUse {
  readonly kind: Kind;
  readonly name: Name;
  readonly owner: Node;
  /** For a value: the attribute it should be a value of. */
  readonly attribute?: string;
}

/** The scope keywords a misspelt one that reads as an attribute's id is told apart from. */
const SCOPE_WORDS = ["tier", "channel", "severity"] as const;

/**
 * Known names
 *
 * A policy is valid only if every calendar, team, channel, severity, tier, attribute (and
 * value of one) and metric it refers to (in hours, channel lists, examples, escalation,
 * targets, scopes, coverage, eligibility, commitments and tests) is declared in it. One slip reads as one error: an unknown name is reported once, at its
 * first use, with its other uses related to it, and the unknown names first used in one
 * list (`medium, hihg, lwo 2h`) are reported together.
 */
export function KnownNamesRule(context: ValidationContext): RuleVisitor {
  let unknown: UnknownUse[] = [];
  const namesOf = (kind: Kind, attribute?: string): readonly string[] => {
    const symbols = context.symbols;
    switch (kind) {
      case "attribute":
        return [...symbols.attributes.keys()];
      case "value":
        return symbols.attributes.get(attribute ?? "")?.values ?? [];
      case "calendar":
        return [...symbols.calendars.keys()];
      case "team":
        return [...symbols.teams.keys()];
      case "channel":
        return [...symbols.channels.keys()];
      case "severity":
        return [...symbols.severities.keys()];
      case "tier":
        return [...symbols.tiers.keys()];
      case "metric":
        return [...symbols.metrics.keys()];
      case "calendar or team":
        return [...symbols.calendars.keys(), ...symbols.teams.keys()];
    }
  };
  const declared = (kind: Kind, id: string, attribute?: string): boolean => {
    const symbols = context.symbols;
    if (kind === "calendar or team") return symbols.calendars.has(id) || symbols.teams.has(id);
    if (kind === "attribute") return symbols.attributes.has(id);
    if (kind === "value") {
      const info = symbols.attributes.get(attribute ?? "");
      // An attribute whose values are not stated right is reported as such (InvalidAttributeValues).
      return info === undefined || info.values.length === 0 || valueOf(info, id) !== undefined;
    }
    const table = { calendar: symbols.calendars, team: symbols.teams, channel: symbols.channels, severity: symbols.severities, tier: symbols.tiers, metric: symbols.metrics }[kind];
    return table.has(id);
  };
  const check = (kind: Kind, name: Name, owner: Node, attribute?: string): void => {
    if (!declared(kind, name.value, attribute)) unknown.push({ kind, name, owner, ...(attribute !== undefined && { attribute }) });
  };
  /** An attribute's id, then (when it is declared) its values. */
  const checkAttribute = (attribute: Name, values: readonly Name[], owner: Node): void => {
    if (!context.symbols.attributes.has(attribute.value)) return check("attribute", attribute, owner);
    for (const value of values) check("value", value, owner, attribute.value);
  };
  const checkScope = (node: TargetScope | CoverageScope | ScopeCondition): void => {
    if (node.dimension === "attribute") checkAttribute(node.attribute!, node.values, node);
    else node.values.forEach((name) => check(node.dimension as Kind, name, node));
  };
  const report = (): void => {
    // The first use of each unknown (kind, name), with the later ones as related locations.
    const byName = new Map<string, { first: UnknownUse; later: UnknownUse[] }>();
    for (const use of unknown) {
      const key = `${use.kind}\u0000${use.attribute ?? ""}\u0000${use.name.value}`;
      const seen = byName.get(key);
      if (seen === undefined) byName.set(key, { first: use, later: [] });
      else seen.later.push(use);
    }
    // First uses that stand in the same list or item are one slip each.
    const byOwner = new Map<Node, { first: UnknownUse; later: UnknownUse[] }[]>();
    for (const group of byName.values()) {
      const list = byOwner.get(group.first.owner);
      if (list === undefined) byOwner.set(group.first.owner, [group]);
      else list.push(group);
    }
    for (const groups of byOwner.values()) {
      const { kind, name, owner, attribute } = groups[0]!.first;
      const related: RelatedInformation[] = groups.flatMap((g) =>
        g.later.map((use) => ({ message: `\`${use.name.value}\` is also used here`, range: use.name.range })),
      );
      const known = namesOf(kind, attribute);
      const of = kind === "value" ? ` of attribute \`${attribute}\`` : "";
      if (groups.length === 1) {
        // A misspelt `tier` in targets reads as the id of an attribute scope.
        const scopeWord = kind === "attribute" && owner.kind !== "TestAttribute" ? didYouMean(name.value, SCOPE_WORDS) : undefined;
        const none = kind === "value" ? `attribute \`${attribute}\` has no values` : `the policy declares no ${plural(kind)}`;
        const hint = scopeWord ?? (known.length === 0 ? none : didYouMean(name.value, known));
        context.report(SemanticCodes.UnknownName, `unknown ${kind} \`${name.value}\`${of}`, name.range, { ...(hint ? { hint } : {}), related });
      } else {
        const listed = quotedList(groups.map((g) => g.first.name.value), "and");
        const hints = groups.map((g) => didYouMean(g.first.name.value, known)).filter((h): h is string => h !== undefined);
        const hint = known.length === 0 ? `the policy declares no ${plural(kind)}` : hints.length > 0 ? hints.join("; ") : undefined;
        const others = groups.slice(1).map((g) => ({ message: `\`${g.first.name.value}\` is not declared either`, range: g.first.name.range }));
        context.report(SemanticCodes.UnknownName, `unknown ${plural(kind)} ${listed}${of}`, name.range, {
          ...(hint ? { hint } : {}),
          related: [...others, ...related],
        });
      }
    }
    unknown = [];
  };
  return {
    Policy: { leave: report },
    BusinessHours: (node) => check("calendar", node.calendar, node),
    HoursRef: (node) => {
      if (node.clock.kind === "ClockOn") check("calendar", node.clock.target, node);
    },
    ChannelsRef: (node) => node.channels.forEach((name) => check("channel", name, node)),
    SeveritiesRef: (node) => node.severities.forEach((name) => check("severity", name, node)),
    FixedSeverity: (node) => check("severity", node.severity, node),
    DefaultSeverity: (node) => check("severity", node.severity, node),
    AttributeDefault: (node, ancestors) => {
      const decl = ancestors.findLast((a): a is AttributeDecl => a.kind === "AttributeDecl");
      if (node.value && decl) check("value", node.value, node, decl.id.value);
    },
    Example: (node) => node.tiers.forEach((name) => check("tier", name, node)),
    EscalationLevel: (node) => check("team", node.team, node),
    Targets: (node) => check("metric", node.metric, node),
    TargetScope: checkScope,
    TargetRule: (node) => node.severities.forEach((name) => check("severity", name, node)),
    CoverageScope: checkScope,
    CoverageRule: (node) => {
      node.severities.forEach((name) => check("severity", name, node));
      for (const clock of [node.calendar, node.otherwise]) if (clock?.kind === "ClockOn") check("calendar or team", clock.target, node);
    },
    EligibilityRule: (node) => {
      node.severities.forEach((name) => check("severity", name, node));
      if (node.otherwise.kind === "Reclassify") check("severity", node.otherwise.severity, node.otherwise);
    },
    ScopeCondition: checkScope,
    DeadlineSpec: (node) => {
      if (node.clock?.kind === "ClockOn") check("calendar or team", node.clock.target, node);
    },
    CommitmentTiers: (node) => node.tiers.forEach((name) => check("tier", name, node)),
    ResponseCredit: (node) => check("metric", node.metric, node),
    TestDimension: (node) => check(node.dimension, node.value, node),
    TestAttribute: (node) => checkAttribute(node.attribute, [node.value], node),
    TestAddons: (node) => node.tiers.forEach((name) => check("tier", name, node)),
    TestExpectSeverity: (node) => check("severity", node.severity, node),
    TestExpect: (node) => check("metric", node.metric, node),
  };
}

function plural(kind: Kind): string {
  if (kind === "severity") return "severities";
  if (kind === "value") return "values";
  if (kind === "calendar or team") return "calendars or teams";
  return `${kind}s`;
}
