/**
 * slac: a compiler for support-SLA policies. `compile` turns `.sla` text into JSON rule
 * bundles; the runtime that evaluates them is `slac/runtime`.
 * @module slac
 */

/** Compiles `.sla` text into bundles and diagnostics. */
export { compile, type CompileOptions, type CompileResult } from "./pipeline.js";
/** Parses `.sla` text into its AST, with syntax diagnostics. */
export { parse, type ParseResult } from "./syntax/index.js";
/** Runs the semantic checks on a parsed file. */
export { check, type CheckedFile, type CheckedPolicy } from "./semantics/index.js";
/** Compiles one checked policy into its bundle. */
export { compilePolicy, type CompilePolicyOptions } from "./bundle/compile-policy.js";
/** The canonical JSON text of a bundle. */
export { serializeBundle } from "./bundle/json.js";
/** Validates a bundle against the JSON Schema and its invariants. */
export { validateBundle, type ValidateOptions } from "./bundle/validate.js";
/** True when any diagnostic is an error. */
export { hasErrors } from "./diagnostics/diagnostic.js";
/** The types of a bundle. */
export type * from "./contract/bundle.js";
/** The bundle format version, and the calendar and dimension ids a bundle gives a meaning of their own. */
export { BUNDLE_FORMAT, ALWAYS, ANY } from "./contract/vocabulary.js";
/** The shape of a diagnostic, and of what a stage returns. */
export type { Diagnostic, Range, Position, RelatedInformation, Severity, Result } from "./diagnostics/diagnostic.js";
