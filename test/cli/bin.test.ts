/**
 * The installed command: bin/slac.js runs the bundle `npm run build` makes (npm install
 * and npm ci run the build). These run it as a user would, in a child process.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { project } from "./harness.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const bin = path.join(repo, "bin/slac.js");

function slacProcess(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/slac.js", () => {
  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as { version: string };
    expect(slacProcess(repo, ["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it("checks the bundled policies cleanly", () => {
    const result = slacProcess(repo, ["check", "policies"]);
    expect(result.stderr).toMatch(/^checked 5 files: 0 errors, 0 warnings\n$/);
    expect(result.code).toBe(0);
  });

  it("exits 1 with positioned diagnostics and no stack trace on a broken policy", () => {
    const dir = project({ "bad.sla": 'policy bad "Bad" {\n  provider ~\n}\n' });
    const result = slacProcess(dir, ["check", "bad.sla"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bad\.sla:2:12: error SLA1001: /m);
    expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  });

  it("exits 2 on a usage error", () => {
    expect(slacProcess(repo, ["check"]).code).toBe(2);
  });
});
