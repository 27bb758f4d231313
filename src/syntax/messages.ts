/**
 * Our wording for parse errors. The provider handed to chevrotain says what was
 * *expected*, as a noun phrase ("a time such as `09:00`"), optionally followed by a line
 * break and a hint; `diagnoseParseErrors` adds what was found, so every message reads
 * "expected …, found `…`" and no chevrotain wording reaches users.
 */
import { SyntaxCodes } from "../diagnostics/codes/syntax.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import type { IParserErrorMessageProvider, IRecognitionException, IToken, TokenType } from "./chevrotain.js";
import { EOF } from "./chevrotain.js";
import { spanOf } from "./lexer.js";
import type { SourceText } from "./source.js";
import {
  Clock24x7,
  Comma,
  Dash,
  DateToken,
  Duration,
  Greater,
  GreaterEqual,
  Identifier,
  Instant,
  keywordOf,
  LCurly,
  NumberToken,
  Percent,
  RCurly,
  StringLiteral,
  Time,
  Zone,
} from "./tokens.js";

/** What an id stands for, by the rule that expects it. */
const idNouns: Record<string, string> = {
  policy: "a policy id",
  link: "a link id",
  languageEntry: "a language tag such as `en`",
  businessHours: "a calendar id",
  calendar: "a calendar id",
  zone: "a time zone such as `Europe/Berlin`",
  days: "a day such as `mon` or `mon-fri`",
  closedEvery: "a month such as `jan` or an ordinal such as `fourth`",
  hours: "a calendar id",
  team: "a team id",
  channel: "a channel id",
  fixedSeverity: "a severity id",
  severityDecl: "a severity id",
  tier: "a tier id",
  metricDecl: "a metric id",
  targets: "a metric id",
  clock: "a calendar or team id",
  escalationLevel: "a team id",
  objective: "a window such as `month`",
  downtime: "a measure such as `error_rate`",
  testDimension: "an id",
  testEvent: "an event such as `paused`",
  testExpect: "a metric id",
};

/** What a block holds, by the rule of the block: used when its `}` is expected. */
const blockContents: Record<string, string> = {
  policy: "a policy item",
  calendar: "a calendar item",
  team: "a team item",
  channel: "a channel item",
  severityDecl: "a severity item",
  tier: "a tier item",
  targets: "a target rule",
  targetScope: "a target rule",
  escalation: "an escalation item",
  onCall: "an on-call item",
  exclusions: "a string",
  maintenance: "a maintenance item",
  uptime: "an uptime item",
  test: "a test item",
};

const tokenNouns = new Map<TokenType, string>([
  [StringLiteral, "a string"],
  [Time, "a time such as `09:00`"],
  [DateToken, "a date such as `2026-12-24`"],
  [Instant, "an instant such as `2026-03-27T20:00Z`"],
  [Duration, "a duration such as `4h`"],
  [Percent, "a percentage such as `99.9%`"],
  [NumberToken, "a number"],
  [Zone, "a time zone such as `Europe/Berlin`"],
  [Clock24x7, "`24x7`"],
  [LCurly, "`{`"],
  [RCurly, "`}`"],
  [Comma, "`,`"],
  [Dash, "`-`"],
  [Greater, "`>`"],
  [GreaterEqual, "`>=`"],
  [EOF, "the end of the file"],
]);

/** How a token type reads in "expected …". */
export function describeToken(type: TokenType, ruleName = ""): string {
  if (type === Identifier) return idNouns[ruleName] ?? "an id";
  const word = keywordOf(type);
  if (word !== undefined) return `\`${word}\``;
  return tokenNouns.get(type) ?? type.name;
}

/** "a, b or c" */
function either(words: readonly string[]): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} or ${unique.at(-1)}`;
}

/** The first token of each lookahead path, described. */
function firstTokens(paths: readonly (readonly TokenType[])[], ruleName: string): string[] {
  return paths.flatMap((path) => (path[0] ? [describeToken(path[0], ruleName)] : []));
}

/** The error message provider handed to the parser. */
export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, ruleName }) {
    if (ruleName === "sourceFile") return "`policy`";
    const contents = blockContents[ruleName];
    if (expected === RCurly && contents !== undefined) return `${contents} or \`}\``;
    return describeToken(expected, ruleName);
  },
  buildNotAllInputParsedMessage() {
    return "`policy`";
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, customUserDescription, ruleName }) {
    const starts = firstTokens(expectedPathsPerAlt.flat(), ruleName);
    if (customUserDescription === undefined) return either(starts);
    // Items rules have many alternatives: list their keywords in the hint.
    return starts.length > 3
      ? `${customUserDescription}\n${customUserDescription} starts with ${either(starts)}`
      : customUserDescription;
  },
  buildEarlyExitMessage({ expectedIterationPaths, customUserDescription, ruleName }) {
    return customUserDescription ?? either(firstTokens(expectedIterationPaths, ruleName));
  },
};

const maxShown = 40;

/** How the found token reads in "found …". */
function describeFound(token: IToken): string {
  if (spanOf(token) === undefined || token.tokenType.name === "EOF") return "the end of the file";
  const image = token.image.length > maxShown ? `${token.image.slice(0, maxShown)}…` : token.image;
  return `\`${image}\``;
}

/** What the ids of an `idList` are, by the rule that holds the list. */
const listNouns: Record<string, string> = {
  channels: "a channel id",
  severities: "a severity id",
  example: "a tier id",
  targetRule: "a severity id",
};

/** Names an id expected in an `idList` after the rule holding the list. */
function specialize(expected: string, ruleStack: readonly string[]): string {
  if (ruleStack.at(-1) !== "idList" || expected !== "an id") return expected;
  return listNouns[ruleStack.at(-2) ?? ""] ?? expected;
}

/**
 * One diagnostic per parse error. The error's message is what was expected, from
 * messages.ts, optionally followed by a line break and a hint.
 */
export function diagnoseParseErrors(errors: readonly IRecognitionException[], source: SourceText): Diagnostic[] {
  return errors.map((error) => {
    const [expected = "", hint] = error.message.split("\n", 2);
    const span = spanOf(error.token);
    const range = span === undefined ? source.endRange() : source.range(span.start, span.end);
    const message = `expected ${specialize(expected, error.context.ruleStack)}, found ${describeFound(error.token)}`;
    return report(SyntaxCodes.UnexpectedToken, message, range, hint === undefined ? {} : { hint });
  });
}
