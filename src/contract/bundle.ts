/**
 * The bundle: the normalized, schema-valid JSON a policy compiles to. The runtime and the
 * renderers read only this, never the AST, so everything a page shows or the runtime
 * enforces is here. Key order in the written JSON follows the order of properties below.
 *
 * Conventions: durations are whole minutes; instants are ISO 8601 UTC strings
 * (`2026-03-30T03:00:00.000Z` is never written; `2026-03-30T03:00Z` neither: bundles use
 * `YYYY-MM-DDTHH:MM:SSZ`); dates are `YYYY-MM-DD`; ids are the policy's own names.
 *
 * Each part is declared once, as a TypeBox schema whose static type is the part's type, so
 * the JSON Schema (draft 2020-12; schema/bundle.schema.json is its print, bundle-schema.ts)
 * and the TypeScript types cannot drift apart. Strict throughout: every object closes with
 * `additionalProperties: false`. A part is declared before the parts that use it, so the
 * bundle itself comes last. Import this module as types only (`import type`): its values
 * load TypeBox, which only printing the schema needs. For the same reason the API docs show
 * the types and hide the schemas (`@hidden`): `slac` exports the types only.
 */
import { type Static, Type } from "@sinclair/typebox";
import { choice, closed, constant, definition, list, nullable, oneOf, record, ref } from "./builders.js";
import {
  ALWAYS,
  AMOUNT_UNITS,
  ANY,
  BUNDLE_FORMAT,
  CHANGE_RULES,
  CREDIT_PERIODS,
  DOWNTIME_MEASURE,
  DOWNTIME_OPERATORS,
  ELIGIBILITY_MODES,
  FISCAL_START_LAST_DAY,
  HOLIDAY_TYPES,
  ID_PATTERN,
  METRIC_STATUSES,
  MISS_OPERATORS,
  NTH_WEEKDAYS,
  UNKNOWN,
  UNKNOWN_PARTS,
  UPTIME_WINDOW,
} from "./vocabulary.js";

const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const PATTERNS = {
  id: `^${ID_PATTERN}$`,
  /** A tier, severity or channel id, or `*` when the policy declares none. */
  dimension: `^(?:${escaped(ANY)}|${ID_PATTERN})$`,
  /** A calendar id or `24x7`. */
  calendar: `^(?:${escaped(ALWAYS)}|${ID_PATTERN})$`,
  zone: "^[A-Za-z][A-Za-z0-9_+\\-]*(?:/[A-Za-z0-9_+\\-]+)*$",
  date: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$",
  instant: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\dZ$",
  lineColumn: "^[1-9]\\d*:[1-9]\\d*$",
  digest: "^sha256:[0-9a-f]{64}$",
  languageTag: "^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$",
  /** http, https or mailto, in any case (JSON Schema patterns take no flags). */
  url: "^(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):",
} as const;

const id = () => Type.String({ pattern: PATTERNS.id });
const calendarId = () => Type.String({ pattern: PATTERNS.calendar });
const percent = (exclusiveMinimum = false) =>
  exclusiveMinimum ? Type.Number({ exclusiveMinimum: 0, maximum: 100 }) : Type.Number({ minimum: 0, maximum: 100 });

/** Prose a page carries. */
export interface Note extends Static<typeof Note> {}
/** @hidden */
export const Note = definition("Note", closed({
  /** A heading for the prose; null: none. */
  title: nullable(Type.String()),
  /** The prose, as the policy wrote it. */
  text: Type.String(),
}));

const notes = () => list(ref(Note));

/** Set when the source is silent and the author assumed this; pages say so. */
const assumption = () => nullable(Type.String());

/** An address (email, URL, place) and what it is for. */
export interface Contact extends Static<typeof Contact> {}
/** @hidden */
export const Contact = definition("Contact", closed({
  /** The email address, URL, phone number or place, as the policy wrote it. */
  address: Type.String(),
  /** What to use it for ("billing questions"); null when the policy does not say. */
  purpose: nullable(Type.String()),
}));

const contacts = () => list(ref(Contact));

/** A named link a page shows. URLs are http(s) or mailto only. */
export interface Link extends Static<typeof Link> {}
/** @hidden */
export const Link = closed({
  /** The link's id in the policy. */
  id: id(),
  /** The text a page shows for the link. */
  title: Type.String(),
  /** Where it points: an http(s) or mailto URL. */
  url: Type.String({ pattern: PATTERNS.url }),
});

/** Who the policy is and where it came from. */
export interface PolicyInfo extends Static<typeof PolicyInfo> {}
/** @hidden */
export const PolicyInfo = definition("PolicyInfo", closed({
  /** The policy's id, as written after `policy`. */
  id: id(),
  /** The policy's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** Who makes the promises (the vendor); null when the policy does not say. */
  provider: nullable(Type.String()),
  /** `YYYY-MM-DD` or null. */
  updated: nullable(Type.String({ pattern: PATTERNS.date })),
  /** The source file as the build named it: its path inside the folder given to the build, or its own name when the file itself was given; `/` separators. */
  source: Type.String(),
  /** Links the policy's page shows, in source order. */
  links: list(Link),
  /** Prose the policy attaches to the policy as a whole, in source order. */
  notes: notes(),
  /** The calendar `business` means when a tier names none; null when there is none. */
  businessHours: nullable(id()),
  /**
   * The policy's generation: in force for tickets opened on or after `validFrom` and before
   * `validUntil` (dates, in UTC; null: open-ended), replacing the policy `supersedes` names.
   */
  validFrom: nullable(Type.String({ pattern: PATTERNS.date })),
  /** The first date the generation is no longer in force; null: open-ended. */
  validUntil: nullable(Type.String({ pattern: PATTERNS.date })),
  /** The id of the policy this generation replaces; null: none. */
  supersedes: nullable(id()),
}));

/** A BCP 47 language tag (canonical case) and whether it is the primary language. */
export interface Language extends Static<typeof Language> {}
/** @hidden */
export const Language = definition("Language", closed({
  /** The BCP 47 tag, in canonical case (`pt-BR`). */
  tag: Type.String({ pattern: PATTERNS.languageTag }),
  /** True for the policy's primary language. */
  primary: Type.Boolean(),
}));

/** One weekly open window in minutes of the week. */
export interface Window extends Static<typeof Window> {}
/** @hidden */
export const Window = closed({
  /** The minute of the week the window opens at, Monday 00:00 = 0. */
  start: Type.Integer({ minimum: 0, maximum: 10079 }),
  /** The minute of the week it closes at, after `start`; past 10080 it runs into the next week. */
  end: Type.Integer({ minimum: 1, maximum: 20160 }),
});

/** One date or an inclusive range of dates. */
export interface ClosedDates extends Static<typeof ClosedDates> {}
/** @hidden */
export const ClosedDates = definition("ClosedDates", closed({
  /** Which kind of closed rule this is. */
  kind: constant("dates"),
  /** The first closed date. */
  from: Type.String({ pattern: PATTERNS.date }),
  /** Inclusive; equal to `from` for a single date. */
  to: Type.String({ pattern: PATTERNS.date }),
  /** What pages call the closure ("Company retreat"); null: unnamed. */
  name: nullable(Type.String()),
}));

/**
 * How a yearly rule (`yearly`, `nth_weekday`, `easter`) moves its date, applied in this
 * order: `shift` days first ("the day after Thanksgiving" is +1), then `observed`: when the
 * date falls on one of the listed ISO weekdays it is also closed on the date `days` away
 * (a Saturday holiday observed on the Friday is `{ weekday: 6, days: -1 }`). The date
 * itself stays closed.
 */
export interface DateMove extends Static<typeof DateMove> {}
/** @hidden */
export const DateMove = definition("DateMove", closed({
  /** Days the date moves before `observed` applies; 0: it stays. */
  shift: Type.Integer({ minimum: -366, maximum: 366 }),
  /** The weekdays on which the date is also observed elsewhere, each with how far away; empty: never. */
  observed: list(closed({
    /** The ISO weekday (1 = Monday) on which the shifted date is also observed elsewhere. */
    weekday: Type.Integer({ minimum: 1, maximum: 7 }),
    /** Days from the shifted date to the date also closed: -1 the day before, 1 the day after. */
    days: Type.Integer({ minimum: -6, maximum: 6 }),
  })),
}));

/** The same month and day every year. */
export interface ClosedYearly extends Static<typeof ClosedYearly> {}
/** @hidden */
export const ClosedYearly = definition("ClosedYearly", closed({
  /** Which kind of closed rule this is. */
  kind: constant("yearly"),
  /** The month, 1–12. */
  month: Type.Integer({ minimum: 1, maximum: 12 }),
  /** The day of the month. */
  day: Type.Integer({ minimum: 1, maximum: 31 }),
  /** What pages call the holiday ("Christmas Day"); null: unnamed. */
  name: nullable(Type.String()),
  /** How the date moves (`observed`, "the day after"); null: it does not. */
  move: nullable(ref(DateMove)),
}));

/** The nth (1–5, or -1 for last) weekday (ISO 1 = Monday) of a month, every year. */
export interface ClosedNthWeekday extends Static<typeof ClosedNthWeekday> {}
/** @hidden */
export const ClosedNthWeekday = definition("ClosedNthWeekday", closed({
  /** Which kind of closed rule this is. */
  kind: constant("nth_weekday"),
  /** The month, 1–12. */
  month: Type.Integer({ minimum: 1, maximum: 12 }),
  /** The ISO weekday, 1 = Monday. */
  weekday: Type.Integer({ minimum: 1, maximum: 7 }),
  // Typed `number`, as the compiler writes it; the schema admits NTH_WEEKDAYS only.
  /** Which of the month's such weekdays: 1–5, or -1 for the last. */
  nth: Type.Unsafe<number>(choice(NTH_WEEKDAYS)),
  /** What pages call the holiday ("Thanksgiving"); null: unnamed. */
  name: nullable(Type.String()),
  /** How the date moves (`observed`, "the day after"); null: it does not. */
  move: nullable(ref(DateMove)),
}));

/** Easter Sunday (Gregorian, as western churches reckon it) moved by `offset` days: Good Friday is -2, Whit Monday 50. */
export interface ClosedEaster extends Static<typeof ClosedEaster> {}
/** @hidden */
export const ClosedEaster = definition("ClosedEaster", closed({
  /** Which kind of closed rule this is. */
  kind: constant("easter"),
  /** Days from Easter Sunday: Good Friday is -2, Easter Monday 1. */
  offset: Type.Integer({ minimum: -366, maximum: 366 }),
  /** What pages call the holiday ("Good Friday"); null: unnamed. */
  name: nullable(Type.String()),
  /** How the date moves (`observed`, "the day after"); null: it does not. */
  move: nullable(ref(DateMove)),
}));

/** The same span of month-days every year; when `to` comes before `from` it runs into the next year (Dec 28 – Jan 3). */
export interface ClosedYearlyRange extends Static<typeof ClosedYearlyRange> {}
/** @hidden */
export const ClosedYearlyRange = definition("ClosedYearlyRange", closed({
  /** Which kind of closed rule this is. */
  kind: constant("yearly_range"),
  /** The first closed month and day. */
  from: closed({
    /** The month, 1–12. */
    month: Type.Integer({ minimum: 1, maximum: 12 }),
    /** The day of the month. */
    day: Type.Integer({ minimum: 1, maximum: 31 }),
  }),
  /** The last closed month and day, inclusive. */
  to: closed({
    /** The month, 1–12. */
    month: Type.Integer({ minimum: 1, maximum: 12 }),
    /** The day of the month. */
    day: Type.Integer({ minimum: 1, maximum: 31 }),
  }),
  /** What pages call the closure ("Winter break"); null: unnamed. */
  name: nullable(Type.String()),
}));

/**
 * Dates on which a calendar is closed: all open time whose local date is such a date is removed.
 * @useDeclaredType
 */
export type ClosedRule = Static<typeof ClosedRule>;
/** @hidden */
export const ClosedRule = oneOf([ref(ClosedDates), ref(ClosedYearly), ref(ClosedNthWeekday), ref(ClosedEaster), ref(ClosedYearlyRange)]);

/**
 * Public holidays of a region, expanded by the compiler into dates over the calendar's
 * `horizon` (from date-holidays, whose version is recorded), so that a runtime reads plain
 * dates. `region` is an ISO 3166 code, with a subdivision after a hyphen (`DE-NW`).
 */
export interface HolidaySet extends Static<typeof HolidaySet> {}
/** @hidden */
export const HolidaySet = definition("HolidaySet", closed({
  /** The ISO 3166 code of the region, with a subdivision after a hyphen (`DE-NW`). */
  region: Type.String({ pattern: "^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$" }),
  /** The region's name as date-holidays gives it ("Nordrhein-Westfalen, Germany"). */
  regionName: Type.String(),
  /** The kinds kept, in HOLIDAY_TYPES order. */
  types: list(choice(HOLIDAY_TYPES)),
  /** Holiday names the policy left out, and the only ones it kept (empty: all of the kept types). */
  except: list(Type.String()),
  /** The only holiday names kept; empty: every holiday of the kept types. */
  only: list(Type.String()),
  /** `date-holidays@<version>`: the data the dates come from. */
  data: Type.String(),
  /** Every closed date of the set within the horizon, sorted. */
  dates: list(closed({
    /** The closed date. */
    date: Type.String({ pattern: PATTERNS.date }),
    /** The holiday's name, as date-holidays gives it. */
    name: Type.String(),
  })),
}));

/**
 * A weekly span whose two ends are wall-clock times in different zones: it opens at `start`
 * (minute of the week in `startZone`) and closes at the first instant after that at which
 * `endZone`'s wall clock reads `end` (minute of the week); always less than a week long.
 */
export interface ZonedSpan extends Static<typeof ZonedSpan> {}
/** @hidden */
export const ZonedSpan = closed({
  /** The minute of the week, in `startZone`, at which the span opens. */
  start: Type.Integer({ minimum: 0, maximum: 10079 }),
  /** The IANA zone whose wall clock `start` reads. */
  startZone: Type.String({ pattern: PATTERNS.zone }),
  /** The minute of the week, in `endZone`, at which it closes. */
  end: Type.Integer({ minimum: 0, maximum: 10079 }),
  /** The IANA zone whose wall clock `end` reads. */
  endZone: Type.String({ pattern: PATTERNS.zone }),
});

/** Something the policy does not state, kept as such: pages say "not stated", the runtime answers `unknown`. */
export interface Unknown extends Static<typeof Unknown> {}
/** @hidden */
export const Unknown = definition("Unknown", closed({
  /** What the policy leaves unstated: the calendar's hours, its zone, or a holiday set. */
  part: choice(UNKNOWN_PARTS),
  /** Why, in the policy's words (`unknown "reason"`). */
  reason: Type.String(),
}));

/** Weekly wall-clock windows in an IANA zone, minus closed dates. */
export interface Calendar extends Static<typeof Calendar> {}
/** @hidden */
export const Calendar = definition("Calendar", closed({
  /** The calendar's id, which targets and tiers name. */
  id: id(),
  /** The calendar's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /**
   * The IANA zone of the windows, the closed dates and business days. With `ticketZone`,
   * the default used when a ticket gives no `zone` (null: the ticket must give one). Null
   * also when the zone is unknown.
   */
  zone: nullable(Type.String({ pattern: PATTERNS.zone })),
  /** True: the zone is the ticket's own (`zone customer`), `zone` only its default. */
  ticketZone: Type.Boolean(),
  /**
   * Open windows in minutes of the week, Monday 00:00 = 0: `0 ≤ start < 10080` and
   * `start < end ≤ start + 10080`; an `end` past 10080 runs into the next week.
   * Sorted by `start`, never overlapping (also not across the week's end).
   */
  windows: list(Window),
  /** Weekly spans whose ends lie in other zones than the calendar's; open time is the union with `windows`. */
  spans: list(ZonedSpan),
  /** The rules for the dates it is closed on, in source order. */
  closed: list(ClosedRule),
  /** The public holiday sets whose dates it is closed on. */
  holidays: list(ref(HolidaySet)),
  /**
   * The dates the calendar's closed dates are known for: the span its holiday sets were
   * expanded over (inclusive), null without holiday sets. A due that needs a date outside
   * it is an error, never a silent "no holidays".
   */
  horizon: nullable(closed({
    /** The first date of the horizon. */
    from: Type.String({ pattern: PATTERNS.date }),
    /** The last date of the horizon, inclusive. */
    to: Type.String({ pattern: PATTERNS.date }),
  })),
  /** What the policy leaves unstated about this calendar; a target on it answers `unknown`. */
  unknown: list(ref(Unknown)),
  /** Minutes of open time in one business day, when the policy defines it; else null. */
  businessDayMinutes: nullable(Type.Integer({ minimum: 1, maximum: 1440 })),
  /** Set when the source is silent and the author assumed these hours; pages say so. */
  assumption: nullable(Type.String()),
  /** Prose the policy attaches to the calendar, in source order. */
  notes: notes(),
}));

/** One value of a ticket attribute. */
export interface AttributeValue extends Static<typeof AttributeValue> {}
/** @hidden */
export const AttributeValue = closed({
  /** An id, or for the `language` attribute drawn from the policy's languages, a language tag. */
  id: Type.String(),
  /** The value's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
});

/**
 * A ticket attribute the policy declares (language, environment, product, region, case
 * type, …): a dimension like tier, severity and channel. A ticket gives it in `attributes`.
 */
export interface Attribute extends Static<typeof Attribute> {}
/** @hidden */
export const Attribute = definition("Attribute", closed({
  /** The attribute's id, the key of a ticket's `attributes`. */
  id: id(),
  /** The attribute's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** Declared order; for `language from languages`, the policy's languages. */
  values: list(AttributeValue),
  /** True: the values are the policy's languages. */
  fromLanguages: Type.Boolean(),
  /** The value of a ticket that does not give one; null: a ticket must give it when its answer depends on it. */
  default: nullable(Type.String()),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the attribute, in source order. */
  notes: notes(),
}));

/** Where a rule applies: every list empty means anywhere; within a list, any of its values. */
export interface Scope extends Static<typeof Scope> {}
/** @hidden */
export const Scope = definition("Scope", closed({
  /** Tier ids; empty: any tier. */
  tiers: list(id()),
  /** Channel ids; empty: any channel. */
  channels: list(id()),
  /** Attribute id to the values the scope takes; an attribute not listed: any value. */
  attributes: record(PATTERNS.id, list(Type.String())),
}));

/**
 * A limit on where a severity may be asked for ("P1 by phone only", "P1 only for
 * production", "Standard has no P1"). Rules apply in order; a reclassified ticket is checked
 * again under its new severity (the compiler rules out cycles).
 */
export interface Eligibility extends Static<typeof Eligibility> {}
/** @hidden */
export const Eligibility = definition("Eligibility", closed({
  /** The severity the rule limits. */
  severity: id(),
  /** `only`: the severity is offered only where `scope` holds; `not`: not where it holds. */
  mode: choice(ELIGIBILITY_MODES),
  /** Where the rule looks: the tiers, channels and attribute values it names. */
  scope: ref(Scope),
  /** What a ticket that asks for the severity where it is not offered gets: refused, or this severity. */
  otherwise: oneOf([
    closed({
      /** The ticket is refused. */
      action: constant("reject"),
    }),
    closed({
      /** The ticket is handled at `severity` instead. */
      action: constant("reclassify"),
      /** The severity the ticket is handled at. */
      severity: id(),
    }),
  ]),
  /** `line:column` of the rule in the source, which the runtime's answer names. */
  rule: Type.String({ pattern: PATTERNS.lineColumn }),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the rule, in source order. */
  notes: notes(),
}));

/** Provenance of a target rule: its assumption and notes, keyed by the rule's source position that target rows name. */
export interface RuleNote extends Static<typeof RuleNote> {}
/** @hidden */
export const RuleNote = definition("RuleNote", closed({
  /** `line:column` of the target rule in the source, as a target row's `rule` names it. */
  rule: Type.String({ pattern: PATTERNS.lineColumn }),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the rule, in source order. */
  notes: notes(),
}));

/** A support level or team. */
export interface Team extends Static<typeof Team> {}
/** @hidden */
export const Team = definition("Team", closed({
  /** The team's id, which escalation levels name. */
  id: id(),
  /** The team's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** A calendar id or `24x7`; null when the policy does not say. */
  hours: nullable(calendarId()),
  /** What the team handles; null when the policy does not say. */
  responsibility: nullable(Type.String()),
  /** How to reach the team. */
  contacts: contacts(),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the team, in source order. */
  notes: notes(),
}));

/** A way to reach support. */
export interface Channel extends Static<typeof Channel> {}
/** @hidden */
export const Channel = definition("Channel", closed({
  /** The channel's id, which tickets and target rules name. */
  id: id(),
  /** The channel's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** Every ticket on this channel gets this severity, whatever was asked. */
  fixedSeverity: nullable(id()),
  /** The severity of a ticket on this channel that asks for none; the ticket's own wins. */
  defaultSeverity: nullable(id()),
  /** Where the channel is reached (a phone number, a portal URL). */
  contacts: contacts(),
  /** Who may use the channel; null when the policy does not say. */
  audience: nullable(Type.String()),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the channel, in source order. */
  notes: notes(),
}));

/** An example of a severity; `tiers` empty means every tier. */
export interface SeverityExample extends Static<typeof SeverityExample> {}
/** @hidden */
export const SeverityExample = closed({
  /** The example, in the policy's words. */
  text: Type.String(),
  /** The tiers it is an example for; empty: every tier. */
  tiers: list(id()),
});

/** A severity or priority level. */
export interface SeverityLevel extends Static<typeof SeverityLevel> {}
/** @hidden */
export const SeverityLevel = definition("SeverityLevel", closed({
  /** The level's id, which tickets and target rules name. */
  id: id(),
  /** The level's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** 1 = most severe. */
  rank: Type.Integer({ minimum: 1 }),
  /** Other names of the level ("Sev 1", "Critical"), which pages list. */
  aliases: list(Type.String()),
  /** What the level means; null when the policy does not say. */
  description: nullable(Type.String()),
  /** Examples of tickets at this level, in source order. */
  examples: list(SeverityExample),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the level, in source order. */
  notes: notes(),
}));

/** A plan, support package or customer tier. */
export interface Tier extends Static<typeof Tier> {}
/** @hidden */
export const Tier = definition("Tier", closed({
  /** The tier's id, which tickets and target rules name. */
  id: id(),
  /** The tier's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** What the tier includes; null when the policy does not say. */
  description: nullable(Type.String()),
  /** The calendar `business` means for this tier (id or `24x7`); null: the policy's. */
  hours: nullable(calendarId()),
  /** Channel ids this tier may use (every declared channel when the source names none). */
  channels: list(id()),
  /**
   * True: an add-on a ticket carries on top of its base tier (`addons`); its rows name only
   * the cells it changes, and where it has a row that row wins.
   */
  addon: Type.Boolean(),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the tier, in source order. */
  notes: notes(),
}));

/** An event the policy declares (`event <id>`): tickets may carry it, and a metric may start or repeat at it. */
export interface EventType extends Static<typeof EventType> {}
/** @hidden */
export const EventType = definition("EventType", closed({
  /** The event's id, the `type` of a ticket event that carries it. */
  id: id(),
  /** The event's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the event, in source order. */
  notes: notes(),
}));

/**
 * How a metric repeats: after the first cycle (from `starts`), each `after` event opens a
 * new cycle when none is open; a cycle is met by the metric's own event; `until` ends the
 * cycles, judging an open one as met or missed at its instant.
 */
export interface Repeat extends Static<typeof Repeat> {}
/** @hidden */
export const Repeat = definition("Repeat", closed({
  /** A built-in event, a declared event or a metric id (the metric's own by default: due again after each time it is met). */
  after: id(),
  /** A built-in event, a declared event or a metric id (`resolved` by default). */
  until: id(),
}));

/** A measured promise: first response, resolution, or an author-named one. */
export interface Metric extends Static<typeof Metric> {}
/** @hidden */
export const Metric = definition("Metric", closed({
  /** The metric's id: a builtin's (`first_response`, …) or the author's. */
  id: id(),
  /** The metric's title as pages show it (a builtin's own when the policy gives none). */
  title: Type.String(),
  /** True for the builtin metrics (`BUILTIN_METRICS`). */
  builtin: Type.Boolean(),
  /** The event that starts the clock: one of `METRIC_STARTS`, or a declared event (its first occurrence). */
  starts: id(),
  /** Null: one clock per ticket; else the metric is a cadence, due again after each `after` event. */
  repeats: nullable(ref(Repeat)),
  /** How elapsed time counts when a `reclassified` event (or any event carrying attributes) changes the ticket's targets. */
  onChange: choice(CHANGE_RULES),
  /** The attributes this metric's targets depend on, in declaration order: its rows name a value of each. */
  attributes: list(id()),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the metric, in source order. */
  notes: notes(),
}));

const [MINUTES, BUSINESS_DAYS, NEXT_BUSINESS_DAY, CALENDAR_DAYS] = AMOUNT_UNITS;
/**
 * The largest amount of each unit a target may state: a year of minutes (365 × 1440; on a
 * 40-hour week that is over four years of business time), 1,000 business days and 3,650
 * calendar days (ten years). Anything larger is a slip, and a bound keeps every due within
 * the years the runtime computes. The language's AmountLimitsRule (SLA2089) states the same
 * limits, and a test keeps the two equal.
 */
const MAX_AMOUNT = { minutes: 525_600, business_days: 1_000, calendar_days: 3_650 } as const;
const amountValue = (maximum: number = MAX_AMOUNT.minutes) => Type.Integer({ minimum: 1, maximum });

/** The forms of an amount, one per unit: its static type (the schema below says the same in one object). */
const AmountForms = Type.Union([
  closed({
    /** Open minutes of the target's clock. */
    unit: constant(MINUTES),
    /** How many. */
    value: amountValue(),
  }),
  closed({
    /** Due at the end of the n-th business day after the clock starts. */
    unit: constant(BUSINESS_DAYS),
    /** The n. */
    value: amountValue(),
  }),
  closed({
    /** Due at the end of the next business day. */
    unit: constant(NEXT_BUSINESS_DAY),
  }),
  closed({
    /** The same local time n dates later in the clock's zone, open or not. */
    unit: constant(CALENDAR_DAYS),
    /** The n. */
    value: amountValue(),
  }),
]);

/**
 * How much time a target allows.
 * @useDeclaredType
 */
export type Amount = Static<typeof Amount>;
/** @hidden */
export const Amount = definition(
  "Amount",
  // One object with if/then/else rather than a oneOf of three: ajv checks a oneOf by trying
  // every branch, and a bundle has an amount in every row.
  Type.Unsafe<Static<typeof AmountForms>>(
    closed(
      { unit: choice(AMOUNT_UNITS), value: Type.Optional(amountValue()) },
      {
        if: { properties: { unit: { const: NEXT_BUSINESS_DAY } } },
        then: { properties: { value: false } },
        // Each unit's maximum (the widest, minutes', is on the value itself).
        else: {
          required: ["value"],
          if: { properties: { unit: { const: BUSINESS_DAYS } } },
          then: { properties: { value: { type: "integer", maximum: MAX_AMOUNT.business_days } } },
          else: { if: { properties: { unit: { const: CALENDAR_DAYS } } }, then: { properties: { value: { type: "integer", maximum: MAX_AMOUNT.calendar_days } } } },
        },
      },
    ),
  ),
);

/** An amount of time on a clock (a calendar id or `24x7`). */
export interface Deadline extends Static<typeof Deadline> {}
/** @hidden */
export const Deadline = definition("Deadline", closed({
  /** How much time the target allows. */
  amount: ref(Amount),
  /** The clock the amount runs on: a calendar id or `24x7`. */
  calendar: calendarId(),
  /** True for `under`: met only strictly before the due instant; false: at the due instant too. */
  strict: Type.Boolean(),
}));

/**
 * A resolved target. When `otherwise` is set, `deadline` applies to tickets whose clock
 * starts while `hoursCalendar` is open, and `otherwise` to the others.
 */
export interface Target extends Static<typeof Target> {}
/** @hidden */
export const Target = definition("Target", closed({
  /** The deadline; with `otherwise`, only for tickets whose clock starts inside hours. */
  deadline: ref(Deadline),
  /** The deadline for tickets whose clock starts outside `hoursCalendar`'s hours; null: `deadline` applies to all. */
  otherwise: nullable(ref(Deadline)),
  /** The calendar that decides inside vs outside hours; null when `otherwise` is null. */
  hoursCalendar: nullable(calendarId()),
}));

/** A target the policy declares but does not state (`unknown "reason"`): the runtime answers `unknown`. */
export interface UnknownTarget extends Static<typeof UnknownTarget> {}
/** @hidden */
export const UnknownTarget = definition("UnknownTarget", closed({
  /** Why the target is not stated, in the policy's words. */
  unknown: Type.String(),
}));

/** One resolved (tier, severity, channel, metric) combination. */
export interface TargetRow extends Static<typeof TargetRow> {}
/** @hidden */
export const TargetRow = definition("TargetRow", closed({
  /** Tier id, or `*` when the policy declares no tiers. */
  tier: Type.String({ pattern: PATTERNS.dimension }),
  /** The severity the ticket asked for, or `*` when the policy declares none. */
  severity: Type.String({ pattern: PATTERNS.dimension }),
  /** Channel id, or `*` when the policy declares no channels. */
  channel: Type.String({ pattern: PATTERNS.dimension }),
  /** A value for each attribute of the metric's `attributes`, and no other. */
  attributes: record(PATTERNS.id, Type.String()),
  /** The metric the row is a target of. */
  metric: id(),
  /** The severity actually applied (differs when the channel fixes one). */
  appliedSeverity: Type.String({ pattern: PATTERNS.dimension }),
  /** null: the policy says `none`, or no rule covers it (a warning at compile time); `{ unknown }`: not stated. */
  target: nullable(oneOf([ref(Target), ref(UnknownTarget)])),
  /** The rule that decided, as `line:column` in the source; null when no rule covers it. */
  rule: nullable(Type.String({ pattern: PATTERNS.lineColumn })),
}));

/** Who may escalate, through whom, and on what condition. */
export interface EscalationRight extends Static<typeof EscalationRight> {}
/** @hidden */
export const EscalationRight = closed({
  /** Who may escalate ("the customer's admin"). */
  who: Type.String(),
  /** Through whom or what; null when the policy does not say. */
  via: nullable(Type.String()),
  /** On what condition; null: on none. */
  condition: nullable(Type.String()),
});

/** An on-call service for some severities and channels. */
export interface OnCall extends Static<typeof OnCall> {}
/** @hidden */
export const OnCall = closed({
  /** The service's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** Empty: every severity. */
  severities: list(id()),
  /** Empty: every channel. */
  channels: list(id()),
  /** Calendar id or `24x7`. */
  hours: calendarId(),
  /** Prose the policy attaches to the on-call service, in source order. */
  notes: notes(),
});

/** How tickets escalate and who may escalate them. */
export interface Escalation extends Static<typeof Escalation> {}
/** @hidden */
export const Escalation = definition("Escalation", closed({
  /** Ordered by level. */
  levels: list(closed({
    /** The level's number, 1 for the first. */
    level: Type.Integer({ minimum: 1 }),
    /** The team that handles tickets at this level. */
    team: id(),
  })),
  /** Where escalations go. */
  contacts: contacts(),
  /** Who may escalate, in source order. */
  rights: list(EscalationRight),
  /** On-call services, in source order. */
  onCall: list(OnCall),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to escalation, in source order. */
  notes: notes(),
}));

/** How scheduled maintenance is announced. */
export interface Maintenance extends Static<typeof Maintenance> {}
/** @hidden */
export const Maintenance = definition("Maintenance", closed({
  /** Minutes of notice before maintenance, or null when the policy gives none. */
  noticeMinutes: nullable(Type.Integer({ minimum: 0 })),
  /** Where maintenance is announced, in source order. */
  announcements: list(closed({
    /** Where, in the policy's words ("the status page"). */
    where: Type.String(),
    /** Its address, an http(s) or mailto URL; null when the policy gives none. */
    url: nullable(Type.String({ pattern: PATTERNS.url })),
  })),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to maintenance, in source order. */
  notes: notes(),
}));

/**
 * An uptime commitment and how it is measured. A policy may make several, each for some
 * tiers (or every tier) and a service; no two for the same service cover the same tier.
 */
export interface Uptime extends Static<typeof Uptime> {}
/** @hidden */
export const Uptime = definition("Uptime", closed({
  /** The commitment's id (`uptime` for a block written without one), which `slac uptime --commitment` takes. */
  id: id(),
  /** The commitment's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** The tiers it covers, in the order written; empty: every tier. */
  tiers: list(id()),
  /** The service whose uptime is promised; null when the policy does not name one. */
  service: nullable(Type.String()),
  /** What the commitment does not cover, as the policy lists it. */
  notCovered: list(Type.String()),
  /** The month's uptime promised, in percent. */
  objectivePercent: percent(true),
  /** The period uptime is measured over: a calendar month (UTC). */
  window: constant(UPTIME_WINDOW),
  /** A minute is down when `measure operator thresholdPercent` holds. */
  downtime: closed({
    /** What is measured each minute: the percentage of valid requests that were errors. */
    measure: constant(DOWNTIME_MEASURE),
    /** How the measure is compared with `thresholdPercent`: more than, or at least. */
    operator: choice(DOWNTIME_OPERATORS),
    /** The threshold, in percent. */
    thresholdPercent: percent(),
  }),
  /** What counts as an error, in the policy's words ("HTTP 5xx"); null when it does not say. */
  errors: nullable(Type.String()),
  /** What counts as a valid request, in the policy's words; null when it does not say. */
  validRequests: nullable(Type.String()),
  /** Down minutes count only in runs of at least this many consecutive minutes. */
  minimumPeriodMinutes: Type.Integer({ minimum: 1 }),
  /** What downtime does not count (scheduled maintenance, …), as the policy lists it. */
  exclusions: list(Type.String()),
  /** Service credits owed, in percent of the month's fee, when the month's uptime falls short. */
  credits: closed({
    /** Sorted by `belowPercent` descending; the lowest level the uptime is below wins. */
    levels: list(closed({
      /** The level applies when the month's uptime is below this percentage. */
      belowPercent: percent(true),
      /** The credit owed, in percent of the month's fee. */
      creditPercent: percent(true),
    })),
    /** The most a month's credit may be; null: no cap beyond the levels. */
    capPercent: nullable(percent(true)),
    /** Days after the end of the month within which a credit must be claimed; null: not stated. */
    claimWindowDays: nullable(Type.Integer({ minimum: 1 })),
  }),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the commitment, in source order. */
  notes: notes(),
}));

/**
 * The policy's fiscal year: it starts every year on `startMonth`-`startDay`, in `zone`, and
 * its quarters are the three-month spans from that day. A fiscal year is named by the
 * calendar year it ends in.
 */
export interface FiscalYear extends Static<typeof FiscalYear> {}
/** @hidden */
export const FiscalYear = definition("FiscalYear", closed({
  /** The month the fiscal year starts in, 1–12. */
  startMonth: Type.Integer({ minimum: 1, maximum: 12 }),
  /** The day of that month it starts on, at most 28 so that every quarter has it. */
  startDay: Type.Integer({ minimum: 1, maximum: FISCAL_START_LAST_DAY }),
  /** The IANA zone the fiscal dates are in. */
  zone: Type.String({ pattern: PATTERNS.zone }),
}));

/**
 * A support-response credit: when more than (or at least) `misses.count` of a metric's
 * targets are missed in one period, the customer is owed `creditPercent` of that period's fee.
 * A target is missed in the period that holds its due instant.
 */
export interface ResponseCredit extends Static<typeof ResponseCredit> {}
/** @hidden */
export const ResponseCredit = definition("ResponseCredit", closed({
  /** The metric whose missed targets count. */
  metric: id(),
  /** The credit's title as pages show it; null when it gives none. */
  title: nullable(Type.String()),
  /** The tiers whose tickets count, in the order written; empty: every tier. */
  tiers: list(id()),
  /** How many missed targets in a period owe the credit. */
  misses: closed({
    /** How the period's missed targets are compared with `count`: more than, or at least. */
    operator: choice(MISS_OPERATORS),
    /** The number of missed targets the credit is measured against. */
    count: Type.Integer({ minimum: 0 }),
  }),
  /** `fiscal_quarter`: the quarters of the bundle's `fiscalYear`. */
  period: choice(CREDIT_PERIODS),
  /** Percent of the period's fee. */
  creditPercent: percent(true),
  /** Days after the end of the period within which the credit must be claimed; null: not stated. */
  claimWindowDays: nullable(Type.Integer({ minimum: 1 })),
  /** Set when the source is silent and the author assumed this; pages say so. */
  assumption: assumption(),
  /** Prose the policy attaches to the credit, in source order. */
  notes: notes(),
}));

/** Something that happened to a ticket. */
export interface TicketEvent extends Static<typeof TicketEvent> {}
/** @hidden */
export const TicketEvent = definition("TicketEvent", closed({
  /** One of `TICKET_EVENTS`, a declared event, or the id of the metric it meets. */
  type: id(),
  /** ISO instant. */
  at: Type.String({ pattern: PATTERNS.instant }),
  /** The ticket's severity from this instant on; only on a `reclassified` event. */
  severity: Type.Optional(id()),
  /** Attribute values that hold from this instant on (an escalation by phone, a move to production). */
  attributes: Type.Optional(record(PATTERNS.id, Type.String())),
}));

/** A ticket as the runtime reads it. */
export interface Ticket extends Static<typeof Ticket> {}
/** @hidden */
export const Ticket = definition("Ticket", closed({
  /** The ticket's id, which answers repeat. */
  id: Type.Optional(Type.String()),
  /** ISO instant. */
  openedAt: Type.String({ pattern: PATTERNS.instant }),
  /** The customer's tier id; needed when the policy declares tiers. */
  tier: Type.Optional(id()),
  /** The severity asked for; else the channel's default. */
  severity: Type.Optional(id()),
  /** The channel the ticket came in on; needed when the policy declares channels. */
  channel: Type.Optional(id()),
  /** Declared attribute id to the ticket's value (an id, or a language tag for `language`). */
  attributes: Type.Optional(record(PATTERNS.id, Type.String())),
  /** Add-on tier ids the ticket's customer has on top of `tier`. */
  addons: Type.Optional(list(id())),
  /** The customer's IANA zone, for calendars whose zone is the ticket's (`zone customer`). */
  zone: Type.Optional(Type.String({ pattern: PATTERNS.zone })),
  /** What happened to the ticket since it was opened. */
  events: Type.Optional(list(ref(TicketEvent))),
}));

/** A `test` block: a ticket and what the policy must give it. */
export interface PolicyTest extends Static<typeof PolicyTest> {}
/** @hidden */
export const PolicyTest = definition("PolicyTest", closed({
  /** The test's name, which `slac test` reports. */
  name: Type.String(),
  /** `line:column` of the test in the source. */
  at: Type.String({ pattern: PATTERNS.lineColumn }),
  /** The ticket the test evaluates. */
  ticket: ref(Ticket),
  /** The instant statuses are judged at (`now` in the test); null: the test gives none. */
  now: nullable(Type.String({ pattern: PATTERNS.instant })),
  /** What the policy must answer for the ticket's metrics, one entry per `expect` line. */
  expect: list(
    closed({
      /** The metric the expectation is about. */
      metric: id(),
      /** null: no deadline applies; `unknown`: the policy does not state it. */
      due: nullable(Type.Union([Type.String({ pattern: PATTERNS.instant }), constant(UNKNOWN)])),
      /** The status expected at `now`; null: not checked. */
      status: choice([...METRIC_STATUSES, null]),
      /** `expect <metric> cycle <n> …`: the n-th cycle of a repeating metric (from 1); null: the metric's current due. */
      cycle: nullable(Type.Integer({ minimum: 1 })),
      /** `… missed <n>`: how many cycles of a repeating metric were missed by `now`; null: not checked. */
      missed: nullable(Type.Integer({ minimum: 0 })),
    }),
  ),
  /** `expect severity`: the severity the ticket is handled at, after its channel and eligibility; null: not checked. */
  expectSeverity: nullable(id()),
  /** `expect rejected`: an eligibility rule refuses the ticket (then `expect` is empty and `expectSeverity` null). */
  expectRejected: Type.Boolean(),
}));

/** A compiled policy. */
export interface Bundle extends Static<typeof Bundle> {}
/** @hidden */
export const Bundle = closed({
  /** The bundle format (`BUNDLE_FORMAT`); a runtime refuses a bundle of another. */
  format: constant(BUNDLE_FORMAT),
  /** `sha256:<hex>` of the canonical JSON of this bundle with `digest` set to "". */
  digest: Type.String({ pattern: PATTERNS.digest }),
  /** Who the policy is and where it came from. */
  policy: ref(PolicyInfo),
  /** The languages the policy lists (`languages`), in source order. */
  languages: list(ref(Language)),
  /** User calendars; `24x7` is built in and never listed. */
  calendars: list(ref(Calendar)),
  /** Support levels and teams, in source order. */
  teams: list(ref(Team)),
  /** Ways to reach support, in source order. */
  channels: list(ref(Channel)),
  /** Most severe first. */
  severities: list(ref(SeverityLevel)),
  /** Plans and add-ons, in source order. */
  tiers: list(ref(Tier)),
  /** The ticket attributes the policy declares, in source order. */
  attributes: list(ref(Attribute)),
  /** Applied in order before targets are looked up. */
  eligibility: list(ref(Eligibility)),
  /** Events the policy declares, in source order. */
  events: list(ref(EventType)),
  /** Every metric with at least one target rule or declaration, builtins first in a fixed order. */
  metrics: list(ref(Metric)),
  /** The resolved target table: one row per available (tier, severity, channel, metric). */
  targets: list(ref(TargetRow)),
  /** Assumptions and notes of target rules, sorted by source position. */
  ruleNotes: list(ref(RuleNote)),
  /** How tickets escalate; null when the policy does not say. */
  escalation: nullable(ref(Escalation)),
  /** Support exclusions (what support does not cover). */
  exclusions: list(Type.String()),
  /** How maintenance is announced; null when the policy does not say. */
  maintenance: nullable(ref(Maintenance)),
  /** Uptime commitments, in source order. */
  uptimes: list(ref(Uptime)),
  /** Null when the policy declares none; set whenever a response credit counts fiscal quarters. */
  fiscalYear: nullable(ref(FiscalYear)),
  /** Support-response credits, in source order. */
  responseCredits: list(ref(ResponseCredit)),
  /** The policy's `test` blocks, in source order. */
  tests: list(ref(PolicyTest)),
});
