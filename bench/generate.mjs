// Policy sets of a given total size for the compile benchmark. Deterministic: the same
// size gives the same text.
//
// - generatePolicySet: variants of the five seed policies in policies/ (each copy gets its
//   own policy id and provider name), so the set has the shape of real SLA
//   documents: prose, calendars, a few dozen target rows, tests.
// - generateStressSet: a synthetic, target-heavy policy (4 tiers × 5 severities × 4
//   channels × 3 metrics, ~200 target rows per 11 KB of source, several times any seed),
//   repeated: the worst case for the bundle stage, whose output grows with the rows.
import { readdirSync, readFileSync } from "node:fs";

const ZONES = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles"];
const DAYS = ["mon-fri", "sat, sun", "daily", "weekdays", "mon, wed, fri"];

/** One synthetic target-heavy policy of roughly 11 KB, varied by `n`. */
export function generatePolicy(n) {
  const severities = ["critical", "high", "medium", "low", "minor"];
  const tiers = ["basic", "plus", "pro", "enterprise"];
  const channels = ["email", "chat", "phone", "portal"];
  const lines = [`policy generated_${n} "Generated policy ${n}" {`];
  lines.push(`  provider "Provider ${n}"`, `  updated 2026-0${(n % 9) + 1}-1${n % 10}`);
  lines.push(`  link status "Status page" "https://status.example.com/${n}"`);
  lines.push(`  languages en primary, de, fr, pt-BR, es`);
  lines.push(`  business_hours office`);
  for (let c = 0; c < 3; c++) {
    const id = c === 0 ? "office" : `hours_${c}`;
    lines.push(`  calendar ${id} "Hours ${c}" {`, `    zone ${ZONES[(n + c) % ZONES.length]}`);
    lines.push(`    open ${DAYS[(n + c) % DAYS.length]} 0${c + 7}:00 - 1${c + 5}:30`);
    if (c === 2) lines.push(`    open sat 18:00 - sun 04:00`);
    for (let h = 0; h < 6; h++) lines.push(`    closed 2026-${String((h % 12) + 1).padStart(2, "0")}-1${h} "Holiday ${h}"`);
    lines.push(`    closed every dec 25 "Christmas Day"`, `    closed every fourth thu of nov "Thanksgiving"`);
    lines.push(`  }`);
  }
  lines.push(`  team level1 "Level 1" { hours 24x7  responsibility "First line for every request" }`);
  lines.push(`  team level2 "Level 2" { hours hours_1  responsibility "Escalated technical problems" }`);
  for (const ch of channels) {
    lines.push(`  channel ${ch} "${ch} support" {`, `    contact "${ch}@example.com" "Write to us"`);
    if (ch === "email") lines.push(`    severity always medium`);
    lines.push(`    audience "All users of plan ${n}"`, `  }`);
  }
  severities.forEach((s, i) => {
    lines.push(`  severity ${s} "${s[0].toUpperCase()}${s.slice(1)}" {`);
    lines.push(`    description "Problems of the ${s} kind that affect business operations at level ${i}"`);
    for (let e = 0; e < 4; e++) lines.push(`    example "Example ${e} of a ${s} problem, such as a failing integration number ${e}"`);
    lines.push(`  }`);
  });
  tiers.forEach((t, i) => {
    lines.push(`  tier ${t} "${t} plan" {`, `    hours ${i % 2 === 0 ? "office" : "hours_2"}`);
    if (i === 0) lines.push(`    channels email, portal`);
    lines.push(`    description "The ${t} support package with its own hours and targets"`, `  }`);
  });
  for (const metric of ["first_response", "resolution"]) {
    lines.push(`  ${metric} {`);
    severities.forEach((s, i) => lines.push(`    ${s} ${(i + 1) * (metric === "resolution" ? 8 : 1)}h business, otherwise next business day`));
    for (const t of tiers.slice(2)) {
      lines.push(`    tier ${t} {`);
      severities.forEach((s, i) => lines.push(`      ${s} ${(i + 1) * 15}m${metric === "resolution" ? "" : " 24x7"}`));
      lines.push(`      channel phone { critical 10m 24x7 }`, `    }`);
    }
    lines.push(`  }`);
  }
  lines.push(`  escalation_response 24h on level2`);
  lines.push(`  escalation {`, `    level 1 level1`, `    level 2 level2`);
  lines.push(`    contact "escalations@example.com" "Leadership team"`);
  lines.push(`    by "Partners of the gold tier" via "Account manager" when "a ticket has been filed"`);
  lines.push(`    on_call "On-call" { severities critical  channels phone  hours 24x7 }`, `  }`);
  lines.push(`  exclusions {`);
  for (let e = 0; e < 6; e++) lines.push(`    "Exclusion number ${e}: problems caused by third-party services and force majeure"`);
  lines.push(`  }`);
  lines.push(`  maintenance { notice 72h  announce "Status page" "https://status.example.com"  announce "Banner" }`);
  lines.push(`  uptime {`, `    service "The API of policy ${n}"`, `    objective 99.9% per month`, `    downtime error_rate > 5%`);
  lines.push(`    minimum_period 1m`, `    credit 10% below 99.9%`, `    credit 25% below 99%`, `  }`);
  for (let t = 0; t < 8; t++) {
    lines.push(`  test "ticket ${t}" {`, `    opened 2026-0${(t % 9) + 1}-1${t}T10:00Z`, `    tier ${tiers[t % 4]}`);
    lines.push(`    severity ${severities[t % 5]}`, `    channel portal`, `    expect first_response 2026-0${(t % 9) + 1}-1${t}T11:00Z`, `  }`);
  }
  for (let k = 0; k < 30; k++) lines.push(`  note "Note ${k}" "Some prose the page carries about working with support, number ${k} of many."`);
  lines.push(`}`, ``);
  return lines.join("\n");
}

const policiesDir = new URL("../policies/", import.meta.url);

/** The seed policies' sources, in file order. */
function seedSources() {
  return readdirSync(policiesDir)
    .filter((f) => f.endsWith(".sla"))
    .sort()
    .map((f) => readFileSync(new URL(f, policiesDir), "utf8"));
}

/** Variants of the seed policies totalling at least `bytes` bytes, as `{ file, text }`. */
export function generatePolicySet(bytes) {
  const seeds = seedSources();
  const set = [];
  let total = 0;
  for (let n = 0; total < bytes; n++) {
    const text = seeds[n % seeds.length]
      .replace(/^policy ([\w-]+)/m, (_, id) => `policy ${id}_${n}`)
      .replace(/^(\s*provider ")([^"]*)"/m, (_, head, name) => `${head}${name} ${n}"`);
    set.push({ file: `generated/p${n}.sla`, text });
    total += Buffer.byteLength(text);
  }
  return set;
}

/** Synthetic target-heavy policies totalling at least `bytes` bytes, as `{ file, text }`. */
export function generateStressSet(bytes) {
  const set = [];
  let total = 0;
  for (let n = 0; total < bytes; n++) {
    const text = generatePolicy(n);
    set.push({ file: `stress/p${n}.sla`, text });
    total += Buffer.byteLength(text);
  }
  return set;
}
