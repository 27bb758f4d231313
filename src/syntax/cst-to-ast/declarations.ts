/** Builders for teams, channels, severities, tiers and metric declarations (calendars are calendars.ts). */
import type {
  Alias,
  Audience,
  Channel,
  ChannelItem,
  Example,
  FixedSeverity,
  MetricDecl,
  Responsibility,
  SeverityDecl,
  SeverityItem,
  Team,
  TeamItem,
  Tier,
  TierItem,
} from "../../ast/nodes.js";
import type {
  ChannelCstNode,
  ChannelItemCstNode,
  MetricDeclCstNode,
  SeverityDeclCstNode,
  SeverityItemCstNode,
  TeamCstNode,
  TeamItemCstNode,
  TierCstNode,
  TierItemCstNode,
} from "../cst.generated.js";
import type { Builder } from "./builder.js";
import { node, token } from "./builder.js";
import { channels, contact, declaration, description, hours, note } from "./shared.js";
import type { ItemBuilders } from "./shared.js";

const teamItems: ItemBuilders<TeamItemCstNode, TeamItem> = {
  hours,
  responsibility: (b, cst): Responsibility | undefined => {
    const text = b.text(token(cst, "text"));
    return text && { kind: "Responsibility", text, range: b.rangeOf(cst) };
  },
  contact,
  note,
};

/** `team <id> ["<title>"] { … }` */
export function team(b: Builder, cst: TeamCstNode): Team | undefined {
  return declaration(b, cst, "Team", teamItems, "teamItem");
}

const channelItems: ItemBuilders<ChannelItemCstNode, ChannelItem> = {
  fixedSeverity: (b, cst): FixedSeverity | undefined => {
    const severity = b.name(token(cst, "severity"));
    return severity && { kind: "FixedSeverity", severity, range: b.rangeOf(cst) };
  },
  contact,
  audience: (b, cst): Audience | undefined => {
    const text = b.text(token(cst, "text"));
    return text && { kind: "Audience", text, range: b.rangeOf(cst) };
  },
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
  note,
};

/** `severity <id> ["<title>"] [{ … }]` */
export function severityDecl(b: Builder, cst: SeverityDeclCstNode): SeverityDecl | undefined {
  return declaration(b, cst, "SeverityDecl", severityItems, "severityItem");
}

const tierItems: ItemBuilders<TierItemCstNode, TierItem> = { hours, channels, description, note };

/** `tier <id> ["<title>"] [{ … }]` */
export function tier(b: Builder, cst: TierCstNode): Tier | undefined {
  return declaration(b, cst, "Tier", tierItems, "tierItem");
}

/** `metric <id> ["<title>"] [{ starts <event> }]` */
export function metricDecl(b: Builder, cst: MetricDeclCstNode): MetricDecl | undefined {
  const id = b.name(token(cst, "id"));
  const title = b.text(token(cst, "title"));
  const starts = b.name(token(cst, "starts"));
  return id && { kind: "MetricDecl", id, ...(title && { title }), ...(starts && { starts }), range: b.rangeOf(cst) };
}
