import type { Bundle } from "../contract/bundle.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { collectSources, type PolicyFile } from "./files.js";

/** A bundle compiled from a source file, with the file's working-directory path for messages. */
export interface CompiledPolicy {
  readonly bundle: Bundle;
  readonly file: string;
}

/** What compiling a set of paths gave: sources, bundles of clean files, and all diagnostics. */
export interface Compilation {
  readonly sources: readonly PolicyFile[];
  readonly bundles: readonly CompiledPolicy[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * How far to take the sources: `check` parses and checks only; `bundles` also compiles
 * bundles (for the runtime, in memory); `validated` also validates each bundle against
 * the JSON Schema, as every bundle that is written must be. Only `validated` loads ajv:
 * the compiler's own bundles are schema-valid by construction (and tested to be).
 */
export type CompileMode = "check" | "bundles" | "validated";

/** Reads and compiles every policy under `paths`; diagnostics come sorted by file and position. */
export async function compilePaths(cwd: string, paths: readonly string[], mode: CompileMode): Promise<Compilation> {
  const { sources, diagnostics } = await collectSources(cwd, paths);
  const all: Diagnostic[] = [...diagnostics];
  const bundles: CompiledPolicy[] = [];
  if (mode === "check") {
    const { checkSource } = await import("../pipeline.js");
    for (const source of sources) all.push(...checkSource(source.text, source.file));
  } else {
    const { compile } = await import("../pipeline.js");
    for (const source of sources) {
      const result = compile(source.text, source.file, { source: source.name, validate: mode === "validated" });
      all.push(...result.diagnostics);
      for (const bundle of result.bundles) bundles.push({ bundle, file: source.file });
    }
  }
  return { sources, bundles, diagnostics: all.sort(compareDiagnostics) };
}
