import { ALWAYS, type Bundle, type Calendar, type Channel, type TargetRow, type Tier } from "../bundle/types.js";
import { RuntimeCodes } from "../diagnostics/codes/runtime.js";
import type { Clock } from "./business-time.js";
import { runtimeError, RuntimeFailure } from "./errors.js";

/** What the runtime looks up in a bundle, indexed once per bundle object. */
export interface BundleIndex {
  readonly bundle: Bundle;
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly tiers: ReadonlyMap<string, Tier>;
  readonly channels: ReadonlyMap<string, Channel>;
  /** Severity ids and aliases to severity ids. */
  readonly severities: ReadonlyMap<string, string>;
  readonly rows: ReadonlyMap<string, TargetRow>;
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
    const severities = new Map<string, string>();
    for (const s of bundle.severities) {
      severities.set(s.id, s.id);
      for (const alias of s.aliases) if (!severities.has(alias)) severities.set(alias, s.id);
    }
    index = {
      bundle,
      calendars: new Map(bundle.calendars.map((c) => [c.id, c])),
      tiers: new Map(bundle.tiers.map((t) => [t.id, t])),
      channels: new Map(bundle.channels.map((c) => [c.id, c])),
      severities,
      rows: new Map(bundle.targets.map((r) => [rowKey(r.tier, r.severity, r.channel, r.metric), r])),
    };
    indexes.set(bundle, index);
  }
  return index;
}

/** The clock a calendar id names in a bundle. */
export function clockOf(index: BundleIndex, id: string): Clock {
  if (id === ALWAYS) return ALWAYS;
  const calendar = index.calendars.get(id);
  if (calendar === undefined) {
    throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, `the bundle uses calendar \`${id}\` but does not declare it`));
  }
  return calendar;
}
