/**
 * Random policies over every dimension the runtime reads — base tiers and the channels each
 * may use, add-on tiers with rows for some cells (and uncovered cells), channels with fixed
 * or default severities, declared attributes (one may be a language), metrics that depend on
 * some attributes, and eligibility rules that refuse or reclassify — as hand-made bundles
 * whose target table is fully resolved, and random tickets on them.
 */
import fc from "fast-check";
import type { Attribute, Bundle, Calendar, Eligibility, Target, TargetRow } from "../../src/contract/bundle.js";
import { calendarArb } from "./arbitraries.js";
import { attribute, bundle, channel, deadline, metric, row, severities, tier } from "./fixtures.js";

export const SEVERITIES = ["p1", "p2", "p3"] as const;
export const CHANNELS = ["email", "chat", "phone"] as const;
export const BASE_TIERS = ["basic", "pro"] as const;
export const ADDONS = ["plus", "extra"] as const;
const LANGUAGE_TAGS = ["en", "ja", "pt-BR", "de", "es"];

/** The id of the calendar every random policy's business targets run on. */
export const HOURS = "hours";

/** A random calendar the reference answers everywhere: in its own zone, without a horizon. */
const hoursArb: fc.Arbitrary<Calendar> = calendarArb.map((c) => ({ ...c, id: HOURS, ticketZone: false, zone: c.zone ?? "Europe/Berlin", horizon: null, holidays: [] }));

const ruleShape = fc.record({
  severity: fc.nat(SEVERITIES.length - 1),
  only: fc.boolean(),
  tiers: fc.oneof(fc.constant([] as string[]), fc.subarray([...BASE_TIERS, ...ADDONS], { minLength: 1 })),
  channels: fc.oneof(fc.constant([] as string[]), fc.subarray([...CHANNELS], { minLength: 1 })),
  /** Per attribute position: null (not in the scope) or value positions. */
  attributes: fc.array(fc.option(fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }), { freq: 2 }), { minLength: 3, maxLength: 3 }),
  reject: fc.boolean(),
  /** How many severities down a reclassification goes (1 or 2, as far as there are). */
  down: fc.integer({ min: 1, max: 2 }),
});

const shapeArb = fc.record({
  hours: hoursArb,
  tierChannels: fc.tuple(fc.subarray([...CHANNELS], { minLength: 1 }), fc.subarray([...CHANNELS], { minLength: 1 })),
  addons: fc.nat(ADDONS.length),
  channelSeverities: fc.array(
    fc.oneof(
      { weight: 2, arbitrary: fc.constant({ fixed: null, fallback: null }) },
      { weight: 2, arbitrary: fc.nat(2).map((s) => ({ fixed: null, fallback: s })) },
      { weight: 1, arbitrary: fc.nat(2).map((s) => ({ fixed: s, fallback: null })) },
    ),
    { minLength: CHANNELS.length, maxLength: CHANNELS.length },
  ),
  attributes: fc.array(fc.record({ values: fc.integer({ min: 2, max: 5 }), fallback: fc.option(fc.nat(4)) }), { maxLength: 3 }),
  language: fc.boolean(),
  /** Per metric, per attribute position: whether the metric's rows depend on it. */
  depends: fc.tuple(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 })),
  rules: fc.array(ruleShape, { maxLength: 4 }),
  seed: fc.integer({ min: 1, max: 1 << 30 }),
});

/** A small deterministic hash of a string, for targets that are a function of their cell. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * A cell's target: mostly minutes on the hours calendar or 24x7, sometimes none or unknown.
 * Strictness follows the amount, so equal dues on one calendar mean equal deadlines.
 */
function targetOf(key: string): TargetRow["target"] {
  const h = hash(key);
  if (h % 12 === 0) return null;
  if (h % 12 === 1) return { unknown: `not stated for ${key}` };
  const value = 1 + ((h >>> 4) % 720);
  const target: Target = { deadline: deadline({ unit: "minutes", value }, (h >>> 14) % 2 === 0 ? HOURS : "24x7", value % 3 === 0), otherwise: null, hoursCalendar: null };
  return target;
}

/** Every choice of one value from each list. */
function product<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((out, values) => out.flatMap((prefix) => values.map((v) => [...prefix, v])), [[]]);
}

/** A random resolved policy, its target table complete for base tiers and partial for add-ons. */
export const policyArb: fc.Arbitrary<Bundle> = shapeArb.map((shape) => {
  const attributes: Attribute[] = shape.attributes.map((a, k) => {
    const language = shape.language && k === 0;
    const ids = language ? LANGUAGE_TAGS.slice(0, a.values) : Array.from({ length: a.values }, (_, j) => `v${k}_${j}`);
    const fallback = a.fallback === null || a.fallback >= a.values ? null : ids[a.fallback]!;
    return attribute(language ? "language" : `attr${k}`, ids.map((id, j) => `${id}:Value ${k}.${j}`), { fromLanguages: language, default: fallback });
  });
  const addonIds = ADDONS.slice(0, shape.addons);
  const channels = CHANNELS.map((id, c) => {
    const { fixed, fallback } = shape.channelSeverities[c]!;
    return channel(id, { fixedSeverity: fixed === null ? null : SEVERITIES[fixed]!, defaultSeverity: fallback === null ? null : SEVERITIES[fallback]! });
  });
  const metrics = ["first_response", "resolution"].map((id, m) =>
    metric(id, { builtin: true, attributes: attributes.filter((_, k) => shape.depends[m]![k]).map((a) => a.id) }),
  );
  const tiers = [
    tier(BASE_TIERS[0], shape.tierChannels[0]),
    ...addonIds.slice(0, 1).map((id) => tier(id, [...CHANNELS], { addon: true, title: `Add-on ${id}` })),
    tier(BASE_TIERS[1], shape.tierChannels[1]),
    ...addonIds.slice(1).map((id) => tier(id, [...CHANNELS], { addon: true, title: `Add-on ${id}` })),
  ];
  const targets: TargetRow[] = [];
  // One rule (line) per resolved cell, so a row's rule says which cell it is.
  const lines = new Map<string, number>();
  const ruleOf = (key: string, column: number) => {
    if (!lines.has(key)) lines.set(key, lines.size + 1);
    return `${lines.get(key)!}:${column}`;
  };
  for (const m of metrics) {
    const metricAttributes = attributes.filter((a) => m.attributes.includes(a.id));
    const valueLists = product(metricAttributes.map((a) => a.values.map((v) => v.id)));
    for (const t of tiers) {
      for (const c of channels) {
        if (!t.addon && !t.channels.includes(c.id)) continue;
        for (const s of SEVERITIES) {
          const applied = c.fixedSeverity ?? s;
          for (const values of valueLists) {
            const given = Object.fromEntries(metricAttributes.map((a, i) => [a.id, values[i]!]));
            // Resolved like the compiler: a cell's target depends on the applied severity only.
            const key = `${shape.seed} ${t.id} ${applied} ${c.id} ${m.id} ${values.join(",")}`;
            if (t.addon) {
              const h = hash(`addon ${key}`) % 4;
              if (h === 0) targets.push(row(m.id, targetOf(`addon ${key}`), { tier: t.id, severity: s, channel: c.id, attributes: given, appliedSeverity: applied, rule: ruleOf(key, 2) }));
              if (h === 1) targets.push(row(m.id, null, { tier: t.id, severity: s, channel: c.id, attributes: given, appliedSeverity: applied, rule: null }));
              continue;
            }
            targets.push(row(m.id, targetOf(key), { tier: t.id, severity: s, channel: c.id, attributes: given, appliedSeverity: applied, rule: ruleOf(key, 1) }));
          }
        }
      }
    }
  }
  const eligibility: Eligibility[] = shape.rules.map((r, i) => {
    const severity = SEVERITIES[r.severity]!;
    const lower = SEVERITIES[Math.min(SEVERITIES.length - 1, r.severity + r.down)]!;
    // Reclassifying only towards less severe severities keeps the rules free of cycles.
    const reclassify = !r.reject && lower !== severity;
    const scopeAttributes = Object.fromEntries(
      attributes.flatMap((a, k) => {
        const picks = r.attributes[k];
        if (picks === null || picks === undefined) return [];
        const values = picks.filter((j) => j < a.values.length).map((j) => a.values[j]!.id);
        return values.length === 0 ? [] : [[a.id, values]];
      }),
    );
    return {
      severity,
      mode: r.only ? "only" : "not",
      scope: { tiers: r.tiers.filter((t) => !ADDONS.includes(t as never) || addonIds.includes(t as never)), channels: r.channels, attributes: scopeAttributes },
      otherwise: reclassify ? { action: "reclassify", severity: lower } : { action: "reject" },
      rule: `${i + 1}:7`,
      assumption: null,
      notes: [],
    };
  });
  return bundle({ calendars: [shape.hours], tiers, channels, severities: severities(...SEVERITIES), attributes, eligibility, metrics, targets });
});

/** How a ticket names an attribute value: by id, by title, or (a language) in another case. */
const NAMINGS = ["id", "title", "case"] as const;

/** What a random ticket gives, before it is written out against a policy. */
export interface TicketDraw {
  readonly tier: number;
  readonly channel: number;
  readonly severity: number | null;
  /** Per attribute position: a value position, or null to leave it out. */
  readonly attributes: readonly (number | null)[];
  readonly naming: (typeof NAMINGS)[number];
  readonly addons: readonly string[];
  /** Which of tier, channel, severity a partial ticket leaves out. */
  readonly leaveOut: readonly boolean[];
  readonly start: number;
}

const FROM = Date.UTC(2026, 0, 1) / 60_000;
const TO = Date.UTC(2028, 0, 1) / 60_000;

export const ticketDrawArb: fc.Arbitrary<TicketDraw> = fc.record({
  tier: fc.nat(1),
  channel: fc.nat(2),
  severity: fc.option(fc.nat(2), { freq: 4 }),
  attributes: fc.array(fc.option(fc.nat(4), { freq: 4 }), { minLength: 3, maxLength: 3 }),
  naming: fc.constantFrom(...NAMINGS),
  addons: fc.array(fc.constantFrom(...ADDONS), { maxLength: 3 }),
  leaveOut: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  start: fc.integer({ min: FROM, max: TO }).map((m) => m * 60_000),
});

/** A ticket's dimensions as ids (attributes by id, null where left out), as the tests reason about them. */
export interface DrawnTicket {
  readonly tier: string | null;
  readonly channel: string | null;
  readonly severity: string | null;
  readonly attributes: Readonly<Record<string, string | null>>;
  readonly addons: readonly string[];
  readonly openedAt: number;
  /** The ticket as a `slac due` line gives it. */
  readonly input: Record<string, unknown>;
}

/**
 * A drawn ticket on a policy. `complete`: a tier, a channel that tier may use, a severity
 * unless the channel fixes or defaults one, and every attribute without a default. Otherwise
 * the drawn dimensions and attributes are left out as drawn.
 */
export function ticketOn(policy: Bundle, draw: TicketDraw, complete: boolean): DrawnTicket {
  const base = policy.tiers.filter((t) => !t.addon);
  const tierDef = base[draw.tier % base.length]!;
  const channelId = tierDef.channels[draw.channel % tierDef.channels.length]!;
  const channelDef = policy.channels.find((c) => c.id === channelId)!;
  const needsSeverity = channelDef.fixedSeverity === null && channelDef.defaultSeverity === null;
  let severity = draw.severity === null ? null : SEVERITIES[draw.severity]!;
  const minute = draw.start / 60_000;
  if (complete && severity === null && needsSeverity) severity = SEVERITIES[minute % 3]!;
  const tierId = complete || !draw.leaveOut[0] ? tierDef.id : null;
  const channel = complete || !draw.leaveOut[1] ? channelId : null;
  if (!complete && draw.leaveOut[2]) severity = null;
  const attributes: Record<string, string | null> = {};
  const written: Record<string, string> = {};
  policy.attributes.forEach((a, k) => {
    let pick = draw.attributes[k] ?? null;
    if (pick === null && complete && a.default === null) pick = minute % a.values.length;
    if (pick === null) {
      attributes[a.id] = null;
      return;
    }
    const value = a.values[pick % a.values.length]!;
    attributes[a.id] = value.id;
    written[a.id] = draw.naming === "title" ? value.title! : draw.naming === "case" && a.fromLanguages ? value.id.toUpperCase() : value.id;
  });
  const addons = draw.addons.filter((a) => policy.tiers.some((t) => t.id === a));
  const input: Record<string, unknown> = { openedAt: new Date(draw.start).toISOString() };
  if (tierId !== null) input["tier"] = tierId;
  if (channel !== null) input["channel"] = channel;
  if (severity !== null) input["severity"] = severity;
  if (Object.keys(written).length > 0) input["attributes"] = written;
  if (addons.length > 0) input["addons"] = addons.map((a) => (draw.naming === "title" ? `Add-on ${a}` : a));
  return { tier: tierId, channel, severity, attributes, addons, openedAt: draw.start, input };
}
