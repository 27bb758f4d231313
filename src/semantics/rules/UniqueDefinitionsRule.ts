import type { Name, Policy, PolicyItem, Text, Uptime } from "../../ast/nodes.js";
import { BUILTIN_METRICS, DEFAULT_UPTIME_ID } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { ValidationContext } from "../context.js";
import { headOf } from "../describe.js";
import { canonicalLanguageTag } from "../values.js";
import type { RuleVisitor } from "../../ast/visitor.js";

const BUILTIN_IDS = new Set<string>(BUILTIN_METRICS.map((m) => m.id));

/** The policy items that declare an id. */
type Declaration = Extract<PolicyItem, { readonly id: Name }>;

/**
 * Declaration kinds whose ids must be unique within a policy, with the word messages use;
 * total over the policy items that declare an id, so that a new one is checked too.
 */
const DECLARATIONS = {
  Calendar: "calendar",
  Team: "team",
  Channel: "channel",
  SeverityDecl: "severity",
  Tier: "tier",
  AttributeDecl: "attribute",
  MetricDecl: "metric",
  EventDecl: "event",
  Link: "link",
} as const satisfies Record<Declaration["kind"], string>;

/**
 * Unique definitions
 *
 * A policy is valid only if no two of its calendars, teams, channels, severities, tiers,
 * attributes, metrics, events, links, tests or uptime commitments share an id (or test name; an
 * uptime block without an id has the id `uptime`), no declared metric takes a builtin
 * metric's id, no language or attribute value is listed twice, and no two policies of a
 * file share an id.
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
  /** Uptime commitments by id; one without an id is `uptime`, pointed at by its keyword. */
  const uptimeIds = (policy: Policy): void => {
    const first = new Map<string, Uptime>();
    const at = (u: Uptime): Range => u.id?.range ?? headOf(u.range, "uptime".length);
    for (const uptime of policy.items) {
      if (uptime.kind !== "Uptime") continue;
      const id = uptime.id?.value ?? DEFAULT_UPTIME_ID;
      const seen = first.get(id);
      if (seen === undefined) {
        first.set(id, uptime);
        continue;
      }
      context.report(SemanticCodes.DuplicateDefinition, `duplicate uptime commitment \`${id}\``, at(uptime), {
        ...(uptime.id === undefined ? { hint: "name each uptime block: `uptime <id> { … }`" } : {}),
        related: [{ message: `\`${id}\` is first defined here`, range: at(seen) }],
      });
    }
  };
  return {
    SourceFile: (file) => duplicates("policy", file.policies.map((p) => p.id)),
    Policy: (policy) => {
      const byKind = new Map<string, Name[]>();
      const tests: Text[] = [];
      for (const item of policy.items) {
        if (item.kind === "Test") tests.push(item.name);
        // An uptime commitment's id may be left out (it is then `uptime`): checked below.
        else if (item.kind in DECLARATIONS && "id" in item && item.id !== undefined) {
          const list = byKind.get(item.kind);
          if (list) list.push(item.id);
          else byKind.set(item.kind, [item.id]);
        }
        if (item.kind === "MetricDecl" && BUILTIN_IDS.has(item.id.value)) {
          context.report(SemanticCodes.DuplicateDefinition, `metric \`${item.id.value}\` is built in`, item.id.range, {
            hint: "use the builtin metric, or give this one another id",
          });
        }
      }
      for (const [kind, ids] of byKind) duplicates(DECLARATIONS[kind as keyof typeof DECLARATIONS], ids);
      duplicates("test", tests);
      uptimeIds(policy);
    },
    Languages: (node) => duplicates("language", node.languages.map((l) => l.tag), (n) => canonicalLanguageTag(n.value) ?? n.value),
    AttributeValues: (node) => duplicates("value", node.values.map((v) => v.id)),
  };
}
