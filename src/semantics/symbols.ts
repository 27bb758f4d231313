/**
 * The symbol tables of one policy: what it declares, by kind and id, in source order.
 * Built once before the rules run; when an id is declared twice the first declaration
 * is the one the tables keep (the duplicate is reported by UniqueDefinitionsRule).
 */
import type {
  AttributeDecl,
  BusinessHours,
  Calendar,
  Channel,
  Coverage,
  Eligibility,
  EventDecl,
  Languages,
  MetricDecl,
  Policy,
  PolicyItem,
  SeverityDecl,
  Targets,
  Team,
  Tier,
} from "../ast/nodes.js";
import { ALWAYS, BUILTIN_METRICS, type ChangeRule, DEFAULT_REPEAT_UNTIL, METRIC_STARTS } from "../contract/vocabulary.js";
import { canonicalLanguageTag } from "./values.js";

/** A metric a policy may set targets for: a builtin one or a declared one. */
export interface MetricInfo {
  readonly id: string;
  readonly title: string;
  readonly builtin: boolean;
  /** One of METRIC_STARTS, or a declared event. */
  readonly starts: string;
  /** How the metric repeats (defaults filled in), or null when it does not. */
  readonly repeats: { readonly after: string; readonly until: string } | null;
  readonly onChange: ChangeRule;
  readonly decl?: MetricDecl;
}

/** The builtin metrics as symbols, in the vocabulary's fixed order. */
const BUILTIN_SYMBOLS: readonly MetricInfo[] = BUILTIN_METRICS.map(({ id, title, starts }) => ({
  id,
  title,
  builtin: true,
  starts,
  repeats: null,
  onChange: "keep",
}));

/** Whether a word is an event a metric may start at: a built-in start or a declared event. */
function isMetricStart(word: string | undefined, events: ReadonlyMap<string, EventDecl>): word is string {
  return word !== undefined && ((METRIC_STARTS as readonly string[]).includes(word) || events.has(word));
}

/** What a metric declaration says of its clock: where it starts, how it repeats, what a change does. */
function metricInfo(decl: MetricDecl, events: ReadonlyMap<string, EventDecl>): MetricInfo {
  const id = decl.id.value;
  const starts = firstOf(decl.items, "MetricStarts")?.event.value;
  const repeats = firstOf(decl.items, "MetricRepeats");
  return {
    id,
    title: decl.title?.value ?? id,
    builtin: false,
    starts: isMetricStart(starts, events) ? starts : "opened",
    repeats: repeats ? { after: repeats.after?.value ?? id, until: repeats.until?.value ?? DEFAULT_REPEAT_UNTIL } : null,
    onChange: firstOf(decl.items, "MetricOnChange")?.rule ?? "keep",
    decl,
  };
}

/** Everything a policy declares, by kind and id. Maps iterate in declaration order. */
export interface Symbols {
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly teams: ReadonlyMap<string, Team>;
  readonly channels: ReadonlyMap<string, Channel>;
  /** In declaration order, which is their rank: most severe first. */
  readonly severities: ReadonlyMap<string, SeverityDecl>;
  readonly tiers: ReadonlyMap<string, Tier>;
  /** Declared ticket attributes, in declaration order. */
  readonly attributes: ReadonlyMap<string, AttributeInfo>;
  /** Builtins first, then declared metrics in source order. */
  readonly metrics: ReadonlyMap<string, MetricInfo>;
  /** Declared events, in source order. */
  readonly events: ReadonlyMap<string, EventDecl>;
  /** The (first) targets block of each metric, by metric id. */
  readonly targets: ReadonlyMap<string, Targets>;
  /** The (first) `business_hours` item. */
  readonly businessHours: BusinessHours | undefined;
  /** Every `eligibility` block, in source order (their rules apply in that order). */
  readonly eligibility: readonly Eligibility[];
  /** The (first) `coverage` block. */
  readonly coverage: Coverage | undefined;
}

/** A declared attribute and its values, as tickets and rules name them. */
export interface AttributeInfo {
  readonly id: string;
  readonly decl: AttributeDecl;
  /** The value ids in order: declared ones, or the canonical tags of the policy's languages (`from languages`). */
  readonly values: readonly string[];
  /** The default value: the declared one (when it is a value), the primary language for `from languages`, or null. */
  readonly default: string | null;
}

/** The canonical tags of a `languages` item, and its primary one (marked, else the first). */
export function languageTags(languages: Languages | undefined): { readonly tags: readonly string[]; readonly primary: string | null } {
  if (!languages) return { tags: [], primary: null };
  const tags = [...new Set(languages.languages.map((entry) => canonicalLanguageTag(entry.tag.value) ?? entry.tag.value))];
  const marked = languages.languages.find((entry) => entry.primary);
  const primary = marked ? (canonicalLanguageTag(marked.tag.value) ?? marked.tag.value) : (tags[0] ?? null);
  return { tags, primary };
}

/** An attribute's values and default (see AttributeInfo). */
function attributeInfo(decl: AttributeDecl, languages: Languages | undefined): AttributeInfo {
  const fromLanguages = decl.fromLanguages !== undefined;
  const { tags, primary } = languageTags(languages);
  const values = fromLanguages ? tags : [...new Set(firstOf(decl.items, "AttributeValues")?.values.map((v) => v.id.value) ?? [])];
  const stated = firstOf(decl.items, "AttributeDefault");
  const value = (name: string) => attributeValueOf(name, values, fromLanguages);
  const defaultValue = stated ? (stated.value === undefined ? null : (value(stated.value.value) ?? null)) : fromLanguages ? primary : null;
  return { id: decl.id.value, decl, values, default: defaultValue };
}

/**
 * The value a name stands for among an attribute's values: itself, or for an attribute
 * drawn from languages, the value whose tag it is in any case (`pt-br` is `pt-BR`).
 */
export function attributeValueOf(name: string, values: readonly string[], fromLanguages: boolean): string | undefined {
  if (values.includes(name)) return name;
  if (!fromLanguages) return undefined;
  const canonical = canonicalLanguageTag(name);
  return canonical !== undefined && values.includes(canonical) ? canonical : undefined;
}

/** The value a name stands for in a declared attribute, if it names one. */
export function valueOf(attribute: AttributeInfo, name: string): string | undefined {
  return attributeValueOf(name, attribute.values, attribute.decl.fromLanguages !== undefined);
}

function addFirst<T>(map: Map<string, T>, id: string, value: T): void {
  if (!map.has(id)) map.set(id, value);
}

/** Collects the declarations of a policy into its symbol tables. */
export function collectSymbols(policy: Policy): Symbols {
  const calendars = new Map<string, Calendar>();
  const teams = new Map<string, Team>();
  const channels = new Map<string, Channel>();
  const severities = new Map<string, SeverityDecl>();
  const tiers = new Map<string, Tier>();
  const attributeDecls = new Map<string, AttributeDecl>();
  const eligibility: Eligibility[] = [];
  let coverage: Coverage | undefined;
  let languages: Languages | undefined;
  const metrics = new Map<string, MetricInfo>(BUILTIN_SYMBOLS.map((m) => [m.id, m]));
  const metricDecls: MetricDecl[] = [];
  const events = new Map<string, EventDecl>();
  const targets = new Map<string, Targets>();
  let businessHours: BusinessHours | undefined;
  for (const item of policy.items) {
    switch (item.kind) {
      case "Calendar":
        addFirst(calendars, item.id.value, item);
        break;
      case "Team":
        addFirst(teams, item.id.value, item);
        break;
      case "Channel":
        addFirst(channels, item.id.value, item);
        break;
      case "SeverityDecl":
        addFirst(severities, item.id.value, item);
        break;
      case "Tier":
        addFirst(tiers, item.id.value, item);
        break;
      case "AttributeDecl":
        addFirst(attributeDecls, item.id.value, item);
        break;
      case "Eligibility":
        eligibility.push(item);
        break;
      case "Coverage":
        coverage ??= item;
        break;
      case "Languages":
        languages ??= item;
        break;
      case "MetricDecl":
        // Read once every event is known: a metric may start at an event declared after it.
        metricDecls.push(item);
        break;
      case "EventDecl":
        addFirst(events, item.id.value, item);
        break;
      case "Targets":
        addFirst(targets, item.metric.value, item);
        break;
      case "BusinessHours":
        businessHours ??= item;
        break;
      default:
        break;
    }
  }
  for (const decl of metricDecls) addFirst(metrics, decl.id.value, metricInfo(decl, events));
  const attributes = new Map([...attributeDecls].map(([id, decl]) => [id, attributeInfo(decl, languages)]));
  return { calendars, teams, channels, severities, tiers, attributes, metrics, events, targets, businessHours, eligibility, coverage };
}

/** The first item of a kind in a block, if any. */
export function firstOf<I extends { readonly kind: string }, K extends I["kind"]>(
  items: readonly I[],
  kind: K,
): Extract<I, { readonly kind: K }> | undefined {
  for (const item of items) if (item.kind === kind) return item as Extract<I, { readonly kind: K }>;
  return undefined;
}

/** Every item of a kind in a block, in source order. */
export function allOf<I extends { readonly kind: string }, K extends I["kind"]>(
  items: readonly I[],
  kind: K,
): Extract<I, { readonly kind: K }>[] {
  return items.filter((item): item is Extract<I, { readonly kind: K }> => item.kind === kind);
}

/** Items of the policy block of a kind, in source order. */
export function policyItems<K extends PolicyItem["kind"]>(policy: Policy, kind: K): Extract<PolicyItem, { readonly kind: K }>[] {
  return allOf(policy.items, kind);
}

/**
 * The calendar a tier's or team's `hours` names: a calendar id, `24x7`, undefined when it
 * has no `hours`, or null when `hours` names something unknown (already reported).
 */
export function hoursOf(block: Tier | Team, symbols: Symbols): string | null | undefined {
  const hours = firstOf<Tier["items"][number] | Team["items"][number], "HoursRef">(block.items, "HoursRef");
  if (!hours) return undefined;
  if (hours.clock.kind === "Clock24x7") return ALWAYS;
  const id = hours.clock.target.value;
  return symbols.calendars.has(id) ? id : null;
}

/** Whether a calendar has any `open` item (a window or a span, in any zone). */
export function hasOpenWindows(calendar: Calendar): boolean {
  return calendar.items.some((item) => item.kind === "OpenDaily" || item.kind === "OpenSpan");
}

/** Whether the policy says a calendar's hours are `unknown`: not stated, rather than never open. */
export function hasUnknownHours(calendar: Calendar): boolean {
  return calendar.items.some((item) => item.kind === "UnknownHours");
}

/** Whether a calendar is never open: no `open` item, and hours that are not `unknown`. */
export function isNeverOpen(calendar: Calendar): boolean {
  return !hasOpenWindows(calendar) && !hasUnknownHours(calendar);
}

/** The ids of the declared channels a tier may use, in channel declaration order. */
export function tierChannelIds(tier: Tier, symbols: Symbols): string[] {
  const ref = firstOf(tier.items, "ChannelsRef");
  if (!ref) return [...symbols.channels.keys()];
  const named = new Set(ref.channels.map((c) => c.value));
  return [...symbols.channels.keys()].filter((id) => named.has(id));
}

/** Whether a tier is an add-on (`addon`): a ticket carries it on top of its base tier. */
export function isAddon(tier: Tier): boolean {
  return tier.items.some((item) => item.kind === "Addon");
}

/** The declared severity a channel gives a ticket that asks for none (`severity default`), if it names a known one. */
export function defaultSeverityOf(channel: Channel, symbols: Symbols): string | undefined {
  const given = firstOf(channel.items, "DefaultSeverity");
  return given && symbols.severities.has(given.severity.value) ? given.severity.value : undefined;
}

/** The declared severity a channel fixes, if it fixes a known one. */
export function fixedSeverityOf(channel: Channel, symbols: Symbols): string | undefined {
  const fixed = firstOf(channel.items, "FixedSeverity");
  return fixed && symbols.severities.has(fixed.severity.value) ? fixed.severity.value : undefined;
}
