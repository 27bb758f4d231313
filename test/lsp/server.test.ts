/**
 * The language server over JSON-RPC: each feature asked for as an editor asks, and
 * answered from the same checks, phrasing, formatter and test runner the CLI uses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSource } from "../../src/pipeline.js";
import { type TestClient, connect, positionOf } from "./client.js";

const policy = `policy acme "Acme Support" {
  calendar office "Office hours" {
    zone America/New_York
    open mon-fri 09:00 - 17:00
  }
  channel email "Email"
  severity urgent "Urgent" { description "Production is down" }
  severity normal "Normal"
  tier gold "Gold" { hours office }
  first_response {
    urgent 1h 24x7
    normal 4h business
  }
  test "urgent is answered within the hour" {
    opened 2026-03-02T14:00Z
    tier gold
    severity urgent
    channel email
    expect first_response 2026-03-02T15:00Z
  }
  test "normal is wrong on purpose" {
    opened 2026-03-02T14:00Z
    tier gold
    severity normal
    channel email
    expect first_response 2026-03-02T15:00Z
  }
}
`;

const uri = "file:///work/acme.sla";
let client: TestClient;

beforeAll(async () => {
  client = await connect();
  await client.open(uri, policy);
});
afterAll(() => client.close());

describe("diagnostics", () => {
  it("publishes none for a clean policy", async () => {
    const published = await client.open("file:///work/clean.sla", policy);
    expect(published.diagnostics).toEqual([]);
  });

  it("publishes the codes, messages and ranges of `slac check` for a broken policy", async () => {
    // `ü` and `€` are one UTF-16 unit each, `😀` two: the ranges after them must count units.
    const broken = `policy bad "Bad – ü€😀" {\n  note "😀 emoji" tier gold { hours nowhere }\n  provider ~\n}\n`;
    const published = await client.open("file:///work/bad.sla", broken);
    const expected = checkSource(broken, "/work/bad.sla");
    expect(expected.length).toBeGreaterThan(1);
    expect(published.diagnostics.map((d) => d.code)).toEqual(expected.map((d) => d.code));
    expect(published.diagnostics.map((d) => String(d.message).split("\nhelp: ")[0])).toEqual(expected.map((d) => d.message));
    expect(published.diagnostics.map((d) => d.range)).toEqual(
      expected.map((d) => ({
        start: { line: d.range.start.line - 1, character: d.range.start.column - 1 },
        end: { line: d.range.end.line - 1, character: d.range.end.column - 1 },
      })),
    );
    // The unknown calendar `nowhere`, after the emoji on line 2: its UTF-16 character.
    const nowhere = published.diagnostics.find((d) => d.range.start.line === 1);
    expect(nowhere?.range.start).toEqual(positionOf(broken, "nowhere"));
    expect(broken.split("\n")[1]!.slice(nowhere!.range.start.character, nowhere!.range.end.character)).toBe("nowhere");
  });

  it("re-checks on each change", async () => {
    const doc = "file:///work/edit.sla";
    expect((await client.open(doc, policy)).diagnostics).toEqual([]);
    const changed = await client.change(doc, policy.replace("hours office", "hours offce"), 2);
    expect(changed.diagnostics.map((d) => d.code)).toEqual(checkSource(policy.replace("hours office", "hours offce"), "x").map((d) => d.code));
    expect(changed.diagnostics).not.toEqual([]);
  });
});

describe("hover", () => {
  it("says a target in plain words, with its calendar's week", async () => {
    const hover = await client.rpc.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf(policy, "4h business", 1) });
    expect(hover).toMatchObject({ contents: { kind: "markdown", value: "4 business hours on `office` (Monday–Friday 09:00–17:00 America/New_York)" } });
    const always = await client.rpc.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf(policy, "1h 24x7", 4) });
    expect(always).toMatchObject({ contents: { value: "1 h, 24/7" } });
  });

  it("gives a calendar's week, a severity's title and description, a tier's title", async () => {
    const hover = (needle: string, after = 1) =>
      client.rpc.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf(policy, needle, after) }) as Promise<{ contents: { value: string } }>;
    expect((await hover("hours office", 7)).contents.value).toBe("calendar `office` — Office hours\n\nMonday–Friday 09:00–17:00 America/New_York");
    expect((await hover("severity urgent", 10)).contents.value).toBe("severity `urgent` — Urgent\n\nProduction is down");
    expect((await hover("tier gold\n", 6)).contents.value).toBe("tier `gold` — Gold");
    expect((await hover("channel email\n", 9)).contents.value).toBe("channel `email` — Email");
    expect((await hover("first_response {")).contents.value).toBe("metric `first_response` — First response");
  });
});

describe("completion", () => {
  const complete = async (text: string, at = text.length) => {
    const doc = `file:///work/complete-${Math.random()}.sla`;
    await client.open(doc, text);
    const before = text.slice(0, at).split("\n");
    const items = (await client.rpc.sendRequest("textDocument/completion", {
      textDocument: { uri: doc },
      position: { line: before.length - 1, character: before.at(-1)!.length },
    })) as { label: string; kind: number }[];
    return items.map((i) => i.label);
  };

  it("offers IANA zones after `zone `", async () => {
    const zoneText = `policy p "P" {\n  calendar office {\n    zone \n  }\n}\n`;
    const labels = await complete(zoneText, zoneText.indexOf("zone ") + 5);
    expect(labels).toContain("America/New_York");
    expect(labels).toContain("Europe/Berlin");
    expect(labels).toContain("customer");
    expect(labels).not.toContain("open");
  });

  it("offers the keywords of the block at the cursor", async () => {
    const blockText = `policy p "P" {\n  calendar office {\n    \n  }\n}\n`;
    const labels = await complete(blockText, blockText.indexOf("{\n    ") + 6);
    expect(labels).toEqual(expect.arrayContaining(["zone", "open", "closed", "holidays"]));
    expect(labels).not.toContain("tier");
  });

  it("offers the declared calendars after `hours `, and severities in targets", async () => {
    const text = policy.replace("tier gold \"Gold\" { hours office }", "tier gold \"Gold\" { hours  }");
    const labels = await complete(text, text.indexOf("hours  }") + 6);
    expect(labels).toContain("office");
    expect(labels).toContain("24x7");
    expect(labels).not.toContain("urgent");
    const inTargets = await complete(policy, policy.indexOf("    normal 4h") + 4);
    expect(inTargets).toEqual(expect.arrayContaining(["urgent", "normal", "tier", "channel"]));
  });

  it("offers language tags after `languages `", async () => {
    const labels = await complete(`policy p "P" {\n  languages \n}\n`, 27);
    expect(labels).toEqual(expect.arrayContaining(["en", "pt-BR", "ja"]));
  });
});

describe("definition, references and rename", () => {
  const position = (needle: string, after: number) => ({ textDocument: { uri }, position: positionOf(policy, needle, after) });

  it("goes from a tier's `hours` to its calendar", async () => {
    const found = await client.rpc.sendRequest("textDocument/definition", position("hours office", 8));
    expect(found).toEqual([{ uri, range: { start: positionOf(policy, "office \"Office"), end: positionOf(policy, "office \"Office", 6) } }]);
  });

  it("goes from a test's severity to its declaration", async () => {
    const found = (await client.rpc.sendRequest("textDocument/definition", position("severity urgent\n    channel", 10))) as { range: unknown }[];
    expect(found.map((l) => l.range)).toEqual([{ start: positionOf(policy, "urgent \"Urgent"), end: positionOf(policy, "urgent \"Urgent", 6) }]);
  });

  it("finds every reference of a severity, with or without its declaration", async () => {
    const all = (await client.rpc.sendRequest("textDocument/references", { ...position("urgent 1h", 0), context: { includeDeclaration: true } })) as unknown[];
    expect(all).toHaveLength(3); // the declaration, the target rule, the test
    const uses = (await client.rpc.sendRequest("textDocument/references", { ...position("urgent 1h", 0), context: { includeDeclaration: false } })) as unknown[];
    expect(uses).toHaveLength(2);
  });

  it("renames a tier everywhere, declaration included, to a policy that still checks", async () => {
    const prepared = await client.rpc.sendRequest("textDocument/prepareRename", position("tier gold \"", 6));
    expect(prepared).toMatchObject({ placeholder: "gold" });
    const edit = (await client.rpc.sendRequest("textDocument/rename", { ...position("tier gold \"", 6), newName: "platinum" })) as {
      changes: Record<string, { range: { start: { line: number; character: number }; end: { character: number } }; newText: string }[]>;
    };
    const edits = edit.changes[uri]!;
    expect(edits).toHaveLength(3);
    const lines = policy.split("\n");
    for (const e of [...edits].reverse()) {
      const line = lines[e.range.start.line]!;
      lines[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
    }
    const renamed = lines.join("\n");
    expect(renamed).not.toMatch(/\bgold\b/);
    expect(checkSource(renamed, "x")).toEqual([]);
  });

  it("refuses to rename to something that is not an id, or a builtin metric", async () => {
    await expect(client.rpc.sendRequest("textDocument/rename", { ...position("tier gold \"", 6), newName: "two words" })).rejects.toThrow(/not an id/);
    expect(await client.rpc.sendRequest("textDocument/prepareRename", position("first_response {", 1))).toBeNull();
  });
});

describe("document symbols", () => {
  it("outlines the policy and its declarations", async () => {
    const symbols = (await client.rpc.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as {
      name: string;
      children: { name: string; detail?: string }[];
    }[];
    expect(symbols.map((s) => s.name)).toEqual(["acme"]);
    expect(symbols[0]!.children.map((c) => c.name)).toEqual([
      "office",
      "email",
      "urgent",
      "normal",
      "gold",
      "first_response",
      "urgent is answered within the hour",
      "normal is wrong on purpose",
    ]);
  });
});

describe("formatting", () => {
  it("lays a file out as `slac fmt` does", async () => {
    const doc = "file:///work/messy.sla";
    const messy = `policy m "M" {\n      calendar office { zone UTC open mon-fri 09:00 - 17:00 }\n}\n`;
    await client.open(doc, messy);
    const edits = (await client.rpc.sendRequest("textDocument/formatting", { textDocument: { uri: doc }, options: { tabSize: 2, insertSpaces: true } })) as { newText: string }[];
    expect(edits).toHaveLength(1);
    expect(edits[0]!.newText).toBe(`policy m "M" {\n  calendar office {\n    zone UTC\n    open mon-fri 09:00 - 17:00\n  }\n}\n`);
  });

  it("makes no edits to a formatted file or one with syntax errors", async () => {
    const formatting = (doc: string) => client.rpc.sendRequest("textDocument/formatting", { textDocument: { uri: doc }, options: { tabSize: 2, insertSpaces: true } });
    expect(await formatting(uri)).toEqual([]);
    await client.open("file:///work/syntax.sla", `policy s "S" {\n  provider ~\n}\n`);
    expect(await formatting("file:///work/syntax.sla")).toEqual([]);
  });
});

describe("code lenses", () => {
  it("shows whether each test block passes, as `slac test` runs it", async () => {
    const lenses = (await client.rpc.sendRequest("textDocument/codeLens", { textDocument: { uri } })) as {
      range: { start: { line: number } };
      command: { title: string };
    }[];
    expect(lenses.map((l) => l.range.start.line)).toEqual([positionOf(policy, "test \"urgent").line, positionOf(policy, "test \"normal").line]);
    expect(lenses[0]!.command.title).toBe("✓ test passes");
    expect(lenses[1]!.command.title).toBe("✗ test fails: first_response due: expected 2026-03-02T15:00:00Z, got 2026-03-02T18:00:00Z");
  });

  it("says the tests did not run when the policy has errors", async () => {
    const doc = "file:///work/lens-broken.sla";
    await client.open(doc, policy.replace("hours office", "hours offce"));
    const lenses = (await client.rpc.sendRequest("textDocument/codeLens", { textDocument: { uri: doc } })) as { command: { title: string } }[];
    expect(lenses.map((l) => l.command.title)).toEqual(["not run: the policy has errors", "not run: the policy has errors"]);
  });
});
