/**
 * The event types a ticket may carry for a bundle — the built-in ticket events, the events
 * the policy declares, and the metrics' ids (an event that meets its metric) — and the
 * nearest of them to a misspelt one, so that `pause` is an error pointing at `paused`
 * rather than an event silently ignored.
 */
import type { Bundle } from "../../contract/bundle.js";
import { TICKET_EVENTS } from "../../contract/vocabulary.js";

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

/** Levenshtein distance with adjacent swaps (optimal string alignment); event types are short. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
