import type { Name } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { isAddon } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Add-on tiers
 *
 * A policy is valid only if its tests use add-on tiers as add-ons: a test's `tier` is a
 * base tier (an add-on is carried on top of one, with `addons`), and a test's `addons` are
 * add-on tiers, each named once. One slip reads as one error: a tier misused by several
 * tests is reported at its first use, with the others related to it.
 */
export function AddonTiersRule(context: ValidationContext): RuleVisitor {
  const tierOf = (name: Name) => context.symbols.tiers.get(name.value);
  /** Misuses by tier and kind, in source order. */
  let misuses = new Map<string, { kind: "base" | "addon"; names: Name[] }>();
  const misuse = (kind: "base" | "addon", name: Name): void => {
    const key = `${kind}\u0000${name.value}`;
    const seen = misuses.get(key);
    if (seen) seen.names.push(name);
    else misuses.set(key, { kind, names: [name] });
  };
  return {
    TestDimension: (node) => {
      const tier = node.dimension === "tier" ? tierOf(node.value) : undefined;
      if (tier && isAddon(tier)) misuse("addon", node.value);
    },
    TestAddons: (node) => {
      const seen = new Set<string>();
      for (const name of node.tiers) {
        const tier = tierOf(name);
        if (seen.has(name.value)) {
          context.report(SemanticCodes.AddonMisuse, `add-on \`${name.value}\` is named twice`, name.range, { hint: "name each add-on once" });
        } else if (tier && !isAddon(tier)) misuse("base", name);
        seen.add(name.value);
      }
    },
    Policy: {
      leave: () => {
        for (const { kind, names } of misuses.values()) {
          const [first, ...later] = names;
          const related = later.map((name) => ({ message: "also used so here", range: name.range }));
          if (kind === "addon") {
            context.report(SemanticCodes.AddonMisuse, `tier \`${first!.value}\` is an add-on, not a ticket's tier`, first!.range, {
              hint: `give the ticket its base tier, and \`addons ${first!.value}\``,
              related,
            });
          } else {
            context.report(SemanticCodes.AddonMisuse, `tier \`${first!.value}\` is not an add-on`, first!.range, {
              hint: `give it as the ticket's \`tier ${first!.value}\`, or make it an add-on with \`addon\` in its block`,
              related,
            });
          }
        }
        misuses = new Map();
      },
    },
  };
}
