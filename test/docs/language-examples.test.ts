/**
 * Keeps the examples of docs/language.md and README.md honest: every ```sla block is
 * compiled, fragments inside a minimal policy that declares what they refer to, and the
 * tests the examples hold are run with the runtime, as `slac test` runs them; and so are
 * the example policies of docs/examples/, which docs/language.md links.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Bundle, PolicyTest } from "../../src/contract/bundle.js";
import { compile } from "../../src/pipeline.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { runTest } from "../../src/cli/commands/test.js";
import { deadlines } from "../../src/runtime/index.js";
import { keywords, parse, punctuation } from "../../src/syntax/index.js";
import { lex } from "../../src/syntax/lexer.js";
import { SourceText } from "../../src/syntax/source.js";

/** A fenced ```sla block: where it is and what it says. */
interface Example {
  readonly file: string;
  /** 1-based line of the first line inside the fence. */
  readonly line: number;
  readonly text: string;
}

function read(file: string): string {
  return readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
}

/** Every ```sla block of a Markdown file, in order; an unclosed fence fails loudly. */
function slaBlocks(file: string): Example[] {
  const lines = read(file).split("\n");
  const blocks: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```sla\s*$/.test(lines[i]!)) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`${file}:${i + 1}: unclosed \`\`\`sla block`);
    blocks.push({ file, line: i + 2, text: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return blocks;
}

/** The first line of a block without its comment, which names the block in the maps below. */
function keyOf(example: Example): string {
  const first = example.text.split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("//")) ?? "";
  return first.replace(/\s\/\/.*$/, "").trim();
}

const isPolicy = (example: Example): boolean => /^policy\s/.test(keyOf(example));
const isTest = (example: Example): boolean => /^test\s/.test(keyOf(example));

/**
 * What a fragment refers to and the minimal policy around it must declare, by the
 * fragment's first line. A fragment not listed here needs nothing.
 */
const declarations: Readonly<Record<string, string>> = {
  'team level2 "Tech team" {': "calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }",
  'channel email "Email" {': "severity medium",
  'severity s0 "S0" {': "tier standard",
  'tier premium "Premium Support" {': "calendar premium_hours { zone Europe/Berlin  open daily 09:00 - 17:00 }\nchannel hub",
  "first_response 5m 24x7": [
    "calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }",
    "team level1 { hours 24x7 }",
    "metric membership_reply",
    "metric refund",
  ].join("\n"),
  "first_response {": [
    "calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }",
    "channel email channel chat",
    "severity critical severity high severity medium severity low",
    "tier premium tier standard tier basic",
  ].join("\n"),
  "resolution {": [
    "calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }",
    "languages en primary, ja",
    "attribute environment { values production, staging }",
    "attribute language from languages",
    "severity critical severity high",
  ].join("\n"),
  "attribute environment \"Environment\" {": "languages en primary, ja",
  "next_response {": "calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }\nseverity critical severity high",
  "coverage {": [
    "languages en primary, ja",
    "calendar japan_hours { zone Asia/Tokyo  open mon-fri 09:00 - 17:00 }",
    "attribute language from languages",
    "severity urgent severity normal",
  ].join("\n"),
  "eligibility {": [
    "attribute environment { values production, staging  default production }",
    "channel phone channel email",
    "severity p1 severity p2 severity p3",
    "tier standard tier premium",
  ].join("\n"),
  "escalation {": [
    "calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }",
    "team level1 { hours 24x7 }",
    "team level2 { hours office }",
    "channel chat",
    "severity critical",
  ].join("\n"),
};

/** Warnings a block is documented to give, by its first line; every other block gives none. */
const expectedWarnings: Readonly<Record<string, readonly string[]>> = {};

/** The minimal policy a fragment compiles in. */
function wrap(example: Example): string {
  const declared = declarations[keyOf(example)] ?? "";
  return `policy doc_example {\n${declared}\n${example.text}\n}\n`;
}

/** A test fragment placed inside a policy's block, before its closing brace. */
function insertInto(policy: string, test: string): string {
  const end = policy.lastIndexOf("}");
  return `${policy.slice(0, end)}\n${test}\n${policy.slice(end)}`;
}

function describeDiagnostic(d: Diagnostic): string {
  return `${d.code} ${d.severity} at ${d.range.start.line}:${d.range.start.column}: ${d.message}`;
}

/** Compiles a text and expects exactly the block's documented warnings, and no error. */
function compileClean(text: string, example: Example): Bundle[] {
  const { bundles, diagnostics } = compile(text, `${example.file}:${example.line}`);
  const warnings = expectedWarnings[keyOf(example)] ?? [];
  expect(diagnostics.map(describeDiagnostic), text).toHaveLength(warnings.length);
  expect(diagnostics.map((d) => d.code)).toEqual(warnings);
  expect(bundles.length).toBeGreaterThan(0);
  return bundles;
}

/** Why a policy test fails, as `slac test` judges it (its own function); empty when it passes. */
function failures(bundle: Bundle, test: PolicyTest): string[] {
  return runTest(bundle, bundle.policy.source, test, deadlines).failures.map((f) => `${test.name}: ${f}`);
}

function runTests(bundles: readonly Bundle[]): number {
  let ran = 0;
  for (const bundle of bundles) {
    for (const test of bundle.tests) {
      expect(failures(bundle, test)).toEqual([]);
      ran++;
    }
  }
  return ran;
}

const language = slaBlocks("docs/language.md");
const readme = slaBlocks("README.md");

/** Each block with the text it is compiled as: policies as they are, fragments wrapped. */
const compiled: { readonly example: Example; readonly text: string; readonly kind: "policy" | "test" | "fragment" }[] = [];
{
  let policy: string | undefined;
  for (const example of language) {
    if (isPolicy(example)) {
      policy = example.text;
      compiled.push({ example, text: example.text, kind: "policy" });
    } else if (isTest(example)) {
      if (policy === undefined) throw new Error(`docs/language.md:${example.line}: a test example before any policy example`);
      compiled.push({ example, text: insertInto(policy, example.text), kind: "test" });
    } else {
      compiled.push({ example, text: wrap(example), kind: "fragment" });
    }
  }
}

const name = (example: Example): string => `${example.file}:${example.line} ${keyOf(example)}`;

describe("docs/language.md examples", () => {
  it("are found", () => {
    expect(language.length).toBeGreaterThanOrEqual(20);
    expect(compiled.filter((c) => c.kind === "test").length).toBeGreaterThanOrEqual(3);
  });

  it.each(compiled.filter((c) => c.kind === "policy").map((c) => [name(c.example), c] as const))(
    "%s compiles without errors and its tests pass",
    (_, { example, text }) => {
      runTests(compileClean(text, example));
    },
  );

  it.each(compiled.filter((c) => c.kind === "fragment").map((c) => [name(c.example), c] as const))(
    "%s compiles without errors in a minimal policy, and its tests pass",
    (_, { example, text }) => {
      runTests(compileClean(text, example));
    },
  );

  it.each(compiled.filter((c) => c.kind === "test").map((c) => [name(c.example), c] as const))(
    "%s passes in the policy of its section",
    (_, { example, text }) => {
      const bundles = compileClean(text, example);
      const testName = /^test\s+"((?:[^"\\]|\\.)*)"/.exec(keyOf(example))?.[1];
      const tests = bundles.flatMap((b) => b.tests.map((t) => [b, t] as const)).filter(([, t]) => t.name === testName);
      expect(tests).toHaveLength(1);
      const [bundle, test] = tests[0]!;
      expect(test.expect.length > 0 || test.expectRejected || test.expectSeverity !== null).toBe(true);
      expect(failures(bundle, test)).toEqual([]);
    },
  );

  it("run the documented tests of every policy example", () => {
    const ran = compiled
      .filter((c) => c.kind === "policy")
      .reduce((sum, c) => sum + runTests(compile(c.text, name(c.example)).bundles), 0);
    expect(ran).toBeGreaterThan(0);
  });

  it("declare nothing that no example needs", () => {
    const keys = new Set(language.map(keyOf));
    expect(Object.keys(declarations).filter((key) => !keys.has(key))).toEqual([]);
    expect(Object.keys(expectedWarnings).filter((key) => !keys.has(key))).toEqual([]);
  });

  it("show every construct of the grammar: every AST node kind, keyword and punctuation mark", () => {
    const nodeKinds = new Set(
      [...read("src/ast/nodes.ts").matchAll(/readonly kind: "(\w+)"/g)].map((m) => m[1]!),
    );
    const found = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node !== null && typeof node === "object") {
        const { kind } = node as { kind?: unknown };
        if (typeof kind === "string") found.add(kind);
        Object.values(node).forEach(visit);
      }
    };
    const images = new Set<string>();
    for (const { text } of compiled) {
      visit(parse(text, "example.sla").value);
      for (const token of lex(new SourceText(text, "example.sla")).tokens) images.add(token.image);
    }
    expect([...nodeKinds].filter((kind) => !found.has(kind))).toEqual([]);
    expect([...keywords, ...punctuation, "24x7"].filter((word) => !images.has(word))).toEqual([]);
  });
});

describe("README.md example", () => {
  it("is there", () => {
    expect(readme.length).toBeGreaterThanOrEqual(1);
  });

  it.each(readme.map((example) => [name(example), example] as const))("%s compiles without errors", (_, example) => {
    const text = isPolicy(example) ? example.text : wrap(example);
    runTests(compileClean(text, example));
  });
});

describe("docs/examples", () => {
  const examples = readdirSync(new URL("../../docs/examples/", import.meta.url)).filter((name) => name.endsWith(".sla")).sort();

  it("are there, and linked from docs/language.md", () => {
    expect(examples).toContain("calendars.sla");
    const doc = read("docs/language.md");
    for (const name of examples) expect(doc).toContain(`(examples/${name})`);
  });

  it.each(examples)("%s compiles without diagnostics and its tests pass", (name) => {
    const file = `docs/examples/${name}`;
    const { bundles, diagnostics } = compile(read(file), file);
    expect(diagnostics.map(describeDiagnostic)).toEqual([]);
    expect(runTests(bundles)).toBeGreaterThan(0);
  });
});

