/**
 * Bundle invariants a JSON Schema cannot state: ids unique per kind, ranks in order,
 * windows sorted and disjoint (also across the week's end), a calendar's zone, unknown
 * parts, holiday dates and horizon in agreement, and every reference naming something the
 * bundle declares. The compiler guarantees them; a bundle edited by hand or
 * built by another tool is checked here before a runtime trusts it.
 */
import type { Bundle, Calendar, Deadline } from "../contract/bundle.js";
import { statedTarget } from "../contract/targets.js";
import { ALWAYS, ANY } from "../contract/vocabulary.js";
import { attributeInconsistencies } from "./consistency-attributes.js";
import { eventInconsistencies } from "./consistency-events.js";
import { runtimeInconsistencies } from "./consistency-runtime.js";

const WEEK = 10080;

function windowProblems(calendar: Calendar): string[] {
  const problems: string[] = [];
  const windows = calendar.windows;
  windows.forEach((window, i) => {
    if (window.end <= window.start || window.end > window.start + WEEK) {
      problems.push(`calendar \`${calendar.id}\` has a window ending before it starts or lasting over a week`);
    }
    const previous = windows[i - 1];
    if (previous && (window.start < previous.start || window.start < previous.end)) {
      problems.push(`calendar \`${calendar.id}\` has windows out of order or overlapping at minute ${window.start}`);
    }
  });
  const last = windows[windows.length - 1];
  const first = windows[0];
  if (first && last && last !== first && last.end - WEEK > first.start) {
    problems.push(`calendar \`${calendar.id}\` has windows overlapping across the week's end`);
  }
  return problems;
}

/** What a calendar's zone, unknown parts, holidays and horizon say must agree. */
function calendarProblems(calendar: Calendar): string[] {
  const problems: string[] = [];
  const where = `calendar \`${calendar.id}\``;
  const unknown = new Set(calendar.unknown.map((u) => u.part));
  if (calendar.zone === null && !calendar.ticketZone && !unknown.has("zone") && !unknown.has("hours")) {
    problems.push(`${where} has no zone, and neither takes the customer's nor says its zone or hours are unknown`);
  }
  if (unknown.has("hours") && (calendar.windows.length > 0 || calendar.spans.length > 0)) {
    problems.push(`${where} says its hours are unknown and has open windows`);
  }
  const horizon = calendar.horizon;
  if (horizon !== null && horizon.from > horizon.to) problems.push(`${where} has a horizon that ends before it starts`);
  if (calendar.holidays.length > 0 && horizon === null) problems.push(`${where} has holidays but no horizon`);
  // The first problem of each set: one broken list is one finding.
  for (const set of calendar.holidays) {
    const i = set.dates.findIndex((entry, i) => i > 0 && set.dates[i - 1]!.date >= entry.date);
    if (i >= 0) problems.push(`${where} has the holidays of ${set.region} out of order or twice at ${set.dates[i]!.date}`);
    const outside = horizon === null ? undefined : set.dates.find((entry) => entry.date < horizon.from || entry.date > horizon.to);
    if (outside !== undefined) problems.push(`${where} has a holiday of ${set.region} outside its horizon, on ${outside.date}`);
  }
  return problems;
}

function duplicates(kind: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => (seen.has(id) ? [`${kind} \`${id}\` is declared twice`] : (seen.add(id), [])));
}

/** What is wrong with a schema-valid bundle, as diagnostic messages; empty when nothing is. */
export function bundleInconsistencies(bundle: Bundle): string[] {
  const problems: string[] = [];
  const calendars = new Set(bundle.calendars.map((c) => c.id));
  const teams = new Set(bundle.teams.map((t) => t.id));
  const channels = new Set(bundle.channels.map((c) => c.id));
  const severities = new Set(bundle.severities.map((s) => s.id));
  const tiers = new Set(bundle.tiers.map((t) => t.id));
  const metrics = new Set(bundle.metrics.map((m) => m.id));
  problems.push(
    ...duplicates("calendar", bundle.calendars.map((c) => c.id)),
    ...duplicates("team", bundle.teams.map((t) => t.id)),
    ...duplicates("channel", bundle.channels.map((c) => c.id)),
    ...duplicates("severity", bundle.severities.map((s) => s.id)),
    ...duplicates("tier", bundle.tiers.map((t) => t.id)),
    ...duplicates("metric", bundle.metrics.map((m) => m.id)),
  );
  bundle.severities.forEach((severity, i) => {
    if (severity.rank !== i + 1) problems.push(`severity \`${severity.id}\` has rank ${severity.rank}, not ${i + 1}`);
  });
  for (const calendar of bundle.calendars) problems.push(...windowProblems(calendar), ...calendarProblems(calendar));

  const need = (set: ReadonlySet<string>, kind: string, id: string | null, where: string): void => {
    if (id !== null && !set.has(id)) problems.push(`${where} names unknown ${kind} \`${id}\``);
  };
  const needCalendar = (id: string | null, where: string): void => {
    if (id !== ALWAYS) need(calendars, "calendar", id, where);
  };
  const needDimension = (set: ReadonlySet<string>, kind: string, id: string, where: string): void => {
    if (set.size === 0 ? id !== ANY : !set.has(id)) problems.push(`${where} names unknown ${kind} \`${id}\``);
  };
  needCalendar(bundle.policy.businessHours, "the policy's business hours");
  for (const team of bundle.teams) needCalendar(team.hours, `team \`${team.id}\``);
  for (const tier of bundle.tiers) {
    needCalendar(tier.hours, `tier \`${tier.id}\``);
    for (const channel of tier.channels) need(channels, "channel", channel, `tier \`${tier.id}\``);
  }
  for (const channel of bundle.channels) need(severities, "severity", channel.fixedSeverity, `channel \`${channel.id}\``);
  for (const severity of bundle.severities) {
    for (const example of severity.examples) for (const tier of example.tiers) need(tiers, "tier", tier, `an example of \`${severity.id}\``);
  }
  for (const level of bundle.escalation?.levels ?? []) need(teams, "team", level.team, `escalation level ${level.level}`);
  for (const onCall of bundle.escalation?.onCall ?? []) {
    needCalendar(onCall.hours, "an on-call block");
    for (const id of onCall.severities) need(severities, "severity", id, "an on-call block");
    for (const id of onCall.channels) need(channels, "channel", id, "an on-call block");
  }
  const deadline = (d: Deadline | null, where: string): void => {
    if (d) needCalendar(d.calendar, where);
  };
  bundle.targets.forEach((row, i) => {
    const where = `target row ${i + 1}`;
    needDimension(tiers, "tier", row.tier, where);
    needDimension(severities, "severity", row.severity, where);
    needDimension(severities, "severity", row.appliedSeverity, where);
    needDimension(channels, "channel", row.channel, where);
    need(metrics, "metric", row.metric, where);
    const target = statedTarget(row.target);
    deadline(target?.deadline ?? null, where);
    deadline(target?.otherwise ?? null, where);
    needCalendar(target?.hoursCalendar ?? null, where);
  });
  problems.push(...commitmentProblems(bundle, tiers, metrics), ...attributeInconsistencies(bundle), ...eventInconsistencies(bundle), ...runtimeInconsistencies(bundle));
  return problems;
}

/** Uptime commitments with unique ids, and commitments that name declared tiers and metrics, with a fiscal year where they count its quarters. */
function commitmentProblems(bundle: Bundle, tiers: ReadonlySet<string>, metrics: ReadonlySet<string>): string[] {
  const problems = duplicates("uptime commitment", bundle.uptimes.map((u) => u.id));
  for (const uptime of bundle.uptimes) {
    for (const tier of uptime.tiers) if (!tiers.has(tier)) problems.push(`uptime commitment \`${uptime.id}\` names unknown tier \`${tier}\``);
  }
  for (const credit of bundle.responseCredits) {
    const where = `the response credit for \`${credit.metric}\``;
    if (!metrics.has(credit.metric)) problems.push(`${where} names unknown metric \`${credit.metric}\``);
    for (const tier of credit.tiers) if (!tiers.has(tier)) problems.push(`${where} names unknown tier \`${tier}\``);
    // Every credit is counted by the fiscal quarter of its due, whatever its period says.
    if (bundle.fiscalYear === null) problems.push(`${where} counts fiscal quarters, but the bundle has no fiscal year`);
  }
  return problems;
}
