/** How messages list words (`` `a`, `b` or `c` ``, the one place diagnostics spell a list) and how near a misspelt word is. */

/** Items joined as "a, b or c" (or "and"); one item as itself, none as "". */
export function listOf(items: readonly string[], conjunction: "and" | "or"): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)!}`;
}

/** Words as user input in a message: `` `a`, `b` or `c` ``. */
export function quotedList(words: readonly string[], conjunction: "and" | "or"): string {
  return listOf(words.map((word) => `\`${word}\``), conjunction);
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and adjacent
 * swaps), giving up early once every cell of a row exceeds `limit`: the one measure of how near
 * a misspelt word is, for the lexer's, the checks' and the runtime's suggestions.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}
