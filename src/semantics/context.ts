/**
 * The validation context the rules share, like graphql-js's ValidationContext: the file
 * being checked, the policy being walked with its symbol tables and (computed once, on
 * first use) its static target resolution, and the sink diagnostics are reported to.
 */
import type { Policy, SourceFile } from "../ast/nodes.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { type CodeInfo, type DiagnosticExtras, report } from "../diagnostics/registry.js";
import { type Resolution, resolveTargets } from "./resolve.js";
import { type Symbols, collectSymbols } from "./symbols.js";
import type { RuleVisitor } from "../ast/visitor.js";

/** A check: given the context, the handlers it runs during the single walk. */
export type Rule = (context: ValidationContext) => RuleVisitor;

/** What the rules know while they walk a file. */
export class ValidationContext {
  readonly file: SourceFile;
  private readonly sink: (diagnostic: Diagnostic) => void;
  private current: Policy | undefined;
  private readonly analyses = new Map<Policy, { symbols: Symbols; resolution?: Resolution }>();
  /** Where the errors reported so far start (offsets), for rules that stay quiet where one was. */
  private readonly errorOffsets: number[] = [];

  constructor(file: SourceFile, sink: (diagnostic: Diagnostic) => void) {
    this.file = file;
    this.sink = sink;
  }

  /** Makes `policy` the one the rules are walking; called on entering each policy. */
  enterPolicy(policy: Policy): void {
    this.current = policy;
  }

  /** The symbol tables and resolution of a policy, computed once and shared with the compiler. */
  analysisOf(policy: Policy): { symbols: Symbols; resolution?: Resolution } {
    let analysis = this.analyses.get(policy);
    if (!analysis) this.analyses.set(policy, (analysis = { symbols: collectSymbols(policy) }));
    return analysis;
  }

  /** The static resolution of a policy, computed on first use. */
  resolutionOf(policy: Policy): Resolution {
    const analysis = this.analysisOf(policy);
    analysis.resolution ??= resolveTargets(policy, analysis.symbols);
    return analysis.resolution;
  }

  /** The policy being walked. */
  get policy(): Policy {
    if (!this.current) throw new Error("no policy is being walked");
    return this.current;
  }

  /** The symbol tables of the policy being walked. */
  get symbols(): Symbols {
    return this.analysisOf(this.policy).symbols;
  }

  /** The static target resolution of the policy being walked. */
  get resolution(): Resolution {
    return this.resolutionOf(this.policy);
  }

  /** Reports a diagnostic from a registry entry. */
  report(info: CodeInfo, message: string, range: Range, extras?: DiagnosticExtras): void {
    const diagnostic = report(info, message, range, extras);
    if (diagnostic.severity === "error") this.errorOffsets.push(range.start.offset);
    this.sink(diagnostic);
  }

  /**
   * Whether a rule that ran earlier reported an error inside `range`: a consequence of that
   * error (a gap left by a rule that could not count) should not read as a second mistake.
   */
  hasErrorWithin(range: Range): boolean {
    return this.errorOffsets.some((offset) => offset >= range.start.offset && offset < range.end.offset);
  }
}
