/**
 * Known mistakes: parse errors that docs/language.md names a fix for, or whose generic
 * wording would point at the wrong place. Each recognizes its mistake from where the
 * parser stopped and the tokens around it, and says what went wrong, where, and the fix
 * (the `help:` line). Recovery is the same for every error; only the telling differs.
 */
import { tokenMatcher } from "./chevrotain.js";
import type { IToken, TokenType } from "./chevrotain.js";
import type { RuleName } from "./cst.js";
import { nearMiss } from "./spelling.js";
import { BadLiteral, Comma, DateToken, Duration, Identifier, K, keywordOf, NumberToken, StringLiteral, Time } from "./tokens.js";

/** A parse error, as the mistakes see it. */
export interface ErrorSite {
  /** The innermost rule the parser was in. */
  readonly rule: RuleName | undefined;
  /** What the parser expected, as a noun phrase (`a time such as \`09:00\``). */
  readonly expected: string;
  /** Whether no alternative of a choice fit, rather than one token being other than expected. */
  readonly noAlternative: boolean;
  /** The tokens of the text. */
  readonly tokens: readonly IToken[];
  /** The index of the token found (the tokens' length at the end of the text). */
  readonly at: number;
}

/** How a mistake is told: the message, the tokens it covers (indices, inclusive) and the fix. */
export interface Telling {
  readonly message?: string;
  readonly from?: number;
  readonly to?: number;
  readonly hint?: string;
}

type Mistake = (site: ErrorSite) => Telling | undefined;

/** The token `k` places from the one found, if any. */
function near(site: ErrorSite, k: number): IToken | undefined {
  return site.tokens[site.at + k];
}

const is = (token: IToken | undefined, type: TokenType): boolean =>
  token !== undefined && token.tokenType === type;

const isWord = (token: IToken | undefined): boolean => token !== undefined && tokenMatcher(token, Identifier);

/** `24/7`: the always-open clock is `24x7`. */
const slashClock: Mistake = (site) => {
  const found = near(site, 0);
  if (!is(found, BadLiteral) || !/^24\/7$/.test(found!.image)) return undefined;
  return { hint: "the always-open clock is written `24x7`" };
};

/** `9am`, `5:30pm`, `9:00`: times are 24-hour `HH:MM`. */
const twelveHourTime: Mistake = (site) => {
  const found = near(site, 0);
  const match = is(found, BadLiteral) ? /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(found!.image) : null;
  if (match === null || (match[3] === undefined && match[2] === undefined)) return undefined;
  let hours = Number(match[1]);
  const minutes = match[2] ?? "00";
  const half = match[3]?.toLowerCase();
  if (hours > 24 || (half !== undefined && (hours === 0 || hours > 12))) return undefined;
  if (half === "pm" && hours < 12) hours += 12;
  if (half === "am" && hours === 12) hours = 0;
  return { hint: `times are written \`HH:MM\`, 24-hour: \`${String(hours).padStart(2, "0")}:${minutes}\`` };
};

/** `closed every dec 28 to jan 3`: a yearly range is joined by `-`, like a window. */
const yearlyRange: Mistake = (site) => {
  const found = near(site, 0);
  if (site.rule !== "calendar" || !is(found, K.to) || !is(near(site, -3), K.every) || !is(near(site, -1), NumberToken)) {
    return undefined;
  }
  const ranged = isWord(near(site, 1)) && is(near(site, 2), NumberToken);
  const example = ranged
    ? `${near(site, -2)!.image} ${near(site, -1)!.image} - ${near(site, 1)!.image} ${near(site, 2)!.image}`
    : "dec 28 - jan 3";
  return {
    message: "the days of a yearly `closed every` range are joined by `-`, found `to`",
    to: ranged ? site.at + 2 : site.at,
    hint: `write \`closed every ${example}\`; \`to\` joins the dates of \`closed 2026-12-28 to 2027-01-03\``,
  };
};

/** `closed every dec`: `every` takes a month and day, a weekday of a month, or `easter`. */
const everyWithoutDay: Mistake = (site) => {
  const first = near(site, -1);
  if (site.rule !== "closedEvery" || !site.noAlternative || !is(near(site, -2), K.every) || !isWord(first)) return undefined;
  // `easter-2d` reads as one word: the shift needs a space before its sign.
  const joined = /^easter-(\d+d)$/i.exec(first!.image);
  return {
    message: `expected a month and day such as \`every dec 25\`, \`every <ordinal> <weekday> of <month>\` or \`every easter\`, found \`every ${first!.image}\``,
    from: site.at - 1,
    to: site.at - 1,
    hint: joined
      ? `write \`easter -${joined[1]}\`, with a space before the \`-\``
      : "months are `jan` … `dec`, and ordinals `first` … `fifth` and `last`, as in `every fourth thu of nov`",
  };
};

/** `open mon-fri 09:00 to 17:00`: a window's ends are joined by `-`. */
const toInWindow: Mistake = (site) => {
  const found = near(site, 0);
  if (site.rule !== "open" || !is(found, K.to)) return undefined;
  const [from, to] = [near(site, -1), near(site, 1)];
  const example = is(from, Time) && is(to, Time) ? `${from!.image} - ${to!.image}` : "09:00 - 17:00";
  return { hint: `a window is written \`${example}\`, with \`-\`; \`to\` joins the dates of \`closed\`` };
};

/** `tier basic p1 1 business day`: the one-line scope takes no severity list. */
const severitiesInOneLineScope: Mistake = (site) => {
  if (site.rule !== "targetScope" || !site.noAlternative || !isWord(near(site, 0))) return undefined;
  let k = -1;
  while (isWord(near(site, k)) && is(near(site, k - 1), Comma)) k -= 2;
  const dimension = near(site, k - 1);
  const word = dimension && keywordOf(dimension.tokenType);
  if (!isWord(near(site, k)) || (word !== "tier" && word !== "channel" && word !== "severity")) return undefined;
  const ids = site.tokens.slice(site.at + k, site.at).map((token) => token.image).join(" ").replaceAll(" ,", ",");
  return { hint: `the one-line form takes no severity list: write \`${word} ${ids} { ${near(site, 0)!.image} … }\`` };
};

/** `first_response p1 4h`: rules that name severities go in a block. */
const rulesWithoutBlock: Mistake = (site) => {
  const next = near(site, 1);
  if (site.rule !== "targets" || !site.noAlternative || !isWord(near(site, 0)) || next === undefined) return undefined;
  if (!(tokenMatcher(next, Duration) || tokenMatcher(next, NumberToken) || is(next, K.none) || is(next, K.next) || is(next, Comma))) {
    return undefined;
  }
  return { hint: `rules that name severities go in a block: \`${near(site, -1)!.image} { ${near(site, 0)!.image} … }\`` };
};

/**
 * `teir gold { … }` in targets: a rule for a severity `teir` has no target where a
 * scope would have its ids, so the word is a misspelt scope keyword.
 */
const misspeltScope: Mistake = (site) => {
  const word = near(site, -1);
  if (site.rule !== "targetValue" || !site.noAlternative || !isWord(word) || !isWord(near(site, 0)) || is(near(site, -2), Comma)) {
    return undefined;
  }
  const meant = nearMiss(word!.image, ["tier", "channel", "severity"]);
  if (meant === undefined) return undefined;
  return {
    message: `expected a target rule such as \`critical 4h\`, or a scope, found \`${word!.image}\``,
    from: site.at - 1,
    to: site.at - 1,
    hint: `did you mean \`${meant}\`?`,
  };
};

/**
 * `environment staging 2h` in targets: two words and a target are the one-line scope of an
 * attribute, which targets write with a block, or two severities that lost their comma.
 */
const oneLineAttributeScope: Mistake = (site) => {
  const [word, found, after] = [near(site, -1), near(site, 0), near(site, 1)];
  if (site.rule !== "targetValue" || !site.noAlternative || !isWord(word) || !isWord(found) || is(near(site, -2), Comma)) return undefined;
  const amount = after !== undefined && (tokenMatcher(after, Duration) || tokenMatcher(after, NumberToken) || [K.none, K.unknown, K.next, K.under].some((k) => is(after, k)));
  if (!amount) return undefined;
  const [a, b] = [word!.image, found!.image];
  return { hint: `an attribute's scope in targets has a block: \`${a} ${b} { ${after!.image} … }\`; two severities are joined by a comma: \`${a}, ${b} ${after!.image}\`` };
};

/** `closed 2026-12-24 - 2026-12-26`: a range of dates is joined by `to`. */
const dashInDates: Mistake = (site) => {
  const found = near(site, 0);
  if (site.rule !== "calendar" || found?.image !== "-" || !is(near(site, -1), DateToken)) return undefined;
  return { hint: "a range of dates is written `2026-12-24 to 2026-12-26`, with `to`" };
};

/** `tier 24x7-program`: an id starts with a letter or `_`. */
const idStartsWithDigit: Mistake = (site) => {
  const found = near(site, 0);
  if (found === undefined || !/\bid$/.test(site.expected) || !/^\d/.test(found.image)) return undefined;
  return { hint: "an id starts with a letter or `_`, then letters, digits, `_` and inner `-` (`dialog360`, not `360dialog`)" };
};

/** `critical 15 24x7`: a number is `N business days` only; a duration has a unit. */
const numberWithoutUnit: Mistake = (site) => {
  const number = near(site, -1);
  if (!is(number, NumberToken) || !site.expected.includes("`business`") || is(near(site, 0), K.business) || is(near(site, 0), K.calendar)) return undefined;
  const n = number!.image;
  return {
    message: `expected a unit after \`${n}\`, found \`${near(site, 0)?.image ?? "the end of the file"}\``,
    from: site.at - 1,
    to: site.at - 1,
    hint: `a duration has a unit, \`${n}m\` or \`${n}h\`; or count days with \`${n} business ${n === "1" ? "day" : "days"}\` or \`${n} calendar ${n === "1" ? "day" : "days"}\``,
  };
};

/** `uptime "API uptime" {`: an uptime commitment's title follows its id. */
const uptimeTitleWithoutId: Mistake = (site) => {
  if (site.rule !== "uptime" || !is(near(site, -1), K.uptime) || !is(near(site, 0), StringLiteral)) return undefined;
  return { message: "an uptime commitment's title follows its id", hint: `write \`uptime <id> ${near(site, 0)!.image} { … }\`` };
};

const mistakes: readonly Mistake[] = [
  uptimeTitleWithoutId,
  numberWithoutUnit,
  idStartsWithDigit,
  slashClock,
  twelveHourTime,
  yearlyRange,
  everyWithoutDay,
  toInWindow,
  severitiesInOneLineScope,
  rulesWithoutBlock,
  misspeltScope,
  oneLineAttributeScope,
  dashInDates,
];

/** How to tell the mistake behind a parse error, when it is a known one. */
export function knownMistake(site: ErrorSite): Telling | undefined {
  for (const mistake of mistakes) {
    const telling = mistake(site);
    if (telling !== undefined) return telling;
  }
  return undefined;
}
