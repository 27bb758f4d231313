/**
 * Changes during a ticket: an event that carries a severity (`reclassified`) or attribute
 * values changes the ticket from its instant on, and its rows are then looked up as for a new
 * ticket with those values — channel, eligibility rules and add-ons included (`select`).
 */
import type { TargetRow } from "../../contract/bundle.js";
import { RuntimeFailure } from "../errors.js";
import type { BundleIndex } from "./bundle-index.js";
import type { PartialCombination } from "./dimensions.js";
import type { Reclassification } from "./eligibility.js";
import type { ParsedEvent } from "./read-ticket.js";
import { type Combination, select } from "./selection.js";

/** What one event asks to change, its names read as ids. */
export interface EventChange {
  readonly event: ParsedEvent;
  /** The event's position in the ticket as written (from 1), for messages. */
  readonly number: number;
  /** The severity asked for from then on (an id, or `*` when the policy declares none); null: unchanged. */
  readonly severity: string | null;
  /** Attribute positions (bundle order) and the value ids they take from then on. */
  readonly attributes: readonly (readonly [number, string])[];
}

/** The ticket after one change: the severity it is handled at and the rows it gets from `at` on. */
export interface RowChange {
  readonly at: number;
  /** The event's position among the ticket's sorted events: what came before it and what after. */
  readonly order: number;
  readonly type: string;
  /** The severity whose targets apply from then on (after the channel and the eligibility rules). */
  readonly severity: string;
  readonly reclassified: Reclassification | null;
  /** The attribute values the event set, id to value id. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Each metric's row from then on (bundle order). */
  readonly rows: readonly (TargetRow | undefined)[];
}

/**
 * The rows after each change, in event order. Each is looked up from the dimensions as the
 * ticket gave them, with the severity and attributes of every change so far: a dimension the
 * ticket left out is completed again, so one the new values depend on is asked for (SLA4006);
 * a severity the eligibility rules refuse is the ticket's error (SLA4017), naming the event.
 */
export function changesOf(index: BundleIndex, given: PartialCombination, changes: readonly EventChange[], events: readonly ParsedEvent[]): RowChange[] {
  const ordered = changes.map((change) => ({ change, order: events.indexOf(change.event) })).sort((a, b) => a.order - b.order);
  let severity = given.severity;
  const attributes = [...given.attributes];
  const out: RowChange[] = [];
  for (const { change, order } of ordered) {
    const where = `event ${change.number} (\`${change.event.type}\`): `;
    if (change.severity !== null) severity = change.severity;
    const set: Record<string, string> = {};
    for (const [k, value] of change.attributes) {
      attributes[k] = value;
      set[index.attributes[k]!.attribute.id] = value;
    }
    const partial: PartialCombination = { ...given, severity, attributes: [...attributes] };
    let combination: Combination;
    try {
      combination =
        partial.tier === null || partial.channel === null || partial.severity === null || partial.attributes.includes(null)
          ? index.dimensions.complete(partial)
          : (partial as Combination);
    } catch (failure) {
      if (failure instanceof RuntimeFailure) throw new RuntimeFailure({ ...failure.error, message: where + failure.error.message });
      throw failure;
    }
    const choice = select(index, combination);
    if ("rejected" in choice) throw new RuntimeFailure({ ...choice.rejected, message: where + choice.rejected.message });
    out.push({ at: change.event.at, order, type: change.event.type, severity: choice.severity, reclassified: choice.reclassified, attributes: set, rows: choice.rows });
  }
  return out;
}
