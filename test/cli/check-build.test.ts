import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { project, slac } from "./harness.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const schema = JSON.parse(readFileSync(path.join(repo, "schema/bundle.schema.json"), "utf8"));

const valid = `policy tiny "Tiny Support" {
  provider "Tiny"
  calendar office "Office hours" {
    zone Europe/Berlin
    open mon-fri 09:00 - 17:00
  }
  severity high "High"
  severity low "Low"
  first_response {
    high 1h 24x7
    low 4h
  }
}
`;

describe("slac check", () => {
  it("exits 0 on a clean policy and prints no diagnostics", async () => {
    const dir = project({ "policies/tiny.sla": valid });
    const result = await slac(dir, ["check", "policies"]);
    expect(result.stderr).toContain("checked 1 file: 0 errors, 0 warnings");
    expect(result.code).toBe(0);
  });

  it("reports three syntax errors with positions, codes and code frames, and no stack trace", async () => {
    const broken = [
      `policy broken "Broken" {`,
      `  provider 42`,
      `  calendar office { zone Europe/Berlin open mon-fri 09:00 - }`,
      `  severity high "High" { description }`,
      `}`,
      ``,
    ].join("\n");
    const dir = project({ "broken.sla": broken });
    const result = await slac(dir, ["check", "broken.sla"]);
    expect(result.code).toBe(1);
    const heads = result.stderr.split("\n").filter((l) => /^broken\.sla:\d+:\d+: error SLA1\d{3}: /.test(l));
    expect(heads.map((h) => h.split(":").slice(1, 3).join(":"))).toEqual(["2:12", "3:61", "4:38"]);
    expect(result.stderr).toContain("> 2 |   provider 42");
    expect(result.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);

    const json = await slac(dir, ["check", "broken.sla", "--format", "json"]);
    expect(json.code).toBe(1);
    const diagnostics = JSON.parse(json.stdout);
    expect(diagnostics).toHaveLength(3);
    for (const d of diagnostics) {
      expect(d).toMatchObject({ severity: "error", range: { file: "broken.sla" } });
      expect(d.code).toMatch(/^SLA1\d{3}$/);
    }
  });

  it("names an unknown time zone", async () => {
    const dir = project({ "mars.sla": valid.replace("Europe/Berlin", "Mars/Olympus_Mons") });
    const result = await slac(dir, ["check", "mars.sla"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/mars\.sla:4:10: error SLA2001: .*`Mars\/Olympus_Mons`/);
  });

  it("reports a missing path as an error, and an unknown option as usage", async () => {
    const dir = project();
    const missing = await slac(dir, ["check", "nowhere.sla"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nowhere.sla: error SLA5001: no such file or folder `nowhere.sla`");
    expect((await slac(dir, ["check", "--frobnicate", "x"])).code).toBe(2);
    expect((await slac(dir, ["explode"])).code).toBe(2);
    expect((await slac(dir, ["check"])).code).toBe(2);
  });

  it("prints an empty JSON array for a clean run with --format json", async () => {
    const dir = project({ "tiny.sla": valid });
    const result = await slac(dir, ["check", ".", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});

describe("slac build", () => {
  it("writes one schema-valid bundle per policy, byte-identical across builds", async () => {
    const dir = project({ "policies/tiny.sla": valid, "policies/more/other.sla": valid.replace("policy tiny", "policy other") });
    expect((await slac(dir, ["build", "policies", "--out", "out"])).code).toBe(0);
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual([".slac-output", "other.html", "other.json", "other.md", "tiny.html", "tiny.json", "tiny.md"]);
    const first = readFileSync(path.join(dir, "out/tiny.json"), "utf8");
    const validate = new Ajv2020.default({ strict: true, allErrors: true }).compile(schema);
    expect(validate(JSON.parse(first)), JSON.stringify(validate.errors)).toBe(true);
    expect((await slac(dir, ["build", "policies", "--out", "out2"])).code).toBe(0);
    expect(readFileSync(path.join(dir, "out2/tiny.json"), "utf8")).toBe(first);
    for (const page of ["tiny.md", "tiny.html"]) {
      expect(readFileSync(path.join(dir, "out2", page), "utf8")).toBe(readFileSync(path.join(dir, "out", page), "utf8"));
    }
  });

  it("writes each policy's HTML page, a whole document with the policy's title", async () => {
    const dir = project({ "tiny.sla": valid });
    expect((await slac(dir, ["build", "tiny.sla", "--out", "out"])).code).toBe(0);
    const page = readFileSync(path.join(dir, "out/tiny.html"), "utf8");
    expect(page.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
    expect(page).toContain("<title>Tiny Support</title>");
    expect(page).toContain("<h1>Tiny Support</h1>");
    expect(page.endsWith("</html>\n")).toBe(true);
  });

  it("writes each policy's Markdown page, with YAML front matter on --front-matter", async () => {
    const dir = project({ "tiny.sla": valid });
    expect((await slac(dir, ["build", "tiny.sla", "--out", "out"])).code).toBe(0);
    const page = readFileSync(path.join(dir, "out/tiny.md"), "utf8");
    expect(page.startsWith("# ")).toBe(true);
    expect((await slac(dir, ["build", "tiny.sla", "--out", "fm", "--front-matter"])).code).toBe(0);
    const withFrontMatter = readFileSync(path.join(dir, "fm/tiny.md"), "utf8");
    expect(withFrontMatter).toMatch(/^---\ntitle: ".*"\npolicy: "tiny"\nlang: "en"\n---\n\n# /);
    expect(withFrontMatter.endsWith(page)).toBe(true);
  });

  it("writes the bundles alone on --no-pages, the same bytes as with the pages", async () => {
    const dir = project({ "tiny.sla": valid });
    expect((await slac(dir, ["build", "tiny.sla", "--out", "all"])).code).toBe(0);
    expect((await slac(dir, ["build", "tiny.sla", "--out", "bundles", "--no-pages"])).code).toBe(0);
    expect(readdirSync(path.join(dir, "bundles")).sort()).toEqual([".slac-output", "tiny.json"]);
    expect(readFileSync(path.join(dir, "bundles/tiny.json"), "utf8")).toBe(readFileSync(path.join(dir, "all/tiny.json"), "utf8"));
  });

  it("writes nothing over the previous output when any policy has an error", async () => {
    const dir = project({ "policies/tiny.sla": valid, "policies/bad.sla": "policy bad { provider }" });
    const before = "{\"kept\": true}\n";
    const out = path.join(dir, "out");
    await slac(dir, ["build", "policies/tiny.sla", "--out", "out"]);
    writeFileSync(path.join(out, "tiny.json"), before);
    const result = await slac(dir, ["build", "policies", "--out", "out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing was written");
    expect(readFileSync(path.join(out, "tiny.json"), "utf8")).toBe(before);
    expect(existsSync(path.join(out, "bad.json"))).toBe(false);
    expect(existsSync(path.join(out, "bad.md"))).toBe(false);
    expect(existsSync(path.join(out, "bad.html"))).toBe(false);
    // The earlier build's pages are the earlier build's: the failed one wrote none of its own.
    expect(readdirSync(out).sort()).toEqual([".slac-output", "tiny.html", "tiny.json", "tiny.md"]);
  });

  it("writes to an output folder outside the working directory, as the user asked", async () => {
    const dir = project({ "tiny.sla": valid });
    const site = mkdtempSync(path.join(tmpdir(), "slac-site-"));
    const elsewhere = path.join(site, "nested/out");
    const result = await slac(dir, ["build", "tiny.sla", "--out", elsewhere]);
    expect(result.stderr).toBe(`built 1 policy into ${elsewhere}\n`);
    expect(result.code).toBe(0);
    expect(readdirSync(elsewhere).sort()).toEqual([".slac-output", "tiny.html", "tiny.json", "tiny.md"]);
    expect((await slac(dir, ["build", "tiny.sla", "--out", "../" + path.basename(dir) + "-sibling"])).code).toBe(0);
    expect(existsSync(path.join(dir + "-sibling", "tiny.json"))).toBe(true);
  });

  it("gives byte-identical bundles whatever the working directory", async () => {
    const dir = project({ "policies/tiny.sla": valid, "policies/more/other.sla": valid.replace("policy tiny", "policy other") });
    const outA = mkdtempSync(path.join(tmpdir(), "slac-a-"));
    const outB = mkdtempSync(path.join(tmpdir(), "slac-b-"));
    const outC = mkdtempSync(path.join(tmpdir(), "slac-c-"));
    expect((await slac(dir, ["build", "policies", "--out", outA])).code).toBe(0);
    expect((await slac(path.join(dir, "policies"), ["build", ".", "--out", outB])).code).toBe(0);
    expect((await slac(path.join(dir, "policies/more"), ["build", "../../policies", "--out", outC])).code).toBe(0);
    for (const name of ["tiny.json", "other.json"]) {
      const a = readFileSync(path.join(outA, name), "utf8");
      expect(readFileSync(path.join(outB, name), "utf8")).toBe(a);
      expect(readFileSync(path.join(outC, name), "utf8")).toBe(a);
    }
    // A folder argument records the path inside it; a file argument records the file's own name.
    expect(JSON.parse(readFileSync(path.join(outA, "other.json"), "utf8")).policy.source).toBe("more/other.sla");
    const outD = mkdtempSync(path.join(tmpdir(), "slac-d-"));
    const outE = mkdtempSync(path.join(tmpdir(), "slac-e-"));
    expect((await slac(dir, ["build", "policies/more/other.sla", "--out", outD])).code).toBe(0);
    expect((await slac(path.join(dir, "policies/more"), ["build", "other.sla", "--out", outE])).code).toBe(0);
    expect(readFileSync(path.join(outE, "other.json"), "utf8")).toBe(readFileSync(path.join(outD, "other.json"), "utf8"));
    expect(JSON.parse(readFileSync(path.join(outD, "other.json"), "utf8")).policy.source).toBe("other.sla");
  });

  it("still prints diagnostics with paths from the working directory", async () => {
    const dir = project({ "policies/more/bad.sla": "policy bad { provider }" });
    const result = await slac(dir, ["build", "policies", "--out", "out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^policies\/more\/bad\.sla:1:23: error SLA1005/m);
  });

  it("rejects two policies with the same id", async () => {
    const dir = project({ "a.sla": valid, "b.sla": valid });
    const result = await slac(dir, ["build", ".", "--out", "out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SLA5005");
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });
});
