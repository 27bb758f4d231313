/** Near misses: the keyword a misspelt word probably meant. */

/**
 * The number of single-character edits that turn `a` into `b`: inserting, deleting or
 * changing a character, or swapping two adjacent ones (`teir` is one edit from `tier`).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
      current[j] = distance;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

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
