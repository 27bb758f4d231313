/** Builders for teams, channels, severities, tiers, attributes, metric and event declarations (calendars are calendars.ts). */
import type {
  Alias,
  AttributeDecl,
  AttributeItem,
  AttributeValue,
  Audience,
  Channel,
  ChannelItem,
  DefaultSeverity,
  EventDecl,
  EventItem,
  Example,
  FixedSeverity,
  MetricDecl,
  MetricItem,
  Responsibility,
  SeverityDecl,
  SeverityItem,
  Team,
  TeamItem,
  Tier,
  TierItem,
} from "../../ast/nodes.js";
import type {
  AttributeDeclCstNode,
  AttributeItemCstNode,
  AttributeValueCstNode,
  ChannelCstNode,
  ChannelItemCstNode,
  EventDeclCstNode,
  EventItemCstNode,
  MetricDeclCstNode,
  MetricItemCstNode,
  SeverityDeclCstNode,
  SeverityItemCstNode,
  TeamCstNode,
  TeamItemCstNode,
  TierCstNode,
  TierItemCstNode,
} from "../cst.generated.js";
import type { Builder } from "./builder.js";
import { keywordOf } from "../tokens.js";
import { node, nodes, token } from "./builder.js";
import { assumption, channels, contact, declaration, description, hours, items, note } from "./shared.js";
import type { ItemBuilders } from "./shared.js";

const teamItems: ItemBuilders<TeamItemCstNode, TeamItem> = {
  hours,
  responsibility: (b, cst): Responsibility | undefined => {
    const text = b.text(token(cst, "text"));
    return text && { kind: "Responsibility", text, range: b.rangeOf(cst) };
  },
  contact,
  assumption,
  note,
};

/** `team <id> ["<title>"] { … }` */
export function team(b: Builder, cst: TeamCstNode): Team | undefined {
  return declaration(b, cst, "Team", teamItems, "teamItem");
}

const channelItems: ItemBuilders<ChannelItemCstNode, ChannelItem> = {
  channelSeverity: (b, cst): FixedSeverity | DefaultSeverity | undefined => {
    const mode = token(cst, "mode");
    const severity = b.name(token(cst, "severity"));
    if (!mode || !severity) return undefined;
    return { kind: keywordOf(mode.tokenType) === "default" ? "DefaultSeverity" : "FixedSeverity", severity, range: b.rangeOf(cst) };
  },
  contact,
  audience: (b, cst): Audience | undefined => {
    const text = b.text(token(cst, "text"));
    return text && { kind: "Audience", text, range: b.rangeOf(cst) };
  },
  assumption,
  note,
};

/** `channel <id> ["<title>"] [{ … }]` */
export function channel(b: Builder, cst: ChannelCstNode): Channel | undefined {
  return declaration(b, cst, "Channel", channelItems, "channelItem");
}

const severityItems: ItemBuilders<SeverityItemCstNode, SeverityItem> = {
  alias: (b, cst): Alias | undefined => {
    const text = b.text(token(cst, "text"));
    return text && { kind: "Alias", text, range: b.rangeOf(cst) };
  },
  description,
  example: (b, cst): Example | undefined => {
    const text = b.text(token(cst, "text"));
    return text && { kind: "Example", text, tiers: b.names(node(cst, "tiers"), "id"), range: b.rangeOf(cst) };
  },
  assumption,
  note,
};

/** `severity <id> ["<title>"] [{ … }]` */
export function severityDecl(b: Builder, cst: SeverityDeclCstNode): SeverityDecl | undefined {
  return declaration(b, cst, "SeverityDecl", severityItems, "severityItem");
}

const tierItems: ItemBuilders<TierItemCstNode, TierItem> = {
  hours,
  channels,
  description,
  addon: (b, cst) => ({ kind: "Addon", range: b.rangeOf(cst) }),
  assumption,
  note,
};

/** `tier <id> ["<title>"] [{ … }]` */
export function tier(b: Builder, cst: TierCstNode): Tier | undefined {
  return declaration(b, cst, "Tier", tierItems, "tierItem");
}

function attributeValue(b: Builder, cst: AttributeValueCstNode): AttributeValue | undefined {
  const id = b.name(token(cst, "id"));
  const title = b.text(token(cst, "title"));
  return id && { kind: "AttributeValue", id, ...(title && { title }), range: b.rangeOf(cst) };
}

const attributeItems: ItemBuilders<AttributeItemCstNode, AttributeItem> = {
  attributeValues: (b, cst) => {
    const values = nodes(cst, "attributeValue").flatMap((value) => attributeValue(b, value) ?? []);
    return values.length === 0 ? undefined : { kind: "AttributeValues", values, range: b.rangeOf(cst) };
  },
  attributeDefault: (b, cst) => {
    const value = b.name(token(cst, "value"));
    if (!value && !token(cst, "None")) return undefined;
    return { kind: "AttributeDefault", ...(value && { value }), range: b.rangeOf(cst) };
  },
  assumption,
  note,
};

/** `attribute <id> ["<title>"] [from languages] [{ … }]` */
export function attributeDecl(b: Builder, cst: AttributeDeclCstNode): AttributeDecl | undefined {
  const id = b.name(token(cst, "id"));
  const title = b.text(token(cst, "title"));
  const source = node(cst, "attributeSource");
  if (id === undefined) return undefined;
  return {
    kind: "AttributeDecl",
    id,
    ...(title && { title }),
    ...(source && { fromLanguages: { kind: "FromLanguages" as const, range: b.rangeOf(source) } }),
    items: items(b, cst, "attributeItem", attributeItems),
    range: b.rangeOf(cst),
  };
}

const metricItems: ItemBuilders<MetricItemCstNode, MetricItem> = {
  metricStarts: (b, cst) => {
    const event = b.name(token(cst, "event"));
    return event && { kind: "MetricStarts", event, range: b.rangeOf(cst) };
  },
  metricRepeats: (b, cst) => {
    const after = b.name(token(cst, "after"));
    const until = b.name(token(cst, "until"));
    return { kind: "MetricRepeats", ...(after && { after }), ...(until && { until }), range: b.rangeOf(cst) };
  },
  metricOnChange: (b, cst) => {
    const rule = token(cst, "rule");
    if (!rule) return undefined;
    return { kind: "MetricOnChange", rule: keywordOf(rule.tokenType) === "restarts" ? "restart" : "keep", range: b.rangeOf(cst) };
  },
  assumption,
  note,
};

/** `metric <id> ["<title>"] [{ starts <event>  assumption …  note … }]` */
export function metricDecl(b: Builder, cst: MetricDeclCstNode): MetricDecl | undefined {
  const id = b.name(token(cst, "id"));
  const title = b.text(token(cst, "title"));
  if (!id) return undefined;
  return { kind: "MetricDecl", id, ...(title && { title }), items: items(b, cst, "metricItem", metricItems), range: b.rangeOf(cst) };
}

const eventItems: ItemBuilders<EventItemCstNode, EventItem> = { assumption, note };

/** `event <id> ["<title>"] [{ assumption …  note … }]` */
export function eventDecl(b: Builder, cst: EventDeclCstNode): EventDecl | undefined {
  return declaration(b, cst, "EventDecl", eventItems, "eventItem");
}
