/**
 * The resolved target table, indexed for constant-time lookup: each metric's rows under one
 * number, computed from the positions of the row's tier, severity, channel and its values of
 * the metric's attributes (a mixed-radix number), so a lookup costs a few integer operations
 * and one map access whatever the number of attributes.
 */
import type { Attribute, Bundle, TargetRow } from "../../contract/bundle.js";
import { ANY } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { runtimeError, RuntimeFailure } from "../errors.js";

const NONE: readonly number[] = [];

function broken(message: string): never {
  throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, message));
}

/** Positions of ids, with `*` after the declared ones. */
function positions(ids: readonly string[]): Map<string, number> {
  const out = new Map(ids.map((id, i) => [id, i]));
  out.set(ANY, ids.length);
  return out;
}

/** A bundle's target rows by tier (or add-on), severity, channel, metric and attribute values. */
export class RowTable {
  readonly #tiers: ReadonlyMap<string, number>;
  readonly #severities: ReadonlyMap<string, number>;
  readonly #channels: ReadonlyMap<string, number>;
  /** Per declared attribute, its values' positions. */
  readonly #values: readonly ReadonlyMap<string, number>[];
  /** Per metric (bundle order), the positions of its attributes among the declared ones. */
  readonly #metricAttributes: readonly (readonly number[])[];
  readonly #severityRadix: number;
  readonly #channelRadix: number;
  /** Per metric, its rows by key. */
  readonly #rows: readonly Map<number, TargetRow>[];

  /**
   * Indexes the rows of a bundle; `metricAttributes` are, per metric, the positions of its
   * attributes among `attributes`. A row whose tier passes `keep` no test is left out (an
   * add-on's uncovered cell).
   */
  constructor(bundle: Bundle, attributes: readonly Attribute[], metricAttributes: readonly (readonly number[])[], keep: (row: TargetRow) => boolean) {
    this.#tiers = positions(bundle.tiers.map((t) => t.id));
    this.#severities = positions(bundle.severities.map((s) => s.id));
    this.#channels = positions(bundle.channels.map((c) => c.id));
    this.#values = attributes.map((a) => new Map(a.values.map((v, i) => [v.id, i])));
    this.#metricAttributes = metricAttributes;
    this.#severityRadix = this.#severities.size;
    this.#channelRadix = this.#channels.size;
    this.#rows = bundle.metrics.map(() => new Map());
    // Every key stays an exact integer: a table that could outgrow them could not be written out either.
    let widest = 1;
    for (const list of metricAttributes) widest = Math.max(widest, list.reduce((n, p) => n * this.#values[p]!.size, 1));
    if (this.#tiers.size * this.#severityRadix * this.#channelRadix * widest > Number.MAX_SAFE_INTEGER) {
      broken("the bundle's target table has more combinations than can be indexed");
    }
    const metricPositions = new Map(bundle.metrics.map((m, i) => [m.id, i]));
    for (const row of bundle.targets) {
      const m = metricPositions.get(row.metric);
      if (m === undefined || !keep(row)) continue; // a row of no metric is never asked for
      const cell = this.cell(row.tier, row.severity, row.channel);
      if (cell < 0) broken(`a \`${row.metric}\` row names a tier, severity or channel the bundle does not declare`);
      const given = row.attributes ?? {};
      const values = attributes.map((a, k) => {
        const value = given[a.id];
        return value === undefined ? -1 : (this.#values[k]!.get(value) ?? broken(`a \`${row.metric}\` row gives \`${a.id}\` the undeclared value \`${value}\``));
      });
      for (const p of metricAttributes[m]!) if (values[p]! < 0) broken(`a \`${row.metric}\` row gives no value of attribute \`${attributes[p]!.id}\``);
      this.#rows[m]!.set(this.#key(cell, m, values), row);
    }
  }

  /** The number of a tier (or add-on), severity and channel, or -1 when one is not declared. */
  cell(tier: string, severity: string, channel: string): number {
    const t = this.#tiers.get(tier);
    const s = this.#severities.get(severity);
    const c = this.#channels.get(channel);
    return t === undefined || s === undefined || c === undefined ? -1 : (t * this.#severityRadix + s) * this.#channelRadix + c;
  }

  /** The positions of a ticket's attribute values (declared order), -1 for a value not declared. */
  valuePositions(values: readonly string[]): readonly number[] {
    if (values.length === 0) return NONE;
    return values.map((v, k) => this.#values[k]!.get(v) ?? -1);
  }

  /** The row of a cell for a metric (bundle position) with the given attribute value positions; undefined where there is none. */
  row(cell: number, metric: number, values: readonly number[]): TargetRow | undefined {
    if (cell < 0) return undefined;
    for (const p of this.#metricAttributes[metric]!) if (!(values[p]! >= 0)) return undefined;
    return this.#rows[metric]!.get(this.#key(cell, metric, values));
  }

  #key(cell: number, metric: number, values: readonly number[]): number {
    let key = cell;
    for (const p of this.#metricAttributes[metric]!) key = key * this.#values[p]!.size + values[p]!;
    return key;
  }
}
