import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

/** What a command printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temporary project folder with the given files, for running commands in. */
export function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "slac-cli-"));
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

/** Runs `slac <argv>` in process, in `cwd`, capturing its output; `stdin` is fed in the given chunks. */
export async function slac(
  cwd: string,
  argv: string[],
  env: Record<string, string> = { NO_COLOR: "1" },
  stdin: readonly string[] = [],
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    cwd,
    env,
    isTTY: false,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: async function* () {
      yield* stdin;
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
