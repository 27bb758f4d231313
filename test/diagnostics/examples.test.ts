/**
 * Documentation that runs: every example in the diagnostic code registry (and so in
 * docs/diagnostics.md) produces exactly its own code, at the stage that reports it.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSource } from "../../src/pipeline.js";
import { compile } from "../../src/pipeline.js";
import { allCodes } from "../../src/diagnostics/codes/index.js";
import type { CodeInfo } from "../../src/diagnostics/registry.js";
import { deadlines, parseTrafficLine, uptime } from "../../src/runtime/index.js";
import { readColumnMapping, sqlExport } from "../../src/sql/index.js";
import { project, slac } from "../cli/harness.js";

const seed = (name: string) => readFileSync(new URL(`../../policies/${name}`, import.meta.url), "utf8");
const kustomer = compile(seed("kustomer.sla"), "kustomer.sla").bundles[0]!;
const haptik = compile(seed("haptik.sla"), "haptik.sla").bundles[0]!;

/** The codes an example produces, at the stage its code belongs to. */
async function codesOf(info: CodeInfo & { example: string }): Promise<string[]> {
  const { example } = info;
  switch (info.code[3]) {
    case "1":
    case "2": {
      const text = example.startsWith("policy ") ? example : `policy p {\n${example}\n}\n`;
      return checkSource(text, "example.sla").map((d) => d.code);
    }
    case "4": {
      if (example.startsWith("{")) {
        const outcome = deadlines(kustomer, JSON.parse(example));
        return outcome.ok ? Object.values(outcome.value.errors ?? {}).map((e) => e.code) : [outcome.error.code];
      }
      if (example.startsWith("--month ")) {
        const outcome = uptime(haptik, [], example.slice("--month ".length));
        return outcome.ok ? [] : [outcome.error.code];
      }
      const record = parseTrafficLine(example, 1);
      return record !== null && "error" in record ? [record.error.code] : [];
    }
    case "5": {
      const dir = project({ "policies/kustomer.sla": seed("kustomer.sla") });
      if (example.startsWith("slac ")) {
        const argv = example.slice("slac ".length).split(" ");
        for (const arg of argv) if (arg.endsWith("/")) mkdirSync(path.join(dir, arg), { recursive: true });
        const result = await slac(dir, [...argv, "--format", "json"]);
        return (JSON.parse(result.stdout) as { code: string }[]).map((d) => d.code);
      }
      const result = await slac(dir, ["due", "policies/kustomer.sla", "--tickets", "-"], { NO_COLOR: "1" }, [example + "\n"]);
      return result.stdout
        .trim()
        .split("\n")
        .flatMap((line) => {
          const answer = JSON.parse(line) as { error?: { code: string } };
          return answer.error === undefined ? [] : [answer.error.code];
        });
    }
    case "6": {
      if (example.startsWith("{")) {
        const mapping = readColumnMapping(example);
        return mapping.ok ? [] : [mapping.error.code];
      }
      const years = /^--years (\d+)-(\d+)$/.exec(example);
      const bundle = years === null ? compile(example, "example.sla").bundles[0]! : kustomer;
      const exported = sqlExport(bundle, { dialect: "duckdb", ...(years === null ? {} : { years: { from: Number(years[1]), to: Number(years[2]) } }) });
      return exported.ok ? [] : [exported.error.code];
    }
    default:
      throw new Error(`no way to run the examples of ${info.code}`);
  }
}

describe("registry examples", () => {
  const examples = allCodes().filter((c): c is CodeInfo & { example: string } => c.example !== undefined);

  it("are given for most codes, and never for a retired one", () => {
    expect(examples.length).toBeGreaterThan(45);
    for (const c of allCodes()) if (c.retired !== undefined) expect(c.example, c.code).toBeUndefined();
  });

  for (const info of examples) {
    it(`${info.code} ${info.name}: its example gives exactly ${info.code}`, async () => {
      const codes = await codesOf(info);
      expect(codes.length, `${info.example} gave nothing`).toBeGreaterThan(0);
      expect(new Set(codes), info.example).toEqual(new Set([info.code]));
    });
  }
});
