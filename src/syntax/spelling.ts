/** Near misses: the keyword a misspelt word probably meant. */
import { editDistance } from "../diagnostics/wording.js";

/**
 * The word of `words` that `written` is a near miss of: at most two edits away, and at
 * most a third of the word's length (so `to` is no near miss of `on`); the closest one.
 */
export function nearMiss(written: string, words: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of words) {
    if (word === written || Math.abs(word.length - written.length) > 2) continue;
    const distance = editDistance(written, word);
    if (distance <= Math.min(2, word.length / 3) && distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}
