import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ID_PATTERN } from "../contract/vocabulary.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { CliCodes } from "../diagnostics/codes/cli.js";
import { report } from "../diagnostics/registry.js";

/** A policy source read from disk. */
export interface PolicyFile {
  /** Where diagnostics point: the path relative to the working directory, with `/` separators. */
  readonly file: string;
  /**
   * The name its bundles record, which must not depend on the working directory: the path
   * inside the folder argument that found it, or the file's own name for a file argument.
   */
  readonly name: string;
  readonly text: string;
}

/** A range for a problem that has no position inside a file (line 0 means "the whole file"). */
export function wholeFile(file: string): Range {
  const at = { line: 0, column: 0, offset: 0 };
  return { file, start: at, end: at };
}

/** The project-relative spelling of an absolute path, with `/` separators. */
export function projectPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative === "" ? "." : relative).split(path.sep).join("/");
}

/** A whole id: letters, digits, `_` and inner `-`, so no separator, dot or space can reach a file name. */
const SAFE_STEM = new RegExp(`^${ID_PATTERN}$`);

/** Whether a name derived from policy content can be a file name inside the output folder, as it is. */
export function isSafeFileStem(stem: string): boolean {
  return SAFE_STEM.test(stem);
}

/** The name a bundle records for a file found under `root` (a folder argument), with `/` separators. */
function nameInside(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join("/");
}

/**
 * Expands command-line paths into `.sla` files (folders are searched recursively, hidden
 * folders and node_modules skipped), sorted so output order never depends on the disk.
 */
export async function collectSources(
  cwd: string,
  paths: readonly string[],
): Promise<{ sources: PolicyFile[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  // Absolute path → recorded name; a file reached through two arguments keeps its first name.
  const found = new Map<string, string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => null);
    if (info === null) {
      diagnostics.push(report(CliCodes.FileNotFound, `no such file or folder \`${given}\``, wholeFile(given)));
    } else if (info.isDirectory()) {
      for (const file of await walk(absolute)) if (!found.has(file)) found.set(file, nameInside(absolute, file));
    } else if (!found.has(absolute)) {
      found.set(absolute, path.basename(absolute));
    }
  }
  const sources: PolicyFile[] = [];
  for (const [absolute, name] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = projectPath(cwd, absolute);
    try {
      sources.push({ file, name, text: await readFile(absolute, "utf8") });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(report(CliCodes.UnreadableFile, `cannot read \`${file}\`: ${reason}`, wholeFile(file)));
    }
  }
  if (sources.length === 0 && diagnostics.length === 0) {
    const list = paths.map((p) => `\`${p}\``).join(", ");
    diagnostics.push(report(CliCodes.NoPolicyFiles, `no \`.sla\` files found in ${list}`, wholeFile(paths[0] ?? ".")));
  }
  return { sources, diagnostics };
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && entry.name.endsWith(".sla")) files.push(full);
  }
  return files;
}
