/**
 * Diagnostics of hostile files stay readable and bounded: at most SHOWN_PER_FILE per file
 * as text (then one line counting the rest), code frames cut to a window around the
 * column, control characters shown as visible stand-ins, never echoed to the terminal.
 */
import { describe, expect, it } from "vitest";
import { FRAME_WIDTH, SHOWN_PER_FILE, visible } from "../../src/cli/report.js";
import { project, slac } from "../cli/harness.js";

const checkText = async (text: string) => {
  const dir = project({ "p.sla": text });
  return slac(dir, ["check", "p.sla"]);
};

describe("diagnostics of hostile files", () => {
  it("are capped per file as text, with a line counting the rest, and stay linear in the input", async () => {
    for (const kb of [20, 40]) {
      // An id and an unexpected control character, over and over: one lexical error each.
      const text = "a\x01".repeat((kb * 1024) / 2);
      const result = await checkText(text);
      expect(result.code).toBe(1);
      const blocks = result.stderr.split("\n\n").filter((b) => / error SLA\d+/.test(b));
      expect(blocks.length).toBe(SHOWN_PER_FILE);
      expect(result.stderr).toMatch(/p\.sla: \d+ more diagnostics not shown \(`--format json` lists them all\)/);
      // A hundred frames of at most six cut lines each, whatever the size of the file.
      expect(result.stderr.length).toBeLessThan(SHOWN_PER_FILE * 8 * (FRAME_WIDTH + 40));
    }
  });

  it("cut a long line's code frame to a window around the column", async () => {
    const text = `policy p {\n  note "${"x".repeat(1_000_000)}" §oops\n}\n`;
    const result = await checkText(text);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("p.sla:2:");
    const frameLines = result.stderr.split("\n").filter((l) => /^\s*>?\s*\d+ \|/.test(l));
    expect(frameLines.length).toBeGreaterThan(0);
    for (const line of frameLines) expect(line.length).toBeLessThan(FRAME_WIDTH + 20);
    // The marked line is cut on both sides, and the mark stands under `oops`.
    const marked = result.stderr.split("\n").findIndex((l) => l.startsWith(">"));
    const lines = result.stderr.split("\n");
    expect(lines[marked]).toMatch(/…x+" §oops/);
    const caret = lines[marked + 1]!.indexOf("^");
    expect(lines[marked]!.slice(caret, caret + 5)).toBe("§oops");
  });

  it("show control characters of the source as visible stand-ins, never as raw bytes", async () => {
    const text = `policy p {\n  note "clear \x1b[2J\x07 bell"\n  \x1b[31m\n}\n`;
    const result = await checkText(text);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(result.stderr).toContain("␛[31m");
  });

  it("keep the columns of a line when they make it visible", () => {
    const raw = "a\x1bb\x7fc\u202ed\x85e\tf";
    expect(visible(raw)).toBe("a␛b␡c\ufffdd\ufffde\tf");
    expect(visible(raw).length).toBe(raw.length);
  });
});
