/**
 * The bundle JSON Schema as the package ships it: schema/bundle.schema.json, which is
 * src/contract/bundle-schema.ts's print of the contract (a test keeps the two equal). It is
 * read from the file rather than built from the declarations because building it loads
 * TypeBox, and every process that writes or validates a bundle would pay for that. Its
 * property order is the bundle's canonical key order.
 */
import { createRequire } from "node:module";
import type { JsonSchema } from "../contract/bundle-schema.js";

let schema: JsonSchema | undefined;

/**
 * The bundle JSON Schema, read and parsed on first use (`slac check` never needs it), once
 * per process. Found through the package's own export (`slac/bundle.schema.json`), which
 * resolves the same from src/, dist/ and the bundled command in dist/bin/.
 */
export function bundleSchema(): JsonSchema {
  return (schema ??= createRequire(import.meta.url)("slac/bundle.schema.json") as JsonSchema);
}
