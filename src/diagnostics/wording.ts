/** How messages list words: `` `a`, `b` or `c` ``, the one place diagnostics spell a list. */

/** Items joined as "a, b or c" (or "and"); one item as itself, none as "". */
export function listOf(items: readonly string[], conjunction: "and" | "or"): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)!}`;
}

/** Words as user input in a message: `` `a`, `b` or `c` ``. */
export function quotedList(words: readonly string[], conjunction: "and" | "or"): string {
  return listOf(words.map((word) => `\`${word}\``), conjunction);
}
