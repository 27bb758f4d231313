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
  readonly line: number;
  readonly error: RuntimeError;
}

/** One parsed traffic line: a minute, or the error that kept it from being one. */
export type TrafficRecord = { readonly line: number; readonly minute: TrafficMinute } | TrafficLineError;

const COUNT = /^\d+$/;

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
  if (minuteInstant(minute) === null) return bad(`\`${minuteText}\` is not an ISO instant or epoch seconds`);
  if (!COUNT.test(validText)) return bad(`valid requests \`${validText}\` is not a non-negative integer`);
  if (!COUNT.test(errorsText)) return bad(`errors \`${errorsText}\` is not a non-negative integer`);
  return { line, minute: { minute, validRequests: Number(validText), errors: Number(errorsText) } };
}

/**
 * Reads CSV traffic from text or byte chunks (a file stream, stdin, an array of strings),
 * yielding each line's minute or error as soon as the line is complete.
 */
export async function* readTrafficCsv(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<TrafficRecord> {
  const decoder = new TextDecoder();
  let pending = "";
  let line = 0;
  for await (const chunk of chunks) {
    pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let newline = pending.indexOf("\n");
    let from = 0;
    while (newline !== -1) {
      const record = parseTrafficLine(pending.slice(from, newline), ++line);
      if (record !== null) yield record;
      from = newline + 1;
      newline = pending.indexOf("\n", from);
    }
    pending = pending.slice(from);
  }
  pending += decoder.decode();
  if (pending !== "") {
    const record = parseTrafficLine(pending, ++line);
    if (record !== null) yield record;
  }
}

/** A month's uptime from CSV traffic, with every bad line (bad lines are skipped, not fatal). */
export interface CsvUptime {
  readonly outcome: Outcome<UptimeReport>;
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
