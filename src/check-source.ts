/**
 * The front half of the compiler, parse → check, without the bundle stage: what
 * `slac check` runs, so that it loads no bundle or schema code.
 */
import { type Diagnostic, compareDiagnostics } from "./diagnostics/diagnostic.js";
import { type CheckedFile, check } from "./semantics/check.js";
import { parse, withoutConsequences } from "./syntax/index.js";

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
