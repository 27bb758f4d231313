/**
 * Which target rows a complete ticket gets, in the one order of application: the channel's
 * fixed severity, the eligibility rules, then the row of each metric — an add-on's where
 * the ticket carries one that has a row, else the base tier's.
 */
import type { TargetRow } from "../../contract/bundle.js";
import type { RuntimeError } from "../errors.js";
import type { BundleTables } from "./bundle-index.js";
import { applyRules, type Reclassification } from "./eligibility.js";

/**
 * A ticket's dimensions, complete: ids, `*` where the policy declares no such dimension.
 * `severity` is the one the ticket asks for (its own, else its channel's default).
 */
export interface Combination {
  readonly tier: string;
  readonly severity: string;
  readonly channel: string;
  /** One value id per declared attribute, in the bundle's order. */
  readonly attributes: readonly string[];
  /** The ticket's add-on ids, without repeats, in the bundle's tier order. */
  readonly addons: readonly string[];
}

/** The rows a ticket gets, and the severity they were looked up with. */
export interface Selection {
  /** The severity whose targets apply: the channel's fixed one, or the asked one, after the eligibility rules. */
  readonly severity: string;
  readonly reclassified: Reclassification | null;
  /** The row of each metric, in bundle order; undefined where the table has none. */
  readonly rows: readonly (TargetRow | undefined)[];
}

/** What a complete ticket gets: its rows, or the eligibility rule's refusal. */
export type Choice = Selection | { readonly rejected: RuntimeError };

/**
 * The rows of a complete ticket. Order of application: (1) a channel that fixes a severity
 * gives it whatever was asked (a channel's default severity was applied when the ticket was
 * read, and only where it asked for none); (2) the eligibility rules, in order, may refuse
 * the severity or reclassify it (checked again under the new one); (3) each metric's row is
 * looked up by tier, severity, channel and the metric's attributes — for each add-on the
 * ticket carries, in the bundle's tier order, the add-on's row wins where it has one (so the
 * first such add-on in tier order wins when several do), else the base tier's row applies.
 */
export function select(tables: BundleTables, c: Combination): Choice {
  const fixed = tables.channels.get(c.channel)?.fixedSeverity ?? null;
  let severity = fixed ?? c.severity;
  let reclassified: Reclassification | null = null;
  if (tables.rules.length > 0) {
    const verdict = applyRules(tables.rules, severity, c);
    if ("rejected" in verdict) return verdict;
    ({ severity, reclassified } = verdict);
  }
  const { rows: table } = tables;
  const count = tables.bundle.metrics.length;
  const values = table.valuePositions(c.attributes);
  const base = table.cell(c.tier, severity, c.channel);
  // The cells of the add-ons the ticket carries that have rows, in the bundle's tier order.
  let addons: number[] | null = null;
  if (tables.addonsWithRows.size > 0) for (const a of c.addons) if (tables.addonsWithRows.has(a)) (addons ??= []).push(table.cell(a, severity, c.channel));
  const rows: (TargetRow | undefined)[] = new Array(count);
  for (let m = 0; m < count; m++) {
    let row: TargetRow | undefined;
    if (addons !== null) {
      for (const cell of addons) {
        row = table.row(cell, m, values);
        if (row !== undefined) break;
      }
    }
    rows[m] = row ?? table.row(base, m, values);
  }
  return { severity, reclassified, rows };
}
