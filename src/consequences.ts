/**
 * The semantic findings a syntax error can cause. The parser leaves out of the AST what
 * it could not read whole, so the checks see a policy with parts missing, and some of
 * what they find is that absence rather than a mistake of its own: one slip would read
 * as several. In a policy with a syntax error these are left out:
 *
 * - an absence: something required that is not there (a zone, an `opened`, a target
 *   for every combination, …), which may be the item the parser could not read;
 * - an unknown name, when the policy lost a declaration to a syntax error (it may be
 *   that one) or mentions the name elsewhere than where it is used (in text the parser
 *   skipped, say);
 * - how the parts of a broken item combine (conflicting or nested target rules, a
 *   second definition), when it has a syntax error in it or before the next item: what
 *   the parser read from a broken line is not what the author wrote; and a second
 *   definition after the first syntax error, which recovery may have read from
 *   something else (a scope `tier gold { … }` outside its targets block, whose `}` went
 *   astray, reads as a tier).
 *
 * Every other finding is reported as usual, so that one run shows the syntax errors and
 * the mistakes the rest of the policy holds. Once the syntax errors are fixed, the checks
 * see the whole policy and report what is really missing.
 */
import type { Policy, SourceFile } from "./ast/nodes.js";
import { allCodes, SemanticCodes } from "./diagnostics/codes/index.js";
import type { Diagnostic, Range } from "./diagnostics/diagnostic.js";
import type { CodeInfo } from "./diagnostics/registry.js";
import type { ParseResult } from "./syntax/index.js";

/** How each code can be a syntax error's consequence, as the registry declares it. */
const consequences: ReadonlyMap<string, CodeInfo["consequence"]> = new Map(allCodes().map((info) => [info.code, info.consequence]));

/** A policy with syntax errors: its text (up to the next policy) and what went wrong in it. */
interface Damaged {
  readonly policy: Policy;
  readonly start: number;
  readonly end: number;
  readonly errors: readonly number[];
  readonly lostDeclaration: boolean;
}

const inside = (offset: number, range: { readonly start: number; readonly end: number }) => range.start <= offset && offset < range.end;
const span = (range: Range) => ({ start: range.start.offset, end: range.end.offset });

/**
 * The policies a syntax error falls in, each up to the next policy: text that recovery
 * read outside a policy may be the rest of it, cut off by a stray `}`.
 */
function damagedPolicies(file: SourceFile, text: string, parsed: ParseResult): Damaged[] {
  const damaged: Damaged[] = [];
  file.policies.forEach((policy, i) => {
    const start = policy.range.start.offset;
    const end = file.policies[i + 1]?.range.start.offset ?? text.length;
    const errors = parsed.diagnostics.filter((d) => d.severity === "error").map((d) => d.range.start.offset).filter((at) => start <= at && at < end);
    if (errors.length === 0) return;
    const lostDeclaration = parsed.lostDeclarations.some((range) => inside(range.start.offset, { start, end }));
    damaged.push({ policy, start, end, errors, lostDeclaration });
  });
  return damaged;
}

/** How often a word stands in a text as a word of its own. */
function mentions(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.match(new RegExp(String.raw`(?<![\w-])${escaped}(?![\w-])`, "g"))?.length ?? 0;
}

/** The semantic findings of a parsed text without those its syntax errors may cause (see above). */
export function withoutConsequences(parsed: ParseResult, text: string, semantic: readonly Diagnostic[]): Diagnostic[] {
  const damaged = damagedPolicies(parsed.value, text, parsed);
  if (damaged.length === 0) return [...semantic];
  const policyOf = (d: Diagnostic) => damaged.find((p) => inside(d.range.start.offset, p));
  const nameOf = (d: Diagnostic) => text.slice(d.range.start.offset, d.range.end.offset);
  const uses = new Map<string, number>();
  for (const d of semantic) {
    if (consequences.get(d.code) === "name" && policyOf(d) !== undefined) uses.set(nameOf(d), (uses.get(nameOf(d)) ?? 0) + 1);
  }
  return semantic.filter((d) => {
    const policy = policyOf(d);
    if (policy === undefined) return true;
    const consequence = consequences.get(d.code);
    if (consequence === "absence") return false;
    if (consequence === "name") {
      return !policy.lostDeclaration && mentions(text.slice(policy.start, policy.end), nameOf(d)) <= (uses.get(nameOf(d)) ?? 0);
    }
    if (consequence !== "combination") return true;
    if (d.code === SemanticCodes.DuplicateDefinition.code && d.range.start.offset > Math.min(...policy.errors)) return false;
    // The item the finding is in, up to the first token of the next item: an error there
    // (in it, where recovery left it, or at the start of what follows) is about it.
    const items = policy.policy.items;
    const index = items.findIndex((candidate) => inside(d.range.start.offset, span(candidate.range)));
    if (index < 0) return true;
    const extent = { start: items[index]!.range.start.offset, end: (items[index + 1]?.range.start.offset ?? policy.end) + 1 };
    return !policy.errors.some((at) => inside(at, extent));
  });
}
