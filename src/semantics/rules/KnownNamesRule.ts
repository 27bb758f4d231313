import type { Name } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../../ast/visitor.js";

type Kind = "calendar" | "team" | "channel" | "severity" | "tier" | "metric";

/**
 * Known names
 *
 * A policy is valid only if every calendar, team, channel, severity, tier and metric it
 * refers to (in hours, channel lists, examples, escalation, targets, scopes and tests) is
 * declared in it.
 */
export function KnownNamesRule(context: ValidationContext): RuleVisitor {
  const tableOf = (kind: Kind): ReadonlyMap<string, unknown> => {
    const symbols = context.symbols;
    switch (kind) {
      case "calendar":
        return symbols.calendars;
      case "team":
        return symbols.teams;
      case "channel":
        return symbols.channels;
      case "severity":
        return symbols.severities;
      case "tier":
        return symbols.tiers;
      case "metric":
        return symbols.metrics;
    }
  };
  const check = (kind: Kind, name: Name): void => {
    const table = tableOf(kind);
    if (table.has(name.value)) return;
    const hint = table.size === 0 ? `the policy declares no ${plural(kind)}` : didYouMean(name.value, table.keys());
    context.report(SemanticCodes.UnknownName, `unknown ${kind} \`${name.value}\``, name.range, hint ? { hint } : {});
  };
  return {
    BusinessHours: (node) => check("calendar", node.calendar),
    HoursRef: (node) => {
      if (node.clock.kind === "ClockOn") check("calendar", node.clock.target);
    },
    ChannelsRef: (node) => node.channels.forEach((name) => check("channel", name)),
    SeveritiesRef: (node) => node.severities.forEach((name) => check("severity", name)),
    FixedSeverity: (node) => check("severity", node.severity),
    Example: (node) => node.tiers.forEach((name) => check("tier", name)),
    EscalationLevel: (node) => check("team", node.team),
    Targets: (node) => check("metric", node.metric),
    TargetScope: (node) => node.values.forEach((name) => check(node.dimension, name)),
    TargetRule: (node) => node.severities.forEach((name) => check("severity", name)),
    DeadlineSpec: (node) => {
      const clock = node.clock;
      if (clock?.kind !== "ClockOn") return;
      const id = clock.target.value;
      const { calendars, teams } = context.symbols;
      if (calendars.has(id) || teams.has(id)) return;
      const hint = didYouMean(id, [...calendars.keys(), ...teams.keys()]);
      context.report(SemanticCodes.UnknownName, `unknown calendar or team \`${id}\``, clock.target.range, hint ? { hint } : {});
    },
    TestDimension: (node) => check(node.dimension, node.value),
    TestExpect: (node) => check("metric", node.metric),
  };
}

function plural(kind: string): string {
  return kind === "severity" ? "severities" : `${kind}s`;
}
