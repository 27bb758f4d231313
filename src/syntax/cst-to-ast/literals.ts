/**
 * Literal tokens: their values, read by pure functions over a token's text (a problem
 * carries offsets into that text), and the AST nodes made of them. A literal whose
 * value is out of range is reported and left out.
 */
import type {
  DateLiteral,
  DurationLiteral,
  InstantLiteral,
  NumberLiteral,
  PercentLiteral,
  TimeOfDay,
} from "../../ast/nodes.js";
import { type CivilDate, instantToUtc, readDate as readCivilDate, readTime as readCivilTime } from "../../civil/text.js";
import { SyntaxCodes } from "../../diagnostics/codes/syntax.js";
import type { CodeInfo } from "../../diagnostics/registry.js";
import type { IToken } from "../chevrotain.js";
import type { Builder } from "./builder.js";

/** Something wrong inside a literal, at `start`…`end` (exclusive) of its text. */
export interface LiteralProblem {
  readonly code: CodeInfo;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

const simpleEscapes: Record<string, string> = { '"': '"', "\\": "\\", n: "\n", t: "\t" };

/**
 * Decodes the text of a string token, quotes included (the closing one may be missing
 * in an unterminated string, which the lexer already reported).
 */
export function decodeString(image: string): { value: string; problems: LiteralProblem[] } {
  const problems: LiteralProblem[] = [];
  const closed = image.length >= 2 && image.endsWith('"') && !isEscaped(image, image.length - 1);
  const end = closed ? image.length - 1 : image.length;
  if (!image.includes("\\")) return { value: image.slice(1, end), problems };
  let value = "";
  let i = 1;
  while (i < end) {
    const c = image[i]!;
    if (c !== "\\") {
      value += c;
      i++;
      continue;
    }
    if (i + 1 >= end) break; // a lone `\` ending an unterminated string
    const next = String.fromCodePoint(image.codePointAt(i + 1)!);
    const simple = simpleEscapes[next];
    if (simple !== undefined) {
      value += simple;
      i += 2;
      continue;
    }
    const unicode = next === "u" ? /^\\u\{([0-9A-Fa-f]{1,6})\}/.exec(image.slice(i, end)) : null;
    const codePoint = unicode ? parseInt(unicode[1]!, 16) : NaN;
    if (unicode && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      value += String.fromCodePoint(codePoint);
      i += unicode[0].length;
      continue;
    }
    const length = unicode ? unicode[0].length : 1 + next.length;
    const written = image.slice(i, i + length);
    problems.push({
      code: SyntaxCodes.InvalidEscape,
      message: unicode ? `\`${written}\` is not a unicode code point` : `unknown escape \`${written}\` in a string`,
      start: i,
      end: i + length,
    });
    value += written;
    i += length;
  }
  return { value, problems };
}

/** Whether the character at `at` is preceded by an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let count = 0;
  for (let i = at - 1; i >= 0 && text[i] === "\\"; i--) count++;
  return count % 2 === 1;
}

/** `HH:MM` in minutes after midnight; `24:00` is 1440. */
export function readTime(text: string): number | LiteralProblem {
  return (
    readCivilTime(text) ?? {
      code: SyntaxCodes.InvalidTime,
      message: `\`${text}\` is not a time of day: hours go from 00 to 24 and minutes from 00 to 59`,
      start: 0,
      end: text.length,
    }
  );
}

/** `YYYY-MM-DD` as numbers, checked to name a real day. */
export function readDate(text: string): CivilDate | LiteralProblem {
  return readCivilDate(text) ?? { code: SyntaxCodes.InvalidDate, message: `\`${text.slice(0, 10)}\` is not a date`, start: 0, end: 10 };
}

/** Checks an instant `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`; returns a problem or undefined. */
export function checkInstant(text: string): LiteralProblem | undefined {
  if (instantToUtc(text) !== null) return undefined;
  return {
    code: SyntaxCodes.InvalidInstant,
    message: `\`${text}\` is not an instant: it needs a real date, a time up to 23:59:59 and an offset up to 23:59`,
    start: 0,
    end: text.length,
  };
}

const minutesPerUnit: Record<string, number> = { d: 1440, h: 60, m: 1 };

/** `1h30m` in minutes. The lexer only lets through well-formed durations. */
export function readDuration(text: string): number {
  let minutes = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([dhm])/g)) minutes += Number(amount) * minutesPerUnit[unit!]!;
  return minutes;
}

function reportProblem(b: Builder, tok: IToken, problem: LiteralProblem): undefined {
  b.report(problem.code, problem.message, b.rangeWithin(tok, problem.start, problem.end));
  return undefined;
}

/** `2026-12-24` */
export function dateLiteral(b: Builder, tok: IToken | undefined): DateLiteral | undefined {
  if (tok === undefined) return undefined;
  const date = readDate(tok.image);
  if ("code" in date) return reportProblem(b, tok, date);
  return { kind: "Date", ...date, range: b.rangeOf(tok) };
}

/** `09:00` */
export function timeOfDay(b: Builder, tok: IToken | undefined): TimeOfDay | undefined {
  if (tok === undefined) return undefined;
  const minutes = readTime(tok.image);
  if (typeof minutes !== "number") return reportProblem(b, tok, minutes);
  return { kind: "Time", minutes, range: b.rangeOf(tok) };
}

/** `2026-03-27T20:00Z` */
export function instantLiteral(b: Builder, tok: IToken | undefined): InstantLiteral | undefined {
  if (tok === undefined) return undefined;
  const problem = checkInstant(tok.image);
  if (problem !== undefined) return reportProblem(b, tok, problem);
  return { kind: "Instant", text: tok.image, range: b.rangeOf(tok) };
}

/** `1h30m` */
export function durationLiteral(b: Builder, tok: IToken | undefined): DurationLiteral | undefined {
  if (tok === undefined) return undefined;
  return { kind: "Duration", minutes: readDuration(tok.image), text: tok.image, range: b.rangeOf(tok) };
}

/** `99.9%` */
export function percentLiteral(b: Builder, tok: IToken | undefined): PercentLiteral | undefined {
  if (tok === undefined) return undefined;
  return { kind: "Percent", value: Number(tok.image.slice(0, -1)), text: tok.image, range: b.rangeOf(tok) };
}

/** `2`, `1.5` */
export function numberLiteral(b: Builder, tok: IToken | undefined): NumberLiteral | undefined {
  if (tok === undefined) return undefined;
  return { kind: "Number", value: Number(tok.image), text: tok.image, range: b.rangeOf(tok) };
}
