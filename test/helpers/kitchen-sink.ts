/** The one kitchen sink: every construct of the language, check-clean, its tests passing. */
import { readFileSync } from "node:fs";
import type { Policy } from "../../src/ast/nodes.js";
import { parseClean } from "./diagnostics.js";

/** The text of test/fixtures/kitchen-sink.sla. */
export const KITCHEN_SINK = readFileSync(new URL("../fixtures/kitchen-sink.sla", import.meta.url), "utf8");

/** The kitchen sink's main policy, `kitchen_sink`, parsed (the file's second policy shows a file may hold several). */
export function kitchenSinkPolicy(): Policy {
  return parseClean(KITCHEN_SINK).policies[0]!;
}
