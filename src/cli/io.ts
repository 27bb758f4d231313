import { once } from "node:events";

/** The world a command sees: output streams, the working folder and the environment. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout/stderr are terminals (colors and frames are for people). */
  readonly isTTY: boolean;
  /** Writes to standard output; the promise, when there is one, settles once the stream can take more. */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  /** Standard input, for commands that read `-`. */
  readonly stdin: () => AsyncIterable<string | Buffer>;
}

/**
 * Ends the process quietly when a reader closes its end of standard output or error (`slac
 * check --format json | head -c 1`): what is left unread has no one to read it, which is
 * no error of the command's. Other stream errors are not caught here.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}

/** The real process's streams and folder. */
export function processIo(): Io {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return {
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
    stdout: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, "drain").then(() => undefined)),
    stderr: (text) => void process.stderr.write(text),
    stdin: () => process.stdin,
  };
}

/** Exit codes of every command: 0 clean, 1 errors in the input, 2 usage. */
export const Exit = { ok: 0, failed: 1, usage: 2 } as const;
