import type { Channel, Name, SeverityDecl, Text, Tier } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** One name a ticket may give for a value: the value's id, one of its aliases, or its title. */
interface ValueName {
  /** The id of the severity, tier or channel it names. */
  readonly value: string;
  readonly role: "id" | "alias" | "title";
  readonly node: Name | Text;
}

/** How a related location describes the name found first. */
function describeFirst(first: ValueName, dimension: string): string {
  const name = `\`${first.node.value}\``;
  const owner = `${dimension} \`${first.value}\``;
  if (first.role === "id") return `${name} is the id of ${owner}`;
  return first.role === "alias" ? `${name} is an alias of ${owner}` : `${name} is the title of ${owner}`;
}

/**
 * Unambiguous names
 *
 * A policy is valid only if every name a ticket may give for a severity (its id, an
 * alias, its title), a tier or a channel (its id, its title) names one of them: a name
 * shared by two values of the same dimension would leave the runtime to guess. A value's
 * alias or title equal to its own id or title is harmless; ids shared by two declarations
 * are UniqueDefinitionsRule's.
 */
export function UnambiguousNamesRule(context: ValidationContext): RuleVisitor {
  const checkNames = (dimension: string, declarations: Iterable<SeverityDecl | Tier | Channel>): void => {
    const ids: ValueName[] = [];
    const others: ValueName[] = [];
    for (const decl of declarations) {
      const value = decl.id.value;
      ids.push({ value, role: "id", node: decl.id });
      if (decl.title) others.push({ value, role: "title", node: decl.title });
      if (decl.kind !== "SeverityDecl") continue;
      for (const item of decl.items) if (item.kind === "Alias") others.push({ value, role: "alias", node: item.text });
    }
    // Ids first, so that an alias or title that is an id is reported against the id, whatever their order.
    const first = new Map<string, ValueName>(ids.map((id) => [id.node.value, id]));
    others.sort((a, b) => a.node.range.start.offset - b.node.range.start.offset);
    for (const name of others) {
      const seen = first.get(name.node.value);
      if (!seen) {
        first.set(name.node.value, name);
        continue;
      }
      if (seen.value === name.value) continue;
      const text = name.node.value;
      context.report(
        SemanticCodes.AmbiguousName,
        `${name.role} \`${text}\` of ${dimension} \`${name.value}\` also names ${dimension} \`${seen.value}\``,
        name.node.range,
        {
          hint: `a ticket that says \`${text}\` must mean one ${dimension}; ${name.role === "alias" ? "change or remove this alias" : "change this title"}`,
          related: [{ message: describeFirst(seen, dimension), range: seen.node.range }],
        },
      );
    }
  };
  return {
    Policy: () => {
      // The symbol tables keep the first declaration of each id; a duplicate is already an error.
      const { severities, tiers, channels } = context.symbols;
      checkNames("severity", severities.values());
      checkNames("tier", tiers.values());
      checkNames("channel", channels.values());
    },
  };
}
