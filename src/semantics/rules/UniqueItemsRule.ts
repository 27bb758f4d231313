import type { Text } from "../../ast/nodes.js";
import type { NodeKind, NodeOfKind, RuleVisitor } from "../../ast/visitor.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";

/** The blocks of items: the nodes whose `items` are nodes (not strings, as in `exclusions`). */
type Block = {
  [K in NodeKind]: NodeOfKind<K> extends { readonly items: readonly (infer I)[] } ? ([I] extends [Text] ? never : NodeOfKind<K>) : never;
}[NodeKind];

/** An item of any block. */
type Item = Block["items"][number];

/** How often an item may appear in its block. */
type Occurrence<N> =
  /** Any number of times. */
  | "many"
  /** Once; messages name it by its keyword. Items of kinds with the same keyword count as one (`zone UTC`, `zone customer`). */
  | { readonly once: string }
  /** Once for each key (a metric's targets, once per metric); messages name it by its label. */
  | { readonly key: (item: N) => string; readonly label: (item: N) => string };

/**
 * How often each kind of item may appear in its block. Total over the item kinds of every
 * block, so that an item kind without an entry fails to compile.
 */
const OCCURRENCES: { readonly [K in Item["kind"]]: Occurrence<NodeOfKind<K>> } = {
  // policy
  Provider: { once: "provider" },
  Updated: { once: "updated" },
  ValidFrom: { once: "valid_from" },
  ValidUntil: { once: "valid_until" },
  Supersedes: { once: "supersedes" },
  Link: "many",
  Note: "many",
  Languages: { once: "languages" },
  BusinessHours: { once: "business_hours" },
  Calendar: "many",
  Team: "many",
  Channel: "many",
  SeverityDecl: "many",
  Tier: "many",
  AttributeDecl: "many",
  MetricDecl: "many",
  EventDecl: "many",
  Eligibility: "many",
  Coverage: { once: "coverage" },
  Targets: { key: (item) => item.metric.value, label: (item) => `targets for \`${item.metric.value}\`` },
  Escalation: { once: "escalation" },
  Exclusions: { once: "exclusions" },
  Maintenance: { once: "maintenance" },
  Uptime: "many",
  FiscalYear: { once: "fiscal_year" },
  ResponseCredit: "many",
  Test: "many",
  // calendar
  Zone: { once: "zone" },
  CustomerZone: { once: "zone" },
  UnknownZone: { once: "zone" },
  OpenDaily: "many",
  OpenSpan: "many",
  Closed: "many",
  Holidays: "many",
  UnknownHolidays: "many",
  UnknownHours: { once: "unknown" },
  // holidays
  HolidayTypes: { once: "types" },
  HolidayExcept: { once: "except" },
  HolidayOnly: { once: "only" },
  HolidayYears: { once: "years" },
  BusinessDay: { once: "business_day" },
  Assumption: { once: "assumption" },
  // team, channel, severity, tier
  HoursRef: { once: "hours" },
  Responsibility: { once: "responsibility" },
  Contact: "many",
  FixedSeverity: { once: "severity always" },
  DefaultSeverity: { once: "severity default" },
  Audience: { once: "audience" },
  Alias: "many",
  Description: { once: "description" },
  Example: "many",
  ChannelsRef: { once: "channels" },
  Addon: { once: "addon" },
  // attribute, metric
  AttributeValues: { once: "values" },
  AttributeDefault: { once: "default" },
  MetricStarts: { once: "starts" },
  MetricRepeats: { once: "repeats" },
  MetricOnChange: { once: "reclassified" },
  // escalation, on-call
  EscalationLevel: { key: (item) => `${item.level.value}`, label: (item) => `\`level ${item.level.value}\`` },
  EscalationRight: "many",
  OnCall: "many",
  SeveritiesRef: { once: "severities" },
  // maintenance
  Notice: { once: "notice" },
  Announce: "many",
  // uptime
  Service: { once: "service" },
  NotCovered: { once: "not_covered" },
  Objective: { once: "objective" },
  Downtime: { once: "downtime" },
  ErrorDefinition: { once: "errors" },
  ValidRequests: { once: "valid_requests" },
  MinimumPeriod: { once: "minimum_period" },
  Credit: "many",
  CreditCap: { once: "credit_cap" },
  ClaimWindow: { once: "claim_within" },
  CommitmentTiers: { once: "tiers" },
  // response credit
  Misses: { once: "misses" },
  CreditAmount: { once: "credit" },
  // test
  TestOpened: { once: "opened" },
  TestDimension: { key: (item) => item.dimension, label: (item) => `\`${item.dimension}\`` },
  TestAttribute: { key: (item) => item.attribute.value, label: (item) => `\`attribute ${item.attribute.value}\`` },
  TestAddons: { once: "addons" },
  TestZone: { once: "zone" },
  TestEvent: "many",
  TestNow: { once: "now" },
  TestExpect: {
    key: (item) => `${item.metric.value} ${item.cycle?.value ?? ""}`,
    label: (item) => `\`expect ${item.metric.value}${item.cycle ? ` cycle ${item.cycle.text}` : ""}\``,
  },
  TestExpectSeverity: { once: "expect severity" },
  TestExpectRejected: { once: "expect rejected" },
};

/** How often an item may appear. */
function occurrenceOf(item: Item): Occurrence<Item> {
  // The table gives each kind the occurrence of its own node type.
  return OCCURRENCES[item.kind] as Occurrence<Item>;
}

/** An occurrence that limits how often its item appears. */
type Limited = Exclude<Occurrence<Item>, "many">;

/**
 * The identity of an item that may occur once in its block: plain kinds are their own
 * key, the others add what tells them apart.
 */
function onceKey(item: Item, occurrence: Limited): string {
  return "once" in occurrence ? occurrence.once : `${item.kind} ${occurrence.key(item)}`;
}

/** How a message names an item that may occur once. */
function onceLabel(item: Item, occurrence: Limited): string {
  return "once" in occurrence ? `\`${occurrence.once}\`` : occurrence.label(item);
}

/**
 * Unique items
 *
 * A block is valid only if each item that may appear once in it (a policy's `provider`,
 * a calendar's `zone`, an uptime's `objective`, a metric's targets, a test's `opened`, an
 * escalation level, a rule's `assumption`, an event's `severity`, an `expect` of each
 * metric and cycle, …) appears at most once.
 */
export function UniqueItemsRule(context: ValidationContext): RuleVisitor {
  // The block's name is only spelled out when there is something to report.
  const checkItems = (block: () => string, items: readonly Item[]): void => {
    const first = new Map<string, Item>();
    for (const item of items) {
      const occurrence = occurrenceOf(item);
      if (occurrence === "many") continue;
      const key = onceKey(item, occurrence);
      const seen = first.get(key);
      if (!seen) {
        first.set(key, item);
        continue;
      }
      context.report(SemanticCodes.DuplicateItem, `duplicate ${onceLabel(item, occurrence)} in ${block()}`, item.range, {
        related: [{ message: "first given here", range: seen.range }],
      });
    }
  };
  // Total over the blocks, so that a new block is checked too.
  const blocks: { readonly [K in Block["kind"]]: (node: NodeOfKind<K>) => void } = {
    Policy: (node) => checkItems(() => `policy \`${node.id.value}\``, node.items),
    Calendar: (node) => checkItems(() => `calendar \`${node.id.value}\``, node.items),
    Holidays: (node) => checkItems(() => `\`holidays ${node.region.value}\``, node.items),
    Team: (node) => checkItems(() => `team \`${node.id.value}\``, node.items),
    Channel: (node) => checkItems(() => `channel \`${node.id.value}\``, node.items),
    SeverityDecl: (node) => checkItems(() => `severity \`${node.id.value}\``, node.items),
    Tier: (node) => checkItems(() => `tier \`${node.id.value}\``, node.items),
    AttributeDecl: (node) => checkItems(() => `attribute \`${node.id.value}\``, node.items),
    MetricDecl: (node) => checkItems(() => `metric \`${node.id.value}\``, node.items),
    EventDecl: (node) => checkItems(() => `event \`${node.id.value}\``, node.items),
    Escalation: (node) => checkItems(() => "the escalation", node.items),
    OnCall: (node) => checkItems(() => "the on-call block", node.items),
    Maintenance: (node) => checkItems(() => "the maintenance block", node.items),
    Uptime: (node) => checkItems(() => (node.id === undefined ? "the uptime block" : `uptime \`${node.id.value}\``), node.items),
    ResponseCredit: (node) => checkItems(() => `credit \`${node.metric.value}\``, node.items),
    Test: (node) => checkItems(() => `test \`${node.name.value}\``, node.items),
  };
  // The provenance that trails a rule is a block of its own: one `assumption` each.
  return {
    ...blocks,
    TargetRule: (node) => checkItems(() => "the rule", node.provenance),
    EligibilityRule: (node) => checkItems(() => "the rule", node.provenance),
    // So are an event's changes: one `severity`, one value of each attribute.
    TestEvent: (node) => checkItems(() => `event \`${node.event.value}\``, node.changes),
  };
}
