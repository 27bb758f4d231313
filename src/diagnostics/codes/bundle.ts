import { defineCodes } from "../registry.js";

/** Bundle diagnostics (SLA3nnn): a bundle that does not validate against the JSON Schema. */
export const BundleCodes = defineCodes({
  SchemaViolation: {
    code: "SLA3001",
    severity: "error",
    summary: "A bundle validates against slac's bundle JSON Schema.",
  },
});
