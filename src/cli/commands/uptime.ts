import { createReadStream } from "node:fs";
import path from "node:path";
import type { Bundle } from "../../contract/bundle.js";
import type { CommitmentUptime } from "../../runtime/index.js";
import { CliCodes } from "../../diagnostics/codes/cli.js";
import { report } from "../../diagnostics/registry.js";
import { wholeFile } from "../files.js";
import { Exit, type Io } from "../io.js";
import { loadPolicyFor } from "../load.js";
import { type DiagnosticOptions, printDiagnostics } from "../print.js";

/** Options of `slac uptime`. */
export interface UptimeOptions extends DiagnosticOptions {
  readonly minutes: string;
  readonly month: string;
  /** Only the commitment with this id. */
  readonly commitment?: string;
}

/** `slac uptime`: a month of per-minute traffic against each of the policy's uptime commitments. */
export async function uptime(io: Io, policy: string, options: UptimeOptions): Promise<number> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
    const message = `\`--month ${options.month}\` is not a month like \`2026-11\``;
    await printDiagnostics(io, [report(CliCodes.BadOption, message, wholeFile("--month"))], [], options, true);
    return Exit.usage;
  }
  const bundle = await loadPolicyFor(io, policy, options);
  return bundle === null ? Exit.failed : measure(io, bundle, options);
}

async function measure(io: Io, bundle: Bundle, options: UptimeOptions): Promise<number> {
  const { uptimeFromCsv } = await import("../../runtime/index.js");
  const input =
    options.minutes === "-" ? io.stdin() : createReadStream(path.resolve(io.cwd, options.minutes), { encoding: "utf8" });
  let result;
  try {
    result = await uptimeFromCsv(bundle, input, options.month, options.commitment === undefined ? {} : { commitment: options.commitment });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${options.minutes}: error SLA5001: cannot read traffic: ${reason}\n`);
    return Exit.failed;
  }
  for (const bad of result.lineErrors) {
    io.stderr(`${options.minutes}:${bad.line}: error ${bad.error.code}: ${bad.error.message}\n`);
  }
  if (!result.outcome.ok) {
    io.stderr(`${bundle.policy.source}: error ${result.outcome.error.code}: ${result.outcome.error.message}\n`);
    return Exit.failed;
  }
  const report = result.outcome.value;
  if (options.format === "json") {
    await io.stdout(JSON.stringify({ policy: bundle.policy.id, ...report }, null, 2) + "\n");
  } else {
    const percent = (n: number) => `${Number(n.toFixed(3))} %`;
    const lines = [`${bundle.policy.id}: uptime in ${report.month} (UTC, ${report.minutesInMonth.toLocaleString("en")} minutes)`];
    // A policy with one commitment reads as before; with several, each is headed by what it covers.
    const headed = bundle.uptimes.length > 1;
    for (const c of report.commitments) {
      if (headed) lines.push(commitmentHeading(c));
      lines.push(
        `  uptime     ${percent(c.uptimePercent)} against an objective of ${percent(c.objectivePercent)}: ${c.met ? "met" : "NOT met"}`,
        `  downtime   ${c.downtimeMinutes} minutes counted (${c.downMinutes} down), ${Number(c.allowedDowntimeMinutes.toFixed(2))} allowed`,
      );
      if (c.creditPercent !== null) {
        const notes = [c.capped ? "the cap" : null, c.claimBy === null ? null : `claim by ${c.claimBy}`].filter((n) => n !== null);
        lines.push(`  credit     ${percent(c.creditPercent)} service credit owed${notes.length === 0 ? "" : ` (${notes.join("; ")})`}`);
      }
    }
    await io.stdout(lines.join("\n") + "\n");
  }
  return result.lineErrors.length > 0 ? Exit.failed : Exit.ok;
}

/** `enterprise "Enterprise uptime" (tiers enterprise; service "API")`: which commitment the lines below are. */
function commitmentHeading(c: CommitmentUptime): string {
  const scope = [c.tiers.length === 0 ? "every tier" : `tiers ${c.tiers.join(", ")}`, c.service === null ? null : `service ${JSON.stringify(c.service)}`];
  return `${c.commitment}${c.title === null ? "" : ` ${JSON.stringify(c.title)}`} (${scope.filter((p) => p !== null).join("; ")})`;
}
