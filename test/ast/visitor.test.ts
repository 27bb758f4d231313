import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KITCHEN_SINK } from "../helpers/kitchen-sink.js";
import { type AnyNode, NODE_KINDS, type NodeKind, walk } from "../../src/ast/visitor.js";
import { parseClean } from "../helpers/diagnostics.js";

const kitchenSink = parseClean(KITCHEN_SINK);

/** Every node below `node` (comments aside), found by enumerating every property. */
function everyNode(node: AnyNode, out: AnyNode[] = []): AnyNode[] {
  out.push(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === "comments" || key === "range") continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === "object" && item !== null && "kind" in item) everyNode(item as AnyNode, out);
    }
  }
  return out;
}

describe("walk", () => {
  it("visits every node of the kitchen sink, in source order (the child-key table is complete)", () => {
    const visited: AnyNode[] = [];
    const all = new Proxy({}, { get: () => (node: AnyNode) => void visited.push(node) }) as Record<NodeKind, () => void>;
    const kinds = new Set(everyNode(kitchenSink).map((n) => n.kind));
    walk(kitchenSink, [Object.fromEntries([...kinds].map((k) => [k, all[k]]))]);
    expect(visited).toEqual(everyNode(kitchenSink));
  });

  it("calls enter before the children and leave after, with the ancestors", () => {
    const events: string[] = [];
    walk(kitchenSink.policies[0]!, [
      {
        Calendar: { enter: (n) => void events.push(`enter ${n.id.value}`), leave: (n) => void events.push(`leave ${n.id.value}`) },
        Zone: (n, ancestors) => void events.push(`zone ${n.zone.value} in ${ancestors.map((a) => a.kind).join(">")}`),
      },
    ]);
    expect(events).toEqual([
      "enter office",
      "zone Europe/Berlin in Policy>Calendar",
      "leave office",
      "enter business",
      "zone UTC in Policy>Calendar",
      "leave business",
      "enter gmt",
      "zone Etc/GMT+5 in Policy>Calendar",
      "leave gmt",
      "enter regional",
      "zone America/New_York in Policy>Calendar",
      "leave regional",
      // `zone customer` and `zone unknown` are other kinds of node.
      "enter customer_hours",
      "leave customer_hours",
      "enter follow_the_sun",
      "leave follow_the_sun",
      "enter vendor",
      "leave vendor",
    ]);
  });
});

describe("the kitchen sink", () => {
  it("uses every node kind of the AST, so every construct is compiled, checked and bundled by the tests that read it", () => {
    const used = new Set(everyNode(kitchenSink).map((n) => n.kind));
    // Comments ride beside the nodes, not in them.
    const missing = NODE_KINDS.filter((kind) => kind !== "Comment" && !used.has(kind));
    expect(missing).toEqual([]);
  });
});
