/**
 * Ticket lines, as `slac due` and `slac credits` read them: a file or standard input, one
 * JSON object per line.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface, type Interface } from "node:readline";
import { Readable } from "node:stream";
import type { Io } from "./io.js";

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
