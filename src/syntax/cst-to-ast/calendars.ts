/** Builders for calendars: zones, windows and spans, closed dates, holidays, and what is not stated. */
import type {
  BusinessDay,
  Calendar,
  CalendarItem,
  Closed,
  CustomerZone,
  DateShift,
  DaySet,
  HolidaysItem,
  Observed,
  Open,
  UnknownZone,
  Zone,
} from "../../ast/nodes.js";
import { SyntaxCodes } from "../../diagnostics/codes/syntax.js";
import type {
  CalendarCstNode,
  CalendarItemCstNode,
  ClosedCstNode,
  DateMoveCstNode,
  HolidaysCstNode,
  HolidaysItemCstNode,
  OpenCstNode,
  ZoneCstNode,
  ZoneNameCstNode,
} from "../cst.generated.js";
import type { Builder } from "./builder.js";
import { node, nodes, token, tokens } from "./builder.js";
import { daySet, singleDay } from "./days.js";
import { dateLiteral, durationLiteral, numberLiteral, timeOfDay } from "./literals.js";
import { assumption, declaration, items, note } from "./shared.js";
import type { ItemBuilders } from "./shared.js";

/** A zone name, `Europe/Berlin` or `UTC`. */
function zoneName(b: Builder, cst: ZoneNameCstNode | undefined) {
  return cst && b.name(token(cst, "name"));
}

/** `zone <name>`, `zone customer [default <name>]`, `zone unknown "<why>"` */
function zone(b: Builder, cst: ZoneCstNode): Zone | CustomerZone | UnknownZone | undefined {
  const range = b.rangeOf(cst);
  if (token(cst, "Customer")) {
    const defaultNode = node(cst, "default");
    const fallback = zoneName(b, defaultNode);
    if (defaultNode && !fallback) return undefined;
    return { kind: "CustomerZone", ...(fallback && { default: fallback }), range };
  }
  if (token(cst, "Unknown")) {
    const reason = b.text(token(cst, "reason"));
    return reason && { kind: "UnknownZone", reason, range };
  }
  const name = zoneName(b, node(cst, "name"));
  return name && { kind: "Zone", zone: name, range };
}

/** `open <days> <from> - <to>` or `open <day> <from> [<zone>] - <day> <to> [<zone>]` */
function open(b: Builder, cst: OpenCstNode): Open | undefined {
  const days = node(cst, "days");
  const dayTokens = days === undefined ? [] : tokens(days, "day");
  const toDayToken = token(cst, "toDay");
  const from = timeOfDay(b, token(cst, "from"));
  const to = timeOfDay(b, token(cst, "to"));
  const fromZoneNode = node(cst, "fromZone");
  const toZoneNode = node(cst, "toZone");
  const fromZone = zoneName(b, fromZoneNode);
  const toZone = zoneName(b, toZoneNode);
  const range = b.rangeOf(cst);
  if (from?.minutes === 24 * 60) {
    b.report(SyntaxCodes.TimeStartsAt24, "a window cannot start at `24:00`", from.range, { hint: "write `00:00` for midnight at the start of a day" });
  }
  if (toDayToken === undefined) {
    if (fromZoneNode || toZoneNode) {
      b.report(SyntaxCodes.ZoneOnDailyWindow, "a daily window is in the calendar's zone and names none", b.rangeOf(fromZoneNode, toZoneNode), {
        hint: "only a span across days names zones at its ends, as in `open mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles`",
      });
      return undefined;
    }
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
  if (!fromDay || !toDay || !from || !to || from.minutes === 24 * 60 || (fromZoneNode && !fromZone) || (toZoneNode && !toZone)) return undefined;
  return { kind: "OpenSpan", fromDay, from, ...(fromZone && { fromZone }), toDay, to, ...(toZone && { toZone }), range };
}

/** `+1d`, `observed [sat to fri, …]`: undefined for a part that could not be read. */
function dateMove(b: Builder, cst: DateMoveCstNode | undefined): { shift?: DateShift; observed?: Observed } | undefined {
  if (cst === undefined) return {};
  const shiftNode = node(cst, "dateShift");
  const observedNode = node(cst, "observed");
  let shift: DateShift | undefined;
  if (shiftNode) {
    const sign = token(shiftNode, "sign")?.image;
    const days = durationLiteral(b, token(shiftNode, "days"));
    if (!days || (sign !== "+" && sign !== "-")) return undefined;
    shift = { kind: "DateShift", sign: sign === "+" ? 1 : -1, days, range: b.rangeOf(shiftNode) };
  }
  let observed: Observed | undefined;
  if (observedNode) {
    const days = nodes(observedNode, "observedDay").map((day) => {
      const from = b.name(token(day, "from"));
      const to = b.name(token(day, "to"));
      return from && to && { kind: "ObservedDay" as const, from, to, range: b.rangeOf(day) };
    });
    if (!days.every((day) => day !== undefined)) return undefined;
    observed = { kind: "Observed", days, range: b.rangeOf(observedNode) };
  }
  return { ...(shift && { shift }), ...(observed && { observed }) };
}

/**
 * `closed <date> [to <date>]`, `closed every <month> <day> [- <month> <day>]`,
 * `closed every <nth> <weekday> of <month>`, `closed every easter`, the yearly ones moved
 * by `±Nd` and `observed`.
 */
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
    const range = b.rangeOf(every);
    const move = dateMove(b, node(every, "dateMove"));
    const first = b.name(token(every, "first"));
    const day = numberLiteral(b, token(every, "day"));
    const toMonth = b.name(token(every, "toMonth"));
    const toDay = numberLiteral(b, token(every, "toDay"));
    const weekday = b.name(token(every, "weekday"));
    const month = b.name(token(every, "month"));
    if (!move) when = undefined;
    else if (token(every, "Easter")) when = { kind: "ClosedEaster", ...move, range };
    else if (first && day && toMonth && toDay) when = { kind: "ClosedYearlyRange", fromMonth: first, fromDay: day, toMonth, toDay, range };
    else if (first && day && !token(every, "Dash")) when = { kind: "ClosedYearly", month: first, day, ...move, range };
    else if (first && weekday && month) when = { kind: "ClosedNthWeekday", ordinal: first, weekday, month, ...move, range };
  }
  return when && { kind: "Closed", when, ...(name && { name }), range: b.rangeOf(cst) };
}

const holidaysItems: ItemBuilders<HolidaysItemCstNode, HolidaysItem> = {
  holidayTypes: (b, cst) => {
    const types = b.names(node(cst, "types"), "id");
    return types.length === 0 ? undefined : { kind: "HolidayTypes", types, range: b.rangeOf(cst) };
  },
  holidayExcept: (b, cst) => {
    const names = tokens(cst, "name").map((tok) => b.text(tok)!);
    return names.length === 0 ? undefined : { kind: "HolidayExcept", names, range: b.rangeOf(cst) };
  },
  holidayOnly: (b, cst) => {
    const names = tokens(cst, "name").map((tok) => b.text(tok)!);
    return names.length === 0 ? undefined : { kind: "HolidayOnly", names, range: b.rangeOf(cst) };
  },
  holidayYears: (b, cst) => {
    const from = numberLiteral(b, token(cst, "from"));
    const to = numberLiteral(b, token(cst, "to"));
    return from && to && { kind: "HolidayYears", from, to, range: b.rangeOf(cst) };
  },
};

/** `holidays <region> [{ … }]` or `holidays unknown "<which>"` */
function holidays(b: Builder, cst: HolidaysCstNode): CalendarItem | undefined {
  const range = b.rangeOf(cst);
  if (token(cst, "Unknown")) {
    const reason = b.text(token(cst, "reason"));
    return reason && { kind: "UnknownHolidays", reason, range };
  }
  const region = b.name(token(cst, "region"));
  return region && { kind: "Holidays", region, items: items(b, cst, "holidaysItem", holidaysItems), range };
}

const calendarItems: ItemBuilders<CalendarItemCstNode, CalendarItem> = {
  zone,
  open,
  closed,
  holidays,
  unknownHours: (b, cst) => {
    const reason = b.text(token(cst, "reason"));
    return reason && { kind: "UnknownHours", reason, range: b.rangeOf(cst) };
  },
  businessDay: (b, cst): BusinessDay | undefined => {
    const length = durationLiteral(b, token(cst, "length"));
    return length && { kind: "BusinessDay", length, range: b.rangeOf(cst) };
  },
  assumption,
  note,
};

/** `calendar <id> ["<title>"] { … }` */
export function calendar(b: Builder, cst: CalendarCstNode): Calendar | undefined {
  return declaration(b, cst, "Calendar", calendarItems, "calendarItem");
}

