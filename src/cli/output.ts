import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** A file a command wants written, by name inside the output folder. */
export interface OutputFile {
  readonly name: string;
  readonly content: string;
}

/** The file that marks a folder as slac's output, which the next build may replace whole. */
export const OUTPUT_MARKER = ".slac-output";

const MARKER_TEXT = "This folder is written by `slac build`. The next build replaces all of it, so keep nothing else here.\n";

/** Why a build did not replace its output folder: the folder holds something slac did not write. */
export class ForeignOutputError extends Error {
  constructor(readonly entry: string) {
    super(`it holds \`${entry}\`, which slac did not write`);
  }
}

/** How many times a build retries its swap when another build's output lands in between. */
const SWAP_ATTEMPTS = 100;

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Whether the next build may replace a folder whole: it is empty, or it is marked as slac's
 * output, or every entry in it is a file this build writes (the output of a build from
 * before the marker). Anything else is the user's and stays.
 */
async function replaceable(folder: string, names: ReadonlySet<string>): Promise<void> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (code(error) === "ENOENT") return;
    throw error;
  }
  if (entries.some((e) => e.name === OUTPUT_MARKER && e.isFile())) {
    try {
      if ((await readFile(path.join(folder, OUTPUT_MARKER), "utf8")) === MARKER_TEXT) return;
    } catch (error) {
      // Gone since it was listed: another build moved it aside, and there is nothing to keep.
      if (code(error) === "ENOENT" || code(error) === "ENOTDIR") return;
      throw error;
    }
  }
  const foreign = entries.find((e) => !e.isFile() || !names.has(e.name));
  if (foreign !== undefined) throw new ForeignOutputError(foreign.name);
}

/**
 * Writes every file into `folder`, replacing what a previous build left there, so that a
 * reader never sees a half-written output: the files are written into a fresh sibling
 * folder, which then takes the output folder's place in one rename (the previous output is
 * first renamed aside, then removed). Two builds into one folder at once end with one
 * build's complete output. Callers produce all contents first: a build that fails
 * somewhere has not touched the folder. A folder holding anything slac did not write is
 * not replaced (`ForeignOutputError`).
 */
export async function writeOutputs(folder: string, files: readonly OutputFile[]): Promise<void> {
  const target = path.resolve(folder);
  const parent = path.dirname(target);
  const base = path.basename(target);
  for (const file of files) {
    const final = path.join(target, file.name);
    if (path.dirname(final) !== target || file.name === OUTPUT_MARKER) throw new Error(`output name \`${file.name}\` leaves the output folder`);
  }
  const names = new Set(files.map((f) => f.name));
  await replaceable(target, names);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${base}.slac-new-`));
  try {
    for (const file of files) await writeFile(path.join(staging, file.name), file.content, "utf8");
    await writeFile(path.join(staging, OUTPUT_MARKER), MARKER_TEXT, "utf8");
    for (let attempt = 0; attempt < SWAP_ATTEMPTS; attempt++) {
      try {
        // Onto a missing (or empty) folder, one rename puts the whole output in place.
        await rename(staging, target);
        return;
      } catch (error) {
        if (!["ENOTEMPTY", "EEXIST", "EPERM", "EISDIR", "ENOTDIR"].includes(code(error) ?? "")) throw error;
      }
      // A previous output is there: checked again (another build may have put it there), moved aside, then replaced.
      await replaceable(target, names);
      const aside = path.join(parent, `.${base}.slac-old-${randomBytes(6).toString("hex")}`);
      try {
        await rename(target, aside);
      } catch (error) {
        if (code(error) === "ENOENT") continue;
        throw error;
      }
      try {
        await rename(staging, target);
        return;
      } catch (error) {
        if (!["ENOTEMPTY", "EEXIST", "EPERM", "EISDIR"].includes(code(error) ?? "")) throw error;
        // Another build's output landed between the two renames: try again over it.
      } finally {
        await rm(aside, { recursive: true, force: true });
      }
    }
    throw new Error("another build kept replacing the output folder");
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
