import { defineCodes } from "../registry.js";

/** Syntax diagnostics (SLA1nnn), reported by the lexer, the parser and the AST builder. */
export const SyntaxCodes = defineCodes({
  UnexpectedCharacter: {
    code: "SLA1001",
    severity: "error",
    summary: "The text contains a character that starts no token of the language.",
    example: "policy p { provider ~ }",
  },
  UnterminatedString: {
    code: "SLA1002",
    severity: "error",
    summary: "A string is closed by `\"` on the line it starts.",
    example: 'policy p {\n  provider "Acme\n}',
  },
  UnterminatedComment: {
    code: "SLA1003",
    severity: "error",
    summary: "A block comment `/*` is closed by `*/`.",
    example: "policy p { /* provider }",
  },
  InvalidEscape: {
    code: "SLA1004",
    severity: "error",
    summary: 'A string uses only the escapes `\\"`, `\\\\`, `\\n`, `\\t` and `\\u{…}` with a valid code point.',
    example: 'policy p { provider "50\\% off" }',
  },
  UnexpectedToken: {
    code: "SLA1005",
    severity: "error",
    summary: "The tokens follow the grammar: the parser found something other than what it expected.",
    example: "policy p { calendar c { open mon-fri 9am - 17:00 } }",
  },
  InvalidTime: {
    code: "SLA1006",
    severity: "error",
    summary: "A time of day `HH:MM` has hours 00 to 24 and minutes 00 to 59, and `24:00` is its only time with hour 24.",
    example: "policy p { calendar c { open mon 09:75 - 17:00 } }",
  },
  TimeStartsAt24: {
    code: "SLA1007",
    severity: "error",
    summary: "`24:00` is only the end of a window, never its start.",
    example: "policy p { calendar c { open mon 24:00 - 02:00 } }",
  },
  InvalidDate: {
    code: "SLA1008",
    severity: "error",
    summary: "A date `YYYY-MM-DD` names a day that exists: year 0001 to 9999, month 01 to 12, day within the month.",
    example: "policy p { updated 2026-02-30 }",
  },
  InvalidInstant: {
    code: "SLA1009",
    severity: "error",
    summary: "An instant has a valid date (year 0001 to 9999, in UTC too), a time up to 23:59:59, and an offset up to 23:59.",
    example: 'policy p { test "t" { opened 2026-03-27T25:00Z } }',
  },
  UnknownDay: {
    code: "SLA1010",
    severity: "error",
    summary: "Days are `mon` … `sun`, ranges such as `mon-fri`, `weekdays`, `weekends` or `daily`.",
    example: "policy p { calendar c { open monday 09:00 - 17:00 } }",
  },
  SpanDayNotSingle: {
    code: "SLA1011",
    severity: "error",
    summary: "A span across days, `open <day> <time> - <day> <time>`, starts and ends on one day each.",
    example: "policy p { calendar c { open mon-fri 18:00 - sat 02:00 } }",
  },
  NestingTooDeep: {
    code: "SLA1012",
    severity: "error",
    summary: "Blocks `{ … }` are nested at most 32 deep.",
    // Blocks nest 32 deep at most: the policy, its targets and 31 scopes are one too many.
    example: `policy p { first_response ${"{ tier a ".repeat(31)}{ 1h ${"} ".repeat(32)}}`,
  },
  ZoneOnDailyWindow: {
    code: "SLA1013",
    severity: "error",
    summary: "Only a span across days, `open <day> <time> <zone> - <day> <time> <zone>`, names zones at its ends; a daily window is in its calendar's zone.",
    example: "policy p { calendar c { zone UTC  open mon-fri 09:00 - 17:00 Europe/London } }",
  },
  WordTooLong: {
    code: "SLA1014",
    severity: "error",
    summary:
      "A word (an id, zone, number or other literal, with the `-`, `/`, `+`, `.`, `:` and `%` inside it) is at most 10,000 characters long; strings and comments have no such limit.",
  },
});
