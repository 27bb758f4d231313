import type { Bundle } from "../../contract/bundle.js";
import { CliCodes } from "../../diagnostics/codes/cli.js";
import { Exit, type Io } from "../io.js";
import { loadPolicyFor } from "../load.js";
import type { DiagnosticOptions } from "../print.js";
import { nowOptionIsValid, ticketLines, ticketObject } from "../ticket-lines.js";

/** Output is flushed in chunks of about this many characters, not per line. */
const CHUNK = 1 << 16;

/** Options of `slac due`. */
export interface DueOptions extends DiagnosticOptions {
  readonly tickets: string;
  readonly now?: string;
}

/**
 * `slac due`: deadlines for a stream of tickets, by one policy, or by the generation in force
 * when each ticket was opened among several (`policyInForce`).
 */
export async function due(io: Io, policies: string | readonly string[], options: DueOptions): Promise<number> {
  if (!(await nowOptionIsValid(io, options.now, options))) return Exit.usage;
  const bundles: Bundle[] = [];
  // Every policy is loaded, so that the problems of each are reported in one run.
  for (const policy of typeof policies === "string" ? [policies] : policies) {
    const bundle = await loadPolicyFor(io, policy, options);
    if (bundle !== null) bundles.push(bundle);
  }
  return bundles.length === (typeof policies === "string" ? 1 : policies.length) ? answerTickets(io, bundles, options) : Exit.failed;
}

/**
 * One JSON line out per ticket line in, streamed, so input of any length runs
 * in constant memory. A bad line gets an error line and the lines after it are still answered;
 * a line answered with some metrics' `errors` is answered, not failed. The ticket goes to the
 * runtime as read, so its `zone` (for calendars in the customer's zone), `attributes` and
 * `addons` with it. With several policies, each line is answered by the one in force at its
 * `openedAt` and names it (`policy`); none or two in force is that line's error (SLA4018).
 * A line with statuses gives each repeating metric's `cycles`, and, when events changed the
 * ticket's severity or attributes, the `severity` in force at the end and the `changes`.
 */
async function answerTickets(io: Io, bundles: readonly Bundle[], options: DueOptions): Promise<number> {
  const { deadlines, policyInForce } = await import("../../runtime/index.js");
  const several = bundles.length > 1;
  const lines = ticketLines(io, options.tickets);
  let buffer = "";
  let failures = 0;
  let number = 0;
  const emit = async (value: unknown) => {
    buffer += JSON.stringify(value) + "\n";
    if (buffer.length >= CHUNK) {
      const text = buffer;
      buffer = "";
      await io.stdout(text);
    }
  };
  const now = options.now;
  try {
    for await (const line of lines) {
      number++;
      if (line.trim() === "") continue;
      const ticket = ticketObject(line);
      if (ticket === null) {
        failures++;
        await emit({ id: null, line: number, error: { code: CliCodes.BadTicketLine.code, message: `line ${number} is not a JSON object` } });
        continue;
      }
      // Error lines echo the id as given, as answer lines do, so they can be matched up.
      const id = (ticket as { id?: unknown }).id ?? null;
      const input = ticket as Parameters<typeof deadlines>[1];
      let picked: ReturnType<typeof policyInForce>;
      let outcome: ReturnType<typeof deadlines> | typeof picked;
      try {
        picked = policyInForce(bundles, input);
        outcome = picked.ok ? deadlines(picked.value, input, now === undefined ? {} : { now }) : picked;
      } catch (error) {
        // A throw here is slac's bug, not the ticket's: said on this line, and the stream goes on.
        failures++;
        const reason = error instanceof Error ? error.message : String(error);
        await emit({ id, line: number, error: { code: CliCodes.InternalError.code, message: `slac could not answer this ticket: ${reason}`, hint: "this is a bug of slac; please report it with the ticket line" } });
        continue;
      }
      const policy = several && picked.ok ? picked.value.policy.id : undefined;
      if (!outcome.ok) {
        failures++;
        const { code, message, hint } = outcome.error;
        await emit({ id, line: number, policy, error: hint === undefined ? { code, message } : { code, message, hint } });
        continue;
      }
      const { value } = outcome;
      const wantsStatus = now !== undefined || "now" in ticket || Array.isArray((ticket as { events?: unknown }).events);
      // JSON leaves `policy`, `reclassified`, `changes`, `unknown` and `errors` out when they
      // are undefined: with one policy, when no rule reclassified the ticket, when no event
      // changed it, when no metric is unstated, and when every metric was computed.
      if (!wantsStatus) {
        await emit({ id: value.id, policy, due: value.due, reclassified: value.reclassified, unknown: value.unknown, errors: value.errors });
        continue;
      }
      const status: Record<string, unknown> = {};
      for (const m of value.metrics) {
        const answer = {
          status: m.status,
          metAt: m.metAt,
          remainingMinutes: m.remainingMinutes,
          overdueMinutes: m.overdueMinutes,
          remainingWallMinutes: m.remainingWallMinutes,
          overdueWallMinutes: m.overdueWallMinutes,
        };
        // Only a repeating metric has cycles.
        status[m.metric] = m.cycles === null ? answer : { ...answer, cycles: m.cycles };
      }
      if (value.changes === undefined) {
        await emit({ id: value.id, policy, due: value.due, status, reclassified: value.reclassified, unknown: value.unknown, errors: value.errors });
        continue;
      }
      const { severity, reclassified, changes, unknown, errors } = value;
      await emit({ id: value.id, policy, due: value.due, status, severity, reclassified, changes, unknown, errors });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${options.tickets}: error ${CliCodes.FileNotFound.code}: cannot read tickets: ${reason}\n`);
    if (buffer !== "") await io.stdout(buffer);
    return Exit.failed;
  }
  if (buffer !== "") await io.stdout(buffer);
  if (failures > 0) io.stderr(`${failures} of ${number} ticket lines had errors\n`);
  return failures > 0 ? Exit.failed : Exit.ok;
}

