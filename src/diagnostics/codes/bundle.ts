import { defineCodes } from "../registry.js";

/** Bundle diagnostics (SLA3nnn): a bundle that does not validate against the JSON Schema. */
export const BundleCodes = defineCodes({
  SchemaViolation: {
    code: "SLA3001",
    severity: "error",
    summary: "A bundle validates against slac's bundle JSON Schema.",
  },
  DigestMismatch: {
    code: "SLA3002",
    severity: "error",
    summary: "A bundle's `digest` is the sha256 of its canonical JSON with the digest left empty.",
  },
  InconsistentBundle: {
    code: "SLA3003",
    severity: "error",
    summary: "A bundle's windows are sorted and disjoint, and every id its rows and references name is one it declares.",
  },
});
