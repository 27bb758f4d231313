/**
 * The pipeline: `.sla` text → parse → check → compile each policy → validate against the
 * schema, each stage a pure function of the one before. `checkSource` is its front half,
 * what `slac check` runs; `compile` is the library's entry.
 */
import { compilePolicy } from "./bundle/compile-policy.js";
import { validateBundle } from "./bundle/validate.js";
import { withoutConsequences } from "./consequences.js";
import type { Bundle } from "./contract/bundle.js";
import { type Diagnostic, compareDiagnostics, hasErrors } from "./diagnostics/diagnostic.js";
import { type CheckedFile, check, headOf } from "./semantics/index.js";
import { parse } from "./syntax/index.js";

/** Options of `compile`. */
export interface CompileOptions {
  /** The source path bundles record; default: `file`. */
  readonly source?: string;
  /** Validate every bundle against the JSON Schema (default true; ajv loads on first use). */
  readonly validate?: boolean;
}

/** What `compile` gives: the bundles (none if anything is an error) and every diagnostic, sorted. */
export interface CompileResult {
  /** One bundle per policy of the file, in source order; empty when any diagnostic is an error. */
  readonly bundles: Bundle[];
  /** Every diagnostic of every stage, sorted by file and position. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses and checks one `.sla` text: the checked file and every diagnostic so far
 * (unsorted), without the semantic findings that syntax errors may cause.
 */
export function parseAndCheck(text: string, file: string): { checked: CheckedFile; diagnostics: Diagnostic[] } {
  const parsed = parse(text, file);
  const checked = check(parsed.value);
  return { checked: checked.value, diagnostics: [...parsed.diagnostics, ...withoutConsequences(parsed, text, checked.diagnostics)] };
}

/** The diagnostics of one `.sla` text, sorted: the same as `compile` gives with `validate: false`. */
export function checkSource(text: string, file: string): Diagnostic[] {
  return parseAndCheck(text, file).diagnostics.sort(compareDiagnostics);
}

/** Compiles the text of one `.sla` file into one bundle per policy, or into diagnostics only. */
export function compile(text: string, file: string, options: CompileOptions = {}): CompileResult {
  const { checked, diagnostics } = parseAndCheck(text, file);
  if (hasErrors(diagnostics)) return { bundles: [], diagnostics: diagnostics.sort(compareDiagnostics) };
  const bundles = checked.policies.map((analysis) => compilePolicy(analysis.policy, { source: options.source ?? file, analysis }));
  if (options.validate !== false) {
    checked.policies.forEach((analysis, i) => {
      diagnostics.push(...validateBundle(bundles[i], headOf(analysis.policy.range, "policy".length), { digest: false }));
    });
  }
  diagnostics.sort(compareDiagnostics);
  return { bundles: hasErrors(diagnostics) ? [] : bundles, diagnostics };
}
