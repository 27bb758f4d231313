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
import type { CstNode } from "../chevrotain.js";
import type { Builder } from "./builder.js";
import { node, token, tokens } from "./builder.js";
import { daySet, singleDay } from "./days.js";
import { dateLiteral, durationLiteral, numberLiteral, timeOfDay } from "./literals.js";
import { channels, contact, description, hours, items, note } from "./shared.js";
import type { ItemBuilder } from "./shared.js";

/** Builds the common head `<keyword> <id> ["<title>"]` and the block's items. */
function declaration<K extends string, T>(b: Builder, cst: CstNode, kind: K, builders: Record<string, ItemBuilder<T>>, itemLabel: string) {
  const id = b.name(token(cst, "id"));
  const title = b.text(token(cst, "title"));
  if (id === undefined) return undefined;
  return { kind, id, ...(title && { title }), items: items(b, cst, itemLabel, builders), range: b.rangeOf(cst) };
}

const zone = (b: Builder, cst: CstNode): Zone | undefined => {
  const name = b.name(token(cst, "name"));
  return name && { kind: "Zone", zone: name, range: b.rangeOf(cst) };
};

/** `open <days> <from> - <to>` or `open <day> <from> - <day> <to>` */
function open(b: Builder, cst: CstNode): Open | undefined {
  const dayTokens = tokens(node(cst, "days") ?? cst, "day");
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
function closed(b: Builder, cst: CstNode): Closed | undefined {
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

const calendarItems: Record<string, ItemBuilder<CalendarItem>> = {
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
export function calendar(b: Builder, cst: CstNode): Calendar | undefined {
  return declaration(b, cst, "Calendar", calendarItems, "calendarItem");
}

const teamItems: Record<string, ItemBuilder<TeamItem>> = {
  hours,
  responsibility: (b, cst): Responsibility | undefined => {
    const text = b.text(token(cst, "text"));
    return text && { kind: "Responsibility", text, range: b.rangeOf(cst) };
  },
  contact,
  note,
};

/** `team <id> ["<title>"] { … }` */
export function team(b: Builder, cst: CstNode): Team | undefined {
  return declaration(b, cst, "Team", teamItems, "teamItem");
}

const channelItems: Record<string, ItemBuilder<ChannelItem>> = {
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
export function channel(b: Builder, cst: CstNode): Channel | undefined {
  return declaration(b, cst, "Channel", channelItems, "channelItem");
}

const severityItems: Record<string, ItemBuilder<SeverityItem>> = {
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
export function severityDecl(b: Builder, cst: CstNode): SeverityDecl | undefined {
  return declaration(b, cst, "SeverityDecl", severityItems, "severityItem");
}

const tierItems: Record<string, ItemBuilder<TierItem>> = { hours, channels, description, note };

/** `tier <id> ["<title>"] [{ … }]` */
export function tier(b: Builder, cst: CstNode): Tier | undefined {
  return declaration(b, cst, "Tier", tierItems, "tierItem");
}

/** `metric <id> ["<title>"] [{ starts <event> }]` */
export function metricDecl(b: Builder, cst: CstNode): MetricDecl | undefined {
  const id = b.name(token(cst, "id"));
  const title = b.text(token(cst, "title"));
  const starts = b.name(token(cst, "starts"));
  return id && { kind: "MetricDecl", id, ...(title && { title }), ...(starts && { starts }), range: b.rangeOf(cst) };
}
