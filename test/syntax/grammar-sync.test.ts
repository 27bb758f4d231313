/**
 * grammar/sla.ebnf is normative; this keeps it in step with the parser: the same rules,
 * the same keywords and tokens, and in every rule the same terminals and sub-rules.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getParser } from "../../src/syntax/parser/policy.js";
import { allTokens, errorTokens, keywords, spelledTokens } from "../../src/syntax/tokens.js";

const ebnfText = readFileSync(new URL("../../grammar/sla.ebnf", import.meta.url), "utf8");

interface EbnfRule {
  readonly name: string;
  /** Quoted terminals, as written. */
  readonly quoted: Set<string>;
  /** Names of rules and tokens it refers to. */
  readonly names: Set<string>;
}

/** Reads `name ::= body` rules, skipping comments, strings, character classes and `#x` escapes. */
function readEbnf(text: string): Map<string, EbnfRule> {
  const rules = new Map<string, EbnfRule>();
  const pieces = text.matchAll(/\/\*[\s\S]*?\*\/|"[^"]*"|'[^']*'|\[(?:[^\]\\]|\\.)*\]|#x[0-9A-Fa-f]+|::=|[A-Za-z_][A-Za-z0-9_]*|\S/g);
  const items = [...pieces].map((m) => m[0]).filter((piece) => !piece.startsWith("/*"));
  let current: EbnfRule | undefined;
  items.forEach((piece, i) => {
    if (items[i + 1] === "::=") {
      current = { name: piece, quoted: new Set(), names: new Set() };
      if (rules.has(piece)) throw new Error(`rule ${piece} defined twice`);
      rules.set(piece, current);
    } else if (piece === "::=" || current === undefined) {
      return;
    } else if (/^["']/.test(piece)) {
      current.quoted.add(piece.slice(1, -1));
    } else if (/^[A-Za-z_]/.test(piece)) {
      current.names.add(piece);
    }
  });
  return rules;
}

const isParserRule = (name: string) => /^[a-z]/.test(name);
const isFragment = (name: string) => /^[A-Z][A-Z_]*$/.test(name);

/** A node of chevrotain's serialized grammar, as much of it as this test reads. */
interface Gast {
  readonly type: string;
  readonly name?: string;
  readonly definition?: readonly Gast[];
}

/** The parser's rules, serialized by chevrotain. */
function parserRules(): Map<string, Gast> {
  const rules = getParser().getSerializedGastProductions() as unknown as Gast[];
  return new Map(rules.map((rule) => [rule.name!, rule]));
}

/** The terminals and sub-rules a parser rule refers to, as token and rule names. */
function gastReferences(rule: Gast): { terminals: Set<string>; rules: Set<string> } {
  const terminals = new Set<string>();
  const rules = new Set<string>();
  const walk = (node: Gast): void => {
    if (node.type === "Terminal") terminals.add(node.name!);
    else if (node.type === "NonTerminal") rules.add(node.name!);
    node.definition?.forEach(walk);
  };
  rule.definition?.forEach(walk);
  return { terminals, rules };
}

/** The same for an EBNF rule, quoted spellings turned into token names. */
function ebnfReferences(rule: EbnfRule): { terminals: Set<string>; rules: Set<string> } {
  const terminals = new Set([...rule.quoted].map((spelling) => spelledTokens.get(spelling)?.name ?? `unknown "${spelling}"`));
  const rules = new Set<string>();
  for (const name of rule.names) (isParserRule(name) ? rules : terminals).add(name);
  return { terminals, rules };
}

/** Every disagreement between an EBNF text and the parser, as sentences. */
function disagreements(text: string): string[] {
  const ebnf = readEbnf(text);
  const gast = parserRules();
  const problems: string[] = [];
  const ebnfRules = [...ebnf.keys()].filter(isParserRule);
  for (const name of ebnfRules) if (!gast.has(name)) problems.push(`rule ${name} is only in the EBNF`);
  for (const name of gast.keys()) if (!ebnf.has(name)) problems.push(`rule ${name} is only in the parser`);

  const ebnfKeywords = new Set(ebnfRules.flatMap((name) => [...ebnf.get(name)!.quoted].filter((q) => /^[a-z_]+$/.test(q))));
  for (const word of ebnfKeywords) if (!keywords.includes(word)) problems.push(`keyword ${word} is only in the EBNF`);
  for (const word of keywords) if (!ebnfKeywords.has(word)) problems.push(`keyword ${word} is only in the lexer`);

  const spelled = new Set(spelledTokens.values());
  const lexical = allTokens.filter((t) => !spelled.has(t) && !errorTokens.includes(t)).map((t) => t.name);
  const ebnfTokens = [...ebnf.keys()].filter((name) => !isParserRule(name) && !isFragment(name));
  for (const name of ebnfTokens) if (!lexical.includes(name)) problems.push(`token ${name} is only in the EBNF`);
  for (const name of lexical) if (!ebnfTokens.includes(name)) problems.push(`token ${name} is only in the lexer`);

  for (const [name, rule] of gast) {
    const written = ebnf.get(name);
    if (written === undefined) continue;
    const [inParser, inEbnf] = [gastReferences(rule), ebnfReferences(written)];
    for (const kind of ["terminals", "rules"] as const) {
      const only = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();
      for (const x of only(inEbnf[kind], inParser[kind])) problems.push(`${name}: ${x} is only in the EBNF`);
      for (const x of only(inParser[kind], inEbnf[kind])) problems.push(`${name}: ${x} is only in the parser`);
    }
  }
  for (const [name, rule] of ebnf) {
    for (const ref of rule.names) if (!ebnf.has(ref)) problems.push(`${name}: ${ref} is not defined in the EBNF`);
  }
  return problems;
}

describe("grammar/sla.ebnf", () => {
  it("agrees with the parser on rules, keywords, tokens and every rule's parts", () => {
    expect(disagreements(ebnfText)).toEqual([]);
  });

  it("notices a rule, a keyword or a reference on one side only", () => {
    const edited = ebnfText
      .replace('provider       ::= "provider" StringLiteral', 'provider       ::= "provider" "vendor" StringLiteral Date')
      .replace("assumption     ::=", 'extra          ::= "x"\nassumption     ::=')
      .replace("severityItem   ::= alias | description | example | assumption | note", "severityItem   ::= alias | description | assumption | note")
      .replace('alias          ::= "alias" StringLiteral', "alias          ::= StringLiteral");
    expect(disagreements(edited)).toEqual([
      "rule extra is only in the EBNF",
      "keyword vendor is only in the EBNF",
      "keyword x is only in the EBNF",
      "keyword alias is only in the lexer",
      "severityItem: example is only in the parser",
      "alias: Alias is only in the parser",
      "provider: Date is only in the EBNF",
      'provider: unknown "vendor" is only in the EBNF',
    ]);
  });

  it("is what docs/language.md calls the normative grammar", () => {
    const doc = readFileSync(new URL("../../docs/language.md", import.meta.url), "utf8");
    expect(doc).toContain("grammar/sla.ebnf");
  });
});
