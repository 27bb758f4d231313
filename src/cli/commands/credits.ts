import type { Bundle } from "../../contract/bundle.js";
import { CliCodes } from "../../diagnostics/codes/cli.js";
import type { CreditPeriod, CreditReport, CreditRuleReport } from "../../runtime/index.js";
import { Exit, type Io } from "../io.js";
import { loadPolicyFor } from "../load.js";
import type { DiagnosticOptions } from "../print.js";
import { nowOptionIsValid, ticketLines, ticketObject } from "../ticket-lines.js";

/** Options of `slac credits`. */
export interface CreditsOptions extends DiagnosticOptions {
  readonly tickets: string;
  readonly now?: string;
  /** Only the credits for this metric. */
  readonly metric?: string;
}

/**
 * `slac credits`: the support-response credits a file of ticket outcomes earns. The ticket
 * lines are those `slac due` reads, each with an optional `account`; bad lines are reported
 * with their numbers and left out, and the credits of the others are still printed.
 */
export async function credits(io: Io, policy: string, options: CreditsOptions): Promise<number> {
  if (!(await nowOptionIsValid(io, options.now, options))) return Exit.usage;
  const bundle = await loadPolicyFor(io, policy, options);
  return bundle === null ? Exit.failed : count(io, bundle, options);
}

async function count(io: Io, bundle: Bundle, options: CreditsOptions): Promise<number> {
  const { creditLedger } = await import("../../runtime/index.js");
  const started = creditLedger(bundle, { ...(options.now === undefined ? {} : { now: options.now }), ...(options.metric === undefined ? {} : { metric: options.metric }) });
  if (!started.ok) {
    const { code, message, hint } = started.error;
    io.stderr(`${bundle.policy.source}: error ${code}: ${message}\n${hint === undefined ? "" : `  help: ${hint}\n`}`);
    return Exit.failed;
  }
  const ledger = started.value;
  let failures = 0;
  let number = 0;
  try {
    for await (const line of ticketLines(io, options.tickets)) {
      number++;
      if (line.trim() === "") continue;
      const ticket = ticketObject(line);
      const error =
        ticket === null ? { code: CliCodes.BadTicketLine.code, message: "not a JSON object" } : added(() => ledger.add(ticket as Parameters<typeof ledger.add>[0]));
      if (error === null) continue;
      failures++;
      io.stderr(`${options.tickets}:${number}: error ${error.code}: ${error.message}\n`);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${options.tickets}: error ${CliCodes.FileNotFound.code}: cannot read tickets: ${reason}\n`);
    return Exit.failed;
  }
  const result = ledger.report();
  await io.stdout(options.format === "json" ? JSON.stringify({ policy: bundle.policy.id, ...result }, null, 2) + "\n" : text(bundle, result));
  if (failures > 0) io.stderr(`${failures} of ${number} ticket lines had errors\n`);
  return failures > 0 ? Exit.failed : Exit.ok;
}

/** The report as lines a person reads: each credit rule, then one line per account and quarter. */
function text(bundle: Bundle, result: CreditReport): string {
  const judged = result.now === null ? "without --now: only met and breached targets are judged" : `judged at ${result.now}`;
  const lines = [`${bundle.policy.id}: response credits from ${result.tickets} ${result.tickets === 1 ? "ticket" : "tickets"} (${judged})`];
  for (const rule of result.credits) {
    lines.push(ruleLine(rule));
    if (rule.periods.length === 0) lines.push("  no target of these tickets fell due");
    for (const period of rule.periods) lines.push(`  ${periodLine(period)}`);
  }
  return lines.join("\n") + "\n";
}

/** `first_response, tiers enterprise: more than 4 misses per fiscal quarter → 20 % of the quarter's fee, claim within 30 days`. */
function ruleLine({ credit }: CreditRuleReport): string {
  const who = credit.tiers.length === 0 ? "" : `, tiers ${credit.tiers.join(", ")}`;
  const threshold = `${credit.misses.operator === ">" ? "more than" : "at least"} ${credit.misses.count}`;
  const claim = credit.claimWindowDays === null ? "" : `, claim within ${credit.claimWindowDays} days`;
  return `${credit.metric}${credit.title === null ? "" : ` ${JSON.stringify(credit.title)}`}${who}: ${threshold} misses per fiscal quarter → ${credit.creditPercent} % of the quarter's fee${claim}`;
}

/** `globex, FY2026: 5 misses in Q3 (fiscal, ending Oct 31) → 20 % (12 due, 7 met; claim by 2025-11-30)`. */
function periodLine(p: CreditPeriod): string {
  const misses = `${p.missed} ${p.missed === 1 ? "miss" : "misses"}${p.ended === false ? " so far" : ""}`;
  const outcome = p.creditPercent !== null ? `→ ${p.creditPercent} %` : `: no credit${p.ended === false ? " yet" : ""}`;
  const counts = [`${p.judged + p.pending} due`, `${p.met} met`, ...(p.pending > 0 ? [`${p.pending} without an outcome`] : [])].join(", ");
  const claim = p.claimBy === null ? "" : `; claim by ${p.claimBy}`;
  const who = p.account === null ? "" : `${p.account}, `;
  return `${who}FY${p.fiscalYear}: ${misses} in ${p.label}${p.creditPercent !== null ? " " : ""}${outcome} (${counts}${claim})`;
}

/** What adding a ticket said, or, when it threw, slac's bug as this line's error (SLA5013), so that the lines after it still count. */
function added(add: () => { readonly code: string; readonly message: string } | null): { readonly code: string; readonly message: string } | null {
  try {
    return add();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { code: CliCodes.InternalError.code, message: `slac could not count this ticket: ${reason} (a bug of slac; please report it with the line)` };
  }
}
