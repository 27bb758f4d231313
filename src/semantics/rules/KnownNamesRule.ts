import type { Name, Node } from "../../ast/nodes.js";
import type { RuleVisitor } from "../../ast/visitor.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { RelatedInformation } from "../../diagnostics/diagnostic.js";
import { quotedList } from "../../diagnostics/wording.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";

type Kind = "calendar" | "team" | "channel" | "severity" | "tier" | "metric" | "calendar or team";

/** A use of a name the policy does not declare, and the list or item it stands in. */
interface UnknownUse {
  readonly kind: Kind;
  readonly name: Name;
  readonly owner: Node;
}

/**
 * Known names
 *
 * A policy is valid only if every calendar, team, channel, severity, tier and metric it
 * refers to (in hours, channel lists, examples, escalation, targets, scopes and tests) is
 * declared in it. One slip reads as one error: an unknown name is reported once, at its
 * first use, with its other uses related to it, and the unknown names first used in one
 * list (`medium, hihg, lwo 2h`) are reported together.
 */
export function KnownNamesRule(context: ValidationContext): RuleVisitor {
  let unknown: UnknownUse[] = [];
  const namesOf = (kind: Kind): readonly string[] => {
    const symbols = context.symbols;
    switch (kind) {
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
  const declared = (kind: Kind, id: string): boolean => {
    const symbols = context.symbols;
    if (kind === "calendar or team") return symbols.calendars.has(id) || symbols.teams.has(id);
    const table = { calendar: symbols.calendars, team: symbols.teams, channel: symbols.channels, severity: symbols.severities, tier: symbols.tiers, metric: symbols.metrics }[kind];
    return table.has(id);
  };
  const check = (kind: Kind, name: Name, owner: Node): void => {
    if (!declared(kind, name.value)) unknown.push({ kind, name, owner });
  };
  const report = (): void => {
    // The first use of each unknown (kind, name), with the later ones as related locations.
    const byName = new Map<string, { first: UnknownUse; later: UnknownUse[] }>();
    for (const use of unknown) {
      const key = `${use.kind}\u0000${use.name.value}`;
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
      const { kind, name } = groups[0]!.first;
      const related: RelatedInformation[] = groups.flatMap((g) =>
        g.later.map((use) => ({ message: `\`${use.name.value}\` is also used here`, range: use.name.range })),
      );
      const known = namesOf(kind);
      if (groups.length === 1) {
        const hint = known.length === 0 ? `the policy declares no ${plural(kind)}` : didYouMean(name.value, known);
        context.report(SemanticCodes.UnknownName, `unknown ${kind} \`${name.value}\``, name.range, { ...(hint ? { hint } : {}), related });
      } else {
        const listed = quotedList(groups.map((g) => g.first.name.value), "and");
        const hints = groups.map((g) => didYouMean(g.first.name.value, known)).filter((h): h is string => h !== undefined);
        const hint = known.length === 0 ? `the policy declares no ${plural(kind)}` : hints.length > 0 ? hints.join("; ") : undefined;
        const others = groups.slice(1).map((g) => ({ message: `\`${g.first.name.value}\` is not declared either`, range: g.first.name.range }));
        context.report(SemanticCodes.UnknownName, `unknown ${plural(kind)} ${listed}`, name.range, {
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
    Example: (node) => node.tiers.forEach((name) => check("tier", name, node)),
    EscalationLevel: (node) => check("team", node.team, node),
    Targets: (node) => check("metric", node.metric, node),
    TargetScope: (node) => node.values.forEach((name) => check(node.dimension, name, node)),
    TargetRule: (node) => node.severities.forEach((name) => check("severity", name, node)),
    DeadlineSpec: (node) => {
      if (node.clock?.kind === "ClockOn") check("calendar or team", node.clock.target, node);
    },
    TestDimension: (node) => check(node.dimension, node.value, node),
    TestExpect: (node) => check("metric", node.metric, node),
  };
}

function plural(kind: Kind): string {
  if (kind === "severity") return "severities";
  if (kind === "calendar or team") return "calendars or teams";
  return `${kind}s`;
}
