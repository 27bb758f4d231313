import type { Bundle, PolicyTest } from "../../contract/bundle.js";
import { UNKNOWN } from "../../contract/vocabulary.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import type { MetricDeadline, Reclassification } from "../../runtime/index.js";
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
export interface TestOutcome {
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

/** How one policy test fails, as `slac test` prints it (positions in `file`); no failures when it passes. The docs test judges examples with it too. */
export function runTest(bundle: Bundle, file: string, test: PolicyTest, deadlines: Deadlines): TestOutcome {
  const outcome = deadlines(bundle, test.ticket, test.now === null ? {} : { now: test.now });
  // `expect rejected` passes on an eligibility rule's refusal (SLA4017) alone.
  const rejected = !outcome.ok && outcome.error.code === RuntimeCodes.Rejected.code;
  if (test.expectRejected === true) {
    if (rejected) return { test, failures: [] };
    if (!outcome.ok) return { test, failures: [`rejected: expected an eligibility rule to reject the ticket, got ${outcome.error.code}: ${outcome.error.message}`] };
    return { test, failures: [`rejected: expected an eligibility rule to reject the ticket, but it is answered at severity ${outcome.value.severity ?? "none"}${reclassifiedBy(file, outcome.value.reclassified)}`] };
  }
  if (!outcome.ok) return { test, failures: [`${outcome.error.code}: ${outcome.error.message}`] };
  const failures: string[] = [];
  const expectedSeverity = test.expectSeverity ?? null;
  if (expectedSeverity !== null && outcome.value.severity !== expectedSeverity) {
    const why = reclassifiedBy(file, outcome.value.reclassified);
    failures.push(`severity: expected ${expectedSeverity}, got ${outcome.value.severity ?? "none"}${why === "" ? " (no eligibility rule reclassified it)" : why}`);
  }
  for (const expected of test.expect) {
    // A metric the policy sets no target for has no deadline: what `expect <metric> none` says.
    // `unknown` (the policy does not state it) is compared as the word it is, never as `none`.
    const metric = outcome.value.metrics.find((m) => m.metric === expected.metric);
    const problems = expected.cycle === null || expected.cycle === undefined ? metricProblems(expected, metric) : cycleProblems(expected, expected.cycle, metric);
    if (problems.length === 0) continue;
    failures.push(`${expected.metric} ${problems.join("; ")}`);
    failures.push(`  ${decidedBy(file, test, metric ?? null, outcome.value.reclassified)}`);
  }
  return { test, failures };
}

type Expectation = PolicyTest["expect"][number];

/** How a metric's answer differs from `expect <metric> <due> [status] [missed <n>]`; empty when it does not. */
function metricProblems(expected: Expectation, metric: MetricDeadline | undefined): string[] {
  const actual = metric ?? { due: null, status: null, error: null, unknown: null, cycles: null };
  const problems: string[] = [];
  if (actual.due !== expected.due) problems.push(`due: expected ${expected.due ?? "none"}, got ${answered(actual)}`);
  if (expected.status !== null && actual.status !== expected.status) problems.push(`status: expected ${expected.status}, got ${actual.status ?? "none"}`);
  const missed = expected.missed ?? null;
  if (missed !== null) {
    if (actual.cycles === null) problems.push(`missed: expected ${missed}, got no cycles (the metric does not repeat)`);
    else if (actual.cycles.missed !== missed) problems.push(`missed: expected ${missed}, got ${actual.cycles.missed} (of ${cyclesWord(actual.cycles.list.length)})`);
  }
  return problems;
}

/** How the n-th cycle of a metric differs from `expect <metric> cycle <n> <due> [status]`; empty when it does not. */
function cycleProblems(expected: Expectation, n: number, metric: MetricDeadline | undefined): string[] {
  const cycles = metric?.cycles ?? null;
  const wanted = `${expected.due ?? "none"}${expected.status === null ? "" : ` ${expected.status}`}`;
  if (cycles === null) return [`cycle ${n}: expected ${wanted}, got no such cycle (the metric does not repeat)`];
  const cycle = cycles.list[n - 1];
  if (cycle === undefined) return [`cycle ${n}: expected ${wanted}, got no such cycle (${cyclesWord(cycles.list.length)})`];
  const problems: string[] = [];
  if (cycle.due !== expected.due) problems.push(`cycle ${n} due: expected ${expected.due ?? "none"}, got ${cycle.due ?? "none"}`);
  if (expected.status !== null && cycle.status !== expected.status) problems.push(`cycle ${n} status: expected ${expected.status}, got ${cycle.status ?? "none"}`);
  return problems;
}

function cyclesWord(count: number): string {
  return `${count} ${count === 1 ? "cycle" : "cycles"}`;
}

/** A metric's answer as a failure shows it: the due, `unknown` with what is unstated, or `none` with its error. */
function answered(actual: Pick<MetricDeadline, "due" | "error" | "unknown">): string {
  if (actual.error !== null && actual.due === null) return `none (${actual.error.code}: ${actual.error.message})`;
  if (actual.unknown !== null) return `${UNKNOWN} (${actual.unknown})`;
  return actual.due ?? "none";
}

/**
 * The rule that decided a metric, as the runtime chose it (attributes, add-ons and eligibility
 * rules included), with the severity applied when it is not the one the test asked for.
 */
function decidedBy(file: string, test: PolicyTest, actual: MetricDeadline | null, reclassified: Reclassification | undefined): string {
  if (actual === null) return "no target row matches this ticket";
  if (actual.rule === null) return "no rule covers this combination";
  const applied =
    reclassified !== undefined
      ? reclassifiedBy(file, reclassified)
      : test.ticket.severity !== undefined && actual.appliedSeverity !== null && actual.appliedSeverity !== test.ticket.severity
        ? ` (severity applied: ${actual.appliedSeverity})`
        : "";
  return `decided by the rule at ${file}:${actual.rule}${applied}`;
}

/** How the eligibility rules reclassified a ticket, as a failure's note: ` (reclassified from p1 to p2 by the rule at file:12:5)`, or "". */
function reclassifiedBy(file: string, reclassified: Reclassification | undefined): string {
  return reclassified === undefined ? "" : ` (reclassified from ${reclassified.from} to ${reclassified.to} by the rule at ${file}:${reclassified.rule})`;
}
