/**
 * A visitor over the AST that runs every rule in one pass: each rule hands in handlers
 * keyed by node kind, and `walk` calls the handlers of all rules for each node it meets.
 */
import type { Node, SeveritiesRef } from "../ast/nodes.js";

/** Every AST node; `SeveritiesRef` is added because the `Node` union of ast/nodes.ts leaves it out. */
export type AnyNode = Node | SeveritiesRef;

/** Every AST node kind. */
export type NodeKind = AnyNode["kind"];

/** The AST node type of a given kind. */
export type NodeOfKind<K extends NodeKind> = Extract<AnyNode, { readonly kind: K }>;

/** Called with a node and its ancestors, outermost first. */
export type NodeHandler<N> = (node: N, ancestors: readonly AnyNode[]) => void;

/** What a rule does on a node kind: a handler on entering, or handlers on entering and leaving. */
export type KindVisitor<N> = NodeHandler<N> | { readonly enter?: NodeHandler<N>; readonly leave?: NodeHandler<N> };

/** A rule's handlers, by the node kind they are interested in. */
export type RuleVisitor = { readonly [K in NodeKind]?: KindVisitor<NodeOfKind<K>> };

type AnyHandler = NodeHandler<AnyNode>;

interface Dispatch {
  readonly enter: Map<string, AnyHandler[]>;
  readonly leave: Map<string, AnyHandler[]>;
}

/** Merges visitors so that a single walk serves them all, in the order they are given. */
function dispatchOf(visitors: readonly RuleVisitor[]): Dispatch {
  const enter = new Map<string, AnyHandler[]>();
  const leave = new Map<string, AnyHandler[]>();
  const add = (map: Map<string, AnyHandler[]>, kind: string, handler: AnyHandler): void => {
    const list = map.get(kind);
    if (list) list.push(handler);
    else map.set(kind, [handler]);
  };
  for (const visitor of visitors) {
    for (const [kind, value] of Object.entries(visitor) as [string, KindVisitor<AnyNode> | undefined][]) {
      if (value === undefined) continue;
      if (typeof value === "function") add(enter, kind, value);
      else {
        if (value.enter) add(enter, kind, value.enter);
        if (value.leave) add(leave, kind, value.leave);
      }
    }
  }
  return { enter, leave };
}

/**
 * Visits `root` and every node below it depth first, in source order, calling the
 * visitors' handlers. Children are found generically (any property holding a node or
 * an array of nodes) so that a new node kind is walked without touching this file.
 */
export function walk(root: AnyNode, visitors: readonly RuleVisitor[]): void {
  const { enter, leave } = dispatchOf(visitors);
  const ancestors: AnyNode[] = [];
  const visit = (node: AnyNode): void => {
    const entering = enter.get(node.kind);
    if (entering) for (const handler of entering) handler(node, ancestors);
    ancestors.push(node);
    for (const key in node) {
      if (key === "range") continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (typeof value !== "object" || value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item);
      } else if (isNode(value)) visit(value);
    }
    ancestors.pop();
    const leaving = leave.get(node.kind);
    if (leaving) for (const handler of leaving) handler(node, ancestors);
  };
  visit(root);
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}
