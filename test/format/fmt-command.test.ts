/** `slac fmt`, run in process in a temporary folder. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, slac } from "../cli/harness.js";

const messy = `policy tiny {\nprovider   "Tiny"\n\n\n\n    team t { hours 24x7 }\n}`;
const tidy = `policy tiny {\n  provider "Tiny"\n\n  team t { hours 24x7 }\n}\n`;
const broken = `policy broken {\n  provider 42\n}\n`;

const contents = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

describe("slac fmt", () => {
  it("rewrites files in place, and leaves formatted ones alone", async () => {
    const dir = project({ "policies/a.sla": messy, "policies/sub/b.sla": tidy, "policies/notes.txt": messy });
    const result = await slac(dir, ["fmt", "policies"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("formatted 2 files: 1 changed\n");
    expect(contents(dir, "policies/a.sla")).toBe(tidy);
    expect(contents(dir, "policies/sub/b.sla")).toBe(tidy);
    expect(contents(dir, "policies/notes.txt")).toBe(messy);
    expect(readdirSync(path.join(dir, "policies")).sort()).toEqual(["a.sla", "notes.txt", "sub"]);
  });

  it("--check lists the files that would change and exits 1, changing none", async () => {
    const dir = project({ "a.sla": messy, "b.sla": tidy, "c.sla": messy });
    const result = await slac(dir, ["fmt", "--check", "."]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("a.sla\nc.sla\n");
    expect(result.stderr).toBe("checked 3 files: 2 not formatted\n");
    expect(contents(dir, "a.sla")).toBe(messy);
  });

  it("--check exits 0 when every file is formatted", async () => {
    const dir = project({ "b.sla": tidy });
    const result = await slac(dir, ["fmt", "--check", "b.sla"]);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "checked 1 file: 0 not formatted\n" });
  });

  it("leaves a file with syntax errors untouched, reports it like slac check, and formats the others", async () => {
    const dir = project({ "broken.sla": broken, "ok.sla": messy });
    const result = await slac(dir, ["fmt", "broken.sla", "ok.sla"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.sla:2:12: error SLA1\d{3}: /m);
    expect(result.stderr).toContain("> 2 |   provider 42");
    expect(result.stderr).toContain("formatted 2 files: 1 changed, 1 error\n");
    expect(contents(dir, "broken.sla")).toBe(broken);
    expect(contents(dir, "ok.sla")).toBe(tidy);
  });

  it("formats standard input to standard output with -", async () => {
    const dir = project();
    const result = await slac(dir, ["fmt", "-"], { NO_COLOR: "1" }, [messy.slice(0, 20), messy.slice(20)]);
    expect(result).toEqual({ code: 0, stdout: tidy, stderr: "" });
  });

  it("prints nothing to standard output for standard input with syntax errors", async () => {
    const result = await slac(project(), ["fmt", "-"], { NO_COLOR: "1" }, [broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^<stdin>:2:12: error SLA1\d{3}: /m);
  });

  it("reports a missing path and exits 1", async () => {
    const result = await slac(project({ "ok.sla": tidy }), ["fmt", "missing.sla", "ok.sla"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error SLA5001: no such file or folder `missing.sla`");
  });

  it("refuses - together with files as a usage error", async () => {
    const result = await slac(project({ "ok.sla": tidy }), ["fmt", "-", "ok.sla"]);
    expect(result.code).toBe(2);
  });

  it("keeps the file's permissions", async () => {
    const dir = project({ "a.sla": messy });
    const { chmodSync, statSync } = await import("node:fs");
    chmodSync(path.join(dir, "a.sla"), 0o640);
    await slac(dir, ["fmt", "a.sla"]);
    expect(statSync(path.join(dir, "a.sla")).mode & 0o777).toBe(0o640);
    writeFileSync(path.join(dir, "a.sla"), tidy);
  });
});
