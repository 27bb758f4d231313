import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Bundle } from "../contract/bundle.js";
import { CliCodes } from "../diagnostics/codes/cli.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import { projectPath, wholeFile } from "./files.js";
import type { Io } from "./io.js";
import { type DiagnosticOptions, printDiagnostics } from "./print.js";

/** A policy loaded for the runtime, or why it could not be. */
export interface LoadedPolicy {
  readonly bundle: Bundle | null;
  readonly diagnostics: readonly Diagnostic[];
  /** The source text, when the policy was compiled from `.sla`, for code frames. */
  readonly sources: readonly { file: string; text: string }[];
}

/**
 * Loads one policy for `due` and `uptime`: a `.sla` file is compiled (it must hold exactly
 * one policy), a `.json` bundle is read and validated against the schema and its digest.
 */
export async function loadPolicy(cwd: string, given: string): Promise<LoadedPolicy> {
  const absolute = path.resolve(cwd, given);
  const file = projectPath(cwd, absolute);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch {
    return fail(report(CliCodes.FileNotFound, `no such file \`${given}\``, wholeFile(given)));
  }
  if (file.endsWith(".json")) {
    let data: unknown;
    try {
      // A byte-order mark (which editors put at the start of a file) is no part of the JSON.
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail(report(CliCodes.BadBundleFile, `\`${file}\` is not JSON: ${reason}`, wholeFile(file)));
    }
    const { validateBundle } = await import("../bundle/validate.js");
    const diagnostics = validateBundle(data, wholeFile(file));
    return { bundle: hasErrors(diagnostics) ? null : (data as Bundle), diagnostics, sources: [] };
  }
  const { compile } = await import("../pipeline.js");
  // The bundle records the file's own name, as `slac build <file>` does, whatever the working directory.
  const result = compile(text, file, { source: path.basename(absolute), validate: false });
  const sources = [{ file, text }];
  if (result.bundles.length !== 1 && !hasErrors(result.diagnostics)) {
    const d = report(CliCodes.NotOnePolicy, `\`${file}\` holds ${result.bundles.length} policies; give a file with exactly one`, wholeFile(file));
    return { bundle: null, diagnostics: [...result.diagnostics, d], sources };
  }
  return { bundle: result.bundles[0] ?? null, diagnostics: result.diagnostics, sources };
}

function fail(d: Diagnostic): LoadedPolicy {
  return { bundle: null, diagnostics: [d], sources: [] };
}

/**
 * Loads the policy of `due` or `uptime`, or prints why it cannot be loaded and gives null.
 * Standard output carries those commands' answers, so problems go to standard error.
 */
export async function loadPolicyFor(io: Io, given: string, options: DiagnosticOptions): Promise<Bundle | null> {
  const loaded = await loadPolicy(io.cwd, given);
  if (loaded.bundle === null) {
    await printDiagnostics(io, loaded.diagnostics.filter((d) => d.severity === "error"), loaded.sources, options, true);
  }
  return loaded.bundle;
}
