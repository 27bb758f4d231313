import type { AnyNode } from "../../ast/visitor.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** The keyword of each item kind that may appear at most once in its block. */
const ONCE: Readonly<Record<string, string>> = {
  Provider: "provider",
  Updated: "updated",
  Languages: "languages",
  BusinessHours: "business_hours",
  Escalation: "escalation",
  Maintenance: "maintenance",
  Uptime: "uptime",
  Zone: "zone",
  BusinessDay: "business_day",
  Assumption: "assumption",
  HoursRef: "hours",
  Responsibility: "responsibility",
  FixedSeverity: "severity always",
  Audience: "audience",
  Description: "description",
  ChannelsRef: "channels",
  SeveritiesRef: "severities",
  Notice: "notice",
  Service: "service",
  NotCovered: "not_covered",
  Objective: "objective",
  Downtime: "downtime",
  ErrorDefinition: "errors",
  ValidRequests: "valid_requests",
  MinimumPeriod: "minimum_period",
  Exclusions: "exclusions",
  TestOpened: "opened",
  TestNow: "now",
};

type Item = AnyNode;

/**
 * The identity of an item that may occur once in its block, or undefined when it may
 * repeat. Plain kinds are their own key; the others add what tells them apart.
 */
function onceKey(item: Item): string | undefined {
  switch (item.kind) {
    case "Targets":
      return `Targets ${item.metric.value}`;
    case "TestDimension":
      return `TestDimension ${item.dimension}`;
    case "TestExpect":
      return `TestExpect ${item.metric.value}`;
    case "EscalationLevel":
      return `EscalationLevel ${item.level.value}`;
    default:
      return ONCE[item.kind] === undefined ? undefined : item.kind;
  }
}

/** How a message names an item that may occur once. */
function onceLabel(item: Item): string {
  switch (item.kind) {
    case "Targets":
      return `targets for \`${item.metric.value}\``;
    case "TestDimension":
      return `\`${item.dimension}\``;
    case "TestExpect":
      return `\`expect ${item.metric.value}\``;
    case "EscalationLevel":
      return `\`level ${item.level.value}\``;
    default:
      return `\`${ONCE[item.kind]}\``;
  }
}

/**
 * Unique items
 *
 * A block is valid only if each item that may appear once in it (a policy's `provider`,
 * a calendar's `zone`, an uptime's `objective`, a metric's targets, a test's `opened`, an
 * escalation level, …) appears at most once.
 */
export function UniqueItemsRule(context: ValidationContext): RuleVisitor {
  // The block's name is only spelled out when there is something to report.
  const checkItems = (block: () => string, items: readonly Item[]): void => {
    const first = new Map<string, Item>();
    for (const item of items) {
      const key = onceKey(item);
      if (key === undefined) continue;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, item);
        continue;
      }
      context.report(SemanticCodes.DuplicateItem, `duplicate ${onceLabel(item)} in ${block()}`, item.range, {
        related: [{ message: "first given here", range: seen.range }],
      });
    }
  };
  return {
    Policy: (node) => checkItems(() => `policy \`${node.id.value}\``, node.items),
    Calendar: (node) => checkItems(() => `calendar \`${node.id.value}\``, node.items),
    Team: (node) => checkItems(() => `team \`${node.id.value}\``, node.items),
    Channel: (node) => checkItems(() => `channel \`${node.id.value}\``, node.items),
    SeverityDecl: (node) => checkItems(() => `severity \`${node.id.value}\``, node.items),
    Tier: (node) => checkItems(() => `tier \`${node.id.value}\``, node.items),
    Escalation: (node) => checkItems(() => "the escalation", node.items),
    OnCall: (node) => checkItems(() => "the on-call block", node.items),
    Maintenance: (node) => checkItems(() => "the maintenance block", node.items),
    Uptime: (node) => checkItems(() => "the uptime block", node.items),
    Test: (node) => checkItems(() => `test \`${node.name.value}\``, node.items),
  };
}
