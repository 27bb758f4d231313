import type {
  Attribute,
  Bundle,
  Calendar,
  Channel,
  ClosedRule,
  DateMove,
  Deadline,
  HolidaySet,
  Metric,
  SeverityLevel,
  Target,
  TargetRow,
  Tier,
  Window,
  ZonedSpan,
} from "../../src/contract/bundle.js";
import { BUILTIN_METRICS } from "../../src/contract/vocabulary.js";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WEEK = 10080;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

function dayList(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(",")) {
    const [a, b] = part.split("-") as [string, string | undefined];
    const from = DAYS.indexOf(a);
    const to = b === undefined ? from : DAYS.indexOf(b);
    for (let d = from; ; d = (d + 1) % 7) {
      out.push(d);
      if (d === to) break;
    }
  }
  return out;
}

/**
 * Windows from a compact spec, like the language's `open` lines: `mon-fri 09:00-17:00`,
 * `mon-fri 22:00-02:00` (crosses midnight), `sun 18:00 - fri 21:00` (one span).
 */
export function windows(...specs: string[]): Window[] {
  const out: Window[] = [];
  for (const spec of specs) {
    const span = /^(\w+) (\d\d:\d\d) - (\w+) (\d\d:\d\d)$/.exec(spec);
    if (span !== null) {
      const start = DAYS.indexOf(span[1]!) * 1440 + minutesOf(span[2]!);
      let end = DAYS.indexOf(span[3]!) * 1440 + minutesOf(span[4]!);
      if (end <= start) end += WEEK;
      out.push({ start, end });
      continue;
    }
    const [days, times] = spec.split(" ") as [string, string];
    const [from, to] = times.split("-").map(minutesOf) as [number, number];
    for (const d of dayList(days)) {
      const start = d * 1440 + from;
      out.push({ start, end: d * 1440 + (to <= from ? to + 1440 : to) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A bundle calendar. */
export function calendar(zone: string | null, open: string[], closed: ClosedRule[] = [], extra: Partial<Calendar> = {}): Calendar {
  return {
    id: "business",
    title: null,
    zone,
    ticketZone: false,
    windows: windows(...open),
    spans: [],
    closed,
    holidays: [],
    horizon: null,
    unknown: [],
    businessDayMinutes: null,
    assumption: null,
    notes: [],
    ...extra,
  };
}

/**
 * A span between two zones from a spec like the language's:
 * `mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles`.
 */
export function span(spec: string): ZonedSpan {
  const m = /^(\w+) (\d\d:\d\d) (\S+) - (\w+) (\d\d:\d\d) (\S+)$/.exec(spec);
  if (m === null) throw new Error(`bad span ${spec}`);
  return { start: DAYS.indexOf(m[1]!) * 1440 + minutesOf(m[2]!), startZone: m[3]!, end: DAYS.indexOf(m[4]!) * 1440 + minutesOf(m[5]!), endZone: m[6]! };
}

/** A holiday set of a region with the given dates (named after themselves). */
export function holidays(region: string, dates: string[]): HolidaySet {
  return { region, regionName: region, types: ["public"], except: [], only: [], data: "test", dates: dates.map((date) => ({ date, name: date })) };
}

/** The same month and day every year, optionally moved. */
export function yearly(month: number, day: number, move: DateMove | null = null): ClosedRule {
  return { kind: "yearly", month, day, name: null, move };
}

/** A Saturday moved to the Friday before and a Sunday to the Monday after (US federal rule). */
export const OBSERVED_US: DateMove = { shift: 0, observed: [{ weekday: 6, days: -1 }, { weekday: 7, days: 1 }] };

/** A closed date or inclusive range. */
export function closedDates(from: string, to = from): ClosedRule {
  return { kind: "dates", from, to, name: null };
}

/** Epoch ms of an ISO instant. */
export function ms(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad instant ${iso}`);
  return t;
}

/** An epoch ms instant as `YYYY-MM-DDTHH:MMZ`. */
export function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 16) + "Z";
}

/** A metric of a bundle, starting when the ticket is opened unless told; `attributes` are those its rows name. */
export function metric(id: string, parts: Partial<Metric> = {}): Metric {
  return { id, title: id, builtin: false, starts: "opened", repeats: null, onChange: "keep", attributes: [], assumption: null, notes: [], ...parts };
}

const builtinMetrics: Metric[] = BUILTIN_METRICS.map(({ id, title, starts }) => metric(id, { title, builtin: true, starts }));

/** A minimal bundle around some calendars and target rows; the rest is empty. */
export function bundle(parts: Partial<Bundle> & { targets: TargetRow[] }): Bundle {
  return {
    format: 3,
    digest: "",
    policy: {
      id: "test",
      title: null,
      provider: null,
      updated: null,
      source: "test.sla",
      links: [],
      notes: [],
      businessHours: "business",
      validFrom: null,
      validUntil: null,
      supersedes: null,
    },
    languages: [],
    calendars: [],
    teams: [],
    channels: [],
    severities: [],
    tiers: [],
    attributes: [],
    eligibility: [],
    events: [],
    metrics: builtinMetrics,
    ruleNotes: [],
    escalation: null,
    exclusions: [],
    maintenance: null,
    uptimes: [],
    fiscalYear: null,
    responseCredits: [],
    tests: [],
    ...parts,
  };
}

/** A tier that may use the given channels; an add-on when told. */
export function tier(id: string, channels: string[], parts: Partial<Tier> = {}): Tier {
  return { id, title: null, description: null, hours: null, channels, addon: false, assumption: null, notes: [], ...parts };
}

/** A channel, with a fixed or default severity when told. */
export function channel(id: string, parts: Partial<Channel> = {}): Channel {
  return { id, title: null, fixedSeverity: null, defaultSeverity: null, contacts: [], audience: null, assumption: null, notes: [], ...parts };
}

/** Severities ranked in the order given. */
export function severities(...ids: string[]): SeverityLevel[] {
  return ids.map((id, i) => ({ id, title: null, rank: i + 1, aliases: [], description: null, examples: [], assumption: null, notes: [] }));
}

/** A ticket attribute with the given value ids (and titles, after a colon: `ja:Japanese`). */
export function attribute(id: string, values: string[], parts: Partial<Attribute> = {}): Attribute {
  return {
    id,
    title: null,
    values: values.map((v) => {
      const [value, title] = v.split(":") as [string, string | undefined];
      return { id: value, title: title ?? null };
    }),
    fromLanguages: false,
    default: null,
    assumption: null,
    notes: [],
    ...parts,
  };
}

/** A target row with defaults for dimensions a policy does not declare. */
export function row(
  metric: string,
  target: TargetRow["target"],
  dims: Partial<Pick<TargetRow, "tier" | "severity" | "channel" | "appliedSeverity" | "attributes" | "rule">> = {},
): TargetRow {
  const severity = dims.severity ?? "*";
  return { tier: "*", channel: "*", attributes: {}, rule: "1:1", ...dims, severity, appliedSeverity: dims.appliedSeverity ?? severity, metric, target };
}

/** A deadline of an amount on a calendar, strict (`under`) when told. */
export function deadline(amount: Deadline["amount"], calendarId: string, strict = false): Deadline {
  return { amount, calendar: calendarId, strict };
}

/** A plain `<minutes> on <calendar>` target, strict (`under`) when told. */
export function minutes(value: number, calendarId: string, strict = false): Target {
  return { deadline: deadline({ unit: "minutes", value }, calendarId, strict), otherwise: null, hoursCalendar: null };
}
