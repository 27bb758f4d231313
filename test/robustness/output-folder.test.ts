/**
 * `slac build`'s output folder: replaced whole in one rename, so a reader sees one
 * build's complete output or the previous one, never a mix; never over files slac did not
 * write; names derived from policy ids that every file system can hold.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { project, slac } from "../cli/harness.js";

const bin = fileURLToPath(new URL("../../bin/slac.js", import.meta.url));

const policy = (id: string, hours = "4h") => `policy ${id} "${id}" {\n  first_response ${hours} 24x7\n}\n`;

/** The files of a folder and their contents. */
const contents = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));

describe("the output folder", () => {
  it("holds exactly one build's complete output after two builds into it at once, 50 times", async () => {
    const dir = project({ "a/one.sla": policy("one"), "a/two.sla": policy("two"), "b/three.sla": policy("three", "2h") });
    // Each build alone, for what its output must be.
    expect((await slac(dir, ["build", "a", "--out", "alone-a"])).code).toBe(0);
    expect((await slac(dir, ["build", "b", "--out", "alone-b"])).code).toBe(0);
    const outputs = [contents(path.join(dir, "alone-a")), contents(path.join(dir, "alone-b"))];
    const seen = new Set<number>();
    for (let round = 0; round < 50; round++) {
      const [a, b] = await Promise.all([slac(dir, ["build", "a", "--out", "out"]), slac(dir, ["build", "b", "--out", "out"])]);
      expect([a.code, b.code, a.stderr + b.stderr]).toEqual([0, 0, expect.any(String)]);
      const now = contents(path.join(dir, "out"));
      const which = outputs.findIndex((o) => JSON.stringify(o) === JSON.stringify(now));
      expect(which, `round ${round}: ${Object.keys(now).join(", ")}`).toBeGreaterThanOrEqual(0);
      seen.add(which);
    }
    // Nothing of either build is left beside the folder.
    expect(readdirSync(dir).filter((name) => name.startsWith(".out."))).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(1);
  });

  it("holds one build's complete output after two `slac build` processes into it at once", async () => {
    const dir = project({ "a/one.sla": policy("one"), "a/two.sla": policy("two"), "b/three.sla": policy("three", "2h") });
    expect((await slac(dir, ["build", "a", "--out", "alone-a"])).code).toBe(0);
    expect((await slac(dir, ["build", "b", "--out", "alone-b"])).code).toBe(0);
    const outputs = [contents(path.join(dir, "alone-a")), contents(path.join(dir, "alone-b"))];
    const build = (folder: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [bin, "build", folder, "--out", "out"], { cwd: dir, stdio: "ignore" });
        child.on("close", resolve);
      });
    for (let round = 0; round < 5; round++) {
      expect(await Promise.all([build("a"), build("b")])).toEqual([0, 0]);
      const now = contents(path.join(dir, "out"));
      expect(outputs.some((o) => JSON.stringify(o) === JSON.stringify(now)), `round ${round}: ${Object.keys(now).join(", ")}`).toBe(true);
    }
  });

  it("is replaced whole: a policy no longer built leaves no files behind", async () => {
    const dir = project({ "p/one.sla": policy("one"), "p/two.sla": policy("two") });
    expect((await slac(dir, ["build", "p", "--out", "out"])).code).toBe(0);
    writeFileSync(path.join(dir, "p/two.sla"), "");
    expect((await slac(dir, ["build", "p/one.sla", "--out", "out"])).code).toBe(0);
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual([".slac-output", "one.html", "one.json", "one.md"]);
  });

  it("is never replaced when it holds files slac did not write (SLA5012), and they stay", async () => {
    const dir = project({ "one.sla": policy("one"), "docs/README.md": "# Ours\n", "docs/one.json": "{}\n" });
    const result = await slac(dir, ["build", "one.sla", "--out", "docs"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error SLA5012: will not replace `docs`: it holds `README.md`, which slac did not write");
    expect(contents(path.join(dir, "docs"))).toEqual({ "README.md": "# Ours\n", "one.json": "{}\n" });
  });

  it("replaces an output of an older build, without the marker, that holds only files this build writes", async () => {
    const dir = project({ "one.sla": policy("one"), "out/one.json": "{}\n", "out/one.md": "old\n" });
    expect((await slac(dir, ["build", "one.sla", "--out", "out"])).code).toBe(0);
    expect(readFileSync(path.join(dir, "out/one.md"), "utf8")).not.toBe("old\n");
  });

  it("is left as it was when the output cannot be written", async () => {
    const dir = project({ "one.sla": policy("one"), "blocker": "a file where a folder should be\n" });
    const result = await slac(dir, ["build", "one.sla", "--out", "blocker/out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error SLA5006: cannot write to `blocker/out`");
    expect(readFileSync(path.join(dir, "blocker"), "utf8")).toBe("a file where a folder should be\n");
  });

  it("must be named: `--out ''` is a usage error", async () => {
    const dir = project({ "one.sla": policy("one") });
    const result = await slac(dir, ["build", "one.sla", "--out", ""]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("`--out` names no folder");
    expect(existsSync(path.join(dir, ".slac-output"))).toBe(false);
  });
});

describe("file names from policy ids", () => {
  it("refuse names Windows reserves for devices, and ids too long for a file name (SLA5004)", async () => {
    for (const id of ["CON", "nul", "Com1", "lpt9", "a".repeat(101)]) {
      const dir = project({ "p.sla": policy(id) });
      const result = await slac(dir, ["build", "p.sla", "--out", "out"]);
      expect(result.code, id).toBe(1);
      expect(result.stderr).toContain("error SLA5004");
      expect(existsSync(path.join(dir, "out"))).toBe(false);
    }
    const ok = project({ "p.sla": policy("a".repeat(100)) });
    expect((await slac(ok, ["build", "p.sla", "--out", "out"])).code).toBe(0);
  });

  it("refuse ids that differ only in case, which name one file on macOS and Windows (SLA5005)", async () => {
    const dir = project({ "p/a.sla": policy("Acme"), "p/b.sla": policy("acme") });
    const result = await slac(dir, ["build", "p", "--out", "out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("policy ids `acme` and `Acme` (in `p/a.sla`) differ only in case");
  });
});
