/**
 * What the runtime looks up in a bundle (calendars, names, target rows, dimensions),
 * indexed once per bundle object.
 */
import type { Bundle, Calendar, Channel, TargetRow, Tier } from "../../contract/bundle.js";
import { ALWAYS } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import type { Clock } from "../clock/business-time.js";
import { Dimensions } from "./dimensions.js";
import { runtimeError, RuntimeFailure } from "../errors.js";
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

/** The clock a calendar id names in a bundle. */
export function clockNamed(index: BundleIndex, id: string): Clock {
  if (id === ALWAYS) return ALWAYS;
  const calendar = index.calendars.get(id);
  if (calendar === undefined) {
    throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, `the bundle uses calendar \`${id}\` but does not declare it`));
  }
  return calendar;
}
