/**
 * One mistake, one error, measured: every seed policy under policies/ is broken by one
 * token at a time (deleted, duplicated, swapped with the next one, or replaced by a
 * common mistake) and checked as `slac check` does (parse and semantic checks, errors
 * only). Of the mutants that get an error, at least 90 % must get exactly one, and none
 * more than three. Mutants that are still valid text are counted apart.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSource } from "../../src/pipeline.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { scan } from "../../src/syntax/scanner.js";
import { Clock24x7, Dash, keywordOf, Time } from "../../src/syntax/tokens.js";

const directory = new URL("../../policies/", import.meta.url);
const policies = readdirSync(directory).filter((name) => name.endsWith(".sla")).sort();

interface Mutant {
  readonly what: string;
  readonly text: string;
}

/** Misspellings people make, and a generic one (two letters swapped) for the other keywords. */
const misspelt: Record<string, string> = { calendar: "calender", severity: "severty", first_response: "frist_response" };
const typo = (word: string) => misspelt[word] ?? word[0]! + word[2]! + word[1]! + word.slice(3);

/** `09:00` → `9am`, `17:30` → `5:30pm`. */
function twelveHour(time: string): string {
  const hours = Number(time.slice(0, 2));
  const minutes = time.slice(3);
  return `${hours % 12 || 12}${minutes === "00" ? "" : `:${minutes}`}${hours < 12 || hours === 24 ? "am" : "pm"}`;
}

/** The common mistake a token invites, if any. */
function mistakeFor(image: string, type: unknown): string | undefined {
  if (type === Clock24x7) return "24/7";
  if (type === Time) return twelveHour(image);
  if (type === Dash) return "to";
  if (image === "first_response" || keywordOf(type as never) !== undefined) return typo(image);
  return undefined;
}

/**
 * The mutants of a text. To keep the run short, a token is deleted and swapped with the
 * next one at even positions and duplicated at odd ones; every token that invites a
 * common mistake gets it.
 */
function mutants(text: string): Mutant[] {
  const tokens = scan(text).tokens;
  const where = (i: number) => {
    const line = text.slice(0, tokens[i]!.startOffset).split("\n").length;
    return `${line}:${tokens[i]!.startOffset - text.lastIndexOf("\n", tokens[i]!.startOffset - 1)}`;
  };
  const all: Mutant[] = [];
  tokens.forEach((token, i) => {
    const [start, end] = [token.startOffset, token.endOffset! + 1];
    const image = JSON.stringify(token.image.length > 30 ? `${token.image.slice(0, 30)}…` : token.image);
    if (i % 2 === 0) {
      all.push({ what: `${where(i)} delete ${image}`, text: text.slice(0, start) + text.slice(end) });
      const next = tokens[i + 1];
      if (next !== undefined) {
        const [start2, end2] = [next.startOffset, next.endOffset! + 1];
        const swapped = text.slice(0, start) + text.slice(start2, end2) + text.slice(end, start2) + text.slice(start, end) + text.slice(end2);
        all.push({ what: `${where(i)} swap ${image} with the next token`, text: swapped });
      }
    } else {
      all.push({ what: `${where(i)} duplicate ${image}`, text: `${text.slice(0, end)} ${token.image}${text.slice(end)}` });
    }
    const mistake = mistakeFor(token.image, token.tokenType);
    if (mistake !== undefined) all.push({ what: `${where(i)} replace ${image} by "${mistake}"`, text: text.slice(0, start) + mistake + text.slice(end) });
  });
  return all;
}

interface Tally {
  mutants: number;
  valid: number;
  byCount: [number, number, number, number];
  tooMany: string[];
}

function tally(name: string, text: string): Tally {
  const result: Tally = { mutants: 0, valid: 0, byCount: [0, 0, 0, 0], tooMany: [] };
  for (const mutant of mutants(text)) {
    const errors = checkSource(mutant.text, name).filter((d) => d.severity === "error");
    result.mutants++;
    if (errors.length === 0) result.valid++;
    else result.byCount[Math.min(errors.length, 4) - 1]!++;
    if (errors.length > 3) result.tooMany.push(`${name}:${mutant.what}: ${errors.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  }
  return result;
}

const share = (t: Tally) => t.byCount[0] / (t.mutants - t.valid);

const summary = (name: string, t: Tally) =>
  `${name}: ${t.mutants} mutants, ${t.valid} still valid; 1 error: ${t.byCount[0]}, 2: ${t.byCount[1]}, 3: ${t.byCount[2]}, more: ${t.byCount[3]} ` +
  `(${(100 * share(t)).toFixed(1)} % exactly one)`;

describe("one mistake, one error", () => {
  it("holds for single-token mutants of every seed policy", () => {
    const total: Tally = { mutants: 0, valid: 0, byCount: [0, 0, 0, 0], tooMany: [] };
    const lines: string[] = [];
    for (const name of policies) {
      const t = tally(name, readFileSync(new URL(name, directory), "utf8"));
      lines.push(summary(name, t));
      total.mutants += t.mutants;
      total.valid += t.valid;
      t.byCount.forEach((n, i) => (total.byCount[i]! += n));
      total.tooMany.push(...t.tooMany);
    }
    lines.push(summary("all", total));
    console.info(lines.join("\n"));
    expect(policies).toHaveLength(5);
    expect(total.mutants).toBeGreaterThan(2000);
    expect(total.tooMany).toEqual([]);
    expect(share(total)).toBeGreaterThanOrEqual(0.9);
  });
});
