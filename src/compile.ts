/**
 * The library's compiler entry: `.sla` text → bundles and diagnostics, through every
 * stage (parse → check → compile each policy → validate against the schema).
 */
import { compilePolicy } from "./bundle/compile-policy.js";
import { validateBundle } from "./bundle/validate.js";
import type { Bundle } from "./contract/bundle.js";
import { type Diagnostic, compareDiagnostics, hasErrors } from "./diagnostics/diagnostic.js";
import { parseAndCheck } from "./check-source.js";
import { headOf } from "./semantics/index.js";

/** Options of `compile`. */
export interface CompileOptions {
  /** The source path bundles record; default: `file`. */
  readonly source?: string;
  /** Validate every bundle against the JSON Schema (default true; ajv loads on first use). */
  readonly validate?: boolean;
}

/** What `compile` gives: the bundles (none if anything is an error) and every diagnostic, sorted. */
export interface CompileResult {
  readonly bundles: Bundle[];
  readonly diagnostics: Diagnostic[];
}

/** Compiles the text of one `.sla` file into one bundle per policy, or into diagnostics only. */
export function compile(text: string, file: string, options: CompileOptions = {}): CompileResult {
  const { checked, diagnostics } = parseAndCheck(text, file);
  if (hasErrors(diagnostics)) return { bundles: [], diagnostics: diagnostics.sort(compareDiagnostics) };
  const bundles = checked.policies.map((analysis) =>
    compilePolicy(analysis.policy, { source: options.source ?? file, analysis }),
  );
  if (options.validate !== false) {
    checked.policies.forEach((analysis, i) => {
      diagnostics.push(...validateBundle(bundles[i], headOf(analysis.policy.range, "policy".length), { digest: false }));
    });
  }
  diagnostics.sort(compareDiagnostics);
  return { bundles: hasErrors(diagnostics) ? [] : bundles, diagnostics };
}
