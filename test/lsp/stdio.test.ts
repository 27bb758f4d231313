/**
 * `slac lsp` as an editor starts it: `node bin/slac.js lsp` in a child process, spoken to
 * over its standard input and output. bin/slac.js runs the bundle `npm run build` makes;
 * until a build has the command in it, this is skipped (server.test.ts runs the same
 * server from source, over the same protocol).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { connect } from "./client.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const bundle = path.join(repo, "dist/bin/slac.js");
const built = existsSync(bundle) && readFileSync(bundle, "utf8").includes('command("lsp")');

describe.skipIf(!built)("node bin/slac.js lsp", () => {
  it("answers diagnostics, hover, completion and definition over stdio, and exits on `exit`", async () => {
    const child = spawn(process.execPath, [path.join(repo, "bin/slac.js"), "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const client = await connect({ input: child.stdout, output: child.stdin });
    const published = await client.open("file:///tmp/bad.sla", 'policy bad "Bad" {\n  provider ~\n}\n');
    expect(published.diagnostics.map((d) => [d.code, d.range.start])[0]).toEqual(["SLA1001", { line: 1, character: 11 }]);

    // A hover on a target, completion after `zone `, and definition from a tier's `hours` to its calendar.
    const uri = "file:///tmp/good.sla";
    const good = [
      'policy good "Good" {',
      '  calendar office "Office hours" {',
      "    zone America/New_York",
      "    open mon-fri 09:00 - 17:00",
      "  }",
      '  tier gold "Gold" { hours office }',
      "  first_response 4h business",
      "}",
      "",
    ].join("\n");
    expect((await client.open(uri, good)).diagnostics).toEqual([]);
    const at = (line: number, needle: string, after = 0) => ({ textDocument: { uri }, position: { line, character: good.split("\n")[line]!.indexOf(needle) + after } });
    const hover = (await client.rpc.sendRequest("textDocument/hover", at(6, "4h", 1))) as { contents: { value: string } };
    expect(hover.contents.value).toBe("4 business hours on `office` (Monday–Friday 09:00–17:00 America/New_York)");
    const zoneText = good.replace("zone America/New_York", "zone ");
    await client.open("file:///tmp/zone.sla", zoneText);
    const items = (await client.rpc.sendRequest("textDocument/completion", { textDocument: { uri: "file:///tmp/zone.sla" }, position: { line: 2, character: 9 } })) as { label: string }[];
    expect(items.map((i) => i.label)).toContain("Europe/Berlin");
    const definition = (await client.rpc.sendRequest("textDocument/definition", at(5, "office", 2))) as { uri: string; range: { start: unknown } }[];
    expect(definition).toEqual([{ uri, range: { start: { line: 1, character: 11 }, end: { line: 1, character: 17 } } }]);

    await client.rpc.sendRequest("shutdown");
    await client.rpc.sendNotification("exit");
    expect(await exited).toBe(0);
    client.close();
  });
});
