/** grammar/sla.tmLanguage.json gives the tokens of real policies the scopes an editor colours by. */
import { describe, expect, it } from "vitest";
import { innermostScopes, readSeed, tokenizeSla } from "./textmate.js";

/**
 * A token of a real file: the first grammar token whose text is `token`, on the first
 * line that starts (after its indentation) with `line`, or on a line after it.
 */
interface Sighting {
  readonly file: string;
  readonly line: string;
  readonly token: string;
  readonly scope: string;
}

const sightings: readonly Sighting[] = [
  { file: "policies/gorgias.sla", line: "policy gorgias", token: "policy", scope: "storage.type.policy.sla" },
  { file: "policies/gorgias.sla", line: "policy gorgias", token: "gorgias", scope: "entity.name.type.policy.sla" },
  {
    file: "policies/360dialog.sla",
    line: "calendar standard_hours",
    token: "standard_hours",
    scope: "entity.name.type.calendar.sla",
  },
  { file: "policies/360dialog.sla", line: "severity critical", token: "critical", scope: "entity.name.type.severity.sla" },
  { file: "policies/gorgias.sla", line: "first_response 5m on level1", token: "on", scope: "keyword.other.sla" },
  { file: "policies/gorgias.sla", line: "first_response 5m on level1", token: "first_response", scope: "variable.other.sla" },
  { file: "policies/gorgias.sla", line: "first_response 5m on level1", token: "level1", scope: "variable.other.sla" },
  { file: "policies/gorgias.sla", line: "first_response 5m on level1", token: "5m", scope: "constant.numeric.duration.sla" },
  { file: "policies/360dialog.sla", line: 'test "standard critical', token: "test", scope: "keyword.control.test.sla" },
  {
    file: "policies/360dialog.sla",
    line: "expect first_response 2026-03-30T03:00Z",
    token: "expect",
    scope: "keyword.control.expect.sla",
  },
  {
    file: "policies/360dialog.sla",
    line: "opened 2026-03-27T20:00Z",
    token: "2026-03-27T20:00Z",
    scope: "constant.other.instant.sla",
  },
  { file: "policies/360dialog.sla", line: "zone Europe/Berlin", token: "Europe/Berlin", scope: "support.constant.zone.sla" },
  { file: "policies/360dialog.sla", line: "open mon-fri 02:00 - 22:00", token: "mon-fri", scope: "constant.other.day.sla" },
  { file: "policies/360dialog.sla", line: "open mon-fri 02:00 - 22:00", token: "02:00", scope: "constant.other.time.sla" },
  { file: "policies/360dialog.sla", line: "open mon-fri 02:00 - 22:00", token: "-", scope: "punctuation.separator.range.sla" },
  { file: "policies/haptik.sla", line: "objective 99.9% per month", token: "99.9%", scope: "constant.numeric.percentage.sla" },
  { file: "policies/haptik.sla", line: "downtime error_rate > 5%", token: ">", scope: "keyword.operator.comparison.sla" },
  { file: "policies/haptik.sla", line: 'errors "Valid requests', token: '\\"', scope: "constant.character.escape.sla" },
  {
    file: "policies/haptik.sla",
    line: 'errors "Valid requests',
    token: "Valid requests that get an HTTP 500 response with code ",
    scope: "string.quoted.double.sla",
  },
  { file: "policies/haptik.sla", line: "downtime error_rate > 5%", token: "//", scope: "punctuation.definition.comment.sla" },
  {
    file: "policies/gorgias.sla",
    line: "// Gorgias support SLA",
    token: " Gorgias support SLA (Level 1 and Level 2 support).",
    scope: "comment.line.double-slash.sla",
  },
  { file: "policies/gorgias.sla", line: "team level1", token: "24x7", scope: "constant.language.clock.sla" },
  // No seed policy has a date outside its comments; the kitchen sink has every construct.
  { file: "test/fixtures/kitchen-sink.sla", line: "updated 2026-08-01", token: "2026-08-01", scope: "constant.other.date.sla" },
  { file: "test/fixtures/kitchen-sink.sla", line: "/* A block comment", token: " A block comment", scope: "comment.block.sla" },
  { file: "test/fixtures/kitchen-sink.sla", line: "over two lines.", token: "*/", scope: "punctuation.definition.comment.sla" },
];

/** The offset at which the first line starting with `prefix` (after its indentation) starts. */
function lineStart(text: string, prefix: string): number {
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trimStart().startsWith(prefix)) return offset;
    offset += line.length + 1;
  }
  throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
}

describe("scopes of real policies", () => {
  it.each(sightings)("$file: `$token` in `$line` is $scope", async (sighting) => {
    const text = readSeed(sighting.file);
    const from = lineStart(text, sighting.line);
    // Found by its whole text, so the grammar token is that piece: not cut, not merged with a neighbour.
    const token = (await tokenizeSla(text)).find((t) => t.start >= from && t.text === sighting.token);
    expect(token, `a grammar token \`${sighting.token}\``).toBeDefined();
    expect(token?.scopes.at(-1)).toBe(sighting.scope);
  });

  it("scopes a whole string: its quotes, its text and each escape", async () => {
    expect(await innermostScopes(String.raw`note "Tips" "a \"b\" \\ \n \t \u{1F600} \q"`)).toEqual([
      "note → keyword.other.sla",
      '" → punctuation.definition.string.begin.sla',
      "Tips → string.quoted.double.sla",
      '" → punctuation.definition.string.end.sla',
      '" → punctuation.definition.string.begin.sla',
      "a  → string.quoted.double.sla",
      String.raw`\" → constant.character.escape.sla`,
      "b → string.quoted.double.sla",
      String.raw`\" → constant.character.escape.sla`,
      String.raw`\\ → constant.character.escape.sla`,
      String.raw`\n → constant.character.escape.sla`,
      String.raw`\t → constant.character.escape.sla`,
      String.raw`\u{1F600} → constant.character.escape.sla`,
      // Any other escape is SLA1004.
      String.raw`\q → invalid.illegal.escape.sla`,
      '" → punctuation.definition.string.end.sla',
    ]);
  });

  it("ends an unterminated string at the end of its line, as the lexer does", async () => {
    const tokens = await tokenizeSla('note "no end\nprovider "P"');
    const provider = tokens.find((t) => t.text === "provider");
    expect(provider?.scopes.at(-1)).toBe("keyword.other.sla");
  });

  it("reads the literals of the lexical structure", async () => {
    expect(
      await innermostScopes("15m 4h 1h30m 2d 1d12h 2 1.5 99.9% 5% 09:00 24:00 24x7 2026-12-24 2026-03-27T22:00:00+02:00"),
    ).toEqual([
      "15m → constant.numeric.duration.sla",
      "4h → constant.numeric.duration.sla",
      "1h30m → constant.numeric.duration.sla",
      "2d → constant.numeric.duration.sla",
      "1d12h → constant.numeric.duration.sla",
      "2 → constant.numeric.decimal.sla",
      "1.5 → constant.numeric.decimal.sla",
      "99.9% → constant.numeric.percentage.sla",
      "5% → constant.numeric.percentage.sla",
      "09:00 → constant.other.time.sla",
      "24:00 → constant.other.time.sla",
      "24x7 → constant.language.clock.sla",
      "2026-12-24 → constant.other.date.sla",
      "2026-03-27T22:00:00+02:00 → constant.other.instant.sla",
    ]);
  });

  it("reads a literal that runs into a word as one malformed literal, as the lexer does", async () => {
    expect(await innermostScopes("9am 15min 24/7 360dialog 1.5.3")).toEqual([
      "9am → invalid.illegal.literal.sla",
      "15min → invalid.illegal.literal.sla",
      "24/7 → invalid.illegal.literal.sla",
      "360dialog → invalid.illegal.literal.sla",
      "1.5.3 → invalid.illegal.literal.sla",
    ]);
  });

  it("ends a literal before a comment and a time before a dash", async () => {
    expect(await innermostScopes("4h// why 09:00-17:00")).toEqual([
      "4h → constant.numeric.duration.sla",
      "// → punctuation.definition.comment.sla",
      " why 09:00-17:00 → comment.line.double-slash.sla",
    ]);
    expect(await innermostScopes("09:00-17:00")).toEqual([
      "09:00 → constant.other.time.sla",
      "- → punctuation.separator.range.sla",
      "17:00 → constant.other.time.sla",
    ]);
  });

  it("tells a date's shift from a range's dash", async () => {
    expect(await innermostScopes("closed every easter -2d  closed every dec 28 - jan 3")).toEqual([
      "closed → keyword.other.sla",
      "every → keyword.other.sla",
      "easter → keyword.other.sla",
      "- → keyword.operator.arithmetic.sla",
      "2d → constant.numeric.duration.sla",
      "closed → keyword.other.sla",
      "every → keyword.other.sla",
      "dec → constant.other.month.sla",
      "28 → constant.numeric.decimal.sla",
      "- → punctuation.separator.range.sla",
      "jan → constant.other.month.sla",
      "3 → constant.numeric.decimal.sla",
    ]);
  });

  it("reads zones whole, keyword-spelled parts included", async () => {
    expect(await innermostScopes("zone Etc/GMT+5 America/New_York open/x UTC")).toEqual([
      "zone → keyword.other.sla",
      "Etc/GMT+5 → support.constant.zone.sla",
      "America/New_York → support.constant.zone.sla",
      "open/x → support.constant.zone.sla",
      "UTC → support.constant.zone.sla",
    ]);
  });

  it("names the declared id at policy level only: inside a block the same words refer", async () => {
    const tokens = await tokenizeSla('policy p {\n  tier gold\n  test "t" {\n    tier gold\n  }\n}');
    const golds = tokens.filter((t) => t.text === "gold").map((t) => t.scopes.at(-1));
    expect(golds).toEqual(["entity.name.type.tier.sla", "variable.other.sla"]);
    const tiers = tokens.filter((t) => t.text === "tier").map((t) => t.scopes.at(-1));
    expect(tiers).toEqual(["storage.type.tier.sla", "keyword.other.sla"]);
  });

  it("names a keyword-spelled declared id as the declaration's", async () => {
    expect(await innermostScopes("tier business")).toEqual([
      "tier → storage.type.tier.sla",
      "business → entity.name.type.tier.sla",
    ]);
  });

  it("keeps a block comment over lines and to the end of the file when unterminated", async () => {
    const tokens = await tokenizeSla("/* one\ntwo */ policy p {}\n/* open\nprovider");
    expect(tokens.find((t) => t.text === "two ")?.scopes.at(-1)).toBe("comment.block.sla");
    expect(tokens.find((t) => t.text === "policy")?.scopes.at(-1)).toBe("storage.type.policy.sla");
    expect(tokens.find((t) => t.text === "provider")?.scopes.at(-1)).toBe("comment.block.sla");
  });
});
