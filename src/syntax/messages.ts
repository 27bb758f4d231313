/**
 * Our wording for parse errors. The provider handed to chevrotain says what was
 * *expected*, as a noun phrase ("a time such as `09:00`"), and for a block whose `}` was
 * expected, a second line `items:<rule>` naming the rule of its items;
 * `diagnoseParseErrors` adds what was found, and a hint listing what may start an item
 * (or the item keyword that was probably meant). Every message reads
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

/** What a block holds, and the rule of one item, by the rule of the block. */
const blocks: Record<string, { readonly contents: string; readonly items?: string }> = {
  policy: { contents: "a policy item", items: "policyItem" },
  calendar: { contents: "a calendar item", items: "calendarItem" },
  team: { contents: "a team item", items: "teamItem" },
  channel: { contents: "a channel item", items: "channelItem" },
  severityDecl: { contents: "a severity item", items: "severityItem" },
  tier: { contents: "a tier item", items: "tierItem" },
  targets: { contents: "a target rule" },
  targetScope: { contents: "a target rule" },
  escalation: { contents: "an escalation item", items: "escalationItem" },
  onCall: { contents: "an on-call item", items: "onCallItem" },
  exclusions: { contents: "a string" },
  maintenance: { contents: "a maintenance item", items: "maintenanceItem" },
  uptime: { contents: "an uptime item", items: "uptimeItem" },
  test: { contents: "a test item", items: "testItem" },
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
function describeToken(type: TokenType, ruleName = ""): string {
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
    const block = Object.hasOwn(blocks, ruleName) ? blocks[ruleName] : undefined;
    if (expected !== RCurly || block === undefined) return describeToken(expected, ruleName);
    return `${block.contents} or \`}\`${block.items === undefined ? "" : `\nitems:${block.items}`}`;
  },
  buildNotAllInputParsedMessage() {
    return "`policy`";
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, customUserDescription, ruleName }) {
    return customUserDescription ?? either(firstTokens(expectedPathsPerAlt.flat(), ruleName));
  },
  buildEarlyExitMessage({ expectedIterationPaths, customUserDescription, ruleName }) {
    return customUserDescription ?? either(firstTokens(expectedIterationPaths, ruleName));
  },
};

const maxShown = 40;

/** How the found token reads in "found …". */
function describeFound(token: IToken): string {
  if (spanOf(token) === undefined || token.tokenType === EOF) return "the end of the file";
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

/** The number of single-character edits that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** "did you mean `zone`?" when the word found is a near miss of an item keyword, else the list of them. */
function itemHint(contents: string, found: IToken, starts: readonly TokenType[]): string {
  const words = starts.map((type) => keywordOf(type)).filter((word) => word !== undefined);
  const near = words
    .map((word) => ({ word, distance: editDistance(found.image, word) }))
    .filter(({ word, distance }) => distance <= Math.min(2, word.length / 3))
    .sort((a, b) => a.distance - b.distance)[0];
  if (near !== undefined) return `did you mean \`${near.word}\`?`;
  const listed = words.map((word) => `\`${word}\``);
  if (starts.includes(Identifier)) listed.push("a metric id followed by its targets");
  return `${contents} starts with ${either(listed)}`;
}

/**
 * One diagnostic per parse error. `startsOf` gives the token types a rule can start
 * with, for the hints of blocks.
 */
export function diagnoseParseErrors(
  errors: readonly IRecognitionException[],
  source: SourceText,
  startsOf: (rule: string) => readonly TokenType[],
): Diagnostic[] {
  return errors.map((error) => {
    const [expected = "", detail] = error.message.split("\n", 2);
    const span = spanOf(error.token);
    const range = span === undefined ? source.endRange() : source.range(span.start, span.end);
    const message = `expected ${specialize(expected, error.context.ruleStack)}, found ${describeFound(error.token)}`;
    const itemRule = detail?.startsWith("items:") ? detail.slice("items:".length) : undefined;
    const contents = expected.replace(/ or `}`$/, "");
    const hint = itemRule === undefined ? undefined : itemHint(contents, error.token, startsOf(itemRule));
    return report(SyntaxCodes.UnexpectedToken, message, range, hint === undefined ? {} : { hint });
  });
}
