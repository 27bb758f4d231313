import type { Bundle } from "../bundle/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { collectSources, type SourceText } from "./files.js";

/** What compiling a set of paths gave: sources, bundles of clean files, and all diagnostics. */
export interface Compilation {
  readonly sources: readonly SourceText[];
  readonly bundles: readonly Bundle[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and compiles every policy under `paths`; diagnostics come sorted by file and position. */
export async function compilePaths(cwd: string, paths: readonly string[]): Promise<Compilation> {
  const { sources, diagnostics } = await collectSources(cwd, paths);
  const { compile } = await import("../compile.js");
  const all: Diagnostic[] = [...diagnostics];
  const bundles: Bundle[] = [];
  for (const source of sources) {
    const result = compile(source.text, source.file);
    all.push(...result.diagnostics);
    bundles.push(...result.bundles);
  }
  return { sources, bundles, diagnostics: all.sort(compareDiagnostics) };
}
