/**
 * What the runtime looks up in a bundle (calendars, names, target rows, dimensions),
 * indexed once per bundle object.
 */
import type { Bundle, Calendar, Channel, TargetRow, Tier } from "../../contract/bundle.js";
import { ALWAYS, type UnknownPart } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { type CalendarIndex, indexCalendar } from "../clock/calendar-index.js";
import { Dimensions } from "./dimensions.js";
import { AnswerFailure, runtimeError, RuntimeFailure } from "../errors.js";
import { type NameTable, nameTable } from "./names.js";

/** What the runtime looks up in a bundle, indexed once per bundle object. */
export interface BundleIndex {
  readonly bundle: Bundle;
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly tiers: ReadonlyMap<string, Tier>;
  readonly channels: ReadonlyMap<string, Channel>;
  /** Tier ids and titles. */
  readonly tierNames: NameTable;
  /** Severity ids, aliases and titles. */
  readonly severityNames: NameTable;
  /** Channel ids and titles. */
  readonly channelNames: NameTable;
  readonly rows: ReadonlyMap<string, TargetRow>;
  /** Completes tickets that leave out dimensions their answer does not depend on. */
  readonly dimensions: Dimensions;
}

const indexes = new WeakMap<Bundle, BundleIndex>();

/** The key of a target row in the index. */
export function rowKey(tier: string, severity: string, channel: string, metric: string): string {
  // NUL never occurs in ids, so keys of different rows never collide.
  return `${tier}\u0000${severity}\u0000${channel}\u0000${metric}`;
}

/** Indexes a bundle's calendars, dimensions and resolved target table, once per bundle object. */
export function indexBundle(bundle: Bundle): BundleIndex {
  let index = indexes.get(bundle);
  if (index === undefined) {
    const rows = new Map(bundle.targets.map((r) => [rowKey(r.tier, r.severity, r.channel, r.metric), r]));
    index = {
      bundle,
      calendars: new Map(bundle.calendars.map((c) => [c.id, c])),
      tiers: new Map(bundle.tiers.map((t) => [t.id, t])),
      channels: new Map(bundle.channels.map((c) => [c.id, c])),
      tierNames: nameTable(bundle.tiers),
      severityNames: nameTable(bundle.severities),
      channelNames: nameTable(bundle.channels),
      rows,
      dimensions: new Dimensions(bundle, (tier, severity, channel, metric) => rows.get(rowKey(tier, severity, channel, metric))),
    };
    indexes.set(bundle, index);
  }
  return index;
}

/** A clock whose calendar leaves something unstated, and why: its targets answer `unknown`. */
export interface UnstatedClock {
  readonly unstated: string;
}

/**
 * A deadline's clock for one ticket: `24x7`, its calendar indexed in the zone it runs in for
 * the ticket, or what the calendar leaves unstated.
 */
export type TicketClock = typeof ALWAYS | CalendarIndex | UnstatedClock;

/** True for a clock (or a deadline chosen by a clock) whose calendar leaves something unstated. */
export function isUnstated(value: unknown): value is UnstatedClock {
  return typeof value === "object" && value !== null && "unstated" in value;
}

const PARTS: Readonly<Record<UnknownPart, string>> = { hours: "hours", zone: "zone", holidays: "holidays" };

/**
 * The clock a calendar id names for a ticket whose `zone` is `zone` (null: none given). A
 * calendar in the customer's zone runs in the ticket's zone, else in its default; with
 * neither, the metric cannot be answered (SLA4006, for that metric alone).
 */
export function ticketClock(index: BundleIndex, id: string, zone: string | null): TicketClock {
  if (id === ALWAYS) return ALWAYS;
  const calendar = index.calendars.get(id);
  if (calendar === undefined) {
    throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, `the bundle uses calendar \`${id}\` but does not declare it`));
  }
  if (calendar.unknown.length > 0) {
    return { unstated: calendar.unknown.map((u) => `calendar \`${id}\` does not state its ${PARTS[u.part]}: ${u.reason}`).join("; ") };
  }
  if (!calendar.ticketZone) return indexCalendar(calendar);
  const inZone = zone ?? calendar.zone;
  if (inZone === null) {
    const message = `the ticket has no \`zone\`, and calendar \`${id}\` runs in the customer's zone`;
    throw new AnswerFailure(runtimeError(RuntimeCodes.MissingField, message, 'give the customer\'s IANA zone, as in `"zone": "Europe/Paris"`'));
  }
  return indexCalendar(calendar, inZone);
}
