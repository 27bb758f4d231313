import { describe, expect, it } from "vitest";
import { lex } from "../../src/syntax/lexer.js";
import { SourceText } from "../../src/syntax/source.js";
import { formatRange } from "../helpers/syntax.js";

/** `Kind:image` for every token the parser would see. */
function tokens(text: string): string[] {
  return lex(new SourceText(text, "t.sla")).tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

function problems(text: string): string[] {
  return lex(new SourceText(text, "t.sla")).diagnostics.map(formatRange);
}

describe("lexer", () => {
  it("reads identifiers with inner hyphens as one token", () => {
    expect(tokens("first_response pt-BR gorgias-community mon-fri _x a1")).toEqual([
      "Identifier:first_response",
      "Identifier:pt-BR",
      "Identifier:gorgias-community",
      "Identifier:mon-fri",
      "Identifier:_x",
      "Identifier:a1",
    ]);
  });

  it("does not take a leading, trailing or spaced hyphen into an identifier", () => {
    expect(tokens("a- -b c - d")).toEqual(["Identifier:a", "Dash:-", "Dash:-", "Identifier:b", "Identifier:c", "Dash:-", "Identifier:d"]);
  });

  it("reads zones with slashes, plus and minus signs", () => {
    expect(tokens("America/New_York Etc/GMT+5 Etc/GMT-14 America/Port-au-Prince America/Argentina/Buenos_Aires UTC")).toEqual([
      "ZoneName:America/New_York",
      "ZoneName:Etc/GMT+5",
      "ZoneName:Etc/GMT-14",
      "ZoneName:America/Port-au-Prince",
      "ZoneName:America/Argentina/Buenos_Aires",
      "Identifier:UTC",
    ]);
  });

  it("reads keywords as keywords only when the whole word is one", () => {
    expect(tokens("on on_call one business business_hours businesses business-x policy/x")).toEqual([
      "On:on",
      "OnCall:on_call",
      "Identifier:one",
      "Business:business",
      "BusinessHours:business_hours",
      "Identifier:businesses",
      "Identifier:business-x",
      "ZoneName:policy/x",
    ]);
  });

  it("reads every numeric literal kind", () => {
    expect(tokens("2 1.5 99.9% 5% 15m 4h 1h30m 2d 2d4h 09:00 24:00 24x7 2026-12-24 2026-03-27T20:00Z 2026-03-27T22:00:00+02:00")).toEqual([
      "Number:2",
      "Number:1.5",
      "Percent:99.9%",
      "Percent:5%",
      "Duration:15m",
      "Duration:4h",
      "Duration:1h30m",
      "Duration:2d",
      "Duration:2d4h",
      "Time:09:00",
      "Time:24:00",
      "Clock24x7:24x7",
      "Date:2026-12-24",
      "Instant:2026-03-27T20:00Z",
      "Instant:2026-03-27T22:00:00+02:00",
    ]);
  });

  it("reads a literal followed by letters as one malformed literal", () => {
    expect(tokens("9am 15min 1.5.3 2026-03-27T20:00 30m1h 9:00")).toEqual([
      "BadLiteral:9am",
      "BadLiteral:15min",
      "BadLiteral:1.5.3",
      "BadLiteral:2026-03-27T20:00",
      "BadLiteral:30m1h",
      "BadLiteral:9:00",
    ]);
  });

  it("reads a number, a `/` and a digit as one malformed literal, but not a number before a comment", () => {
    expect(tokens("24/7 24x7/5 09:00/2")).toEqual(["BadLiteral:24/7", "BadLiteral:24x7/5", "BadLiteral:09:00/2"]);
    expect(tokens("4h// note\n24x7/* c */")).toEqual(["Duration:4h", "Clock24x7:24x7"]);
  });

  it("reads a region with its subdivision as one identifier, and a date's shift as a sign and a duration", () => {
    expect(tokens("DE-NW AU-NSW JP-13 easter -2d easter +50d easter+1d")).toEqual([
      "Identifier:DE-NW",
      "Identifier:AU-NSW",
      "Identifier:JP-13",
      "Easter:easter",
      "Dash:-",
      "Duration:2d",
      "Easter:easter",
      "Plus:+",
      "Duration:50d",
      "Easter:easter",
      "Plus:+",
      "Duration:1d",
    ]);
    // A hyphen joins words: `easter-2d` is one id (the parser's hint says to write a space).
    expect(tokens("easter-2d")).toEqual(["Identifier:easter-2d"]);
  });

  it("splits a window written without spaces", () => {
    expect(tokens("09:00-17:00")).toEqual(["Time:09:00", "Dash:-", "Time:17:00"]);
  });

  it("reads punctuation, with >= before >", () => {
    expect(tokens("{ } , - + > >= >>=")).toEqual([
      "LCurly:{",
      "RCurly:}",
      "Comma:,",
      "Dash:-",
      "Plus:+",
      "Greater:>",
      "GreaterEqual:>=",
      "Greater:>",
      "GreaterEqual:>=",
    ]);
  });

  it("reads strings with escaped quotes on one line", () => {
    expect(tokens(String.raw`"a \"b\" \\" "c"`)).toEqual([String.raw`StringLiteral:"a \"b\" \\"`, 'StringLiteral:"c"']);
  });

  it("keeps comments out of the token stream and in source order", () => {
    const result = lex(new SourceText("a // one\n/* two\nlines */ b /**/", "t.sla"));
    expect(result.tokens.map((t) => t.image)).toEqual(["a", "b"]);
    expect(result.comments.map((t) => t.image)).toEqual(["// one", "/* two\nlines */", "/**/"]);
  });

  it("reports unexpected characters, one diagnostic per run", () => {
    expect(problems("a ~ b @@ é")).toEqual([
      "1:3-1:4 SLA1001 unexpected character `~`",
      "1:7-1:9 SLA1001 unexpected characters `@@`",
      "1:10-1:11 SLA1001 unexpected character `é`",
    ]);
  });

  it("reports an unterminated string to the end of its line and keeps it as a string", () => {
    const text = 'provider "Acme\nnote "x"';
    expect(tokens(text)).toEqual(["Provider:provider", 'UnterminatedString:"Acme', "Note:note", 'StringLiteral:"x"']);
    expect(problems(text)).toEqual(['1:10-1:15 SLA1002 this string has no closing `"` on its line']);
  });

  it("reports an unterminated block comment at its opening", () => {
    expect(problems("a /* b\nc")).toEqual(["1:3-1:5 SLA1003 this comment has no closing `*/`"]);
    expect(tokens("a /* b\nc")).toEqual(["Identifier:a"]);
  });

  it("gives lines and columns for CRLF and CR line ends", () => {
    expect(problems("a\r\n~\rb ~")).toEqual(["2:1-2:2 SLA1001 unexpected character `~`", "3:3-3:4 SLA1001 unexpected character `~`"]);
  });
});
