/** Static resolution with attributes, coverage and add-on tiers, as docs/language.md "Which rule applies" says. */
import { describe, expect, it } from "vitest";
import { statedTarget } from "../../src/contract/targets.js";
import { resolveTargets } from "../../src/semantics/resolve.js";
import { parsePolicy, policy } from "../helpers/diagnostics.js";

function resolve(body: string) {
  return resolveTargets(parsePolicy(policy(body)));
}

/** Rows as `tier/severity/channel {attributes} metric → target` lines. */
function rowsOf(body: string): string[] {
  return resolve(body).rows.map((row) => {
    const t = statedTarget(row.target);
    const d = (x: { amount: { unit: string; value?: number }; calendar: string; strict: boolean }) =>
      `${x.strict ? "<" : ""}${x.amount.unit === "minutes" ? `${x.amount.value}m` : x.amount.unit}@${x.calendar}`;
    const target = t ? `${d(t.deadline)}${t.otherwise ? ` else ${d(t.otherwise)} by ${t.hoursCalendar}` : ""}` : "null";
    const values = Object.entries(row.attributes).map(([k, v]) => `${k}=${v}`).join(",");
    return `${row.tier}/${row.severity}/${row.channel} {${values}} ${row.metric} ${target}`;
  });
}

describe("attributes in static resolution", () => {
  it("names in a metric's rows the attributes its rules constrain, and only those", () => {
    const body = `
      attribute environment { values production, staging }
      attribute region { values eu, us }
      severity high
      first_response { 4h 24x7  environment staging { high 1h 24x7 } }
      resolution 8h 24x7
    `;
    expect(rowsOf(body)).toEqual([
      "*/high/* {environment=production} first_response 240m@24x7",
      "*/high/* {environment=staging} first_response 60m@24x7",
      "*/high/* {} resolution 480m@24x7",
    ]);
    expect([...resolve(body).metricAttributes]).toEqual([
      ["first_response", ["environment"]],
      ["resolution", []],
    ]);
  });

  it("lets the most specific rule win, counting each attribute as a dimension, and reports equal ones that disagree", () => {
    const body = `
      attribute environment { values production, staging }
      severity high
      severity low
      first_response { high 1h 24x7  environment staging { 4h 24x7 }  low 8h 24x7 }
    `;
    const resolution = resolve(body);
    expect(resolution.conflicts.map((c) => [c.severity, c.attributes, c.first.range.start.column, c.second.range.start.column])).toEqual([
      ["high", { environment: "staging" }, 18, 54],
      ["low", { environment: "staging" }, 54, 65],
    ]);
  });

  it("reads language tags of a `from languages` attribute in any case", () => {
    expect(rowsOf(`languages en, pt-BR\nattribute language from languages\nfirst_response { 4h 24x7  language PT-br { 1h 24x7 } }`)).toEqual([
      "*/*/* {language=en} first_response 240m@24x7",
      "*/*/* {language=pt-BR} first_response 60m@24x7",
    ]);
  });

  it("keeps `under` as a strict deadline, and tells strict from plain targets apart", () => {
    expect(rowsOf(`first_response under 1h 24x7`)).toEqual(["*/*/* {} first_response <60m@24x7"]);
    const resolution = resolve(`severity high\ntier gold\nfirst_response { tier gold { under 1h 24x7 }  high 1h 24x7 }`);
    expect(resolution.conflicts).toHaveLength(1);
  });
});

describe("coverage in static resolution", () => {
  const body = `
    languages en primary, ja
    calendar japan_hours { zone Asia/Tokyo  open mon-fri 09:00 - 17:00 }
    attribute language from languages
    severity urgent
    severity normal
    coverage {
      24x7
      language ja on japan_hours
      language ja { urgent on japan_hours otherwise 24x7 }
    }
    first_response { urgent 1h  normal 4h }
    resolution 2d 24x7
  `;

  it("gives `business` the covered calendar, and a fallback as the row's `otherwise`", () => {
    expect(rowsOf(body)).toEqual([
      "*/urgent/* {language=en} first_response 60m@24x7",
      "*/urgent/* {language=ja} first_response 60m@japan_hours else 60m@24x7 by japan_hours",
      "*/urgent/* {} resolution 2880m@24x7",
      "*/normal/* {language=en} first_response 240m@24x7",
      "*/normal/* {language=ja} first_response 240m@japan_hours",
      "*/normal/* {} resolution 2880m@24x7",
    ]);
  });

  it("names the coverage's attributes only in the rows of metrics on the business clock", () => {
    expect([...resolve(body).metricAttributes]).toEqual([
      ["first_response", ["language"]],
      ["resolution", []],
    ]);
  });
});

describe("add-on tiers in static resolution", () => {
  it("gives an add-on rows only for the cells its own rules name, and no gaps", () => {
    const body = `
      severity urgent
      severity normal
      tier standard
      tier urgent_247 { addon }
      first_response { 4h 24x7  tier urgent_247 { urgent 30m 24x7 } }
    `;
    expect(rowsOf(body)).toEqual([
      "standard/urgent/* {} first_response 240m@24x7",
      "standard/normal/* {} first_response 240m@24x7",
      "urgent_247/urgent/* {} first_response 30m@24x7",
    ]);
    expect(resolve(body).gaps).toEqual([]);
  });
});

describe("the size of the resolved table", () => {
  it("grows with the values of the attributes a metric's rules name: 3 attributes of 5 values make 125 rows per cell", () => {
    const values = (prefix: string) => [1, 2, 3, 4, 5].map((i) => `${prefix}${i}`).join(", ");
    const body = `
      attribute a { values ${values("a")} }
      attribute b { values ${values("b")} }
      attribute c { values ${values("c")} }
      channel email
      channel chat
      severity s1
      severity s2
      severity s3
      severity s4
      tier t1
      tier t2
      tier t3
      first_response { 4h 24x7  a a1 { 1h 24x7 }  b b1 { s1 2h 24x7 }  c c1 { tier t1 { 3h 24x7 } } }
      resolution { 8h 24x7  a a2 { 16h 24x7 } }
      next_response 2h 24x7
    `;
    const started = performance.now();
    const resolution = resolve(body);
    const elapsed = performance.now() - started;
    const count = (metric: string) => resolution.rows.filter((r) => r.metric === metric).length;
    // 3 tiers × 4 severities × 2 channels = 24 cells.
    expect([count("first_response"), count("resolution"), count("next_response")]).toEqual([24 * 125, 24 * 5, 24]);
    expect(resolution.rows).toHaveLength(24 * (125 + 5 + 1));
    expect(elapsed).toBeLessThan(2000);
  });

  it("is not built past MAX_COMBINATIONS, which SLA2061 reports, nor is the coverage or eligibility enumerated", () => {
    const attributes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map((i) => `attribute x${i} { values ${Array.from({ length: 20 }, (_, j) => `v${j}`).join(", ")} }`)
      .join("\n");
    const nest = (n: number, inner: string): string => (n === 10 ? inner : `x${n} v0 { ${nest(n + 1, inner)} }`);
    const body = `${attributes}\ncoverage { ${nest(0, "24x7")} }\neligibility { s only ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `x${i} v1`).join(" ")} otherwise reject }\nseverity s\nfirst_response { 4h 24x7  ${nest(0, "1h 24x7")} }`;
    const started = performance.now();
    const resolution = resolve(body);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(resolution.rows).toEqual([]);
    expect([resolution.combinations, resolution.coverage.combinations, resolution.eligibility.combinations]).toEqual([20 ** 10, 20 ** 10, 20 ** 10]);
  });
});
