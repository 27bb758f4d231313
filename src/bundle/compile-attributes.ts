/**
 * Compiles what decides a ticket's targets beyond tier, severity and channel: its declared
 * attributes, the eligibility rules (in the order they apply), and the provenance of target
 * rules, which rows name by source position.
 */
import type * as Ast from "../ast/nodes.js";
import type { Attribute, Eligibility, RuleNote, Scope } from "../contract/bundle.js";
import { type EligibilityAnalysis, firstOf, lineColumn, type Symbols } from "../semantics/index.js";

/** The text of a block's (first) `assumption`, or null. */
export function assumptionOf(items: readonly { readonly kind: string }[]): string | null {
  const found = items.find((item): item is Ast.Assumption => item.kind === "Assumption");
  return found?.text.value ?? null;
}

function notesOf(items: readonly { readonly kind: string }[]): { title: string | null; text: string }[] {
  return items
    .filter((item): item is Ast.Note => item.kind === "Note")
    .map((note) => ({ title: note.title?.value ?? null, text: note.text.value }));
}

/** The policy's attributes, in declaration order, their values as tickets give them. */
export function attributesOf(symbols: Symbols): Attribute[] {
  return [...symbols.attributes.values()].map((attribute) => {
    const titles = new Map<string, string | null>();
    for (const value of firstOf(attribute.decl.items, "AttributeValues")?.values ?? []) {
      if (!titles.has(value.id.value)) titles.set(value.id.value, value.title?.value ?? null);
    }
    return {
      id: attribute.id,
      title: attribute.decl.title?.value ?? null,
      values: attribute.values.map((id) => ({ id, title: titles.get(id) ?? null })),
      fromLanguages: attribute.decl.fromLanguages !== undefined,
      default: attribute.default,
      assumption: assumptionOf(attribute.decl.items),
      notes: notesOf(attribute.decl.items),
    };
  });
}

/** The ids of a set in the order they are declared in (`order`), unknown ones last. */
function ordered(values: ReadonlySet<string> | undefined, order: readonly string[]): string[] {
  if (values === undefined) return [];
  return [...values].sort((a, b) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0));
}

/** The policy's eligibility rules, one per severity they limit, in the order they apply. */
export function eligibilityOf(analysis: EligibilityAnalysis, symbols: Symbols): Eligibility[] {
  const tiers = [...symbols.tiers.keys()];
  const channels = [...symbols.channels.keys()];
  return analysis.rules.map((rule) => {
    const attributes: Record<string, string[]> = {};
    for (const id of [...symbols.attributes.keys()]) {
      const values = rule.constraints.attributes.get(id);
      if (values) attributes[id] = ordered(values, symbols.attributes.get(id)!.values);
    }
    const scope: Scope = { tiers: ordered(rule.constraints.tiers, tiers), channels: ordered(rule.constraints.channels, channels), attributes };
    return {
      severity: rule.severity,
      mode: rule.node.mode,
      scope,
      otherwise: rule.reclassify === null ? { action: "reject" } : { action: "reclassify", severity: rule.reclassify },
      rule: lineColumn(rule.node.range),
      assumption: assumptionOf(rule.node.provenance),
      notes: notesOf(rule.node.provenance),
    };
  });
}

/** The assumptions and notes of target rules, by the rule's source position, in source order. */
export function ruleNotesOf(rules: readonly { readonly node: Ast.TargetRule }[]): RuleNote[] {
  const withNotes = [...new Set(rules.map((rule) => rule.node))].filter((node) => node.provenance.length > 0);
  return withNotes
    .sort((a, b) => a.range.start.offset - b.range.start.offset)
    .map((node) => ({ rule: lineColumn(node.range), assumption: assumptionOf(node.provenance), notes: notesOf(node.provenance) }));
}
