/** Builders for the items several blocks share. */
import type { Assumption, ChannelsRef, Contact, Description, Exclusions, HoursRef, Note, RuleProvenance } from "../../ast/nodes.js";
import type { CstNode } from "../chevrotain.js";
import type { NodeAt, NodeLabel } from "../cst.js";
import type {
  AssumptionCstNode,
  CalendarCstNode,
  ChannelCstNode,
  ChannelsCstNode,
  ContactCstNode,
  DescriptionCstNode,
  EventDeclCstNode,
  ExclusionsCstNode,
  HoursCstNode,
  NoteCstNode,
  RuleNoteCstNode,
  SeverityDeclCstNode,
  TeamCstNode,
  TierCstNode,
} from "../cst.generated.js";
import type { Builder } from "./builder.js";
import { node, token, tokens } from "./builder.js";

/** `note "<text>"` or `note "<title>" "<text>"` */
export function note(b: Builder, cst: NoteCstNode): Note | undefined {
  const [first, second] = tokens(cst, "text").map((tok) => b.text(tok)!);
  if (first === undefined) return undefined;
  const range = b.rangeOf(cst);
  return second === undefined ? { kind: "Note", text: first, range } : { kind: "Note", title: first, text: second, range };
}

/** `assumption "<why>"`: the source is silent, and this is the author's reading. */
export function assumption(b: Builder, cst: AssumptionCstNode): Assumption | undefined {
  const text = b.text(token(cst, "text"));
  return text && { kind: "Assumption", text, range: b.rangeOf(cst) };
}

/** The `assumption` and `note` items that trail a rule, in order. */
export function ruleProvenance(b: Builder, cst: readonly RuleNoteCstNode[]): RuleProvenance[] {
  const built: RuleProvenance[] = [];
  for (const choice of cst) {
    const said = node(choice, "assumption");
    const noted = node(choice, "note");
    const provenance = said ? assumption(b, said) : noted ? note(b, noted) : undefined;
    if (provenance !== undefined) built.push(provenance);
  }
  return built;
}

/** `hours 24x7` or `hours <calendar>` */
export function hours(b: Builder, cst: HoursCstNode): HoursRef | undefined {
  const always = token(cst, "always");
  const calendar = b.name(token(cst, "calendar"));
  const range = b.rangeOf(cst);
  if (always !== undefined) return { kind: "HoursRef", clock: { kind: "Clock24x7", range: b.rangeOf(always) }, range };
  if (calendar !== undefined) return { kind: "HoursRef", clock: { kind: "ClockOn", target: calendar, range: calendar.range }, range };
  return undefined;
}

/** `contact "<address>" ["<purpose>"]` */
export function contact(b: Builder, cst: ContactCstNode): Contact | undefined {
  const address = b.text(token(cst, "address"));
  const purpose = b.text(token(cst, "purpose"));
  if (address === undefined) return undefined;
  return { kind: "Contact", address, ...(purpose && { purpose }), range: b.rangeOf(cst) };
}

/** `description "<text>"` */
export function description(b: Builder, cst: DescriptionCstNode): Description | undefined {
  const text = b.text(token(cst, "text"));
  return text && { kind: "Description", text, range: b.rangeOf(cst) };
}

/** `channels <id>, …` */
export function channels(b: Builder, cst: ChannelsCstNode): ChannelsRef | undefined {
  const ids = b.names(node(cst, "ids"), "id");
  return ids.length === 0 ? undefined : { kind: "ChannelsRef", channels: ids, range: b.rangeOf(cst) };
}

/** `exclusions { "<text>" … }` */
export function exclusions(b: Builder, cst: ExclusionsCstNode): Exclusions {
  return { kind: "Exclusions", items: tokens(cst, "text").map((tok) => b.text(tok)!), range: b.rangeOf(cst) };
}

/** A function building one kind of item from its CST node. */
export type ItemBuilder<T, N extends CstNode> = (b: Builder, cst: N) => T | undefined;

/**
 * The builders of a block's items: one for each alternative of the block's item rule
 * (`calendarItem`…), by its rule name. Total over the alternatives, so an item the
 * grammar gained without a builder fails to compile.
 */
export type ItemBuilders<Choice extends CstNode, T> = {
  readonly [L in NodeLabel<Choice>]: ItemBuilder<T, NodeAt<Choice, L>>;
};

/**
 * The items of a block: each item node under `label` is a choice rule (`calendarItem`…)
 * whose only child is the item itself, built by the builder registered for its label
 * (its rule name).
 */
export function items<N extends CstNode, L extends NodeLabel<N>, T>(
  b: Builder,
  cst: N,
  label: L,
  builders: ItemBuilders<NodeAt<N, L>, T>,
): T[] {
  const built: T[] = [];
  const byLabel = builders as unknown as Readonly<Record<string, ItemBuilder<T, CstNode> | undefined>>;
  for (const choice of cst.children[label] ?? []) {
    if (!("children" in choice)) continue;
    for (const alternative in choice.children) {
      const build = byLabel[alternative];
      for (const inner of choice.children[alternative]!) {
        if (!("children" in inner)) continue;
        const item = build && b.item(inner, build);
        if (item !== undefined) built.push(item);
      }
    }
  }
  return built;
}

/** The declarations made of a head `<keyword> <id> ["<title>"]` and a block of items. */
export type DeclarationCstNode = CalendarCstNode | TeamCstNode | ChannelCstNode | SeverityDeclCstNode | TierCstNode | EventDeclCstNode;

/** Builds the common head `<keyword> <id> ["<title>"]` and the block's items. */
export function declaration<N extends DeclarationCstNode, L extends NodeLabel<N>, K extends string, T>(
  b: Builder,
  cst: N,
  kind: K,
  builders: ItemBuilders<NodeAt<N, L>, T>,
  itemLabel: L,
) {
  const id = b.name(token<DeclarationCstNode>(cst, "id"));
  const title = b.text(token<DeclarationCstNode>(cst, "title"));
  if (id === undefined) return undefined;
  return { kind, id, ...(title && { title }), items: items(b, cst, itemLabel, builders), range: b.rangeOf(cst) };
}
