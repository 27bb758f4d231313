/**
 * Policy generations: of several bundles (a policy's versions over time), the one in force
 * when a ticket was opened.
 */
import type { Bundle } from "../../contract/bundle.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { listOf } from "../../diagnostics/wording.js";
import { type Outcome, runtimeError, RuntimeFailure } from "../errors.js";
import { formatInstant } from "../instants.js";
import { type BundleIndex, indexBundle } from "./bundle-index.js";
import { openedAtOf, type TicketInput } from "./read-ticket.js";

/** A generation's span in words: `` `acme` (from 2026-01-01 until 2027-01-01) ``. */
function span(index: BundleIndex): string {
  const { id, validFrom, validUntil } = index.bundle.policy;
  const parts = [validFrom === null || validFrom === undefined ? null : `from ${validFrom}`, validUntil === null || validUntil === undefined ? null : `until ${validUntil}`].filter((p) => p !== null);
  return `\`${id}\` (${parts.length === 0 ? "always" : parts.join(" ")})`;
}

function fail(message: string, hint: string): Outcome<Bundle> {
  return { ok: false, error: runtimeError(RuntimeCodes.NoPolicyInForce, message, hint) };
}

/**
 * The bundle in force when a ticket was opened: the one whose `validFrom` is on or before its
 * `openedAt` and whose `validUntil` is after it (dates at 00:00 UTC; null is open-ended).
 * None or more than one in force is SLA4018, naming the candidates; an `openedAt` that is
 * missing or no instant is the error `deadlines` gives it. One bundle that is always in force
 * is picked without reading the ticket.
 */
export function policyInForce(bundles: readonly Bundle[], ticket: TicketInput): Outcome<Bundle> {
  try {
    if (bundles.length === 1) {
      const only = indexBundle(bundles[0]!);
      if (only.validFrom === Number.NEGATIVE_INFINITY && only.validUntil === Number.POSITIVE_INFINITY) return { ok: true, value: only.bundle };
    }
    const indexes = bundles.map(indexBundle);
    const at = openedAtOf(ticket);
    const inForce = indexes.filter((i) => i.validFrom <= at && at < i.validUntil);
    if (inForce.length === 1) return { ok: true, value: inForce[0]!.bundle };
    const when = formatInstant(at);
    if (inForce.length === 0) {
      const candidates = indexes.length === 0 ? "" : `: ${listOf(indexes.map(span), "and")}`;
      return fail(`no policy given is in force at ${when}${candidates}`, "give the generation in force when the ticket was opened");
    }
    return fail(`${inForce.length} policies given are in force at ${when}: ${listOf(inForce.map(span), "and")}`, "give generations whose `valid_from` and `valid_until` do not overlap");
  } catch (error) {
    if (error instanceof RuntimeFailure) return { ok: false, error: error.error };
    throw error;
  }
}
