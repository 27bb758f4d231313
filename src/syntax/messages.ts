/**
 * Our wording for parse errors. The provider handed to chevrotain says what was
 * *expected*, as a noun phrase ("a time such as `09:00`"), and where an item of a block
 * was expected (a block whose `}` was expected, or a policy item), a second line
 * `items:<rule>` naming the rule of its items; `diagnoseParseErrors` adds what was found,
 * and a hint listing what may start an item (or the item keyword that was probably
 * meant). Known mistakes are told their own way (mistakes.ts). Every message reads
 * "expected …, found `…`" (or names the mistake) and no chevrotain wording reaches users.
 */
import { listOf } from "../diagnostics/wording.js";
import { SyntaxCodes } from "../diagnostics/codes/syntax.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import type { IParserErrorMessageProvider, IRecognitionException, IToken, TokenType } from "./chevrotain.js";
import { EOF } from "./chevrotain.js";
import type { BlockRuleName, RuleName, SubRuleOf } from "./cst.js";
import { spanOf } from "./lexer.js";
import type { Span } from "./lexer.js";
import type { SourceText } from "./source.js";
import { knownMistake } from "./mistakes.js";
import { nearMiss } from "./spelling.js";
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
  Plus,
  RCurly,
  StringLiteral,
  Time,
  Zone,
} from "./tokens.js";

/** A table's entry for a rule, by the name chevrotain gives it, if the table has one. */
function byRule<T>(table: Partial<Record<RuleName, T>>, ruleName: string | undefined): T | undefined {
  // Chevrotain names rules by the names given to RULE, the grammar's rule names.
  return ruleName !== undefined && Object.hasOwn(table, ruleName) ? table[ruleName as RuleName] : undefined;
}

/** What an id stands for, by the rule that expects it. */
const idNouns: Partial<Record<RuleName, string>> = {
  policy: "a policy id",
  link: "a link id",
  languageEntry: "a language tag such as `en`",
  businessHours: "a calendar id",
  calendar: "a calendar id",
  zone: "a time zone such as `Europe/Berlin`",
  zoneName: "a time zone such as `Europe/Berlin`",
  days: "a day such as `mon` or `mon-fri`",
  closedEvery: "a month such as `jan` or an ordinal such as `fourth`",
  observedDay: "a weekday such as `sat`",
  holidays: "a country or region such as `US` or `DE-NW`",
  hours: "a calendar id",
  team: "a team id",
  channel: "a channel id",
  channelSeverity: "a severity id",
  severityDecl: "a severity id",
  tier: "a tier id",
  attributeDecl: "an attribute id",
  attributeValue: "a value id such as `production`",
  attributeDefault: "a value of the attribute",
  metricDecl: "a metric id",
  metricStarts: "an event such as `opened` or `escalated`",
  metricRepeats: "an event or a metric id",
  eventDecl: "an event id",
  supersedes: "a policy id",
  eligibilityRule: "a severity id",
  scopeCondition: "a value id",
  coverageScope: "an attribute id",
  coverageClock: "a calendar or team id",
  testAttribute: "an attribute id and its value",
  testAddons: "an add-on tier id",
  targets: "a metric id",
  clock: "a calendar or team id",
  escalationLevel: "a team id",
  objective: "a window such as `month`",
  downtime: "a measure such as `error_rate`",
  uptime: "a commitment id",
  commitmentTiers: "a tier id",
  fiscalYear: "a month such as `feb`",
  responseCredit: "a metric id such as `first_response`",
  misses: "a period such as `fiscal_quarter`",
  testDimension: "an id",
  testZone: "a time zone such as `Asia/Tokyo`",
  testEvent: "an event such as `paused`",
  eventChange: "an id",
  testExpect: "a metric id",
};

/** What a block holds, and the rule of one item (a sub-rule of the block's). */
interface BlockContents<R extends BlockRuleName> {
  readonly contents: string;
  readonly items?: SubRuleOf<R>;
}

/**
 * What a block holds, and the rule of one item, by the rule of the block. Total over the
 * grammar's blocks, so a new block without an entry fails to compile; `null` for a block
 * of fixed contents, where `}` is expected alone (none at present).
 */
const blocks = {
  policy: { contents: "a policy item", items: "policyItem" },
  calendar: { contents: "a calendar item", items: "calendarItem" },
  holidays: { contents: "a holidays item", items: "holidaysItem" },
  team: { contents: "a team item", items: "teamItem" },
  channel: { contents: "a channel item", items: "channelItem" },
  severityDecl: { contents: "a severity item", items: "severityItem" },
  tier: { contents: "a tier item", items: "tierItem" },
  attributeDecl: { contents: "an attribute item", items: "attributeItem" },
  metricDecl: { contents: "a metric item", items: "metricItem" },
  eventDecl: { contents: "an event item", items: "eventItem" },
  eligibility: { contents: "an eligibility rule such as `p1 only channel phone otherwise reject`" },
  coverage: { contents: "a coverage rule" },
  coverageScope: { contents: "a coverage rule" },
  targets: { contents: "a target rule" },
  targetScope: { contents: "a target rule" },
  escalation: { contents: "an escalation item", items: "escalationItem" },
  onCall: { contents: "an on-call item", items: "onCallItem" },
  exclusions: { contents: "a string" },
  maintenance: { contents: "a maintenance item", items: "maintenanceItem" },
  uptime: { contents: "an uptime item", items: "uptimeItem" },
  responseCredit: { contents: "a credit item", items: "responseCreditItem" },
  test: { contents: "a test item", items: "testItem" },
} satisfies { readonly [R in BlockRuleName]: BlockContents<R> | null };

/** How the expected text names the rule of a block's items, on its second line. */
const itemsPrefix = "items:";

/**
 * The expected text where an item of a block was expected: what was expected, and on a
 * second line the rule of the block's items, for the hint.
 */
export function expectedItems(expected: string, itemRule: RuleName): string {
  return `${expected}\n${itemsPrefix}${itemRule}`;
}

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
  [Plus, "`+`"],
  [Greater, "`>`"],
  [GreaterEqual, "`>=`"],
  [EOF, "the end of the file"],
]);

/** How a token type reads in "expected …". */
function describeToken(type: TokenType, ruleName?: string): string {
  if (type === Identifier) return byRule(idNouns, ruleName) ?? "an id";
  const word = keywordOf(type);
  if (word !== undefined) return `\`${word}\``;
  return tokenNouns.get(type) ?? type.name;
}

/** "a, b or c" */
function either(words: readonly string[]): string {
  return listOf([...new Set(words)], "or");
}

/** The first token of each lookahead path, described. */
function firstTokens(paths: readonly (readonly TokenType[])[], ruleName: string): string[] {
  return paths.flatMap((path) => (path[0] ? [describeToken(path[0], ruleName)] : []));
}

/** The error message provider handed to the parser. */
export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, ruleName }) {
    if (ruleName === ("sourceFile" satisfies RuleName)) return "`policy`";
    const block = byRule<BlockContents<BlockRuleName> | null>(blocks, ruleName);
    if (expected !== RCurly || block === undefined || block === null) return describeToken(expected, ruleName);
    const expectedText = `${block.contents} or \`}\``;
    return block.items === undefined ? expectedText : expectedItems(expectedText, block.items);
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
const listNouns: Partial<Record<RuleName, string>> = {
  channels: "a channel id",
  severities: "a severity id",
  example: "a tier id",
  targetRule: "a severity id",
  holidayTypes: "a holiday type such as `public`",
};

/** Names an id expected in an `idList` after the rule holding the list. */
function specialize(expected: string, ruleStack: readonly RuleName[]): string {
  if (ruleStack.at(-1) !== "idList" || expected !== "an id") return expected;
  return byRule(listNouns, ruleStack.at(-2)) ?? expected;
}

/** "did you mean `zone`?" when the word found is a near miss of an item keyword, else the list of them. */
function itemHint(contents: string, found: IToken, starts: readonly TokenType[]): string {
  const words = starts.map((type) => keywordOf(type)).filter((word) => word !== undefined);
  const near = nearMiss(found.image, words);
  if (near !== undefined) return `did you mean \`${near}\`?`;
  const listed = words.map((word) => `\`${word}\``);
  if (starts.includes(Identifier)) listed.push("a metric id followed by its targets");
  return `${contents} starts with ${either(listed)}`;
}

/** What `diagnoseParseErrors` reads besides the errors. */
export interface ParseContext {
  readonly source: SourceText;
  /** The tokens parsed. */
  readonly tokens: readonly IToken[];
  /** Where the lexer found a mistake: a character that starts no token, a comment that runs to the end. */
  readonly lexical: readonly number[];
  /** The token types a rule can start with, for the hints of blocks. */
  readonly startsOf: (rule: RuleName) => readonly TokenType[];
}

/** The index of a token among `tokens` (their length for the end of the file). */
function indexOf(tokens: readonly IToken[], token: IToken): number {
  const index = tokens.indexOf(token);
  return index < 0 ? tokens.length : index;
}

/** The span of the tokens `from` to `to` (inclusive), without those that are not in the text. */
function spanOfTokens(tokens: readonly IToken[], from: number, to: number): Span | undefined {
  let span: Span | undefined;
  for (let i = Math.max(from, 0); i <= to && i < tokens.length; i++) {
    const part = spanOf(tokens[i]!);
    if (part !== undefined) span = { start: span?.start ?? part.start, end: part.end };
  }
  return span;
}

/**
 * One diagnostic per parse error, but none for an error right after a mistake the lexer
 * reported (the parser only missed what a stray character stood for, `error_rate = 5%`,
 * or what an unterminated comment swallowed), nor at a brace the layout put in (see
 * layout.ts, which reported it).
 */
export function diagnoseParseErrors(errors: readonly IRecognitionException[], context: ParseContext): Diagnostic[] {
  const { source, tokens } = context;
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    if (error.token.tokenType !== EOF && spanOf(error.token) === undefined) continue;
    const at = indexOf(tokens, error.token);
    const after = spanOfTokens(tokens, at - 1, at - 1)?.end ?? 0;
    const before = at === tokens.length ? source.text.length : tokens[at]!.startOffset;
    if (context.lexical.some((offset) => after <= offset && offset < before)) continue;
    const [expected = "", detail] = error.message.split("\n", 2);
    // Chevrotain names the rules it is in by the names given to RULE, the grammar's rule names.
    const ruleStack = error.context.ruleStack as readonly RuleName[];
    const rule = ruleStack.at(-1);
    const told = knownMistake({ rule, expected, noAlternative: error.name === "NoViableAltException", tokens, at });
    const span = spanOfTokens(tokens, told?.from ?? at, told?.to ?? at);
    const range = span === undefined ? source.endRange() : source.range(span.start, span.end);
    const message = told?.message ?? `expected ${specialize(expected, ruleStack)}, found ${describeFound(error.token)}`;
    const hint = told?.hint ?? blockHint(expected, detail, error, context);
    diagnostics.push(report(SyntaxCodes.UnexpectedToken, message, range, hint === undefined ? {} : { hint }));
  }
  return diagnostics;
}

/**
 * The hint of an error where an item of a block was expected (the expected text names
 * the rule of its items, see `messages`): the item keyword probably meant, or what may
 * start an item.
 */
function blockHint(expected: string, detail: string | undefined, error: IRecognitionException, context: ParseContext): string | undefined {
  if (!detail?.startsWith(itemsPrefix)) return undefined;
  // Written by `expectedItems`, from a rule name.
  const itemRule = detail.slice(itemsPrefix.length) as RuleName;
  return itemHint(expected.replace(/ or `}`$/, ""), error.token, context.startsOf(itemRule));
}
