/**
 * Hovers: a target rule's deadline in the words a page uses, with the calendar it counts
 * on and that calendar's week; a declared id's title (and a calendar's week, a severity's
 * description). The words come from the page renderer's phrasing and English catalog.
 */
import type { Calendar, DeadlineSpec, TargetRule } from "../ast/nodes.js";
import type { AnyNode } from "../ast/visitor.js";
import type { Deadline } from "../contract/bundle.js";
import { statedTarget, unknownTarget } from "../contract/targets.js";
import { ALWAYS } from "../contract/vocabulary.js";
import { en } from "../render/messages.js";
import { deadlinePhrase, spanLine, windowLines } from "../render/phrasing.js";
import { type CheckedPolicy, calendarSpans, calendarWindows, calendarZone, firstOf } from "../semantics/index.js";
import { type Analysis, nodesAt } from "./analysis.js";
import type { Occurrence } from "./occurrences.js";

/** The hover text (Markdown) at an offset, and the range it is about; undefined where there is nothing to say. */
export function hoverAt(analysis: Analysis, offset: number): { markdown: string; node: AnyNode } | undefined {
  const path = nodesAt(analysis.checked.file, offset);
  const at = analysis.policyAt(offset);
  if (at === undefined) return undefined;
  const spec = path.findLast((n): n is DeadlineSpec => n.kind === "DeadlineSpec");
  const rule = path.findLast((n): n is TargetRule => n.kind === "TargetRule");
  if (spec !== undefined && rule !== undefined) {
    const text = targetHover(at.policy, rule, spec);
    if (text !== undefined) return { markdown: text, node: spec };
  }
  const occurrence = analysis.occurrenceAt(offset);
  if (occurrence === undefined) return undefined;
  const text = symbolHover(analysis.checked.policies[occurrence.policy]!, occurrence);
  return text === undefined ? undefined : { markdown: text, node: occurrence.name };
}

const code = (id: string) => `\`${id}\``;

/** A calendar's week in one line: "Monday–Friday 09:00–17:00 America/New_York". */
export function calendarWeek(calendar: Calendar): string {
  const zone = calendarZone(calendar);
  const where =
    zone.kind === "fixed" ? zone.zone : zone.kind === "customer" ? `the customer's zone${zone.default === null ? "" : ` (default ${zone.default})`}` : zone.kind === "unknown" ? "an unknown zone" : "no zone";
  const lines = [...windowLines(en, calendarWindows(calendar)), ...calendarSpans(calendar).map((s) => spanLine(en, s))];
  return `${lines.join("; ")} ${where}`;
}

/** A deadline in words, with the calendar it counts on and its week. */
function deadlineWords(checked: CheckedPolicy, deadline: Deadline): string {
  const phrase = deadlinePhrase(en, deadline, deadline.calendar, code);
  if (deadline.calendar === ALWAYS) return phrase;
  const calendar = checked.symbols.calendars.get(deadline.calendar);
  return calendar === undefined ? `${phrase} on ${code(deadline.calendar)}` : `${phrase} on ${code(deadline.calendar)} (${calendarWeek(calendar)})`;
}

/**
 * What a target rule's deadline means, from the rows it decides: one line, or one per
 * distinct meaning with the tiers it has (a `business` clock is each tier's own calendar).
 */
function targetHover(checked: CheckedPolicy, rule: TargetRule, spec: DeadlineSpec): string | undefined {
  const value = rule.value;
  if (value.kind !== "DeadlineValue") return undefined;
  const outside = value.otherwise === spec;
  const tiersOf = new Map<string, Set<string>>();
  for (const row of checked.resolution.rows) {
    if (row.rule !== rule) continue;
    const unknown = unknownTarget(row.target);
    const target = statedTarget(row.target);
    const deadline = target === null ? null : outside ? target.otherwise : target.deadline;
    const words = unknown !== null ? en.unknownTarget(unknown.unknown) : deadline === null ? null : deadlineWords(checked, deadline);
    if (words === null) continue;
    const tiers = tiersOf.get(words) ?? new Set<string>();
    tiers.add(row.tier);
    tiersOf.set(words, tiers);
  }
  if (tiersOf.size === 0) return undefined;
  const when = outside ? "outside hours: " : "";
  if (tiersOf.size === 1) return `${when}${[...tiersOf.keys()][0]}`;
  return [...tiersOf].map(([words, tiers]) => `- ${[...tiers].map(code).join(", ")}: ${when}${words}`).join("\n");
}

/** What a declared id is: its kind, id and title, with what else that kind of declaration says. */
function symbolHover(checked: CheckedPolicy, o: Occurrence): string | undefined {
  const { symbols } = checked;
  const head = (title: string | undefined) => `${o.kind} ${code(o.id)}${title === undefined || title === o.id ? "" : ` — ${title}`}`;
  switch (o.kind) {
    case "calendar": {
      const calendar = symbols.calendars.get(o.id)!;
      return `${head(calendar.title?.value)}\n\n${calendarWeek(calendar)}`;
    }
    case "severity": {
      const severity = symbols.severities.get(o.id)!;
      const description = firstOf(severity.items, "Description")?.text.value;
      return description === undefined ? head(severity.title?.value) : `${head(severity.title?.value)}\n\n${description}`;
    }
    case "tier":
      return head(symbols.tiers.get(o.id)!.title?.value);
    case "channel":
      return head(symbols.channels.get(o.id)!.title?.value);
    case "metric":
      return head(symbols.metrics.get(o.id)!.title);
    case "team":
      return head(symbols.teams.get(o.id)!.title?.value);
    case "event":
      return head(symbols.events.get(o.id)!.title?.value);
    case "attribute":
      return head(symbols.attributes.get(o.id)!.decl.title?.value);
    case "value":
      return `value ${code(o.id)}`;
  }
}
