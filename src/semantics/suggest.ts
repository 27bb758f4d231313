/**
 * "did you mean `x`?" hints: the closest known name by edit distance, as graphql-js and
 * Cedar suggest, so a typo in an id points at the id the author meant.
 */
import { editDistance, quotedList } from "../diagnostics/wording.js";

/** The known name closest to `input`, when one is close enough to be a plausible typo. */
export function closestName(input: string, options: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  const threshold = Math.floor(input.length * 0.4) + 1;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    if (option === input) continue;
    // A difference of case only is the likeliest typo of all, so it ranks first.
    const distance = option.toLowerCase() === lower ? 0 : editDistance(lower, option.toLowerCase(), threshold);
    if (distance <= threshold && distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

/** The hint line for an unknown name, or undefined when nothing known is close. */
export function didYouMean(input: string, options: Iterable<string>): string | undefined {
  const name = closestName(input, options);
  return name === undefined ? undefined : `did you mean \`${name}\`?`;
}

/**
 * The known names closest to `input`, best first, at most `count`: those that contain it
 * (or it them), without case, then the rest by edit distance; ties in the given order.
 */
export function closestNames(input: string, options: Iterable<string>, count: number): string[] {
  const lower = input.toLowerCase();
  const scored = [...new Set(options)]
    .filter((option) => option !== input)
    .map((option, index) => {
      const other = option.toLowerCase();
      const contains = other.includes(lower) || lower.includes(other);
      return { option, index, score: contains ? Math.abs(other.length - lower.length) / 1000 : editDistance(lower, other) };
    });
  return scored
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map((s) => s.option);
}

/** Words as a hint offers them: `` `a`, `b` or `c` ``. */
export function alternatives(words: readonly string[]): string {
  return quotedList(words, "or");
}
