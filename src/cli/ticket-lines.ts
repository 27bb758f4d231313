/**
 * Ticket lines, as `slac due` and `slac credits` read them: a file or standard input, one
 * JSON object per line.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface, type Interface } from "node:readline";
import { Readable } from "node:stream";
import { CliCodes } from "../diagnostics/codes/cli.js";
import { report } from "../diagnostics/registry.js";
import { wholeFile } from "./files.js";
import type { Io } from "./io.js";
import { type DiagnosticOptions, printDiagnostics } from "./print.js";

/** The lines of `file` (`-`: standard input), relative to the working directory. */
export function ticketLines(io: Io, file: string): Interface {
  const input = file === "-" ? Readable.from(io.stdin()) : createReadStream(path.resolve(io.cwd, file), { encoding: "utf8" });
  return createInterface({ input, crlfDelay: Infinity });
}

/** A line's JSON object, or null when the line is not one (not JSON, or an array or a scalar). */
export function ticketObject(line: string): object | null {
  let value: unknown;
  try {
    // A byte-order mark (which editors put at the start of a file) is no part of the ticket.
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch {
    return null;
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}

/**
 * Whether `--now`, which `slac due` and `slac credits` both take, is an ISO instant; when
 * it is given and is not, says so (SLA5010) and gives false.
 */
export async function nowOptionIsValid(io: Io, now: string | undefined, options: DiagnosticOptions): Promise<boolean> {
  if (now === undefined) return true;
  const { parseInstant } = await import("../runtime/index.js");
  if (parseInstant(now) !== null) return true;
  const message = `\`--now ${now}\` is not an ISO instant with \`Z\` or an offset, such as \`2026-03-27T20:00Z\``;
  await printDiagnostics(io, [report(CliCodes.BadOption, message, wholeFile("--now"))], [], options, true);
  return false;
}
