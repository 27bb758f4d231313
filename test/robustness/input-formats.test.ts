/** Files as other tools write them: a byte-order mark does not cost the first ticket or the bundle. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, slac } from "../cli/harness.js";

const policy = 'policy tiny "Tiny" {\n  first_response 4h 24x7\n}\n';
const ticket = (id: string) => JSON.stringify({ id, openedAt: "2026-03-02T09:00Z" });

describe("a byte-order mark", () => {
  it("at the start of an NDJSON file keeps the first ticket", async () => {
    const dir = project({ "tiny.sla": policy, "tickets.ndjson": `\ufeff${ticket("T-1")}\n${ticket("T-2")}\n` });
    const result = await slac(dir, ["due", "tiny.sla", "--tickets", "tickets.ndjson"]);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; due?: Record<string, string> });
    expect(lines.map((l) => [l.id, l.due?.first_response])).toEqual([
      ["T-1", "2026-03-02T13:00:00Z"],
      ["T-2", "2026-03-02T13:00:00Z"],
    ]);
  });

  it("at the start of a bundle is read past", async () => {
    const dir = project({ "tiny.sla": policy });
    expect((await slac(dir, ["build", "tiny.sla", "--out", "out", "--no-pages"])).code).toBe(0);
    const bundle = readFileSync(path.join(dir, "out/tiny.json"), "utf8");
    const withBom = project({ "tiny.json": `\ufeff${bundle}`, "t.ndjson": `${ticket("T-1")}\n` });
    const result = await slac(withBom, ["due", "tiny.json", "--tickets", "t.ndjson"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout) as unknown).toMatchObject({ id: "T-1", due: { first_response: "2026-03-02T13:00:00Z" } });
  });
});
