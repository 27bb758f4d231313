/** The canonical layout, construct by construct. */
import { describe, expect, it } from "vitest";
import { formatSla } from "../../src/format/format.js";
import { format } from "./helpers.js";

/** A policy of the given lines, as written. */
const policy = (...lines: string[]) => `policy p {\n${lines.join("\n")}\n}\n`;

describe("blocks", () => {
  it("puts each item on its own line, two spaces in", () => {
    expect(format(`policy p { provider "P"   calendar c { zone UTC  open mon-fri 09:00 - 17:00 } }`)).toBe(
      policy(`  provider "P"`, `  calendar c {`, `    zone UTC`, `    open mon-fri 09:00 - 17:00`, `  }`),
    );
  });

  it("keeps a one-item block on one line when written so and it fits, else breaks it", () => {
    expect(format(policy(`team t { hours 24x7 }`))).toBe(policy(`  team t { hours 24x7 }`));
    expect(format(policy(`team t {`, `hours 24x7 }`))).toBe(policy(`  team t {`, `    hours 24x7`, `  }`));
    const long = `team t { responsibility "${"x".repeat(70)}" }`;
    expect(format(policy(long))).toBe(policy(`  team t {`, `    responsibility "${"x".repeat(70)}"`, `  }`));
  });

  it("prints an empty block as {}", () => {
    expect(format(policy(`severity s "S" {   }`))).toBe(policy(`  severity s "S" {}`));
  });

  it("makes an item of each token between the braces", () => {
    expect(format(policy(`exclusions { "a" "b" }`))).toBe(policy(`  exclusions {`, `    "a"`, `    "b"`, `  }`));
  });

  it("keeps a blank line between items, one at most, and none after { or before }", () => {
    const text = policy(``, ``, `provider "P"`, ``, ``, ``, `updated 2026-01-01`, `supersedes q`, ``);
    expect(format(text)).toBe(policy(`  provider "P"`, ``, `  updated 2026-01-01`, `  supersedes q`));
  });

  it("keeps one blank line between policies when the source has one", () => {
    expect(format(`policy a {}\n\n\n\npolicy b {}\npolicy c {}`)).toBe(`policy a {}\n\npolicy b {}\npolicy c {}\n`);
  });
});

describe("items", () => {
  it("joins tokens with one space, with none before a comma", () => {
    expect(format(policy(`languages   en primary ,pt-BR,de`))).toBe(policy(`  languages en primary, pt-BR, de`));
  });

  it("wraps a long comma list at the print width, one indent in", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `value_${i}`);
    expect(format(policy(`attribute a { values ${ids.join(", ")} }`), "x.sla", 60)).toBe(
      policy(
        `  attribute a {`,
        `    values value_0, value_1, value_2, value_3, value_4,`,
        `      value_5, value_6, value_7, value_8, value_9, value_10,`,
        `      value_11`,
        `  }`,
      ),
    );
  });

  it("keeps a line break before a rule's provenance, as a continuation line", () => {
    const text2 = policy(`severity s`, `first_response {`, `s 15m 24x7`, `assumption "why"`, `note "more"`, `}`);
    expect(format(text2)).toBe(
      policy(`  severity s`, `  first_response {`, `    s 15m 24x7`, `      assumption "why"`, `      note "more"`, `  }`),
    );
    expect(format(text2.replace(`24x7\nassumption`, `24x7 assumption`))).toContain(`    s 15m 24x7 assumption "why"\n      note "more"\n`);
  });

  it("keeps a comment on a rule's line before its provenance on the next", () => {
    const text = policy(`severity s`, `first_response {`, `s 15m 24x7      // why`, `   assumption "why"`, `}`);
    expect(format(text)).toBe(policy(`  severity s`, `  first_response {`, `    s 15m 24x7 // why`, `      assumption "why"`, `  }`));
  });

  it("writes a date's shift without a space after its sign", () => {
    expect(format(policy(`calendar c { zone UTC  closed every easter -2d  closed every easter +1d }`))).toBe(
      policy(`  calendar c {`, `    zone UTC`, `    closed every easter -2d`, `    closed every easter +1d`, `  }`),
    );
  });
});

describe("comments", () => {
  it("keeps a trailing comment after one space, and a leading one on its own line", () => {
    const text = policy(`provider "P"          // who`, `   // about the date`, `updated 2026-01-01 /* when */`);
    expect(format(text)).toBe(policy(`  provider "P" // who`, `  // about the date`, `  updated 2026-01-01 /* when */`));
  });

  it("puts a comment before } at the items' indentation, and one after { on its line", () => {
    const text = `policy p { // the policy\nprovider "P"\n// the end\n}`;
    expect(format(text)).toBe(`policy p { // the policy\n  provider "P"\n  // the end\n}\n`);
  });

  it("breaks a one-line block after a line comment", () => {
    expect(format(`policy p { team t { hours 24x7 } // the team\n}`)).toBe(policy(`  team t { hours 24x7 } // the team`));
    expect(format(`policy p { team t { hours 24x7 // the hours\n} }`)).toBe(policy(`  team t {`, `    hours 24x7 // the hours`, `  }`));
  });

  it("keeps comments inside an item and inside lists", () => {
    const text = policy(`languages en, /* and */ de, // then\nfr`);
    expect(format(text)).toBe(policy(`  languages en, /* and */ de, // then`, `    fr`));
  });

  it("keeps comments before and after the policies, and block comments as written", () => {
    const text = `/* one\n   two */\n\n// head\npolicy p {}\n// tail\n`;
    expect(format(text)).toBe(text);
  });
});

describe("refusals", () => {
  it("gives the syntax errors of a broken file and no text", () => {
    const result = formatSla(`policy p { provider 42 }`, "broken.sla");
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code.slice(0, 4), d.range.start.line, d.range.start.column])).toEqual([["SLA1", 1, 21]]);
  });

  it("formats an empty file to nothing", () => {
    expect(format("  \n\n")).toBe("");
  });
});
