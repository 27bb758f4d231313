/**
 * The event types a ticket may carry for a bundle — the built-in ticket events, the events
 * the policy declares, and the metrics' ids (an event that meets its metric) — and the
 * nearest of them to a misspelt one, so that `pause` is an error pointing at `paused`
 * rather than an event silently ignored.
 */
import type { Bundle } from "../../contract/bundle.js";
import { TICKET_EVENTS } from "../../contract/vocabulary.js";
import { editDistance } from "../../diagnostics/wording.js";

/** Every event type a ticket may carry for the bundle, built-in ones first. */
export function eventTypesOf(bundle: Bundle): ReadonlySet<string> {
  return new Set<string>([...TICKET_EVENTS, ...(bundle.events ?? []).map((e) => e.id), ...bundle.metrics.map((m) => m.id)]);
}

/** The known type nearest to `type` (case aside first, then by edit distance), or null when none is close. */
export function nearestEventType(type: string, known: ReadonlySet<string>): string | null {
  const lower = type.toLowerCase();
  const limit = Math.floor(type.length * 0.4) + 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const option of known) {
    const distance = option.toLowerCase() === lower ? 0 : editDistance(lower, option.toLowerCase());
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}
