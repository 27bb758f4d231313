/**
 * A visitor over the AST that runs every rule in one pass: each rule hands in handlers
 * keyed by node kind, and `walk` calls the handlers of all rules for each node it meets.
 */
import type { Node } from "./nodes.js";

/** Every AST node. */
export type AnyNode = Node;

/** Every AST node kind. */
export type NodeKind = AnyNode["kind"];

/** The AST node type of a given kind. */
export type NodeOfKind<K extends NodeKind> = Extract<AnyNode, { readonly kind: K }>;

/** Called with a node and its ancestors, outermost first. */
export type NodeHandler<N> = (node: N, ancestors: readonly AnyNode[]) => void;

/** What a rule does on a node kind: a handler on entering, or handlers on entering and leaving. */
export type KindVisitor<N> = NodeHandler<N> | { readonly enter?: NodeHandler<N>; readonly leave?: NodeHandler<N> };

/** A rule's handlers, by the node kind they are interested in. */
export type RuleVisitor = { readonly [K in NodeKind]?: KindVisitor<NodeOfKind<K>> };

type AnyHandler = NodeHandler<AnyNode>;

type HandlersByKind = { [K in NodeKind]?: AnyHandler[] };

interface Dispatch {
  readonly enter: HandlersByKind;
  readonly leave: HandlersByKind;
}

/** Merges visitors so that a single walk serves them all, in the order they are given. */
function dispatchOf(visitors: readonly RuleVisitor[]): Dispatch {
  // Prototype-less objects: a property read per node is cheaper than a Map lookup.
  const enter: HandlersByKind = Object.create(null);
  const leave: HandlersByKind = Object.create(null);
  const add = (table: HandlersByKind, kind: NodeKind, handler: AnyHandler): void => {
    (table[kind] ??= []).push(handler);
  };
  for (const visitor of visitors) {
    for (const [kind, value] of Object.entries(visitor) as [NodeKind, KindVisitor<AnyNode> | undefined][]) {
      if (value === undefined) continue;
      if (typeof value === "function") add(enter, kind, value);
      else {
        if (value.enter) add(enter, kind, value.enter);
        if (value.leave) add(leave, kind, value.leave);
      }
    }
  }
  return { enter, leave };
}

type ChildKey<N> = Exclude<keyof N, "kind" | "range">;

/**
 * The properties of each node kind that hold nodes, in source order, like graphql-js's
 * QueryDocumentKeys: a lookup is much cheaper than enumerating every property of every
 * node. Comments are left out; no rule reads them.
 */
const CHILD_KEYS: { readonly [K in NodeKind]: readonly ChildKey<NodeOfKind<K>>[] } = {
  SourceFile: ["policies"],
  Comment: [],
  Policy: ["id", "title", "items"],
  Provider: ["name"],
  Updated: ["date"],
  ValidFrom: ["date"],
  ValidUntil: ["date"],
  Supersedes: ["policy"],
  Link: ["id", "title", "url"],
  Note: ["title", "text"],
  Languages: ["languages"],
  LanguageEntry: ["tag"],
  BusinessHours: ["calendar"],
  Calendar: ["id", "title", "items"],
  Zone: ["zone"],
  CustomerZone: ["default"],
  UnknownZone: ["reason"],
  UnknownHours: ["reason"],
  Holidays: ["region", "items"],
  HolidayTypes: ["types"],
  HolidayExcept: ["names"],
  HolidayOnly: ["names"],
  HolidayYears: ["from", "to"],
  UnknownHolidays: ["reason"],
  DaySet: [],
  OpenDaily: ["days", "from", "to"],
  OpenSpan: ["fromDay", "from", "fromZone", "toDay", "to", "toZone"],
  Closed: ["when", "name"],
  ClosedDate: ["from", "to"],
  ClosedYearly: ["month", "day", "shift", "observed"],
  ClosedNthWeekday: ["ordinal", "weekday", "month", "shift", "observed"],
  ClosedEaster: ["shift", "observed"],
  ClosedYearlyRange: ["fromMonth", "fromDay", "toMonth", "toDay"],
  DateShift: ["days"],
  Observed: ["days"],
  ObservedDay: ["from", "to"],
  BusinessDay: ["length"],
  Assumption: ["text"],
  Clock24x7: [],
  ClockBusiness: [],
  ClockOn: ["target"],
  Team: ["id", "title", "items"],
  HoursRef: ["clock"],
  Responsibility: ["text"],
  Contact: ["address", "purpose"],
  Channel: ["id", "title", "items"],
  FixedSeverity: ["severity"],
  DefaultSeverity: ["severity"],
  Audience: ["text"],
  SeverityDecl: ["id", "title", "items"],
  Alias: ["text"],
  Description: ["text"],
  Example: ["text", "tiers"],
  Tier: ["id", "title", "items"],
  ChannelsRef: ["channels"],
  Addon: [],
  AttributeDecl: ["id", "title", "fromLanguages", "items"],
  FromLanguages: [],
  AttributeValues: ["values"],
  AttributeValue: ["id", "title"],
  AttributeDefault: ["value"],
  Eligibility: ["rules"],
  EligibilityRule: ["severities", "conditions", "otherwise", "provenance"],
  ScopeCondition: ["attribute", "values"],
  Reject: [],
  Reclassify: ["severity"],
  Coverage: ["entries"],
  CoverageScope: ["attribute", "values", "entries"],
  CoverageRule: ["severities", "calendar", "otherwise"],
  SeveritiesRef: ["severities"],
  MetricDecl: ["id", "title", "items"],
  MetricStarts: ["event"],
  MetricRepeats: ["after", "until"],
  MetricOnChange: [],
  EventDecl: ["id", "title", "items"],
  Targets: ["metric", "entries"],
  TargetScope: ["attribute", "values", "entries"],
  TargetRule: ["severities", "value", "provenance"],
  NoTarget: [],
  UnknownTarget: ["reason"],
  DeadlineValue: ["inside", "otherwise"],
  DeadlineSpec: ["amount", "clock"],
  AmountDuration: ["duration"],
  AmountBusinessDays: ["days"],
  AmountCalendarDays: ["days"],
  AmountNextBusinessDay: [],
  Escalation: ["items"],
  EscalationLevel: ["level", "team"],
  EscalationRight: ["who", "via", "condition"],
  OnCall: ["title", "items"],
  Exclusions: ["items"],
  Maintenance: ["items"],
  Notice: ["duration"],
  Announce: ["where", "url"],
  Uptime: ["id", "title", "items"],
  Service: ["text"],
  NotCovered: ["items"],
  Objective: ["percent", "window"],
  Downtime: ["measure", "threshold"],
  ErrorDefinition: ["text"],
  ValidRequests: ["text"],
  MinimumPeriod: ["duration"],
  Credit: ["credit", "below"],
  CreditCap: ["percent"],
  ClaimWindow: ["duration"],
  CommitmentTiers: ["tiers"],
  FiscalYear: ["month", "day", "zone"],
  ResponseCredit: ["metric", "title", "items"],
  Misses: ["count", "period"],
  CreditAmount: ["percent"],
  Test: ["name", "items"],
  TestOpened: ["at"],
  TestDimension: ["value"],
  TestAttribute: ["attribute", "value"],
  TestAddons: ["tiers"],
  TestZone: ["zone"],
  TestEvent: ["event", "at", "changes"],
  TestNow: ["at"],
  TestExpect: ["metric", "cycle", "due", "status", "missed"],
  TestExpectSeverity: ["severity"],
  TestExpectRejected: [],
  Name: [],
  Text: [],
  Date: [],
  Time: [],
  Instant: [],
  Duration: [],
  Percent: [],
  Number: [],
};

/** The child keys of a node; a kind this file does not know is enumerated generically. */
/** Every node kind, from the child-key table that is total over them. */
export const NODE_KINDS: readonly NodeKind[] = Object.keys(CHILD_KEYS) as NodeKind[];

function childKeysOf(node: AnyNode): readonly string[] {
  return (CHILD_KEYS as Record<string, readonly string[] | undefined>)[node.kind] ?? Object.keys(node).filter((k) => k !== "range");
}

/**
 * Visits `root` and every node below it depth first, in source order, calling the
 * visitors' handlers.
 */
export function walk(root: AnyNode, visitors: readonly RuleVisitor[]): void {
  const { enter, leave } = dispatchOf(visitors);
  const ancestors: AnyNode[] = [];
  // Leaves no rule handles (most names and texts) are not worth a call.
  const skips = (node: AnyNode): boolean =>
    CHILD_KEYS[node.kind as NodeKind]?.length === 0 && enter[node.kind] === undefined && leave[node.kind] === undefined;
  const visit = (node: AnyNode): void => {
    const entering = enter[node.kind];
    if (entering) for (const handler of entering) handler(node, ancestors);
    ancestors.push(node);
    for (const key of childKeysOf(node)) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (typeof value !== "object" || value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item) && !skips(item)) visit(item);
      } else if (isNode(value) && !skips(value)) visit(value);
    }
    ancestors.pop();
    const leaving = leave[node.kind];
    if (leaving) for (const handler of leaving) handler(node, ancestors);
  };
  visit(root);
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}
