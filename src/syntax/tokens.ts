/**
 * The token vocabulary of `.sla`: its lexical rules, as chevrotain token types. Keywords
 * are soft: each has the category `Identifier`, so a rule that expects an id accepts any
 * keyword too, and a keyword only acts as one where the grammar spells it.
 *
 * These definitions are complete for chevrotain's Lexer (order, `longer_alt`), which a
 * test runs; parses use scanner.ts, which reads the same patterns without the Lexer's
 * costly set-up.
 */
import { createToken, Lexer } from "./chevrotain.js";
import type { TokenType } from "./chevrotain.js";

/**
 * Numeric literals must end at a word boundary: `9am`, `15min`, `24/7` or
 * `2026-03-27T20:00` are not a number followed by something else but one malformed
 * literal (see `BadLiteral`). A `/` only continues a literal before a digit, so that
 * `4h// comment` stays a duration and a comment.
 */
const endOfLiteral = String.raw`(?![\w.:%+-]|\/\d)`;
/** A time may be followed by `-`, as in `09:00-17:00`. */
const endOfTime = String.raw`(?![\w.:%]|\/\d)`;

function literal(source: string, end = endOfLiteral): RegExp {
  return new RegExp(source + end);
}

/** Spaces, tabs and line breaks: they separate tokens and mean nothing else. */
export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** `// to the end of the line` */
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\n\r]*/, group: "comments" });

/** `/* block *\/` */
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  group: "comments",
  line_breaks: true,
});

/** A block comment that runs to the end of the file; reported, then kept as a comment. */
export const UnterminatedComment = createToken({
  name: "UnterminatedComment",
  pattern: /\/\*[\s\S]*/,
  group: "comments",
  line_breaks: true,
});

/** `"…"` on one line, escapes included; decoded by the AST builder. */
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*"/,
  label: "string",
});

/**
 * A string without its closing quote, up to the end of the line. It counts as a string
 * for the parser (so one mistake makes one diagnostic) and is reported by the lexer stage.
 */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*\\?/,
  categories: [StringLiteral],
  label: "string",
});

/** `2026-03-27T20:00Z`, `2026-03-27T22:00:00+02:00`: always with `Z` or an offset. */
export const Instant = createToken({
  name: "Instant",
  pattern: literal(String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})`),
  label: "instant",
});

/** `2026-12-24` */
export const DateToken = createToken({ name: "Date", pattern: literal(String.raw`\d{4}-\d{2}-\d{2}`), label: "date" });

/** `09:00`, `24:00` */
export const Time = createToken({ name: "Time", pattern: literal(String.raw`\d{2}:\d{2}`, endOfTime), label: "time" });

/** `24x7`: the always-open clock. One token, never an id. */
export const Clock24x7 = createToken({ name: "Clock24x7", pattern: literal("24x7"), label: "'24x7'" });

/** `15m`, `4h`, `1h30m`, `2d`: units largest first. */
export const Duration = createToken({
  name: "Duration",
  pattern: literal(String.raw`(?:\d+d(?:\d+h)?(?:\d+m)?|\d+h(?:\d+m)?|\d+m)`),
  label: "duration",
});

/** `99.9%`, `5%` */
export const Percent = createToken({ name: "Percent", pattern: literal(String.raw`\d+(?:\.\d+)?%`), label: "percentage" });

/** `2`, `1.5` */
export const NumberToken = createToken({ name: "Number", pattern: literal(String.raw`\d+(?:\.\d+)?`), label: "number" });

/**
 * Anything else that starts with a digit (`9am`, `15min`, `1.5.3`, `24/7`): no rule
 * accepts it, so the parser reports it whole, as in "expected a time such as `09:00`,
 * found `9am`".
 */
export const BadLiteral = createToken({ name: "BadLiteral", pattern: /\d(?:[\w.:%+-]|\/\d)*/, label: "malformed literal" });

/** `{` */
export const LCurly = createToken({ name: "LCurly", pattern: "{", label: "'{'" });
/** `}` */
export const RCurly = createToken({ name: "RCurly", pattern: "}", label: "'}'" });
/** `,` */
export const Comma = createToken({ name: "Comma", pattern: ",", label: "','" });
/** `>=`, listed before `>` so it wins. */
export const GreaterEqual = createToken({ name: "GreaterEqual", pattern: ">=", label: "'>='" });
/** `>` */
export const Greater = createToken({ name: "Greater", pattern: ">", label: "'>'" });
/** `-` between the two ends of a window or of a yearly range, and before a date's shift (`easter -2d`). */
export const Dash = createToken({ name: "Dash", pattern: "-", label: "'-'" });
/** `+` before a date's shift (`easter +50d`). */
export const Plus = createToken({ name: "Plus", pattern: "+", label: "'+'" });

/** `America/New_York`, `Etc/GMT+5`: identifiers joined by `/`. A plain `UTC` is an Identifier. */
export const Zone = createToken({
  name: "ZoneName",
  pattern: /[A-Za-z_]\w*(?:[-+]\w+)*(?:\/[A-Za-z_]\w*(?:[-+]\w+)*)+/,
  label: "zone",
});

/**
 * A letter or `_`, then letters, digits and `_`, with single inner hyphens: `pt-BR`,
 * `mon-fri`. Tried after `Zone`, which only matches when a `/` follows.
 */
export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_]\w*(?:-\w+)*/,
  label: "identifier",
});

/** Every word the grammar spells out. Each is also an Identifier (soft keywords). */
export const keywordWords = [
  "policy", "provider", "updated", "link", "note", "languages", "primary", "business_hours",
  "valid_from", "valid_until", "supersedes",
  "calendar", "zone", "customer", "default", "unknown", "open", "closed", "to", "every", "of", "easter", "observed",
  "holidays", "types", "except", "only", "years", "business_day", "assumption",
  "team", "hours", "responsibility", "contact",
  "channel", "severity", "always", "audience",
  "alias", "description", "example", "tiers",
  "tier", "channels", "addon",
  "attribute", "from", "values",
  "event", "metric", "starts", "repeats", "after", "until", "reclassified", "keeps", "restarts",
  "none", "otherwise", "next", "business", "day", "days", "on", "under",
  "eligibility", "not", "reject", "reclassify", "coverage",
  "escalation", "level", "by", "via", "when", "on_call", "severities",
  "exclusions", "maintenance", "notice", "announce",
  "uptime", "service", "not_covered", "objective", "per", "downtime", "errors",
  "valid_requests", "minimum_period", "credit", "below", "credit_cap", "claim_within",
  "fiscal_year", "misses",
  "test", "opened", "now", "expect", "cycle", "missed", "addons", "rejected",
] as const;

/** One of the grammar's words. */
export type KeywordWord = (typeof keywordWords)[number];

/** `business_hours` → `BusinessHours`: token names are capitalized, rule names are not. */
function tokenName(word: string): string {
  return word.replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The keyword token types, by word: `K.policy`, `K.business_hours`. */
export const K = Object.fromEntries(
  keywordWords.map((word) => [
    word,
    createToken({
      name: tokenName(word),
      pattern: word,
      categories: [Identifier],
      // A keyword that is only the start of a longer id or zone is that id or zone.
      longer_alt: [Zone, Identifier],
      label: `'${word}'`,
    }),
  ]),
) as Record<KeywordWord, TokenType>;

const wordOfType = new Map<TokenType, KeywordWord>(keywordWords.map((word) => [K[word], word]));

/** The word of a keyword token type, or undefined for any other token type. */
export function keywordOf(type: TokenType): KeywordWord | undefined {
  return wordOfType.get(type);
}

/** The punctuation marks, as written. */
export const punctuation: readonly string[] = ["{", "}", ",", "-", "+", ">", ">="];

/** Every keyword, in the order the grammar introduces them. Keywords are soft: each is also a valid id. */
export const keywords: readonly string[] = keywordWords;

/** Token types that are always spelled the same way, by spelling: keywords, punctuation and `24x7`. */
export const spelledTokens: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
  ...keywordWords.map((word): [string, TokenType] => [word, K[word]]),
  ["{", LCurly],
  ["}", RCurly],
  [",", Comma],
  ["-", Dash],
  ["+", Plus],
  [">", Greater],
  [">=", GreaterEqual],
  ["24x7", Clock24x7],
]);

/** Tokens that only exist to report a mistake well; the grammar (sla.ebnf) does not know them. */
export const errorTokens: readonly TokenType[] = [UnterminatedComment, UnterminatedString, BadLiteral];

/**
 * All token types in the order the lexer tries them. A keyword's pattern is a prefix of
 * longer keywords (`on` of `on_call`, `business` of `business_hours`), and longer_alt does
 * not chain, so keywords are tried longest first.
 */
export const allTokens: readonly TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  StringLiteral,
  UnterminatedString,
  Instant,
  DateToken,
  Time,
  Clock24x7,
  Duration,
  Percent,
  NumberToken,
  BadLiteral,
  LCurly,
  RCurly,
  Comma,
  GreaterEqual,
  Greater,
  Dash,
  Plus,
  ...[...keywordWords].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => K[w]),
  Zone,
  Identifier,
];
