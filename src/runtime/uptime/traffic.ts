/**
 * Per-minute traffic read from CSV lines for `slac uptime`, with bad lines reported and
 * skipped.
 */
import type { Bundle } from "../../contract/bundle.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { type Outcome, runtimeError, type RuntimeError } from "../errors.js";
import { minuteInstant, type TrafficMinute, type UptimeOptions, type UptimeReport, uptimeMonth } from "./uptime.js";

/** A bad traffic line: its 1-based number and what is wrong with it. */
export interface TrafficLineError {
  /** The line number, from 1. */
  readonly line: number;
  /** What is wrong with the line. */
  readonly error: RuntimeError;
}

/** One parsed traffic line: a minute, or the error that kept it from being one. */
export type TrafficRecord =
  | {
      /** The line number, from 1. */
      readonly line: number;
      /** The minute the line gives. */
      readonly minute: TrafficMinute;
    }
  | TrafficLineError;

const COUNT = /^\d+$/;
// Counts past 2^53 − 1 would be read rounded; no minute has that much traffic.
const MAX_COUNT_DIGITS = 16;

/** A field as a message quotes it: a long one by its start and length. */
function shown(text: string): string {
  return text.length > 24 ? `\`${text.slice(0, 20)}…\` (${text.length} characters)` : `\`${text}\``;
}

/** A field's count, or why it is none (quoting a long field only by its start). */
function count(text: string): number | string {
  if (!COUNT.test(text)) return `${shown(text)} is not a non-negative integer`;
  const value = text.length <= MAX_COUNT_DIGITS ? Number(text) : Number.POSITIVE_INFINITY;
  if (!Number.isSafeInteger(value)) return `${shown(text)} is larger than ${Number.MAX_SAFE_INTEGER}, the largest count that is read exactly`;
  return value;
}

/**
 * Parses one line of `minute,valid_requests,errors`; null for a blank line, a `#` comment or
 * a header. The minute is an ISO instant (`2026-11-03T10:15Z`) or integer epoch seconds.
 */
export function parseTrafficLine(text: string, line: number): TrafficRecord | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return null;
  const fields = trimmed.split(",").map((f) => f.trim());
  // A header may open the file or repeat where files were concatenated.
  if (fields[0]?.toLowerCase() === "minute") return null;
  const bad = (message: string): TrafficLineError => ({ line, error: runtimeError(RuntimeCodes.BadTrafficLine, `line ${line}: ${message}`) });
  if (fields.length !== 3) return bad(`expected 3 fields (minute,valid_requests,errors), found ${fields.length}`);
  const [minuteText, validText, errorsText] = fields as [string, string, string];
  const minute = COUNT.test(minuteText) ? Number(minuteText) : minuteText;
  if (minuteInstant(minute) === null) return bad(`${shown(minuteText)} is not an ISO instant or epoch seconds`);
  const validRequests = count(validText);
  if (typeof validRequests === "string") return bad(`valid requests ${validRequests}`);
  const errors = count(errorsText);
  if (typeof errors === "string") return bad(`errors ${errors}`);
  if (errors > validRequests) return bad(`${errors} errors is more than the ${validRequests} valid requests of the minute`);
  return { line, minute: { minute, validRequests, errors } };
}

/**
 * Reads CSV traffic from text or byte chunks (a file stream, stdin, an array of strings),
 * yielding each line's minute or error as soon as the line is complete.
 */
export async function* readTrafficCsv(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<TrafficRecord> {
  const decoder = new TextDecoder();
  // A long line arrives in many chunks: its pieces are kept in a list and joined once the
  // line ends, and each chunk is searched for a newline once, so reading is linear.
  let pieces: string[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let newline = text.indexOf("\n");
    if (newline === -1) {
      if (text !== "") pieces.push(text);
      continue;
    }
    pieces.push(text);
    let pending = pieces.join("");
    pieces = [];
    newline += pending.length - text.length;
    let from = 0;
    while (newline !== -1) {
      const record = parseTrafficLine(pending.slice(from, newline), ++line);
      if (record !== null) yield record;
      from = newline + 1;
      newline = pending.indexOf("\n", from);
    }
    if (from < pending.length) pieces.push(pending.slice(from));
  }
  const pending = pieces.join("") + decoder.decode();
  if (pending !== "") {
    const record = parseTrafficLine(pending, ++line);
    if (record !== null) yield record;
  }
}

/** A month's uptime from CSV traffic, with every bad line (bad lines are skipped, not fatal). */
export interface CsvUptime {
  /** The report over the lines that parsed, or the problem that prevents one. */
  readonly outcome: Outcome<UptimeReport>;
  /** The lines left out, in file order. */
  readonly lineErrors: readonly TrafficLineError[];
}

/** Computes a month's uptime against each commitment from streamed CSV traffic, collecting bad lines with their numbers. */
export async function uptimeFromCsv(
  bundle: Bundle,
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  month: string,
  options: UptimeOptions = {},
): Promise<CsvUptime> {
  const started = uptimeMonth(bundle, month, options);
  if (!started.ok) return { outcome: started, lineErrors: [] };
  const lineErrors: TrafficLineError[] = [];
  for await (const record of readTrafficCsv(chunks)) {
    if ("error" in record) {
      lineErrors.push(record);
      continue;
    }
    const error = started.value.add(record.minute);
    if (error !== null) lineErrors.push({ line: record.line, error: { ...error, message: `line ${record.line}: ${error.message}` } });
  }
  return { outcome: { ok: true, value: started.value.report() }, lineErrors };
}
