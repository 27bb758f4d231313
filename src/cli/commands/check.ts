import { hasErrors } from "../../diagnostics/diagnostic.js";
import { compilePaths } from "../compile-paths.js";
import { Exit, type Io } from "../io.js";
import { type DiagnosticOptions, printDiagnostics } from "../print.js";
import { summarize } from "../report.js";

/** `slac check`: compiles everything and reports; writes nothing. */
export async function check(io: Io, paths: readonly string[], options: DiagnosticOptions): Promise<number> {
  const compilation = await compilePaths(io.cwd, paths, "check");
  await printDiagnostics(io, compilation.diagnostics, compilation.sources, options);
  if (options.format === "text") {
    const count = compilation.sources.length;
    const tally = summarize(compilation.diagnostics);
    io.stderr(`checked ${count} ${count === 1 ? "file" : "files"}: ${tally}\n`);
  }
  return hasErrors(compilation.diagnostics) ? Exit.failed : Exit.ok;
}
