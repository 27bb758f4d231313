import path from "node:path";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { CliCodes } from "../diagnostics/codes/cli.js";
import { report } from "../diagnostics/registry.js";
import { type CompiledPolicy, compilePaths } from "./check.js";
import { loadPolicy } from "./load.js";
import { isSafeFileStem, wholeFile } from "./files.js";
import { Exit, type Io } from "./io.js";
import { writeOutputs, type OutputFile } from "./output.js";
import { formatDiagnostics, summarize, useColor } from "./report.js";

interface DiagnosticOptions {
  readonly format: "text" | "json";
}

/** `slac check`: compiles everything and reports; writes nothing. */
export async function check(io: Io, paths: readonly string[], options: DiagnosticOptions): Promise<number> {
  const compilation = await compilePaths(io.cwd, paths, "check");
  await print(io, compilation.diagnostics, compilation.sources, options);
  if (options.format === "text") {
    const count = compilation.sources.length;
    const tally = summarize(compilation.diagnostics);
    io.stderr(`checked ${count} ${count === 1 ? "file" : "files"}: ${tally}\n`);
  }
  return hasErrors(compilation.diagnostics) ? Exit.failed : Exit.ok;
}

/** `slac build`: compiles everything and, only if nothing failed, writes each policy's outputs. */
export async function build(
  io: Io,
  paths: readonly string[],
  options: DiagnosticOptions & { readonly out: string },
): Promise<number> {
  // The output folder is the user's choice, anywhere; only names derived from policies are checked.
  const outFolder = path.resolve(io.cwd, options.out);
  const compilation = await compilePaths(io.cwd, paths, "validated");
  const diagnostics = [...compilation.diagnostics, ...duplicateIds(compilation.bundles), ...unsafeNames(compilation.bundles)];
  await print(io, diagnostics, compilation.sources, options);
  if (hasErrors(diagnostics)) {
    if (options.format === "text") io.stderr(`build failed (${summarize(diagnostics)}); nothing was written\n`);
    return Exit.failed;
  }
  const { serializeBundle } = await import("../bundle/json.js");
  const files: OutputFile[] = compilation.bundles.map(({ bundle }) => ({
    name: `${bundle.policy.id}.json`,
    content: serializeBundle(bundle),
  }));
  try {
    await writeOutputs(outFolder, files);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const d = report(CliCodes.WriteFailed, `cannot write to \`${options.out}\`: ${reason}`, wholeFile(options.out));
    await print(io, [d], [], options);
    return Exit.failed;
  }
  if (options.format === "text") {
    io.stderr(`built ${files.length} ${files.length === 1 ? "policy" : "policies"} into ${options.out}\n`);
  }
  return Exit.ok;
}

function duplicateIds(bundles: readonly CompiledPolicy[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const { bundle, file } of bundles) {
    const { id } = bundle.policy;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, file);
    else {
      out.push(
        report(CliCodes.DuplicatePolicyId, `policy id \`${id}\` is also used in \`${first}\``, wholeFile(file), {
          hint: "policy ids name the output files, so each must be unique",
        }),
      );
    }
  }
  return out;
}

/**
 * A policy id becomes a file name, so it must be a plain name that cannot leave the output
 * folder. The parser only accepts such ids; this keeps the promise at the place it matters.
 */
function unsafeNames(bundles: readonly CompiledPolicy[]): Diagnostic[] {
  return bundles
    .filter(({ bundle }) => !isSafeFileStem(bundle.policy.id))
    .map(({ bundle, file }) =>
      report(CliCodes.UnsafeOutputName, `policy id \`${bundle.policy.id}\` cannot name an output file`, wholeFile(file), {
        hint: "a policy id is a letter or `_`, then letters, digits, `_` and single inner `-`",
      }),
    );
}

/**
 * Prints diagnostics: text to standard error, JSON to standard output, unless `toStderr`
 * (for commands whose standard output carries answers).
 */
async function print(
  io: Io,
  diagnostics: readonly Diagnostic[],
  sources: readonly { file: string; text: string }[],
  options: DiagnosticOptions,
  toStderr = false,
): Promise<void> {
  if (options.format === "text" && diagnostics.length === 0) return;
  const text = await formatDiagnostics(diagnostics, {
    format: options.format,
    color: useColor(io.env, io.isTTY),
    sources: new Map(sources.map((s) => [s.file, s.text])),
  });
  if (options.format === "json" && !toStderr) await io.stdout(text);
  else io.stderr(text);
}

/** `slac test`: compiles the policies and runs their test blocks. */
export async function test(io: Io, paths: readonly string[], options: DiagnosticOptions): Promise<number> {
  const compilation = await compilePaths(io.cwd, paths, "bundles");
  await print(io, compilation.diagnostics, compilation.sources, options);
  if (hasErrors(compilation.diagnostics)) return Exit.failed;
  const { testCommand } = await import("./test-command.js");
  return testCommand(io, compilation.bundles);
}

/** `slac due`: deadlines for a stream of tickets. */
export async function due(
  io: Io,
  policy: string,
  options: DiagnosticOptions & { readonly tickets: string; readonly now?: string },
): Promise<number> {
  if (options.now !== undefined) {
    const { parseInstant } = await import("../runtime/index.js");
    if (parseInstant(options.now) === null) {
      const message = `\`--now ${options.now}\` is not an ISO instant with \`Z\` or an offset, such as \`2026-03-27T20:00Z\``;
      await print(io, [report(CliCodes.BadOption, message, wholeFile("--now"))], [], options, true);
      return Exit.usage;
    }
  }
  const loaded = await loadPolicy(io.cwd, policy);
  if (loaded.bundle === null) {
    // Standard output carries the answers, so problems with the policy go to standard error.
    await print(io, loaded.diagnostics.filter((d) => d.severity === "error"), loaded.sources, options, true);
    return Exit.failed;
  }
  const { dueCommand } = await import("./due.js");
  return dueCommand(io, loaded.bundle, options);
}

/** `slac uptime`: a month's uptime against the policy's commitment. */
export async function uptime(
  io: Io,
  policy: string,
  options: DiagnosticOptions & { readonly minutes: string; readonly month: string },
): Promise<number> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
    await print(io, [report(CliCodes.BadOption, `\`--month ${options.month}\` is not a month like \`2026-11\``, wholeFile("--month"))], [], options, true);
    return Exit.usage;
  }
  const loaded = await loadPolicy(io.cwd, policy);
  if (loaded.bundle === null) {
    // Standard output carries the answers, so problems with the policy go to standard error.
    await print(io, loaded.diagnostics.filter((d) => d.severity === "error"), loaded.sources, options, true);
    return Exit.failed;
  }
  const { uptimeCommand } = await import("./uptime.js");
  return uptimeCommand(io, loaded.bundle, options);
}
