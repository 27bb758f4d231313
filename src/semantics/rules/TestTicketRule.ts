import type { Test, TestAttribute, TestDimension } from "../../ast/nodes.js";
import { statedTarget } from "../../contract/targets.js";
import { ANY } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { defaultSeverityOf, hasUnknownHours, tierChannelIds, valueOf } from "../symbols.js";
import { calendarZone } from "../zones.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Test ticket
 *
 * A test is valid only if its ticket names a tier, a severity (unless its channel has a
 * `severity default`) and a channel for each of those dimensions the policy declares, a value for each attribute without a default that
 * a target or eligibility rule depends on, and a channel its tier may use, so that exactly
 * one row of the target table applies to it; and a `zone` when a target of that row runs on
 * a calendar in the customer's zone that has no default.
 */
export function TestTicketRule(context: ValidationContext): RuleVisitor {
  return {
    Test: (node) => {
      const given = new Map<string, TestDimension>();
      for (const item of node.items) if (item.kind === "TestDimension" && !given.has(item.dimension)) given.set(item.dimension, item);
      const { tiers, severities, channels } = context.symbols;
      // A ticket on a channel with a `severity default` may leave its severity out.
      const channelDecl = channels.get(given.get("channel")?.value.value ?? "");
      const defaulted = channelDecl && defaultSeverityOf(channelDecl, context.symbols);
      let complete = true;
      for (const [dimension, table] of [
        ["tier", tiers],
        ["severity", severities],
        ["channel", channels],
      ] as const) {
        if (table.size === 0 || given.has(dimension) || (dimension === "severity" && defaulted)) continue;
        complete = false;
        context.report(SemanticCodes.TestMissingDimension, `test \`${node.name.value}\` gives no \`${dimension}\``, node.name.range, {
          hint: `the policy declares ${dimension === "severity" ? "severities" : `${dimension}s`}; add a line such as \`${dimension} ${[...table.keys()][0]}\``,
        });
      }
      const attributes = new Map<string, TestAttribute>();
      for (const item of node.items) if (item.kind === "TestAttribute" && !attributes.has(item.attribute.value)) attributes.set(item.attribute.value, item);
      const resolution = context.resolution;
      const needed = new Set([...resolution.metricAttributes.values()].flat().concat(resolution.eligibility.attributes));
      for (const [id, attribute] of context.symbols.attributes) {
        if (!needed.has(id) || attribute.default !== null || attributes.has(id)) continue;
        complete = false;
        context.report(SemanticCodes.TestMissingDimension, `test \`${node.name.value}\` gives no \`${id}\``, node.name.range, {
          hint: `targets depend on attribute \`${id}\`, which has no default; add a line such as \`attribute ${id} ${attribute.values[0] ?? "<value>"}\``,
        });
      }
      const tier = tiers.get(given.get("tier")?.value.value ?? "");
      const channel = given.get("channel");
      if (tier && channel && channels.has(channel.value.value) && !tierChannelIds(tier, context.symbols).includes(channel.value.value)) {
        context.report(
          SemanticCodes.TestMissingDimension,
          `tier \`${tier.id.value}\` cannot use channel \`${channel.value.value}\``,
          channel.value.range,
          { related: [{ message: "the tier's channels", range: tier.id.range }] },
        );
        return;
      }
      if (complete) checkZone(context, node, given, attributes, defaulted);
    },
  };
}

/** A test whose row runs on a calendar in the customer's zone without a default must give the ticket's zone. */
function checkZone(
  context: ValidationContext,
  test: Test,
  given: ReadonlyMap<string, TestDimension>,
  attributes: ReadonlyMap<string, TestAttribute>,
  defaultSeverity: string | undefined,
): void {
  // A rejected ticket has no deadlines, and no calendar reads its zone.
  if (test.items.some((item) => item.kind === "TestZone" || item.kind === "TestExpectRejected")) return;
  const value = (dimension: string) => given.get(dimension)?.value.value ?? (dimension === "severity" ? defaultSeverity : undefined) ?? ANY;
  const [tier, severity, channel] = [value("tier"), value("severity"), value("channel")];
  const symbols = context.symbols;
  const valueOfAttribute = (id: string): string | null => {
    const info = symbols.attributes.get(id)!;
    const named = attributes.get(id);
    return named ? (valueOf(info, named.value.value) ?? null) : info.default;
  };
  for (const row of context.resolution.rows) {
    if (row.tier !== tier || row.severity !== severity || row.channel !== channel) continue;
    if (Object.entries(row.attributes).some(([id, v]) => valueOfAttribute(id) !== v)) continue;
    const target = statedTarget(row.target);
    if (target === null) continue;
    for (const id of [target.deadline.calendar, target.otherwise?.calendar, target.hoursCalendar]) {
      const calendar = id === undefined || id === null ? undefined : context.symbols.calendars.get(id);
      if (calendar === undefined || hasUnknownHours(calendar)) continue;
      const zone = calendarZone(calendar);
      if (zone.kind !== "customer" || zone.default !== null) continue;
      context.report(SemanticCodes.TestMissingDimension, `test \`${test.name.value}\` gives no \`zone\``, test.name.range, {
        hint: `\`${row.metric}\` runs on calendar \`${calendar.id.value}\`, in the customer's zone without a default; add a line such as \`zone Europe/Paris\``,
        related: [{ message: "the calendar", range: calendar.id.range }],
      });
      return;
    }
  }
}
