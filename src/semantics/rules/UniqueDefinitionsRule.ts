import type { Name, Policy, Text } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { BUILTIN_METRICS } from "../symbols.js";
import { canonicalLanguageTag } from "../values.js";
import type { RuleVisitor } from "../visitor.js";

const BUILTIN_IDS = new Set(BUILTIN_METRICS.map((m) => m.id));

/** Declaration kinds whose ids must be unique within a policy, with the word messages use. */
const DECLARATIONS = {
  Calendar: "calendar",
  Team: "team",
  Channel: "channel",
  SeverityDecl: "severity",
  Tier: "tier",
  MetricDecl: "metric",
  Link: "link",
} as const;

/**
 * Unique definitions
 *
 * A policy is valid only if no two of its calendars, teams, channels, severities, tiers,
 * metrics, links or tests share an id (or test name), no declared metric takes a builtin
 * metric's id, no language is listed twice, and no two policies of a file share an id.
 */
export function UniqueDefinitionsRule(context: ValidationContext): RuleVisitor {
  const duplicates = (what: string, named: readonly (Name | Text)[], key: (n: Name | Text) => string = (n) => n.value) => {
    const first = new Map<string, Name | Text>();
    for (const name of named) {
      const seen = first.get(key(name));
      if (!seen) {
        first.set(key(name), name);
        continue;
      }
      context.report(SemanticCodes.DuplicateDefinition, `duplicate ${what} \`${name.value}\``, name.range, {
        related: [{ message: `\`${seen.value}\` is first defined here`, range: seen.range }],
      });
    }
  };
  return {
    SourceFile: (file) => duplicates("policy", file.policies.map((p) => p.id)),
    Policy: (policy) => {
      for (const [kind, what] of Object.entries(DECLARATIONS)) {
        duplicates(what, idsOf(policy, kind));
      }
      for (const item of policy.items) {
        if (item.kind === "MetricDecl" && BUILTIN_IDS.has(item.id.value)) {
          context.report(SemanticCodes.DuplicateDefinition, `metric \`${item.id.value}\` is built in`, item.id.range, {
            hint: "use the builtin metric, or give this one another id",
          });
        }
      }
      duplicates("test", policy.items.flatMap((item) => (item.kind === "Test" ? [item.name] : [])));
    },
    Languages: (node) => duplicates("language", node.languages.map((l) => l.tag), (n) => canonicalLanguageTag(n.value) ?? n.value),
  };
}

function idsOf(policy: Policy, kind: string): Name[] {
  return policy.items.flatMap((item) => (item.kind === kind && "id" in item ? [item.id] : []));
}
