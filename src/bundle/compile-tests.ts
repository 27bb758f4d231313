/** Compiles `test` blocks: the ticket, its events and the expectations, with instants in UTC. */
import type * as Ast from "../ast/nodes.js";
import { firstOf } from "../semantics/symbols.js";
import { instantToUtc, lineColumn } from "../semantics/values.js";
import type { PolicyTest, Ticket } from "./types.js";

const STATUSES = new Set(["met", "running", "paused", "breached"]);

function utc(instant: Ast.InstantLiteral): string {
  // ValidInstantsRule reports bad instants; the text as written only reaches a withheld bundle.
  return instantToUtc(instant.text) ?? instant.text;
}

/** The bundle form of a policy's tests, in source order. */
export function compileTests(tests: readonly Ast.Test[]): PolicyTest[] {
  return tests.map((test) => {
    const opened = firstOf(test.items, "TestOpened");
    const dimensions = new Map<string, string>();
    for (const item of test.items) {
      if (item.kind === "TestDimension" && !dimensions.has(item.dimension)) dimensions.set(item.dimension, item.value.value);
    }
    const tier = dimensions.get("tier");
    const severity = dimensions.get("severity");
    const channel = dimensions.get("channel");
    const ticket: Ticket = {
      openedAt: opened ? utc(opened.at) : "",
      ...(tier !== undefined ? { tier } : {}),
      ...(severity !== undefined ? { severity } : {}),
      ...(channel !== undefined ? { channel } : {}),
      events: test.items.flatMap((item) => (item.kind === "TestEvent" ? [{ type: item.event.value, at: utc(item.at) }] : [])),
    };
    const now = firstOf(test.items, "TestNow");
    return {
      name: test.name.value,
      at: lineColumn(test.range),
      ticket,
      now: now ? utc(now.at) : null,
      expect: test.items.flatMap((item) =>
        item.kind === "TestExpect"
          ? [
              {
                metric: item.metric.value,
                due: item.due ? utc(item.due) : null,
                status: item.status && STATUSES.has(item.status.value) ? (item.status.value as PolicyTest["expect"][number]["status"]) : null,
              },
            ]
          : [],
      ),
    };
  });
}
