/**
 * What the runtime looks up in a bundle (calendars, names, attributes, eligibility rules,
 * target rows, dimensions, the policy's generation), indexed once per bundle object.
 */
import type { Attribute, Bundle, Calendar, Channel, Tier } from "../../contract/bundle.js";
import { ALWAYS, type UnknownPart } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { type CalendarIndex, indexCalendar } from "../clock/calendar-index.js";
import { Dimensions } from "./dimensions.js";
import { type EligibilityRule, compileRules } from "./eligibility.js";
import { AnswerFailure, runtimeError, RuntimeFailure } from "../errors.js";
import { languageNameTable, type NameTable, nameTable } from "./names.js";
import { RowTable } from "./rows.js";
import { eventTypesOf } from "./event-types.js";
import { DAY_MS, dayNumber } from "../../civil/days.js";
import { readDate } from "../../civil/text.js";

/** A declared ticket attribute as the runtime reads it. */
export interface AttributeIndex {
  readonly attribute: Attribute;
  /** Its values' ids and titles (for a language attribute, its tags case aside too). */
  readonly names: NameTable;
  /** True when some metric's rows or some eligibility rule depend on it; a left-out attribute that is not needs no completing. */
  readonly used: boolean;
}

/** The tables of a bundle the runtime reads; `BundleIndex` adds the completion of tickets. */
export interface BundleTables {
  readonly bundle: Bundle;
  readonly calendars: ReadonlyMap<string, Calendar>;
  /** Every tier, base and add-on, by id. */
  readonly tiers: ReadonlyMap<string, Tier>;
  readonly channels: ReadonlyMap<string, Channel>;
  /** Tier ids and titles, base tiers and add-ons alike (which is which is checked after naming). */
  readonly tierNames: NameTable;
  /** Severity ids, aliases and titles. */
  readonly severityNames: NameTable;
  /** Channel ids and titles. */
  readonly channelNames: NameTable;
  /** The tiers a ticket's `tier` names, in declaration order (not the add-ons). */
  readonly baseTiers: readonly Tier[];
  /** Add-on tier ids, each with its position in the bundle's tier order, which orders a ticket's `addons`. */
  readonly addons: ReadonlyMap<string, number>;
  /** The declared attributes, in declaration order: a ticket's attribute values are kept in this order. */
  readonly attributes: readonly AttributeIndex[];
  /** Attribute id to its position in `attributes`. */
  readonly attributePositions: ReadonlyMap<string, number>;
  /** The eligibility rules, in order. */
  readonly rules: readonly EligibilityRule[];
  /** The target rows; an add-on's under the add-on's id as tier, without its uncovered cells. */
  readonly rows: RowTable;
  /** Add-on ids that have at least one row: only these are looked up. */
  readonly addonsWithRows: ReadonlySet<string>;
  /** The event types a ticket may carry: built-in, declared, and the metrics' ids. */
  readonly eventTypes: ReadonlySet<string>;
  /** Epoch ms of the policy's `validFrom` (−Infinity when open-ended) and `validUntil` (+Infinity). */
  readonly validFrom: number;
  readonly validUntil: number;
}

/** What the runtime looks up in a bundle, indexed once per bundle object. */
export interface BundleIndex extends BundleTables {
  /** Completes tickets that leave out dimensions their answer does not depend on. */
  readonly dimensions: Dimensions;
}

const indexes = new WeakMap<Bundle, BundleIndex>();
const NONE: readonly never[] = [];

function broken(message: string): never {
  throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, message));
}

/** Epoch ms of a bundle date at 00:00 UTC, or `fallback` for null. */
function dateMs(date: string | null | undefined, fallback: number): number {
  if (date === null || date === undefined) return fallback;
  const civil = readDate(date);
  if (civil === null || date.length !== 10) broken(`the bundle's generation date \`${date}\` is not a date`);
  return dayNumber(civil.year, civil.month, civil.day) * DAY_MS;
}

/**
 * Indexes a bundle's calendars, dimensions, attributes, eligibility rules and resolved target
 * table, once per bundle object. A bundle's fields for attributes, add-ons and eligibility are
 * read as empty when absent, so a bundle written before they existed still evaluates.
 */
export function indexBundle(bundle: Bundle): BundleIndex {
  let index = indexes.get(bundle);
  if (index === undefined) {
    const tables = indexTables(bundle);
    index = { ...tables, dimensions: new Dimensions(tables) };
    indexes.set(bundle, index);
  }
  return index;
}

function indexTables(bundle: Bundle): BundleTables {
  const declared = bundle.attributes ?? NONE;
  const metrics = bundle.metrics;
  const eligibility = bundle.eligibility ?? NONE;
  const attributePositions = new Map(declared.map((a, i) => [a.id, i]));
  const usedIds = new Set<string>();
  for (const metric of metrics) for (const id of metric.attributes ?? NONE) usedIds.add(id);
  for (const rule of eligibility) for (const id of Object.keys(rule.scope.attributes)) usedIds.add(id);
  const attributes = declared.map((attribute) => ({
    attribute,
    names: attribute.fromLanguages ? languageNameTable(attribute.values) : nameTable(attribute.values),
    used: usedIds.has(attribute.id),
  }));
  const metricAttributes = metrics.map((metric) =>
    (metric.attributes ?? NONE).map((id) => attributePositions.get(id) ?? broken(`metric \`${metric.id}\` depends on attribute \`${id}\`, which the bundle does not declare`)),
  );
  const addons = new Map<string, number>();
  bundle.tiers.forEach((tier, i) => {
    if (tier.addon === true) addons.set(tier.id, i);
  });
  const addonsWithRows = new Set<string>();
  const rows = new RowTable(bundle, declared, metricAttributes, (row) => {
    if (!addons.has(row.tier)) return true;
    // An add-on's uncovered cell (no rule) is a cell it does not change: the base tier's row stands.
    if (row.rule === null) return false;
    addonsWithRows.add(row.tier);
    return true;
  });

  return {
    bundle,
    calendars: new Map(bundle.calendars.map((c) => [c.id, c])),
    tiers: new Map(bundle.tiers.map((t) => [t.id, t])),
    channels: new Map(bundle.channels.map((c) => [c.id, c])),
    tierNames: nameTable(bundle.tiers),
    severityNames: nameTable(bundle.severities),
    channelNames: nameTable(bundle.channels),
    baseTiers: bundle.tiers.filter((t) => t.addon !== true),
    addons,
    attributes,
    attributePositions,
    rules: compileRules(eligibility, attributePositions, new Set(bundle.severities.map((s) => s.id))),
    rows,
    addonsWithRows,
    eventTypes: eventTypesOf(bundle),
    validFrom: dateMs(bundle.policy.validFrom, Number.NEGATIVE_INFINITY),
    validUntil: dateMs(bundle.policy.validUntil, Number.POSITIVE_INFINITY),
  };
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
