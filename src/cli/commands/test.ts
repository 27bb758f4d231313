import type { Bundle, PolicyTest, TargetRow } from "../../contract/bundle.js";
import { ANY, UNKNOWN } from "../../contract/vocabulary.js";
import type { MetricDeadline } from "../../runtime/index.js";
import { hasErrors } from "../../diagnostics/diagnostic.js";
import { type CompiledPolicy, compilePaths } from "../compile-paths.js";
import { Exit, type Io } from "../io.js";
import { type DiagnosticOptions, printDiagnostics } from "../print.js";

/** `slac test`: compiles the policies and runs their test blocks. */
export async function test(io: Io, paths: readonly string[], options: DiagnosticOptions): Promise<number> {
  const compilation = await compilePaths(io.cwd, paths, "bundles");
  await printDiagnostics(io, compilation.diagnostics, compilation.sources, options);
  if (hasErrors(compilation.diagnostics)) return Exit.failed;
  return runTests(io, compilation.bundles);
}

/** The outcome of one policy test. */
interface TestOutcome {
  readonly test: PolicyTest;
  readonly failures: readonly string[];
}

/**
 * Runs every policy's `test` blocks, grouped under a `policy <id> (<file>)`
 * heading (a file may hold several policies); failures show expected vs actual and the
 * deciding rule, at positions in the file as the working directory names it.
 */
async function runTests(io: Io, policies: readonly CompiledPolicy[]): Promise<number> {
  const { deadlines } = await import("../../runtime/index.js");
  let passed = 0;
  let failed = 0;
  const out: string[] = [];
  for (const { bundle, file } of policies) {
    if (bundle.tests.length === 0) continue;
    out.push(`policy ${bundle.policy.id} (${file})`);
    for (const test of bundle.tests) {
      const outcome = runTest(bundle, file, test, deadlines);
      if (outcome.failures.length === 0) {
        passed++;
        out.push(`  ok    ${test.name}`);
      } else {
        failed++;
        out.push(`  FAIL  ${test.name} (${file}:${test.at})`);
        for (const f of outcome.failures) out.push(`        ${f}`);
      }
    }
  }
  out.push(`${passed} passed, ${failed} failed`);
  await io.stdout(out.join("\n") + "\n");
  return failed > 0 ? Exit.failed : Exit.ok;
}

type Deadlines = typeof import("../../runtime/index.js").deadlines;

function runTest(bundle: Bundle, file: string, test: PolicyTest, deadlines: Deadlines): TestOutcome {
  const outcome = deadlines(bundle, test.ticket, test.now === null ? {} : { now: test.now });
  if (!outcome.ok) return { test, failures: [`${outcome.error.code}: ${outcome.error.message}`] };
  const failures: string[] = [];
  for (const expected of test.expect) {
    // A metric the policy sets no target for has no deadline: what `expect <metric> none` says.
    // `unknown` (the policy does not state it) is compared as the word it is, never as `none`.
    const actual = outcome.value.metrics.find((m) => m.metric === expected.metric) ?? { due: null, status: null, error: null, unknown: null };
    const problems: string[] = [];
    if (actual.due !== expected.due) problems.push(`due: expected ${expected.due ?? "none"}, got ${answered(actual)}`);
    if (expected.status !== null && actual.status !== expected.status) {
      problems.push(`status: expected ${expected.status}, got ${actual.status ?? "none"}`);
    }
    if (problems.length === 0) continue;
    failures.push(`${expected.metric} ${problems.join("; ")}`);
    failures.push(`  ${decidedBy(bundle, file, test, expected.metric)}`);
  }
  return { test, failures };
}

/** A metric's answer as a failure shows it: the due, `unknown` with what is unstated, or `none` with its error. */
function answered(actual: Pick<MetricDeadline, "due" | "error" | "unknown">): string {
  if (actual.error !== null && actual.due === null) return `none (${actual.error.code}: ${actual.error.message})`;
  if (actual.unknown !== null) return `${UNKNOWN} (${actual.unknown})`;
  return actual.due ?? "none";
}

function decidedBy(bundle: Bundle, file: string, test: PolicyTest, metric: string): string {
  const { ticket } = test;
  const row: TargetRow | undefined = bundle.targets.find(
    (r) =>
      r.metric === metric &&
      r.tier === (bundle.tiers.length > 0 ? ticket.tier : ANY) &&
      r.severity === (bundle.severities.length > 0 ? ticket.severity : ANY) &&
      r.channel === (bundle.channels.length > 0 ? ticket.channel : ANY),
  );
  if (row === undefined) return "no target row matches this ticket";
  if (row.rule === null) return "no rule covers this combination";
  const applied = row.appliedSeverity !== row.severity ? ` (severity applied: ${row.appliedSeverity})` : "";
  return `decided by the rule at ${file}:${row.rule}${applied}`;
}
