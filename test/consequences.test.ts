/**
 * What checks find in a policy with syntax errors (src/syntax/consequences.ts): not what
 * the damage causes (something missing, names it may have declared), but every mistake
 * of its own.
 */
import { describe, expect, it } from "vitest";
import { checkSource } from "../src/pipeline.js";

const codes = (text: string) => checkSource(text, "c.sla").map((d) => `${d.code} ${d.range.start.line}`);

describe("the checks of a policy with syntax errors", () => {
  it("still report the mistakes of the rest of the policy", () => {
    expect(codes("policy p {\n  provider ~\n  tier t { hours nowhere }\n}\n")).toEqual(["SLA1001 2", "SLA2002 3"]);
    expect(codes("policy p {\n  tier 9t\n  calendar c { zone Mars/Olympus  open mon 09:00 - 17:00 }\n}")).toEqual(["SLA1005 2", "SLA2001 3"]);
  });

  it("do not report what a broken item leaves missing", () => {
    // The zone item does not parse: no "calendar without a zone", no coverage warning.
    expect(codes("policy p {\n  calendar c {\n    zone\n    open mon 09:00 - 17:00\n  }\n  severity s\n  first_response { s 1h 24/7 }\n}")).toEqual([
      "SLA1005 4",
      "SLA1005 7",
    ]);
    const test = 'policy p {\n  first_response 1h 24x7\n  test "t" {\n    opened 2026-03-02T09:00Z 09:00\n    expect first_response 2026-03-02T10:00Z\n  }\n}';
    expect(codes(test)).toEqual(["SLA1005 4"]);
  });

  it("do not report names a declaration they lost may have declared", () => {
    const lostId = 'policy p {\n  tier "Gold"\n  first_response 1h 24x7\n  test "t" {\n    opened 2026-03-02T09:00Z\n    tier gold\n  }\n}';
    expect(codes(lostId)).toEqual(["SLA1005 2"]);
    const skipped = "policy p {\n  business_hours office\n  calender office { zone UTC  open mon 09:00 - 17:00 }\n  first_response 4h\n}";
    expect(codes(skipped)).toEqual(["SLA1005 3"]);
  });

  it("do not report how rules read from a broken line combine, nor a second definition read after it", () => {
    const swapped = "policy p {\n  severity critical\n  severity urgent\n  first_response {\n    critical urgent\n    4h 8h\n  }\n}";
    expect(codes(swapped)).toEqual(["SLA1005 5"]);
    const strayBrace = "policy p {\n  tier gold\n  first_response {\n    tier gold { 4h } }\n    tier gold { 8h }\n  }\n}";
    expect(codes(strayBrace).filter((c) => c.startsWith("SLA2003"))).toEqual([]);
  });
});
