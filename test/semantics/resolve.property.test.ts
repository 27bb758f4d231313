import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statedTarget } from "../../src/contract/targets.js";
import { resolveTargets } from "../../src/semantics/resolve.js";
import { parsePolicy } from "../helpers/diagnostics.js";

// Random policies checked against a direct reading of docs/language.md "Which rule applies":
// the reference below flattens and matches the generated structure itself, without the
// compiler's indexes and caches, and the two must agree on every row.

/** `a0` is an attribute: a dimension too, whose scope is written with its id. */
type Dimension = "tier" | "severity" | "channel" | "a0";
type Entry =
  | { readonly kind: "scope"; readonly dimension: Dimension; readonly values: readonly string[]; readonly entries: readonly Entry[] }
  | { readonly kind: "rule"; readonly severities: readonly string[]; readonly hours: number | null };

const TIERS = ["t1", "t2", "t3"];
const SEVERITIES = ["s1", "s2", "s3"];
const CHANNELS = ["c1", "c2", "c3"];
const VALUES = ["v1", "v2", "v3"];
const valuesOf = (d: Dimension) => (d === "tier" ? TIERS : d === "severity" ? SEVERITIES : d === "channel" ? CHANNELS : VALUES);

const subset = (values: readonly string[]) => fc.subarray([...values], { minLength: 1 });
const rule = fc.record({ kind: fc.constant("rule" as const), severities: fc.oneof(fc.constant([]), subset(SEVERITIES)), hours: fc.option(fc.integer({ min: 1, max: 3 })) });
const entries: fc.Arbitrary<Entry[]> = fc.letrec<{ entries: Entry[]; entry: Entry }>((tie) => ({
  entry: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    rule,
    fc.constantFrom<Dimension>("tier", "severity", "channel", "a0").chain((dimension) =>
      fc.record({
        kind: fc.constant("scope" as const),
        dimension: fc.constant(dimension),
        values: subset(valuesOf(dimension)),
        entries: tie("entries"),
      }),
    ),
  ) as fc.Arbitrary<Entry>,
  entries: fc.array(tie("entry"), { minLength: 1, maxLength: 4 }) as fc.Arbitrary<Entry[]>,
})).entries;

const world = fc.record({
  tierChannels: fc.tuple(fc.option(subset(CHANNELS)), fc.option(subset(CHANNELS)), fc.option(subset(CHANNELS))),
  fixed: fc.tuple(fc.option(fc.constantFrom(...SEVERITIES)), fc.option(fc.constantFrom(...SEVERITIES)), fc.option(fc.constantFrom(...SEVERITIES))),
  entries,
});

function print(entries: readonly Entry[]): string {
  return entries
    .map((e) =>
      e.kind === "scope"
        ? `${e.dimension} ${e.values.join(", ")} { ${print(e.entries)} }`
        : `${e.severities.join(", ")} ${e.hours === null ? "none" : `${e.hours}h 24x7`}`.trim(),
    )
    .join("\n");
}

/**
 * Newlines mean nothing, so a rule `none` without severities followed by another rule
 * without severities reads as one rule for a severity called `none` (`none none`,
 * `none 1h 24x7`); such texts say something else than the structure and are skipped.
 */
function ambiguous(entries: readonly Entry[]): boolean {
  return entries.some((e, i) => {
    if (e.kind === "scope") return ambiguous(e.entries);
    const next = entries[i + 1];
    return e.hours === null && e.severities.length === 0 && next?.kind === "rule" && next.severities.length === 0;
  });
}

interface Flat {
  readonly order: number;
  readonly sets: Partial<Record<Dimension, ReadonlySet<string>>>;
  readonly hours: number | null;
}

function flatten(entries: readonly Entry[], sets: Partial<Record<Dimension, ReadonlySet<string>>>, out: Flat[]): Flat[] {
  const narrow = (d: Dimension, values: readonly string[]) =>
    new Set(values.filter((v) => !sets[d] || sets[d]!.has(v)));
  for (const e of entries) {
    if (e.kind === "scope") flatten(e.entries, { ...sets, [e.dimension]: narrow(e.dimension, e.values) }, out);
    else out.push({ order: out.length, sets: e.severities.length ? { ...sets, severity: narrow("severity", e.severities) } : sets, hours: e.hours });
  }
  return out;
}

describe("resolveTargets against the documented rule", () => {
  it("agrees with a direct reading of the docs on random policies", () => {
    fc.assert(
      fc.property(world, ({ tierChannels, fixed, entries }) => {
        fc.pre(!ambiguous(entries));
        const source = [
          "policy p {",
          ...CHANNELS.map((c, i) => `channel ${c} { ${fixed[i] ? `severity always ${fixed[i]}` : ""} }`),
          ...SEVERITIES.map((s) => `severity ${s}`),
          ...TIERS.map((t, i) => `tier ${t} { ${tierChannels[i] ? `channels ${tierChannels[i]!.join(", ")}` : ""} }`),
          `attribute a0 { values ${VALUES.join(", ")} }`,
          `first_response {\n${print(entries)}\n}`,
          "}",
        ].join("\n");
        const resolution = resolveTargets(parsePolicy(source));
        const rules = flatten(entries, {}, []);
        // A metric's rows name the attribute when one of its rules constrains it.
        const values = rules.some((r) => r.sets.a0 !== undefined) ? VALUES : [undefined];
        const expected: string[] = [];
        let conflict = false;
        TIERS.forEach((tier, t) => {
          for (const severity of SEVERITIES) {
            for (const channel of CHANNELS.filter((c) => !tierChannels[t] || tierChannels[t]!.includes(c))) {
              for (const a0 of values) {
                const applied = fixed[CHANNELS.indexOf(channel)] ?? severity;
                const value: Record<Dimension, string | undefined> = { tier, severity: applied, channel, a0 };
                const matching = rules.filter((r) => (Object.keys(r.sets) as Dimension[]).every((d) => value[d] !== undefined && r.sets[d]!.has(value[d]!)));
                const best = Math.max(-1, ...matching.map((r) => Object.keys(r.sets).length));
                const top = matching.filter((r) => Object.keys(r.sets).length === best);
                if (top.some((r) => r.hours !== top[0]!.hours)) conflict = true;
                const hours = top.length === 0 ? "gap" : top[0]!.hours === null ? "none" : `${top[0]!.hours! * 60}`;
                expected.push(`${tier}/${severity}/${channel}/${a0 ?? "-"}=${applied}:${hours}`);
              }
            }
          }
        });
        const actual = resolution.rows.map((row) => {
          const hours = row.rule === null ? "gap" : statedTarget(row.target) === null ? "none" : `${(statedTarget(row.target)!.deadline.amount as { value: number }).value}`;
          return `${row.tier}/${row.severity}/${row.channel}/${row.attributes["a0"] ?? "-"}=${row.appliedSeverity}:${hours}`;
        });
        expect(actual).toEqual(expected);
        expect(resolution.conflicts.length > 0).toBe(conflict);
      }),
      { numRuns: 300 },
    );
  });
});
