/** Builders for calendars, teams, channels, severities, tiers and metric declarations. */
import type {
  Alias,
  Assumption,
  Audience,
  BusinessDay,
  Calendar,
  CalendarItem,
  Channel,
  ChannelItem,
  Closed,
  DaySet,
  Example,
  FixedSeverity,
  MetricDecl,
  Open,
  Responsibility,
  SeverityDecl,
  SeverityItem,
  Team,
  TeamItem,
  Tier,
  TierItem,
  Zone,
} from "../../ast/nodes.js";
import { SyntaxCodes } from "../../diagnostics/codes/syntax.js";
import type { NodeAt, NodeLabel } from "../cst.js";
import type {
  CalendarCstNode,
  CalendarItemCstNode,
  ChannelCstNode,
  ChannelItemCstNode,
  ClosedCstNode,
  MetricDeclCstNode,
  OpenCstNode,
  SeverityDeclCstNode,
  SeverityItemCstNode,
  TeamCstNode,
  TeamItemCstNode,
  TierCstNode,
  TierItemCstNode,
  ZoneCstNode,
} from "../cst.generated.js";
import type { Builder } from "./builder.js";
import { node, token, tokens } from "./builder.js";
import { daySet, singleDay } from "./days.js";
import { dateLiteral, durationLiteral, numberLiteral, timeOfDay } from "./literals.js";
import { channels, contact, description, hours, items, note } from "./shared.js";
import type { ItemBuilders } from "./shared.js";

/** The declarations made of a head `<keyword> <id> ["<title>"]` and a block of items. */
type DeclarationCstNode = CalendarCstNode | TeamCstNode | ChannelCstNode | SeverityDeclCstNode | TierCstNode;

/** Builds the common head `<keyword> <id> ["<title>"]` and the block's items. */
function declaration<N extends DeclarationCstNode, L extends NodeLabel<N>, K extends string, T>(
  b: Builder,
  cst: N,
  kind: K,
  builders: ItemBuilders<NodeAt<N, L>, T>,
  itemLabel: L,
) {
  const id = b.name(token<DeclarationCstNode>(cst, "id"));
  const title = b.text(token<DeclarationCstNode>(cst, "title"));
  if (id === undefined) return undefined;
  return { kind, id, ...(title && { title }), items: items(b, cst, itemLabel, builders), range: b.rangeOf(cst) };
}

const zone = (b: Builder, cst: ZoneCstNode): Zone | undefined => {
  const name = b.name(token(cst, "name"));
  return name && { kind: "Zone", zone: name, range: b.rangeOf(cst) };
};

/** `open <days> <from> - <to>` or `open <day> <from> - <day> <to>` */
function open(b: Builder, cst: OpenCstNode): Open | undefined {
  const days = node(cst, "days");
  const dayTokens = days === undefined ? [] : tokens(days, "day");
  const toDayToken = token(cst, "toDay");
  const from = timeOfDay(b, token(cst, "from"));
  const to = timeOfDay(b, token(cst, "to"));
  const range = b.rangeOf(cst);
  if (from?.minutes === 24 * 60) {
    b.report(SyntaxCodes.TimeStartsAt24, "a window cannot start at `24:00`", from.range, { hint: "write `00:00` for midnight at the start of a day" });
  }
  if (toDayToken === undefined) {
    const days = dayTokens.map((tok) => daySet(b, tok));
    if (days.length === 0 || !days.every((set): set is DaySet => set !== undefined) || !from || !to || from.minutes === 24 * 60) return undefined;
    return { kind: "OpenDaily", days, from, to, range };
  }
  const [first, ...more] = dayTokens;
  if (more.length > 0) {
    b.report(SyntaxCodes.SpanDayNotSingle, "a span across days starts on one day, found a list of days", b.rangeOf(...dayTokens));
    return undefined;
  }
  const fromDay = first && singleDay(b, first);
  const toDay = singleDay(b, toDayToken);
  if (!fromDay || !toDay || !from || !to || from.minutes === 24 * 60) return undefined;
  return { kind: "OpenSpan", fromDay, from, toDay, to, range };
}

/** `closed <date> [to <date>]`, `closed every <month> <day>`, `closed every <nth> <weekday> of <month>` */
function closed(b: Builder, cst: ClosedCstNode): Closed | undefined {
  const name = b.text(token(cst, "name"));
  const dates = node(cst, "closedDates");
  const every = node(cst, "closedEvery");
  let when: Closed["when"] | undefined;
  if (dates !== undefined) {
    const from = dateLiteral(b, token(dates, "from"));
    const toToken = token(dates, "to");
    const to = dateLiteral(b, toToken);
    if (from && (to || !toToken)) when = { kind: "ClosedDate", from, ...(to && { to }), range: b.rangeOf(dates) };
  } else if (every !== undefined) {
    const first = b.name(token(every, "first"));
    const day = numberLiteral(b, token(every, "day"));
    const weekday = b.name(token(every, "weekday"));
    const month = b.name(token(every, "month"));
    const range = b.rangeOf(every);
    if (first && day) when = { kind: "ClosedYearly", month: first, day, range };
    else if (first && weekday && month) when = { kind: "ClosedNthWeekday", ordinal: first, weekday, month, range };
  }
  return when && { kind: "Closed", when, ...(name && { name }), range: b.rangeOf(cst) };
}

const calendarItems: ItemBuilders<CalendarItemCstNode, CalendarItem> = {
  zone,
  open,
  closed,
  businessDay: (b, cst): BusinessDay | undefined => {
    const length = durationLiteral(b, token(cst, "length"));
    return length && { kind: "BusinessDay", length, range: b.rangeOf(cst) };
  },
  assumption: (b, cst): Assumption | undefined => {
    const text = b.text(token(cst, "text"));
    return text && { kind: "Assumption", text, range: b.rangeOf(cst) };
  },
  note,
};

/** `calendar <id> ["<title>"] { … }` */
export function calendar(b: Builder, cst: CalendarCstNode): Calendar | undefined {
  return declaration(b, cst, "Calendar", calendarItems, "calendarItem");
}

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
