import type { CodeInfo } from "./registry.js";

const STAGES: readonly { digit: string; title: string }[] = [
  { digit: "1", title: "Syntax (SLA1nnn)" },
  { digit: "2", title: "Semantic checks (SLA2nnn)" },
  { digit: "3", title: "Bundle (SLA3nnn)" },
  { digit: "4", title: "Runtime (SLA4nnn)" },
  { digit: "5", title: "Command line and I/O (SLA5nnn)" },
  { digit: "6", title: "SQL export (SLA6nnn)" },
];

/** Renders docs/diagnostics.md from the code registry. */
export function renderDiagnosticsDoc(codes: readonly CodeInfo[]): string {
  const out = [
    "# Diagnostics",
    "",
    "Every problem slac reports has a stable code. Codes are never reused. This page is",
    "generated from the registry in `src/diagnostics/codes/` (`npm run docs`); do not edit it by hand.",
    "",
    "Diagnostics print as `file:line:col: error SLA2001: message`, followed by a code frame",
    "and, where there is one, a `help:` line. `--format json` prints them as an array of",
    "`{ code, severity, message, range: { file, start, end }, hint?, related? }` with",
    "1-based lines and columns and end-exclusive ranges.",
    "",
    "One mistake reads as one error. The parser recovers at the next item, reports no",
    "second error within three tokens of one, and names known slips (`24/7`, `9am`, `to`",
    "in a window, a misspelt keyword) with their fix. In a policy with a syntax error, the",
    "findings that error may have caused (something missing, an unknown name, a broken",
    "item's rules that conflict: the registry marks these codes) are held back until it is",
    "fixed; the policy's other mistakes are still reported in the same run.",
  ];
  for (const stage of STAGES) {
    const group = codes.filter((c) => c.code[3] === stage.digit);
    if (group.length === 0) continue;
    out.push("", `## ${stage.title}`, "", "| code | name | severity | valid when / reports |", "|---|---|---|---|");
    for (const c of group) {
      const summary = c.retired === undefined ? c.summary : `Retired: ${c.retired}. Was: ${c.summary}`;
      out.push(`| ${c.code} | ${c.name} | ${c.retired === undefined ? c.severity : "retired"} | ${escapeCell(summary)} |`);
    }
    for (const c of group.filter((g) => g.example !== undefined && g.retired === undefined)) {
      out.push("", `### ${c.code} ${c.name}`, "", escapeCell(c.summary), "", "```sla", c.example ?? "", "```");
    }
  }
  return out.join("\n") + "\n";
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}
