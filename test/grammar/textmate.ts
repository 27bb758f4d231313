/** Tokenizes `.sla` text with grammar/sla.tmLanguage.json, as an editor would (vscode-textmate on Oniguruma). */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import oniguruma from "vscode-oniguruma";
import vsctm from "vscode-textmate";
import type { IGrammar } from "vscode-textmate";

/** Where the grammar lives. */
export const GRAMMAR_URL = new URL("../../grammar/sla.tmLanguage.json", import.meta.url);

/** The grammar file's text. */
export const GRAMMAR_TEXT = readFileSync(GRAMMAR_URL, "utf8");

/** One grammar token: an end-exclusive span of offsets in the whole text, and its scopes (outermost first). */
export interface ScopedToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let loaded: Promise<IGrammar> | undefined;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(createRequire(import.meta.url).resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === "source.sla" ? vsctm.parseRawGrammar(GRAMMAR_TEXT, GRAMMAR_URL.pathname) : null,
  });
  const grammar = await registry.loadGrammar("source.sla");
  if (grammar === null) throw new Error("source.sla did not load");
  return grammar;
}

/** The grammar, loaded once per test file. */
export function slaGrammar(): Promise<IGrammar> {
  loaded ??= loadGrammar();
  return loaded;
}

/** Every grammar token of a text, line by line as an editor sees it, with offsets into the whole text. */
export async function tokenizeSla(text: string): Promise<ScopedToken[]> {
  const grammar = await slaGrammar();
  const tokens: ScopedToken[] = [];
  let state = vsctm.INITIAL;
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const lineEnd = found ? found.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      // The last token of a line may reach past it, over the line break the tokenizer adds.
      const start = lineStart + Math.min(token.startIndex, line.length);
      const end = lineStart + Math.min(token.endIndex, line.length);
      if (end > start) tokens.push({ start, end, text: text.slice(start, end), scopes: token.scopes });
    }
    state = result.ruleStack;
    if (!found) return tokens;
    lineStart = found.index + found[0].length;
  }
}

/** The scopes of the grammar token at an offset (none in a line break). */
export function scopesAt(tokens: readonly ScopedToken[], offset: number): readonly string[] {
  return tokens.find((token) => token.start <= offset && offset < token.end)?.scopes ?? [];
}

/** Whether a scope list holds a scope equal to `family` or under it (`keyword` holds `keyword.other.sla`). */
export function hasScope(scopes: readonly string[], family: string): boolean {
  return scopes.some((scope) => scope === family || scope.startsWith(`${family}.`));
}

/** The grammar tokens of a one-line snippet, as `text → innermost scope`, for readable expectations. */
export async function innermostScopes(line: string): Promise<string[]> {
  const tokens = await tokenizeSla(line);
  return tokens.filter((t) => t.text.trim() !== "").map((t) => `${t.text} → ${t.scopes.at(-1)}`);
}

/** The seed policies and the kitchen sink: the real files every grammar test reads, by path from the repository root. */
export const SEED_FILES: readonly string[] = [
  ...readdirSync(new URL("../../policies/", import.meta.url))
    .filter((name) => name.endsWith(".sla"))
    .sort()
    .map((name) => `policies/${name}`),
  "test/fixtures/kitchen-sink.sla",
];

/** The text of a file, by path from the repository root. */
export function readSeed(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
}
