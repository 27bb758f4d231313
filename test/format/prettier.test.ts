/** The prettier plugin: prettier formats `.sla` as `slac fmt` does, and refuses what it refuses. */
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import plugin from "../../src/format/prettier.js";
import { corpus, format, read } from "./helpers.js";

const options = { parser: "sla", plugins: [plugin] };

describe("slac/prettier", () => {
  it.each(corpus)("formats %s as the formatter does", async (file) => {
    const text = read(file);
    expect(await prettier.format(text, { ...options, filepath: file })).toBe(format(text, file));
  });

  it("is chosen by the .sla extension", async () => {
    const text = `policy p {   provider "P" }`;
    expect(await prettier.format(text, { filepath: "x.sla", plugins: [plugin] })).toBe(`policy p { provider "P" }\n`);
  });

  it("honours printWidth", async () => {
    const text = `policy p {\n  languages en, de, fr, es, it, pt, nl, sv, da, fi, pl, cs\n}\n`;
    expect(await prettier.format(text, { ...options, printWidth: 40 })).toBe(
      `policy p {\n  languages en, de, fr, es, it, pt, nl,\n    sv, da, fi, pl, cs\n}\n`,
    );
  });

  it("refuses a file with syntax errors, at the first error", async () => {
    const error: unknown = await prettier.format(`policy p {\n  provider 42\n}\n`, { ...options, filepath: "broken.sla" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^error SLA1\d{3}: .* \(2:12\)/);
  });

  it("gives prettier no comments to attach", async () => {
    const parsed = await plugin.parsers.sla!.parse(`// c\npolicy p {}\n`, { filepath: "x.sla", printWidth: 80 } as never);
    expect(parsed).not.toHaveProperty("comments");
  });
});
