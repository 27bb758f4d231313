import { createReadStream } from "node:fs";
import path from "node:path";
import type { Bundle } from "../../contract/bundle.js";
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
}

/** `slac uptime`: a month of per-minute traffic against the policy's uptime commitment. */
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
    result = await uptimeFromCsv(bundle, input, options.month);
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
    const lines = [
      `${bundle.policy.id}: uptime in ${report.month} (UTC, ${report.minutesInMonth.toLocaleString("en")} minutes)`,
      `  uptime     ${percent(report.uptimePercent)} against an objective of ${percent(report.objectivePercent)}: ${report.met ? "met" : "NOT met"}`,
      `  downtime   ${report.downtimeMinutes} minutes counted (${report.downMinutes} down), ${Number(report.allowedDowntimeMinutes.toFixed(2))} allowed`,
    ];
    if (report.creditPercent !== null) lines.push(`  credit     ${percent(report.creditPercent)} service credit owed`);
    await io.stdout(lines.join("\n") + "\n");
  }
  return result.lineErrors.length > 0 ? Exit.failed : Exit.ok;
}
