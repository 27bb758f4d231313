import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** A file a command wants written, by name inside the output folder. */
export interface OutputFile {
  readonly name: string;
  readonly content: string;
}

/**
 * Writes every file into `folder`, each through a temporary file and a rename, so a
 * reader never sees a half-written file. Callers produce all contents first: a build
 * that fails somewhere has not touched the folder.
 */
export async function writeOutputs(folder: string, files: readonly OutputFile[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const staged: { temp: string; final: string }[] = [];
  try {
    for (const file of files) {
      const final = path.join(folder, file.name);
      if (path.dirname(final) !== folder) throw new Error(`output name \`${file.name}\` leaves the output folder`);
      const temp = path.join(folder, `.${file.name}.${process.pid}.tmp`);
      await writeFile(temp, file.content, "utf8");
      staged.push({ temp, final });
    }
    for (const { temp, final } of staged) await rename(temp, final);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}
