import type { TestDimension } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { tierChannelIds } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Test ticket
 *
 * A test is valid only if its ticket names a tier, a severity and a channel for each of
 * those dimensions the policy declares, and a channel its tier may use, so that exactly one
 * row of the target table applies to it.
 */
export function TestTicketRule(context: ValidationContext): RuleVisitor {
  return {
    Test: (node) => {
      const given = new Map<string, TestDimension>();
      for (const item of node.items) if (item.kind === "TestDimension" && !given.has(item.dimension)) given.set(item.dimension, item);
      const { tiers, severities, channels } = context.symbols;
      for (const [dimension, table] of [
        ["tier", tiers],
        ["severity", severities],
        ["channel", channels],
      ] as const) {
        if (table.size === 0 || given.has(dimension)) continue;
        context.report(SemanticCodes.TestMissingDimension, `test \`${node.name.value}\` gives no \`${dimension}\``, node.name.range, {
          hint: `the policy declares ${dimension === "severity" ? "severities" : `${dimension}s`}; add a line such as \`${dimension} ${[...table.keys()][0]}\``,
        });
      }
      const tier = tiers.get(given.get("tier")?.value.value ?? "");
      const channel = given.get("channel");
      if (!tier || !channel || !channels.has(channel.value.value)) return;
      if (tierChannelIds(tier, context.symbols).includes(channel.value.value)) return;
      context.report(
        SemanticCodes.TestMissingDimension,
        `tier \`${tier.id.value}\` cannot use channel \`${channel.value.value}\``,
        channel.value.range,
        { related: [{ message: "the tier's channels", range: tier.id.range }] },
      );
    },
  };
}
