/**
 * One open document, checked: its AST, symbol tables and diagnostics, made once per
 * version and shared by every request on that version. The index of occurrences is made
 * on the first request that needs it, so typing pays for the check alone.
 */
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { AnyNode } from "../ast/visitor.js";
import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parseAndCheck } from "../pipeline.js";
import type { CheckedFile, CheckedPolicy } from "../semantics/index.js";
import { type Occurrence, occurrencesOf } from "./occurrences.js";

/** A document's text checked as `slac check` checks a file. */
export class Analysis {
  readonly checked: CheckedFile;
  /** Sorted as `slac check` prints them (the sort `checkSource` applies). */
  readonly diagnostics: readonly Diagnostic[];
  /** The version checked: the document object itself is updated in place by later changes. */
  readonly version: number;
  private index: readonly Occurrence[] | undefined;

  constructor(
    readonly document: TextDocument,
    readonly file: string,
  ) {
    this.version = document.version;
    const { checked, diagnostics } = parseAndCheck(document.getText(), file);
    this.checked = checked;
    this.diagnostics = diagnostics.sort(compareDiagnostics);
  }

  /** Every occurrence of a declared id, over all the file's policies, in source order. */
  get occurrences(): readonly Occurrence[] {
    this.index ??= this.checked.policies.flatMap((policy, i) => occurrencesOf(policy, i));
    return this.index;
  }

  /** The occurrence whose name the offset is in or just after (a cursor at a word's end is on it). */
  occurrenceAt(offset: number): Occurrence | undefined {
    return this.occurrences.find((o) => o.name.range.start.offset <= offset && offset <= o.name.range.end.offset);
  }

  /** The occurrences of the same symbol as `of`, in source order. */
  occurrencesLike(of: Occurrence): Occurrence[] {
    return this.occurrences.filter((o) => o.key === of.key && o.policy === of.policy);
  }

  /** The policy the offset is in, else the last one before it, with its index. */
  policyAt(offset: number): { policy: CheckedPolicy; index: number } | undefined {
    const policies = this.checked.policies;
    let found: number | undefined;
    policies.forEach((p, i) => {
      if (p.policy.range.start.offset <= offset) found = i;
    });
    found ??= policies.length > 0 ? 0 : undefined;
    return found === undefined ? undefined : { policy: policies[found]!, index: found };
  }
}

/** The nodes that hold an offset, outermost first (the file, its policy, an item, …). */
export function nodesAt(root: AnyNode, offset: number): AnyNode[] {
  const path: AnyNode[] = [];
  let node: AnyNode | undefined = root;
  while (node !== undefined) {
    path.push(node);
    node = childrenOf(node).find((child) => child.range.start.offset <= offset && offset < child.range.end.offset);
  }
  return path;
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string" && "range" in value;
}

/** The nodes a node holds, in any order. */
function childrenOf(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "range" || key === "comments") continue;
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}
