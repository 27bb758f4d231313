/**
 * A reader that closes the pipe early (`| head -c 1`) ends the command quietly: no stack
 * trace, no "cannot read tickets", whatever was left to write. Run as a user would, in a
 * child process of bin/slac.js (the bundle `npm run build` makes).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { project } from "../cli/harness.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const bin = path.join(repo, "bin/slac.js");

/** Runs slac with its standard output read for one byte and then closed; its stderr and exit code. */
function headOne(args: string[], stdin?: string, cwd = repo): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    let first = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", (d: Buffer) => {
      first = d.toString().slice(0, 1);
      child.stdout.destroy();
    });
    if (stdin !== undefined) {
      child.stdin.on("error", () => {});
      child.stdin.end(stdin);
    }
    child.on("close", (code) => resolve({ code, stderr, first }));
  });
}

describe("a closed pipe", () => {
  it("ends `slac check --format json` quietly", async () => {
    // Megabytes of diagnostics, far more than the pipe's buffer holds.
    const dir = project({ "many.sla": "a\x01".repeat(20_000) });
    const result = await headOne(["check", "--format", "json", "many.sla"], undefined, dir);
    expect(result.first).toBe("[");
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it("ends `slac due` quietly, not as tickets it cannot read", async () => {
    const ticket = JSON.stringify({ openedAt: "2026-03-02T09:00Z", tier: "basic", channel: "chat", severity: "critical" });
    const result = await headOne(["due", "policies/kustomer.sla", "--tickets", "-"], `${ticket}\n`.repeat(200_000));
    expect(result.first).toBe("{");
    expect(result.stderr).not.toMatch(/EPIPE|SLA5001|cannot read|Error/);
    expect(result.code).toBe(0);
  });
});
