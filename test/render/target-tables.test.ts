/**
 * The targets' tables as the page model holds them: targets that differ only by whether the
 * clock starts inside or outside one calendar's hours read as a column for each side, with
 * severities as rows (plans too, when they differ); targets whose hours calendars differ keep
 * one column per severity. And each metric's definition names its start, its end and its hours.
 */
import { describe, expect, it } from "vitest";
import type { Block, Section } from "../../src/render/index.js";
import { buildPage, en } from "../../src/render/index.js";
import { compile } from "../../src/pipeline.js";

function page(body: string) {
  const { bundles, diagnostics } = compile(`policy p "P" {\n${body}\n}\n`, "p.sla", { source: "p.sla" });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return buildPage(bundles[0]!, en);
}

const find = (sections: readonly Section[], id: string): Section | undefined =>
  sections.find((s) => s.id === id) ?? sections.map((s) => find(s.sections, id)).find((s) => s !== undefined);

const tables = (sections: readonly Section[]) =>
  find(sections, "targets")!.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");

const calendars = `
  business_hours office
  calendar office "Office hours" { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }
  calendar late "Late shift" { zone Europe/Berlin  open mon-fri 17:00 - 22:00 }
  severity high "High"
  severity low "Low"`;

describe("target tables", () => {
  it("split by one calendar's hours: severities as rows, during and outside as columns, plans named in the caption", () => {
    const { sections } = page(`${calendars}
  tier gold "Gold"
  tier silver "Silver"
  first_response {
    high 15m 24x7
    low  4h business, otherwise next business day
  }`);
    expect(tables(sections)).toEqual([
      {
        kind: "table",
        caption: "First response",
        header: ["Severity", "During Office hours", "Outside Office hours"],
        rows: [
          ["High", "15 min, 24/7", "15 min, 24/7"],
          ["Low", "4 business hours", "next business day"],
        ],
        headerColumns: 1,
      },
    ]);
    const intro = find(sections, "targets")!.blocks[0];
    expect(intro).toEqual({ kind: "paragraph", content: [{ kind: "text", text: "Each table gives the target for each severity (row), during and outside Office hours (columns)." }] });
  });

  it("split by hours, with plans that differ: a plan and a severity head each row", () => {
    const { sections } = page(`${calendars}
  tier gold "Gold"
  tier silver "Silver"
  first_response {
    4h business, otherwise next business day
    tier gold { high 1h business, otherwise 4h 24x7 }
  }`);
    const [table] = tables(sections);
    expect(table!.header).toEqual(["Plan", "Severity", "During Office hours", "Outside Office hours"]);
    expect(table!.rows).toEqual([
      ["Gold", "High", "1 business hour", "4 h, 24/7"],
      ["Gold", "Low", "4 business hours", "next business day"],
      ["Silver", "High", "4 business hours", "next business day"],
      ["Silver", "Low", "4 business hours", "next business day"],
    ]);
    expect(table!.headerColumns).toBe(2);
  });

  it("keeps one column per severity when the targets' hours calendars differ", () => {
    const { sections } = page(`${calendars}
  first_response {
    high 1h on office, otherwise 2h 24x7
    low  1h on late, otherwise 8h 24x7
  }`);
    const [table] = tables(sections);
    expect(table!.header).toEqual(["High", "Low"]);
    expect(table!.rows).toEqual([["1 business hour; outside Office hours: 2 h, 24/7", "1 h of Late shift; outside Late shift: 8 h, 24/7"]]);
  });
});

describe("metric definitions", () => {
  const definition = (body: string) => {
    const list = find(page(body).sections, "metrics")!.blocks[0]!;
    return list.kind === "list" ? list.items.map((item) => item.map((i) => i.text).join("")) : [];
  };

  it("say when the clock starts and stops, what holds it, and the hours it runs on", () => {
    expect(
      definition(`${calendars}
  metric callback "Call back from an engineer" { starts escalated }
  first_response { high 15m 24x7  low 4h business, otherwise next business day }
  next_response 2h 24x7
  callback 2 business days`),
    ).toEqual([
      "First response. The clock starts when the ticket is opened and stops at support's first response. It does not run while the ticket is paused, and picks up where it left off when the ticket resumes. It runs only during Office hours, or around the clock where a target says 24/7. Whether a ticket is inside or outside Office hours is decided by when its clock starts.",
      "Next response. The clock starts at each reply from the customer and stops at support's next response. It does not run while the ticket is paused, and picks up where it left off when the ticket resumes. It runs around the clock, every day.",
      "Call back from an engineer. The clock starts when the ticket is escalated and stops at the first call back from an engineer. It does not run while the ticket is paused, and picks up where it left off when the ticket resumes. It runs only during Office hours.",
    ]);
  });

  it("name each plan's own hours when the plans' business hours differ", () => {
    expect(
      definition(`${calendars}
  tier gold "Gold" { hours late }
  tier silver "Silver"
  first_response 4h business`),
    ).toEqual([
      "First response. The clock starts when the ticket is opened and stops at support's first response. It does not run while the ticket is paused, and picks up where it left off when the ticket resumes. It runs only during each plan's own hours: Late shift for Gold and Office hours for Silver.",
    ]);
  });
});
