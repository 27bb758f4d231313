/** Braces that do not balance, repaired by the layout (src/syntax/layout.ts): one error each, and the blocks meant. */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/index.js";
import { formatRange } from "../helpers/syntax.js";

describe("braces repaired by the layout", () => {
  it("closes a block that lost its `}` before the first line indented like its opening line", () => {
    const text = ["policy p {", "  calendar c {", "    zone UTC", "    open mon 09:00 - 17:00", "  tier gold", "  first_response 4h", "}"].join("\n");
    const { value, diagnostics } = parse(text, "t.sla");
    expect(diagnostics.map(formatRange)).toEqual(["5:3-5:7 SLA1005 expected `}` to close the block opened on line 2, found `tier`"]);
    const [calendar, ...rest] = value.policies[0]!.items;
    expect(calendar!.kind === "Calendar" && calendar!.items.map((i) => i.kind)).toEqual(["Zone", "OpenDaily"]);
    expect(rest.map((i) => i.kind)).toEqual(["Tier", "Targets"]);
  });

  it("opens a block that lost its `{` at the end of the line indented like its `}`", () => {
    const text = ["policy p {", '  channel email "Email"', '    contact "help@example.com"', "    severity always low", "  }", "  severity low", "}"].join("\n");
    const { value, diagnostics } = parse(text, "t.sla");
    expect(diagnostics.map(formatRange)).toEqual(["2:17-2:24 SLA1005 expected `{` to open the block closed on line 5"]);
    const [channel, severity] = value.policies[0]!.items;
    expect(channel!.kind === "Channel" && channel!.items.map((i) => i.kind)).toEqual(["Contact", "FixedSeverity"]);
    expect(severity!.kind).toBe("SeverityDecl");
  });

  it("drops the second `{` of a line when the layout closes one block", () => {
    const text = ["policy p {", "  maintenance { {", "    notice 72h", "  }", '  provider "x"', "}"].join("\n");
    const { value, diagnostics } = parse(text, "t.sla");
    expect(diagnostics.map(formatRange)).toEqual(["2:17-2:18 SLA1005 this `{` is one too many: its line already opens a block"]);
    expect(value.policies[0]!.items.map((i) => i.kind)).toEqual(["Maintenance", "Provider"]);
  });

  it("repairs nothing when the braces balance, or when the layout does not explain them", () => {
    expect(parse("policy p {\ncalendar c {\nzone UTC\n}\n}", "t.sla").diagnostics).toEqual([]);
    // Not indented: the layout shows no blocks, and the parser's own recovery reports the end.
    expect(parse('policy p {\nprovider "x"\ncalendar c {\nzone UTC\n}\n', "t.sla").diagnostics.map(formatRange)).toEqual([
      "6:1-6:1 SLA1005 expected a policy item or `}`, found the end of the file",
    ]);
    expect(parse("policy p { calendar c { zone UTC } tier gold", "t.sla").diagnostics.map(formatRange)).toEqual([
      "1:45-1:45 SLA1005 expected a policy item or `}`, found the end of the file",
    ]);
  });
});
