/**
 * Code lenses on a policy's `test` blocks: whether each passes, run as `slac test` runs
 * them (its `runTest`) on the bundle compiled from the document. A document with errors
 * has no bundle, and each test says so instead.
 */
import type { CodeLens } from "vscode-languageserver";
import type { Test } from "../ast/nodes.js";
import { runTest } from "../cli/commands/test.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { compile } from "../pipeline.js";
import { deadlines } from "../runtime/index.js";
import { lineColumn, policyItems } from "../semantics/index.js";
import type { Analysis } from "./analysis.js";
import { lspRange } from "./positions.js";

/** The lens of each test block of an analysed document, with its outcome as its title. */
export function testLenses(analysis: Analysis): CodeLens[] {
  const tests = analysis.checked.policies.flatMap((p) => policyItems(p.policy, "Test"));
  if (tests.length === 0) return [];
  const lens = (test: Test, title: string): CodeLens => ({ range: lspRange(analysis.document, test.range), command: { title, command: "" } });
  if (hasErrors(analysis.diagnostics)) return tests.map((t) => lens(t, "not run: the policy has errors"));
  const { bundles } = compile(analysis.document.getText(), analysis.file, { validate: false });
  const byPosition = new Map(tests.map((t) => [lineColumn(t.range), t]));
  const lenses: CodeLens[] = [];
  for (const bundle of bundles) {
    for (const test of bundle.tests) {
      const node = byPosition.get(test.at);
      if (node === undefined) continue;
      const { failures } = runTest(bundle, analysis.file, test, deadlines);
      lenses.push(lens(node, failures.length === 0 ? "✓ test passes" : `✗ test fails: ${failures[0]}`));
    }
  }
  return lenses;
}
