/**
 * Bundle validation: the JSON Schema (through ajv, compiled once per process on first use,
 * never at import, so that `slac check` starts fast), the digest, and the invariants a
 * schema cannot state (sorted, disjoint windows; references to declared ids).
 */
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Bundle } from "../contract/bundle.js";
import { BundleCodes } from "../diagnostics/codes/bundle.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import { bundleInconsistencies } from "./consistency.js";
import { digestOf } from "./json.js";
import { bundleSchema } from "./schema.js";

/** At most this many schema violations are reported for one bundle; the first ones explain the rest. */
const MAX_SCHEMA_ERRORS = 20;

const validators: { first?: ValidateFunction; all?: ValidateFunction } = {};

/**
 * The schema validator: `first` stops at the first violation (fast, for the common valid
 * bundle), `all` collects every violation (compiled only once a bundle fails).
 */
function schemaValidator(which: "first" | "all"): ValidateFunction {
  let validator = validators[which];
  if (!validator) {
    // Loaded with require on first use: importing ajv at module load would tax every CLI start.
    const require = createRequire(import.meta.url);
    const Ajv2020 = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: which === "all", allowUnionTypes: true });
    validator = validators[which] = ajv.compile(bundleSchema());
  }
  return validator;
}

/** Options of `validateBundle`. */
export interface ValidateOptions {
  /** Recompute and compare the digest (default true; the compiler skips it for bundles it just sealed). */
  readonly digest?: boolean;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === "" ? "the bundle" : `\`${error.instancePath}\``;
  if (error.keyword === "false schema") return `${where} is not allowed here`;
  const extra =
    error.keyword === "additionalProperties"
      ? ` \`${(error.params as { additionalProperty: string }).additionalProperty}\``
      : error.keyword === "enum" || error.keyword === "const"
        ? ` ${JSON.stringify((error.params as { allowedValues?: unknown; allowedValue?: unknown }).allowedValues ?? (error.params as { allowedValue?: unknown }).allowedValue)}`
        : "";
  return `${where} ${error.message ?? "is invalid"}${extra}`;
}

/**
 * Checks a bundle (compiled, or read from a file) and returns SLA3nnn diagnostics, all
 * placed at `at`: the policy it came from, or the file it was read from.
 */
export function validateBundle(bundle: unknown, at: Range, options: ValidateOptions = {}): Diagnostic[] {
  if (!schemaValidator("first")(bundle)) {
    const validate = schemaValidator("all");
    validate(bundle);
    const errors = validate.errors ?? [];
    const diagnostics = errors
      .slice(0, MAX_SCHEMA_ERRORS)
      .map((error) => report(BundleCodes.SchemaViolation, `bundle does not match its schema: ${describe(error)}`, at));
    if (errors.length > MAX_SCHEMA_ERRORS) {
      diagnostics.push(
        report(BundleCodes.SchemaViolation, `bundle does not match its schema: ${errors.length - MAX_SCHEMA_ERRORS} more violations`, at),
      );
    }
    return diagnostics;
  }
  const valid = bundle as Bundle;
  const diagnostics: Diagnostic[] = [];
  const expected = options.digest === false ? valid.digest : digestOf(valid);
  if (valid.digest !== expected) {
    diagnostics.push(
      report(BundleCodes.DigestMismatch, `bundle digest \`${valid.digest}\` is not its content's \`${expected}\``, at, {
        hint: "the bundle was edited after it was compiled; compile it again",
      }),
    );
  }
  for (const problem of bundleInconsistencies(valid)) diagnostics.push(report(BundleCodes.InconsistentBundle, problem, at));
  return diagnostics;
}
