/**
 * Seeded tickets for checking the SQL export against the runtime: over a bundle's declared
 * tiers, severities and channels, opened at random instants of 2025–2027 with extra weight
 * on the DST weeks of the calendars' zones, on the edges of their windows and on their
 * closed dates; with the metrics' start events, pauses of every layout (a second `paused`
 * while paused, a `resumed` while running, zero-length, still open at `now`) and meeting
 * events before, at and after the due. Deterministic for a seed, and fast enough for a
 * million tickets: no fast-check, one small PRNG.
 *
 * The module imports types only from src/, so that scripts/sql-agreement.mjs can load it
 * beside whichever build of the runtime it checks.
 */
import { DateTime } from "luxon";
import type { Bundle, Calendar, ClosedRule, Metric } from "../../src/contract/bundle.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK_MINUTES = 10_080;
/** The first instant tickets are opened at. */
export const FIRST_OPENING = Date.UTC(2025, 0, 1);
/** Zones whose DST weeks get weight when a policy's calendars name none (24x7 only). */
const FALLBACK_ZONES = ["America/New_York", "Europe/Berlin"];

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a 32-bit seeded PRNG, so that every run draws the same tickets. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated ticket's event, as the runtime reads it. */
export interface SqlTicketEvent {
  readonly type: string;
  /** `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly at: string;
}

/** A generated ticket as the runtime reads it (a `TicketInput`); a dimension it does not give is absent. */
export interface SqlTicket {
  readonly id: string;
  readonly openedAt: string;
  readonly tier?: string;
  readonly severity?: string;
  readonly channel?: string;
  /** In list order: the order of events at the same instant, and their `seq`. */
  readonly events: readonly SqlTicketEvent[];
}

/** A generated ticket and what its draw did. */
export interface GeneratedTicket {
  readonly ticket: SqlTicket;
  /** True when its pauses moved some metric's due (the due with and without them differ). */
  readonly pausesMovedDue: boolean;
}

/** Tickets judged at one `now`. */
export interface TicketBatch {
  /** `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly now: string;
  readonly tickets: readonly GeneratedTicket[];
}

/** Each metric's due (epoch ms) for a ticket at `now`, null where it has none: how the generator places events around dues. */
export type DueOracle = (ticket: SqlTicket, now: string) => ReadonlyMap<string, number | null>;

/** A row of the user's `tickets` table: timestamps as `YYYY-MM-DD HH:MM:SS` UTC text, null where the ticket gives no value. */
export interface TicketRow {
  readonly ticket_id: string;
  readonly opened_at: string;
  readonly tier: string | null;
  readonly severity: string | null;
  readonly channel: string | null;
}

/** A row of the user's `ticket_events` table; `seq` is the event's position in the ticket's list. */
export interface EventRow {
  readonly ticket_id: string;
  readonly type: string;
  readonly occurred_at: string;
  readonly seq: number;
}

/** `YYYY-MM-DDTHH:MM:SSZ` of epoch ms (whole seconds). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + "Z";
}

/** The SQL tables' text of an instant: `YYYY-MM-DD HH:MM:SS`, UTC. */
export function sqlTimestamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The rows of the user's two tables for a batch of tickets. */
export function tableRows(tickets: readonly GeneratedTicket[]): { tickets: TicketRow[]; events: EventRow[] } {
  const ticketRows: TicketRow[] = [];
  const eventRows: EventRow[] = [];
  for (const { ticket } of tickets) {
    ticketRows.push({
      ticket_id: ticket.id,
      opened_at: sqlTimestamp(ticket.openedAt),
      tier: ticket.tier ?? null,
      severity: ticket.severity ?? null,
      channel: ticket.channel ?? null,
    });
    ticket.events.forEach((event, seq) => eventRows.push({ ticket_id: ticket.id, type: event.type, occurred_at: sqlTimestamp(event.at), seq }));
  }
  return { tickets: ticketRows, events: eventRows };
}

/** The `tickets` rows as CSV with a header; an empty field is NULL (ids and types never hold commas or quotes). */
export function ticketsCsv(rows: readonly TicketRow[]): string {
  let text = "ticket_id,opened_at,tier,severity,channel\n";
  for (const r of rows) text += `${r.ticket_id},${r.opened_at},${r.tier ?? ""},${r.severity ?? ""},${r.channel ?? ""}\n`;
  return text;
}

/** The `ticket_events` rows as CSV with a header. */
export function eventsCsv(rows: readonly EventRow[]): string {
  let text = "ticket_id,type,occurred_at,seq\n";
  for (const r of rows) text += `${r.ticket_id},${r.type},${r.occurred_at},${r.seq}\n`;
  return text;
}

/** A ticket's tier, channel and severity as given (undefined: not given). */
interface Dimensions {
  readonly tier: string | undefined;
  readonly channel: string | undefined;
  readonly severity: string | undefined;
}

/** The combinations a ticket may give: every base tier with each channel it may use and each severity; a severity left out where its channel fixes or defaults it. */
function combinationsOf(bundle: Bundle): { given: Dimensions[]; severityOptional: boolean[] } {
  const given: Dimensions[] = [];
  const severityOptional: boolean[] = [];
  const tiers = bundle.tiers.filter((t) => t.addon !== true);
  for (const tier of tiers.length > 0 ? tiers : [undefined]) {
    const channels = bundle.channels.length === 0 ? [undefined] : bundle.channels.filter((c) => tier === undefined || tier.channels.includes(c.id));
    for (const channel of channels) {
      for (const severity of bundle.severities.length > 0 ? bundle.severities : [undefined]) {
        given.push({ tier: tier?.id, channel: channel?.id, severity: severity?.id });
        severityOptional.push(severity !== undefined && channel !== undefined && (channel.fixedSeverity !== null || channel.defaultSeverity !== null));
      }
    }
  }
  return { given, severityOptional };
}

/** Instants (epoch ms) at which a zone's UTC offset changes within [from, to), to the minute. */
function offsetChanges(zone: string, from: number, to: number): number[] {
  const offset = (t: number) => DateTime.fromMillis(t, { zone }).offset;
  const changes: number[] = [];
  for (let day = from; day < to; day += DAY) {
    if (offset(day) === offset(day + DAY)) continue;
    let lo = day;
    let hi = day + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offset(mid) === offset(day)) lo = mid;
      else hi = mid;
    }
    changes.push(hi);
  }
  return changes;
}

/** A wall-clock edge of a calendar: a minute of the week in a zone. */
interface Edge {
  readonly zone: string;
  readonly minute: number;
}

/** The minutes of the week at which a calendar opens or closes, and its local midnights (the ends of business days). */
function edgesOf(calendar: Calendar): Edge[] {
  const edges: Edge[] = [];
  if (calendar.zone !== null) {
    for (const w of calendar.windows) edges.push({ zone: calendar.zone, minute: w.start }, { zone: calendar.zone, minute: w.end % WEEK_MINUTES });
    for (let d = 0; d < 7; d++) edges.push({ zone: calendar.zone, minute: d * 1440 });
  }
  for (const s of calendar.spans) edges.push({ zone: s.startZone, minute: s.start }, { zone: s.endZone, minute: s.end });
  return edges;
}

/** The instant a zone's wall clock shows a minute of the week in the week whose Monday is `monday` (a local date); a time in a DST gap moves forward. */
function wallInstant(zone: string, monday: DateTime, minute: number): number {
  const day = Math.floor(minute / 1440);
  const inDay = minute % 1440;
  const date = monday.plus({ days: day });
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: Math.floor(inDay / 60), minute: inDay % 60 }, { zone }).toMillis();
}

/** Easter Sunday of a year (Gregorian, anonymous algorithm) as [month, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

/** Some dates (`YYYY-MM-DD`) a closed rule closes in the given years: where next-business-day dues jump. */
function closedDates(rule: ClosedRule, years: readonly number[]): string[] {
  const date = (y: number, m: number, d: number) => DateTime.utc(y, m, d).toISODate();
  const out: (string | null)[] = [];
  for (const y of years) {
    switch (rule.kind) {
      case "dates":
        if (Number(rule.from.slice(0, 4)) === y) out.push(rule.from, rule.to);
        break;
      case "yearly":
        out.push(date(y, rule.month, rule.day));
        break;
      case "yearly_range":
        out.push(date(y, rule.from.month, rule.from.day), date(y, rule.to.month, rule.to.day));
        break;
      case "nth_weekday": {
        const first = DateTime.utc(y, rule.month, 1);
        const nth = rule.nth === -1 ? 4 : rule.nth;
        out.push(first.plus({ days: ((rule.weekday - first.weekday + 7) % 7) + (nth - 1) * 7 }).toISODate());
        break;
      }
      case "easter": {
        const [m, d] = easter(y);
        out.push(DateTime.utc(y, m, d).plus({ days: rule.offset }).toISODate());
        break;
      }
    }
  }
  return out.filter((d): d is string => d !== null);
}

/** What a policy's tickets are drawn over, computed once per bundle. */
interface Shape {
  readonly combinations: Dimensions[];
  readonly severityOptional: boolean[];
  /** Instants of DST changes in the calendars' zones, 2025–2027. */
  readonly dstChanges: number[];
  readonly edges: Edge[];
  /** Closed dates with their calendar's zone. */
  readonly closed: { readonly zone: string; readonly date: string }[];
  /** The events that start a metric's clock, other than the opening. */
  readonly startEvents: string[];
  readonly metrics: readonly Metric[];
  /** Event types every bundle knows, besides the metrics' own: noise for the SQL to ignore or use. */
  readonly noise: string[];
}

function shapeOf(bundle: Bundle): Shape {
  const { given, severityOptional } = combinationsOf(bundle);
  const zones = new Set<string>();
  for (const c of bundle.calendars) {
    if (c.zone !== null) zones.add(c.zone);
    for (const s of c.spans) zones.add(s.startZone).add(s.endZone);
  }
  if (zones.size === 0) for (const z of FALLBACK_ZONES) zones.add(z);
  const end = Date.UTC(2028, 0, 1);
  const dstChanges = [...zones].flatMap((z) => offsetChanges(z, FIRST_OPENING, end)).sort((a, b) => a - b);
  const closed: { zone: string; date: string }[] = [];
  for (const c of bundle.calendars) {
    if (c.zone === null) continue;
    for (const set of c.holidays) for (const h of set.dates) if (h.date >= "2025-01-01" && h.date < "2028-01-01") closed.push({ zone: c.zone, date: h.date });
    for (const rule of c.closed) for (const date of closedDates(rule, [2025, 2026, 2027])) closed.push({ zone: c.zone, date });
  }
  const startEvents = [...new Set(bundle.metrics.map((m) => m.starts).filter((s) => s !== "opened"))];
  return {
    combinations: given,
    severityOptional,
    dstChanges,
    edges: bundle.calendars.flatMap(edgesOf),
    closed,
    startEvents,
    metrics: bundle.metrics,
    noise: ["customer_reply", "escalated", ...(bundle.events ?? []).map((e) => e.id)],
  };
}

/** Options of a `TicketGenerator`. */
export interface GeneratorOptions {
  readonly seed: number;
  /** How the generator learns the dues it places pauses and meeting events around (the runtime, in the tests). */
  readonly dueOf: DueOracle;
  /** Prefix of the ticket ids, which are unique per generator. */
  readonly prefix?: string;
}

/** An event being built: its instant in ms. */
interface Draft {
  readonly type: string;
  readonly at: number;
}

/**
 * Draws tickets for one bundle: each call of `batch` gives tickets opened before its `now`,
 * continuing the same random sequence (ids count on across batches).
 */
export class TicketGenerator {
  readonly #shape: Shape;
  readonly #random: Random;
  readonly #dueOf: DueOracle;
  readonly #prefix: string;
  #count = 0;

  constructor(bundle: Bundle, options: GeneratorOptions) {
    this.#shape = shapeOf(bundle);
    this.#random = mulberry32(options.seed);
    this.#dueOf = options.dueOf;
    this.#prefix = options.prefix ?? "T";
  }

  /** `count` tickets opened from 2025-01-01 up to `now` (an ISO instant), judged at it. */
  batch(count: number, now: string): TicketBatch {
    const nowMs = Date.parse(now);
    if (!(nowMs > FIRST_OPENING + DAY)) throw new Error(`now ${now} must come after 2025-01-02`);
    const tickets: GeneratedTicket[] = [];
    for (let i = 0; i < count; i++) tickets.push(this.#ticket(nowMs));
    return { now: isoSeconds(nowMs), tickets };
  }

  #pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.#random() * list.length)]!;
  }

  #between(from: number, to: number): number {
    return from + this.#random() * (to - from);
  }

  /** Whole minutes mostly, whole seconds now and then. */
  #round(ms: number): number {
    return this.#random() < 0.8 ? Math.floor(ms / MINUTE) * MINUTE : Math.floor(ms / 1000) * 1000;
  }

  /** A small step off an instant: none, a second or a minute either way, or up to 90 minutes. */
  #nudge(t: number): number {
    const r = this.#random();
    if (r < 0.3) return t;
    if (r < 0.45) return t - 1000;
    if (r < 0.6) return t + 1000;
    if (r < 0.7) return t - MINUTE;
    if (r < 0.8) return t + MINUTE;
    return this.#round(t + (this.#random() - 0.5) * 180 * MINUTE);
  }

  /** When a ticket is opened: anywhere, in a DST week, at a window's edge, around a closed date, or just before `now`. */
  #openedAt(now: number): number {
    const { dstChanges, edges, closed } = this.#shape;
    const r = this.#random();
    let t = Number.NaN;
    if (r < 0.2) {
      const changes = dstChanges.filter((c) => c < now);
      if (changes.length > 0) {
        const change = this.#pick(changes);
        t = this.#random() < 0.5 ? this.#round(change + (this.#random() - 0.5) * 7 * DAY) : this.#nudge(this.#round(change + (this.#random() - 0.5) * 6 * HOUR));
      }
    } else if (r < 0.4) {
      if (edges.length > 0) {
        const edge = this.#pick(edges);
        const weeks = Math.floor((now - FIRST_OPENING) / (7 * DAY));
        // 2025-01-06 is a Monday.
        const monday = DateTime.fromObject({ year: 2025, month: 1, day: 6 }, { zone: "UTC" }).plus({ weeks: Math.floor(this.#random() * weeks) });
        t = this.#nudge(wallInstant(edge.zone, monday, edge.minute));
      }
    } else if (r < 0.48) {
      if (closed.length > 0) {
        const { zone, date } = this.#pick(closed);
        const day = DateTime.fromISO(date, { zone }).plus({ days: Math.floor(this.#random() * 3) - 1 });
        t = this.#round(day.toMillis() + this.#random() * DAY);
      }
    } else if (r < 0.65) {
      t = this.#round(now - this.#random() * 4 * DAY);
    }
    if (!(t >= FIRST_OPENING && t <= now)) t = this.#round(this.#between(FIRST_OPENING, now));
    return t;
  }

  /** How long after an instant something happens: at once now and then, mostly within hours, sometimes days. */
  #delay(): number {
    const r = this.#random();
    if (r < 0.1) return 0;
    if (r < 0.6) return this.#random() * 8 * HOUR;
    return this.#random() * 5 * DAY;
  }

  #ticket(now: number): GeneratedTicket {
    const shape = this.#shape;
    const k = Math.floor(this.#random() * shape.combinations.length);
    const dims = shape.combinations[k]!;
    const severity = shape.severityOptional[k] === true && this.#random() < 0.3 ? undefined : dims.severity;
    const opened = this.#openedAt(now);
    const id = `${this.#prefix}${this.#count++}`;
    const drafts: Draft[] = [];
    const at = (t: number) => this.#round(t);

    // The metrics' start events: usually once, sometimes twice (the first counts), now and then before the opening.
    for (const type of shape.startEvents) {
      if (this.#random() < 0.25) continue;
      const times = type === "customer_reply" ? 1 + Math.floor(this.#random() * 3) : this.#random() < 0.15 ? 2 : 1;
      for (let i = 0; i < times; i++) drafts.push({ type, at: this.#random() < 0.04 ? at(opened - this.#random() * HOUR) : at(opened + this.#delay()) });
    }
    for (const type of shape.noise) if (this.#random() < 0.1) drafts.push({ type, at: at(opened + this.#delay()) });

    const make = (events: readonly Draft[]): SqlTicket => ({
      id,
      openedAt: isoSeconds(opened),
      ...(dims.tier === undefined ? {} : { tier: dims.tier }),
      ...(severity === undefined ? {} : { severity }),
      ...(dims.channel === undefined ? {} : { channel: dims.channel }),
      events: events.map((e) => ({ type: e.type, at: isoSeconds(e.at) })),
    });
    const nowIso = isoSeconds(now);
    const unpaused = this.#dueOf(make(drafts), nowIso);
    const dues = [...unpaused.values()].filter((d): d is number => d !== null);
    const horizon = dues.length > 0 ? Math.max(...dues) : opened + 2 * DAY;

    const pauses = this.#pauses(opened, Math.max(horizon, opened + HOUR), now);
    drafts.push(...pauses);
    const paused = pauses.length === 0 ? unpaused : this.#dueOf(make(drafts), nowIso);
    let moved = false;
    for (const [metric, due] of paused) if (due !== null && unpaused.get(metric) !== null && unpaused.get(metric) !== due) moved = true;

    drafts.push(...this.#meetings(opened, now, paused, drafts));
    return { ticket: make(this.#order(drafts)), pausesMovedDue: moved };
  }

  /** Pause layouts: none, pairs, zero-length, a second `paused` while paused, a `resumed` while running, open at `now`, from before the opening. */
  #pauses(opened: number, horizon: number, now: number): Draft[] {
    if (this.#random() < 0.55) return [];
    const out: Draft[] = [];
    const span = horizon - opened;
    const inside = () => this.#round(opened + this.#random() * span * 1.1);
    const pair = (from: number, length: number) => out.push({ type: "paused", at: from }, { type: "resumed", at: this.#round(from + length) });
    const layout = this.#random();
    if (layout < 0.25) pair(inside(), this.#random() * span * 0.6);
    else if (layout < 0.3) {
      // Resumed at `now` itself.
      const from = this.#round(this.#between(opened, now));
      out.push({ type: "paused", at: from }, { type: "resumed", at: now });
    } else if (layout < 0.45) {
      const a = inside();
      const b = inside();
      pair(Math.min(a, b), this.#random() * span * 0.2);
      pair(Math.max(a, b) + HOUR, this.#random() * span * 0.3);
    } else if (layout < 0.55) {
      // Zero-length: paused and resumed at one instant, in either list order.
      const t = inside();
      if (this.#random() < 0.5) out.push({ type: "paused", at: t }, { type: "resumed", at: t });
      else out.push({ type: "resumed", at: t }, { type: "paused", at: t }, { type: "resumed", at: this.#round(t + this.#random() * 3 * HOUR) });
    } else if (layout < 0.65) {
      // A second `paused` while paused changes nothing.
      const t = inside();
      const length = this.#random() * span * 0.5;
      out.push({ type: "paused", at: t }, { type: "paused", at: this.#round(t + length / 2) }, { type: "resumed", at: this.#round(t + length) });
    } else if (layout < 0.72) {
      // A `resumed` while running changes nothing.
      out.push({ type: "resumed", at: inside() });
      if (this.#random() < 0.5) pair(inside(), this.#random() * span * 0.3);
    } else if (layout < 0.9) {
      // Still paused at `now`, paused at `now` itself (no time paused yet), or paused after it (which has not happened yet).
      if (this.#random() < 0.4) pair(inside(), this.#random() * span * 0.2);
      const r = this.#random();
      out.push({ type: "paused", at: r < 0.7 ? this.#round(this.#between(opened, Math.min(now, horizon))) : r < 0.85 ? now : inside() });
    } else {
      // From before the opening into the clock.
      pair(this.#round(opened - this.#random() * 2 * HOUR), this.#random() * 4 * HOUR);
    }
    return out;
  }

  /** The metrics' meeting events (their own id, or `resolved` for resolution): before, at, just after or long after the due, at the opening or at `now`; sometimes none, sometimes two. */
  #meetings(opened: number, now: number, dues: ReadonlyMap<string, number | null>, others: readonly Draft[]): Draft[] {
    const out: Draft[] = [];
    for (const metric of this.#shape.metrics) {
      if (this.#random() < 0.25) continue;
      const type = metric.id === "resolution" && this.#random() < 0.5 ? "resolved" : metric.id;
      const times = this.#random() < 0.1 ? 2 : 1;
      for (let i = 0; i < times; i++) {
        const due = dues.get(metric.id) ?? null;
        const r = this.#random();
        let t: number;
        if (r < 0.12 && others.length > 0) t = this.#pick(others).at; // the same instant as another event
        else if (r < 0.15) t = opened;
        else if (r < 0.18) t = now;
        else if (due === null) t = this.#round(opened + this.#delay());
        else if (r < 0.26) t = due;
        else if (r < 0.33) t = due - 1000;
        else if (r < 0.4) t = due + 1000;
        else if (r < 0.7) t = this.#round(opened + this.#random() * (due - opened));
        else t = this.#round(due + this.#random() * 2 * DAY);
        out.push({ type, at: t });
      }
    }
    return out;
  }

  /** The list order: by instant mostly (ties in the order drawn), shuffled now and then, which only ties can tell. */
  #order(drafts: Draft[]): Draft[] {
    if (this.#random() < 0.15) {
      for (let i = drafts.length - 1; i > 0; i--) {
        const j = Math.floor(this.#random() * (i + 1));
        [drafts[i], drafts[j]] = [drafts[j]!, drafts[i]!];
      }
      return drafts;
    }
    // Array.prototype.sort is stable: ties keep the order drawn.
    return drafts.sort((a, b) => a.at - b.at);
  }
}
