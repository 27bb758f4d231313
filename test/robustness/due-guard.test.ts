/**
 * A ticket line slac cannot answer (a throw inside the runtime, which the fuzzing finds
 * none of) is reported on its own line as slac's bug, SLA5013, and the lines after it are
 * still answered. The runtime is made to throw on one ticket to show it.
 */
import { describe, expect, it, vi } from "vitest";
import { project, slac } from "../cli/harness.js";

vi.mock("../../src/runtime/index.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/runtime/index.js")>();
  return {
    ...original,
    deadlines: (...args: Parameters<typeof original.deadlines>) => {
      if ((args[1] as { id?: unknown }).id === "boom") throw new TypeError("something slac did not expect");
      return original.deadlines(...args);
    },
  };
});

describe("slac due and a ticket it cannot answer", () => {
  it("reports SLA5013 on that line and answers the next", async () => {
    const policy = 'policy tiny "Tiny" {\n  first_response 4h 24x7\n}\n';
    const line = (id: string) => JSON.stringify({ id, openedAt: "2026-03-02T09:00Z" });
    const dir = project({ "tiny.sla": policy });
    const result = await slac(dir, ["due", "tiny.sla", "--tickets", "-"], { NO_COLOR: "1" }, [`${line("T-1")}\n${line("boom")}\n${line("T-3")}\n`]);
    const answers = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(answers).toHaveLength(3);
    expect(answers[1]).toEqual({
      id: "boom",
      line: 2,
      error: { code: "SLA5013", message: "slac could not answer this ticket: something slac did not expect", hint: "this is a bug of slac; please report it with the ticket line" },
    });
    expect(answers[2]).toMatchObject({ id: "T-3", due: { first_response: "2026-03-02T13:00:00Z" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("1 of 3 ticket lines had errors\n");
  });
});
