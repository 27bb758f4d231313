import path from "node:path";
import { CliCodes } from "../../diagnostics/codes/cli.js";
import { type Diagnostic, hasErrors } from "../../diagnostics/diagnostic.js";
import { report } from "../../diagnostics/registry.js";
import { type CompiledPolicy, compilePaths } from "../compile-paths.js";
import { isSafeFileStem, wholeFile } from "../files.js";
import { Exit, type Io } from "../io.js";
import { ForeignOutputError, type OutputFile, writeOutputs } from "../output.js";
import { type DiagnosticOptions, printDiagnostics } from "../print.js";
import { summarize } from "../report.js";

/**
 * `slac build`: compiles everything and, only if nothing failed, writes each policy's bundle,
 * Markdown page and HTML page (the bundles alone when `pages` is false).
 */
export async function build(
  io: Io,
  paths: readonly string[],
  options: DiagnosticOptions & { readonly out: string; readonly frontMatter?: boolean; readonly pages?: boolean },
): Promise<number> {
  // The output folder is the user's choice, anywhere; only names derived from policies are checked.
  if (options.out.trim() === "") {
    const d = report(CliCodes.BadOption, "`--out` names no folder", wholeFile("--out"), { hint: "give the folder to write into, such as `--out out`" });
    await printDiagnostics(io, [d], [], options);
    return Exit.usage;
  }
  const outFolder = path.resolve(io.cwd, options.out);
  const compilation = await compilePaths(io.cwd, paths, "validated");
  const diagnostics = [...compilation.diagnostics, ...duplicateIds(compilation.bundles), ...unsafeNames(compilation.bundles)];
  await printDiagnostics(io, diagnostics, compilation.sources, options);
  if (hasErrors(diagnostics)) {
    if (options.format === "text") io.stderr(`build failed (${summarize(diagnostics)}); nothing was written\n`);
    return Exit.failed;
  }
  const { serializeBundle } = await import("../../bundle/json.js");
  // Every output is made before anything is written, so a failure leaves the folder as it was.
  const files: OutputFile[] = compilation.bundles.map(({ bundle }) => ({ name: `${bundle.policy.id}.json`, content: serializeBundle(bundle) }));
  if (options.pages !== false) {
    const { renderHtml, renderMarkdown } = await import("../../render/index.js");
    for (const { bundle } of compilation.bundles) {
      files.push(
        { name: `${bundle.policy.id}.md`, content: renderMarkdown(bundle, { frontMatter: options.frontMatter === true }) },
        { name: `${bundle.policy.id}.html`, content: renderHtml(bundle) },
      );
    }
  }
  try {
    await writeOutputs(outFolder, files);
  } catch (error) {
    if (error instanceof ForeignOutputError) {
      const d = report(CliCodes.ForeignOutput, `will not replace \`${options.out}\`: ${error.message}`, wholeFile(options.out), {
        hint: `each build replaces its output folder whole; build into a new or empty folder, or move \`${error.entry}\` out of it`,
      });
      await printDiagnostics(io, [d], [], options);
      return Exit.failed;
    }
    const reason = error instanceof Error ? error.message : String(error);
    const d = report(CliCodes.WriteFailed, `cannot write to \`${options.out}\`: ${reason}`, wholeFile(options.out));
    await printDiagnostics(io, [d], [], options);
    return Exit.failed;
  }
  if (options.format === "text") {
    const count = compilation.bundles.length;
    io.stderr(`built ${count} ${count === 1 ? "policy" : "policies"} into ${options.out}\n`);
  }
  return Exit.ok;
}

function duplicateIds(bundles: readonly CompiledPolicy[]): Diagnostic[] {
  // By id folded to lower case: ids that differ only in case name one file on macOS and Windows.
  const seen = new Map<string, { id: string; file: string }>();
  const out: Diagnostic[] = [];
  for (const { bundle, file } of bundles) {
    const { id } = bundle.policy;
    const first = seen.get(id.toLowerCase());
    if (first === undefined) seen.set(id.toLowerCase(), { id, file });
    else if (first.id === id) {
      out.push(
        report(CliCodes.DuplicatePolicyId, `policy id \`${id}\` is also used in \`${first.file}\``, wholeFile(file), {
          hint: "policy ids name the output files, so each must be unique",
        }),
      );
    } else {
      out.push(
        report(CliCodes.DuplicatePolicyId, `policy ids \`${id}\` and \`${first.id}\` (in \`${first.file}\`) differ only in case`, wholeFile(file), {
          hint: "policy ids name the output files, and macOS and Windows take names that differ only in case for one file",
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
  return bundles.flatMap(({ bundle, file }) => {
    const { id } = bundle.policy;
    const why = isSafeFileStem(id)
      ? id.length > MAX_FILE_STEM
        ? `it is ${id.length} characters long, more than the ${MAX_FILE_STEM} a file name may take from it`
        : RESERVED_DEVICE.test(id)
          ? "Windows reserves it for a device"
          : null
      : "a policy id is a letter or `_`, then letters, digits, `_` and single inner `-`";
    if (why === null) return [];
    return [report(CliCodes.UnsafeOutputName, `policy id \`${id.length > 60 ? `${id.slice(0, 60)}…` : id}\` cannot name an output file`, wholeFile(file), { hint: why })];
  });
}

/** The longest policy id that names files: `<id>.html` stays far below every file system's 255-byte limit. */
const MAX_FILE_STEM = 100;

/** Names Windows keeps for devices, whatever the case or extension: `con.json` cannot be a file there. */
const RESERVED_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
