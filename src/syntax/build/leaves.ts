/** AST nodes for literal tokens; a literal whose value is out of range is reported and left out. */
import type {
  DateLiteral,
  DurationLiteral,
  InstantLiteral,
  NumberLiteral,
  PercentLiteral,
  TimeOfDay,
} from "../../ast/nodes.js";
import type { IToken } from "../chevrotain.js";
import type { Builder } from "./builder.js";
import { checkInstant, readDate, readDuration, readTime } from "./literals.js";
import type { LiteralProblem } from "./literals.js";

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
