/**
 * `check`: runs every rule over a parsed file in one walk and returns the diagnostics
 * together with what the bundle compiler needs (symbol tables and resolved targets).
 */
import type { Policy, SourceFile } from "../ast/nodes.js";
import { SemanticCodes } from "../diagnostics/codes/semantic.js";
import { type Diagnostic, type Result, compareDiagnostics } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import { type Rule, ValidationContext } from "./context.js";
import { headOf } from "./describe.js";
import type { Resolution } from "./resolve.js";
import { specifiedRules } from "./specified-rules.js";
import type { Symbols } from "./symbols.js";
import { type RuleVisitor, walk } from "../ast/visitor.js";

/** The most diagnostics one file reports; past this, fixing what is shown is the better next step. */
export const MAX_DIAGNOSTICS = 100;

/** A checked policy: its AST with its symbol tables and static target resolution. */
export interface CheckedPolicy {
  /** The policy's AST, as {@link parse} gave it, for {@link compilePolicy}. */
  readonly policy: Policy;
  /** Everything the policy declares, by kind and id; {@link compilePolicy} reuses it. */
  readonly symbols: Symbols;
  /** The policy's targets resolved to rows, with their conflicts and gaps; {@link compilePolicy} reuses it. */
  readonly resolution: Resolution;
}

/** A checked file: one entry per policy, in source order. */
export interface CheckedFile {
  /** The file's AST, as {@link parse} gave it. */
  readonly file: SourceFile;
  /** One entry per policy of the file, in source order. */
  readonly policies: readonly CheckedPolicy[];
}

/** Options of `check`. */
export interface CheckOptions {
  /** The rules to run (default: all of them, in their order); tests run one at a time. */
  readonly rules?: readonly Rule[];
}

class Abort extends Error {}

/** Checks a parsed file: every rule, one walk, at most MAX_DIAGNOSTICS diagnostics, sorted by position. */
export function check(file: SourceFile, options: CheckOptions = {}): Result<CheckedFile> {
  const diagnostics: Diagnostic[] = [];
  const context = new ValidationContext(file, (diagnostic) => {
    if (diagnostics.length >= MAX_DIAGNOSTICS) {
      diagnostics.push(
        report(SemanticCodes.TooManyDiagnostics, `too many problems; stopped checking after ${MAX_DIAGNOSTICS}`, headOf(file.range, 0)),
      );
      throw new Abort();
    }
    diagnostics.push(diagnostic);
  });
  const tracker: RuleVisitor = { Policy: (policy) => context.enterPolicy(policy) };
  const rules = options.rules ?? specifiedRules;
  try {
    walk(file, [tracker, ...rules.map((rule) => rule(context))]);
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
  }
  const policies = file.policies.map((policy) => ({
    policy,
    symbols: context.analysisOf(policy).symbols,
    resolution: context.resolutionOf(policy),
  }));
  return { value: { file, policies }, diagnostics: diagnostics.sort(compareDiagnostics) };
}
