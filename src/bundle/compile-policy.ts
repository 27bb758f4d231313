/**
 * The bundle compiler: a checked policy's AST and its resolved target table → a Bundle.
 * Everything is normalized (minutes, UTC instants, canonical language tags, sorted
 * windows), nothing depends on the clock or the machine, so the same source always
 * gives the same bundle. It never throws on user input: on a policy with errors it still
 * produces a best-effort bundle, which `compile` then withholds.
 */
import type * as Ast from "../ast/nodes.js";
import type {
  Bundle,
  Channel,
  Contact,
  Escalation,
  EventType,
  Language,
  Maintenance,
  Metric,
  Note,
  SeverityLevel,
  Team,
  Tier,
} from "../contract/bundle.js";
import { ALWAYS, BUNDLE_FORMAT } from "../contract/vocabulary.js";
import {
  type Resolution,
  type Symbols,
  allOf,
  canonicalLanguageTag,
  collectSymbols,
  firstOf,
  lineColumn,
  policyItems,
  resolveTargets,
} from "../semantics/index.js";
import { assumptionOf, attributesOf, eligibilityOf, ruleNotesOf } from "./compile-attributes.js";
import { compileCalendar } from "./compile-calendar.js";
import { compileFiscalYear, compileResponseCredit, compileUptime } from "./compile-commitments.js";
import { compileTests } from "./compile-tests.js";
import { sealBundle } from "./json.js";

/** Options of `compilePolicy`. */
export interface CompilePolicyOptions {
  /** The source file as the bundle should name it (never dependent on the working directory), with `/`. */
  readonly source: string;
  /** The symbol tables and resolution `check` already computed; computed here when absent. */
  readonly analysis?: {
    /** The policy's symbol tables ({@link CheckedPolicy.symbols}). */
    readonly symbols: Symbols;
    /** The policy's target resolution ({@link CheckedPolicy.resolution}). */
    readonly resolution: Resolution;
  };
}

/** Compiles one policy to its bundle, digest included; the bundle is deeply frozen. */
export function compilePolicy(policy: Ast.Policy, options: CompilePolicyOptions): Bundle {
  const symbols = options.analysis?.symbols ?? collectSymbols(policy);
  const resolution = options.analysis?.resolution ?? resolveTargets(policy, symbols);
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    digest: "",
    policy: {
      id: policy.id.value,
      title: policy.title?.value ?? null,
      provider: firstOf(policy.items, "Provider")?.name.value ?? null,
      updated: dateOf(firstOf(policy.items, "Updated")?.date),
      source: options.source,
      links: policyItems(policy, "Link").map((link) => ({ id: link.id.value, title: link.title.value, url: link.url.value })),
      notes: notesOf(policy.items),
      businessHours: businessHoursOf(symbols),
      validFrom: dateOf(firstOf(policy.items, "ValidFrom")?.date),
      validUntil: dateOf(firstOf(policy.items, "ValidUntil")?.date),
      supersedes: firstOf(policy.items, "Supersedes")?.policy.value ?? null,
    },
    languages: languagesOf(firstOf(policy.items, "Languages")),
    calendars: [...symbols.calendars.values()].map(compileCalendar),
    teams: [...symbols.teams.values()].map((team) => teamOf(team)),
    channels: [...symbols.channels.values()].map((channel) => channelOf(channel)),
    severities: [...symbols.severities.values()].map((severity, index) => severityOf(severity, index + 1)),
    tiers: [...symbols.tiers.values()].map((tier) => tierOf(tier, symbols)),
    attributes: attributesOf(symbols),
    eligibility: eligibilityOf(resolution.eligibility, symbols),
    events: [...symbols.events.values()].map(eventOf),
    metrics: metricsOf(symbols, resolution),
    targets: resolution.rows.map((row) => ({
      tier: row.tier,
      severity: row.severity,
      channel: row.channel,
      attributes: row.attributes,
      metric: row.metric,
      appliedSeverity: row.appliedSeverity,
      target: row.target,
      rule: row.rule ? lineColumn(row.rule.range) : null,
    })),
    ruleNotes: ruleNotesOf(resolution.rules),
    escalation: escalationOf(firstOf(policy.items, "Escalation")),
    exclusions: policyItems(policy, "Exclusions").flatMap((block) => block.items.map((text) => text.value)),
    maintenance: maintenanceOf(firstOf(policy.items, "Maintenance")),
    uptimes: policyItems(policy, "Uptime").map(compileUptime),
    fiscalYear: compileFiscalYear(firstOf(policy.items, "FiscalYear")),
    responseCredits: policyItems(policy, "ResponseCredit").map(compileResponseCredit),
    tests: compileTests(policyItems(policy, "Test"), symbols),
  };
  return sealBundle(bundle);
}

function dateOf(date: Ast.DateLiteral | undefined): string | null {
  if (!date) return null;
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** The notes of a block, in source order. */
export function notesOf(items: readonly { readonly kind: string }[]): Note[] {
  return items
    .filter((item): item is Ast.Note => item.kind === "Note")
    .map((note) => ({ title: note.title?.value ?? null, text: note.text.value }));
}

function contactsOf(items: readonly { readonly kind: string }[]): Contact[] {
  return items
    .filter((item): item is Ast.Contact => item.kind === "Contact")
    .map((contact) => ({ address: contact.address.value, purpose: contact.purpose?.value ?? null }));
}

/** The calendar `business` means policy-wide: `business_hours`, else the only calendar. */
function businessHoursOf(symbols: Symbols): string | null {
  if (symbols.businessHours) return symbols.businessHours.calendar.value;
  return symbols.calendars.size === 1 ? [...symbols.calendars.keys()][0]! : null;
}

/** Canonical tags; with none marked primary, the first language is the primary one. */
function languagesOf(languages: Ast.Languages | undefined): Language[] {
  if (!languages) return [];
  const anyPrimary = languages.languages.some((entry) => entry.primary);
  let primarySeen = false;
  return languages.languages.map((entry, index) => {
    const primary = anyPrimary ? entry.primary && !primarySeen : index === 0;
    if (primary) primarySeen = true;
    return { tag: canonicalLanguageTag(entry.tag.value) ?? entry.tag.value, primary };
  });
}

function hoursId(hours: Ast.HoursRef | undefined): string | null {
  if (!hours) return null;
  return hours.clock.kind === "Clock24x7" ? ALWAYS : hours.clock.target.value;
}

function teamOf(team: Ast.Team): Team {
  return {
    id: team.id.value,
    title: team.title?.value ?? null,
    hours: hoursId(firstOf(team.items, "HoursRef")),
    responsibility: firstOf(team.items, "Responsibility")?.text.value ?? null,
    contacts: contactsOf(team.items),
    assumption: assumptionOf(team.items),
    notes: notesOf(team.items),
  };
}

function channelOf(channel: Ast.Channel): Channel {
  return {
    id: channel.id.value,
    title: channel.title?.value ?? null,
    fixedSeverity: firstOf(channel.items, "FixedSeverity")?.severity.value ?? null,
    defaultSeverity: firstOf(channel.items, "DefaultSeverity")?.severity.value ?? null,
    contacts: contactsOf(channel.items),
    audience: firstOf(channel.items, "Audience")?.text.value ?? null,
    assumption: assumptionOf(channel.items),
    notes: notesOf(channel.items),
  };
}

function severityOf(severity: Ast.SeverityDecl, rank: number): SeverityLevel {
  return {
    id: severity.id.value,
    title: severity.title?.value ?? null,
    rank,
    aliases: allOf(severity.items, "Alias").map((alias) => alias.text.value),
    description: firstOf(severity.items, "Description")?.text.value ?? null,
    examples: allOf(severity.items, "Example").map((example) => ({
      text: example.text.value,
      tiers: example.tiers.map((tier) => tier.value),
    })),
    assumption: assumptionOf(severity.items),
    notes: notesOf(severity.items),
  };
}

function tierOf(tier: Ast.Tier, symbols: Symbols): Tier {
  const ref = firstOf(tier.items, "ChannelsRef");
  // The tier's own listing order is kept for pages; duplicates are dropped.
  const channels = ref ? [...new Set(ref.channels.map((c) => c.value))] : [...symbols.channels.keys()];
  return {
    id: tier.id.value,
    title: tier.title?.value ?? null,
    description: firstOf(tier.items, "Description")?.text.value ?? null,
    hours: hoursId(firstOf(tier.items, "HoursRef")),
    channels,
    addon: tier.items.some((item) => item.kind === "Addon"),
    assumption: assumptionOf(tier.items),
    notes: notesOf(tier.items),
  };
}

/** Builtin metrics that have targets, in their fixed order, then every declared metric in source order. */
function metricsOf(symbols: Symbols, resolution: Resolution): Metric[] {
  return [...symbols.metrics.values()]
    .filter((metric) => !metric.builtin || symbols.targets.has(metric.id))
    .map((metric) => ({
      id: metric.id,
      title: metric.title,
      builtin: metric.builtin,
      starts: metric.starts,
      repeats: metric.repeats && { after: metric.repeats.after, until: metric.repeats.until },
      onChange: metric.onChange,
      attributes: [...(resolution.metricAttributes.get(metric.id) ?? [])],
      assumption: metric.decl ? assumptionOf(metric.decl.items) : null,
      notes: metric.decl ? notesOf(metric.decl.items) : [],
    }));
}

function eventOf(event: Ast.EventDecl): EventType {
  return {
    id: event.id.value,
    title: event.title?.value ?? null,
    assumption: assumptionOf(event.items),
    notes: notesOf(event.items),
  };
}

function escalationOf(escalation: Ast.Escalation | undefined): Escalation | null {
  if (!escalation) return null;
  return {
    levels: allOf(escalation.items, "EscalationLevel")
      .map((level) => ({ level: level.level.value, team: level.team.value }))
      .sort((a, b) => a.level - b.level),
    contacts: contactsOf(escalation.items),
    rights: allOf(escalation.items, "EscalationRight").map((right) => ({
      who: right.who.value,
      via: right.via?.value ?? null,
      condition: right.condition?.value ?? null,
    })),
    onCall: allOf(escalation.items, "OnCall").map((onCall) => ({
      title: onCall.title?.value ?? null,
      severities: firstOf(onCall.items, "SeveritiesRef")?.severities.map((s) => s.value) ?? [],
      channels: firstOf(onCall.items, "ChannelsRef")?.channels.map((c) => c.value) ?? [],
      // OnCallHoursRule makes `hours` required; 24x7 only stands in on a policy with errors.
      hours: hoursId(firstOf(onCall.items, "HoursRef")) ?? ALWAYS,
      notes: notesOf(onCall.items),
    })),
    assumption: assumptionOf(escalation.items),
    notes: notesOf(escalation.items),
  };
}

function maintenanceOf(maintenance: Ast.Maintenance | undefined): Maintenance | null {
  if (!maintenance) return null;
  return {
    noticeMinutes: firstOf(maintenance.items, "Notice")?.duration.minutes ?? null,
    announcements: allOf(maintenance.items, "Announce").map((a) => ({ where: a.where.value, url: a.url?.value ?? null })),
    assumption: assumptionOf(maintenance.items),
    notes: notesOf(maintenance.items),
  };
}
