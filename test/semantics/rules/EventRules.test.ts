/** The checks of declared events, repeating metrics, what test events change, and expectations of cycles. */
import { describe, expect, it } from "vitest";
import type { Rule } from "../../../src/semantics/context.js";
import { CycleExpectationsRule } from "../../../src/semantics/rules/CycleExpectationsRule.js";
import { EventChangesRule } from "../../../src/semantics/rules/EventChangesRule.js";
import { KnownEventTypesRule } from "../../../src/semantics/rules/KnownEventTypesRule.js";
import { KnownMetricStartRule } from "../../../src/semantics/rules/KnownMetricStartRule.js";
import { KnownNamesRule } from "../../../src/semantics/rules/KnownNamesRule.js";
import { OverlappingAddonsRule } from "../../../src/semantics/rules/OverlappingAddonsRule.js";
import { RepeatingMetricRule } from "../../../src/semantics/rules/RepeatingMetricRule.js";
import { ReservedEventNameRule } from "../../../src/semantics/rules/ReservedEventNameRule.js";
import { UniqueDefinitionsRule } from "../../../src/semantics/rules/UniqueDefinitionsRule.js";
import { UniqueItemsRule } from "../../../src/semantics/rules/UniqueItemsRule.js";
import { diagnosticsOf, expectClean, expectValid, format, policy } from "../../helpers/diagnostics.js";

/** One rule's diagnostics with their ranges' ends and hints: `2:7-2:15 SLA2080 message (hint)`. */
function reported(rule: Rule, source: string): string[] {
  return diagnosticsOf(source, [rule]).map((d) => format(d, { end: true, hint: true }));
}

/** The related locations of one rule's diagnostics, as `line:column message`. */
function relatedOf(rule: Rule, source: string): string[] {
  return diagnosticsOf(source, [rule]).flatMap((d) => (d.related ?? []).map((r) => `${r.range.start.line}:${r.range.start.column} ${r.message}`));
}

const opened = "opened 2026-03-02T09:00Z";

describe("ReservedEventNameRule", () => {
  it("accepts an event with an id of its own", () => {
    expectValid(ReservedEventNameRule, policy(`event engineering_logged "Logged with engineering"`));
  });

  it("reports an event called like a built-in event or the ticket's opening", () => {
    expect(reported(ReservedEventNameRule, policy(`event resolved\nevent opened`))).toEqual([
      "2:7-2:15 SLA2080 event `resolved` is built in (every ticket may have `resolved` without a declaration; give the declared event another id)",
      "3:7-3:13 SLA2080 event `opened` is built in (every ticket may have `opened` without a declaration; give the declared event another id)",
    ]);
  });

  it("reports an event called like a metric, declared or built in, pointing at the metric", () => {
    const source = policy(`metric dev_update\nevent dev_update\nevent first_response`);
    expect(reported(ReservedEventNameRule, source)).toEqual([
      "3:7-3:17 SLA2080 event `dev_update` has the id of a metric (an event `dev_update` in a test means the metric was met then; give the declared event another id)",
      "4:7-4:21 SLA2080 event `first_response` has the id of a metric (an event `first_response` in a test means the metric was met then; give the declared event another id)",
    ]);
    expect(relatedOf(ReservedEventNameRule, source)).toEqual(["2:8 the metric"]);
  });

  it("leaves two events of one id to the duplicate check", () => {
    expect(reported(UniqueDefinitionsRule, policy(`event logged\nevent logged "Again"`))).toEqual(["3:7-3:13 SLA2003 duplicate event `logged`"]);
  });
});

describe("KnownMetricStartRule and KnownEventTypesRule, with declared events", () => {
  it("accept a declared event as a metric's start and as a test event, and `reclassified`", () => {
    const source = policy(`
      event engineering_logged
      metric eng_update { starts engineering_logged }
      test "t" { ${opened}  event engineering_logged 2026-03-02T10:00Z  event reclassified 2026-03-02T11:00Z attribute a b }
    `);
    expectValid(KnownMetricStartRule, source);
    expectValid(KnownEventTypesRule, source);
  });

  it("suggest a declared event for a misspelt start or test event", () => {
    const source = policy(`
      event engineering_logged
      metric eng_update { starts engineering_loged }
      test "t" { ${opened}  event engineering_loged 2026-03-02T10:00Z }
    `);
    expect(reported(KnownMetricStartRule, source)).toEqual([
      "3:28-3:45 SLA2035 a metric cannot start at `engineering_loged` (did you mean `engineering_logged`?)",
    ]);
    expect(reported(KnownEventTypesRule, source)).toEqual(["4:44-4:61 SLA2029 unknown event `engineering_loged` (did you mean `engineering_logged`?)"]);
  });

  it("say how to declare an event a metric starts at", () => {
    expect(reported(KnownMetricStartRule, policy(`metric m { starts assigned }`))).toEqual([
      "2:19-2:27 SLA2035 a metric cannot start at `assigned` (write `opened`, `escalated` or `customer_reply`, or declare the event: `event assigned`)",
    ]);
  });
});

describe("RepeatingMetricRule", () => {
  it("accepts built-in events, declared events and metric ids, and the defaults", () => {
    expectValid(
      RepeatingMetricRule,
      policy(`
        event engineering_logged
        metric eng_update { starts engineering_logged  repeats }
        metric reply { starts customer_reply  repeats after customer_reply until resolved }
        metric chase { repeats after reclassified until engineering_logged }
        metric nudge { repeats after eng_update until escalated }
      `),
    );
  });

  it("reports an event that names nothing, with the closest name", () => {
    expect(reported(RepeatingMetricRule, policy(`metric reply { repeats after customer_replied until reslved }`))).toEqual([
      "2:30-2:46 SLA2081 unknown event `customer_replied` (did you mean `customer_reply`?)",
      "2:53-2:60 SLA2081 unknown event `reslved` (did you mean `resolved`?)",
    ]);
    expect(reported(RepeatingMetricRule, policy(`metric reply { repeats after qqq }`))).toEqual([
      "2:30-2:33 SLA2081 unknown event `qqq` (write `escalated`, `customer_reply`, `resolved` or `reclassified`, a declared event or a metric id)",
    ]);
  });

  it("reports a pause as an event to repeat at", () => {
    expect(reported(RepeatingMetricRule, policy(`metric m { repeats after paused until resumed }`))).toEqual([
      "2:26-2:32 SLA2081 a metric cannot repeat after `paused` (`paused` and `resumed` stop and start every clock; name an event such as `customer_reply`)",
      "2:39-2:46 SLA2081 a metric cannot repeat until `resumed` (`paused` and `resumed` stop and start every clock; name an event such as `customer_reply`)",
    ]);
  });

  it("reports cycles that would end where they repeat, written or by default", () => {
    expect(reported(RepeatingMetricRule, policy(`metric reply { repeats after customer_reply until customer_reply }`))).toEqual([
      "2:51-2:65 SLA2082 metric `reply` would end its cycles at `customer_reply`, the event it repeats after (repeat after one event and end the cycles at another)",
    ]);
    expect(reported(RepeatingMetricRule, policy(`metric reply { repeats after resolved }`))).toEqual([
      "2:30-2:38 SLA2082 metric `reply` would end its cycles at `resolved`, the event it repeats after (without `until` the cycles end at `resolved`; repeat after another event)",
    ]);
    expect(reported(RepeatingMetricRule, policy(`metric reply { repeats until reply }`))).toEqual([
      "2:30-2:35 SLA2082 metric `reply` would end its cycles at `reply`, the event it repeats after (without `after` the metric repeats after it is met (`reply`); end the cycles at another event, such as `resolved`)",
    ]);
  });

  it("allows `repeats` and `reclassified` once per metric", () => {
    expect(reported(UniqueItemsRule, policy(`metric m { repeats  repeats after escalated  reclassified keeps  reclassified restarts }`))).toEqual([
      "2:21-2:44 SLA2004 duplicate `repeats` in metric `m`",
      "2:66-2:87 SLA2004 duplicate `reclassified` in metric `m`",
    ]);
  });
});

describe("EventChangesRule", () => {
  const declarations = `severity high\nseverity low\nattribute environment { values production, staging }`;

  it("accepts a reclassification and attribute values on any event", () => {
    expectValid(
      EventChangesRule,
      policy(`
        ${declarations}
        test "t" {
          ${opened}
          severity low
          event reclassified 2026-03-02T10:00Z severity high
          event reclassified 2026-03-02T10:30Z attribute environment staging
          event escalated 2026-03-02T11:00Z attribute environment production
        }
      `),
    );
  });

  it("reports a severity on another event, at the severity", () => {
    expect(reported(EventChangesRule, policy(`${declarations}\ntest "t" { ${opened}  event escalated 2026-03-02T10:00Z severity high }`))).toEqual([
      "5:72-5:85 SLA2083 only a `reclassified` event changes the ticket's severity, not `escalated` (write `event reclassified 2026-03-02T10:00Z severity high`; the ticket's own severity goes on a line of its own)",
    ]);
  });

  it("reports a reclassification that changes nothing, at its type", () => {
    expect(reported(EventChangesRule, policy(`test "t" { ${opened}  event reclassified 2026-03-02T10:00Z }`))).toEqual([
      "2:44-2:56 SLA2084 this `reclassified` event changes nothing (give the new severity after its instant: `event reclassified 2026-03-02T10:00Z severity <id>`)",
    ]);
  });

  it("leaves an unknown event to KnownEventTypesRule", () => {
    expectValid(EventChangesRule, policy(`${declarations}\ntest "t" { ${opened}  event reclasified 2026-03-02T10:00Z severity high }`));
  });

  it("checks the names an event gives like the ticket's, and each at most once", () => {
    const source = policy(`
      ${declarations}
      test "t" {
        ${opened}
        event reclassified 2026-03-02T10:00Z severity hihg attribute environment stagin
        event reclassified 2026-03-02T11:00Z severity high severity low attribute environment staging attribute environment production
      }
    `);
    expect(reported(KnownNamesRule, source)).toEqual([
      "7:55-7:59 SLA2002 unknown severity `hihg` (did you mean `high`?)",
      "7:82-7:88 SLA2002 unknown value `stagin` of attribute `environment` (did you mean `staging`?)",
    ]);
    expect(reported(UniqueItemsRule, source)).toEqual([
      "8:60-8:72 SLA2004 duplicate `severity` in event `reclassified`",
      "8:103-8:135 SLA2004 duplicate `attribute environment` in event `reclassified`",
    ]);
  });
});

describe("CycleExpectationsRule", () => {
  const reply = `metric reply { starts customer_reply  repeats after customer_reply }\nreply 1h 24x7`;

  it("accepts a cycle and the cycles missed of a repeating metric", () => {
    expectValid(
      CycleExpectationsRule,
      policy(`${reply}\ntest "t" { ${opened}  expect reply cycle 1 none  expect reply cycle 2 unknown  expect reply none missed 0 }`),
    );
  });

  it("reports a cycle or cycles missed of a metric that does not repeat, at the number", () => {
    const source = policy(`metric m\nm 1h 24x7\ntest "t" { ${opened}  expect m cycle 2 none  expect first_response none missed 1 }`);
    expect(reported(CycleExpectationsRule, source)).toEqual([
      "4:53-4:54 SLA2085 metric `m` does not repeat, so it has no cycle 2 (add `repeats` to the block of metric `m`, or expect its one due without `cycle`)",
      "4:95-4:96 SLA2085 metric `first_response` does not repeat, so it has no cycles to miss (a built-in metric has one due per ticket; expect its due without `missed`)",
    ]);
    expect(relatedOf(CycleExpectationsRule, source)).toEqual(["2:8 the metric"]);
  });

  it("reports a cycle that is not a whole number from 1, cycles missed not a whole number, and `missed` with `cycle`", () => {
    expect(
      reported(
        CycleExpectationsRule,
        policy(`${reply}\ntest "t" { ${opened}  expect reply cycle 0 none  expect reply cycle 1.5 none  expect reply none missed 0.5  expect reply cycle 2 none missed 1 }`),
      ),
    ).toEqual([
      "4:57-4:58 SLA2086 `0` is not a cycle number (cycles are counted in whole numbers from 1, the cycle that starts at the metric's `starts` event)",
      "4:84-4:87 SLA2086 `1.5` is not a cycle number (cycles are counted in whole numbers from 1, the cycle that starts at the metric's `starts` event)",
      "4:119-4:122 SLA2086 `0.5` is not a number of cycles (write a whole number such as `0` or `2`)",
      "4:157-4:158 SLA2086 `missed` counts the cycles of the whole ticket, not of one cycle (expect it on a line without `cycle`: `expect reply <due> missed 1`)",
    ]);
  });

  it("allows one expectation per metric and cycle", () => {
    expect(reported(UniqueItemsRule, policy(`${reply}\ntest "t" { ${opened}  expect reply cycle 1 none  expect reply none  expect reply cycle 1 unknown  expect reply none missed 0 }`))).toEqual([
      "4:84-4:112 SLA2004 duplicate `expect reply cycle 1` in test `t`",
      "4:114-4:140 SLA2004 duplicate `expect reply` in test `t`",
    ]);
  });
});

describe("OverlappingAddonsRule", () => {
  const tiers = "tier standard\ntier night { addon }\ntier rush { addon }\nseverity critical\nseverity low\nchannel chat";

  it("accepts add-ons that agree, or set different cells", () => {
    expectValid(OverlappingAddonsRule, policy(`${tiers}\nfirst_response { 4h 24x7  tier night, rush { critical 1h 24x7 }  tier rush { low 2h 24x7 } }`));
    expectValid(OverlappingAddonsRule, policy(`${tiers}\nfirst_response { 4h 24x7  tier night { critical 1h 24x7 }  tier rush { critical 1h 24x7 } }`));
  });

  it("warns at the second add-on's rule, naming both, the cell and which wins", () => {
    const source = policy(`${tiers}\nfirst_response {\n  4h 24x7\n  tier night { critical 1h 24x7 }\n  tier rush { critical 30m 24x7 }\n}`);
    expect(reported(OverlappingAddonsRule, source)).toEqual([
      "11:15-11:32 SLA2087 add-ons `night` and `rush` set different `first_response` targets for severity `critical`, channel `chat`; a ticket that carries both gets `night`'s `critical 1h 24x7`, not this `critical 30m 24x7` (the add-on first in tier order wins, and `night` is declared first; give both the same target if that is not meant)",
    ]);
    expect(relatedOf(OverlappingAddonsRule, source)).toEqual(["10:16 the rule of `night`"]);
    expect(diagnosticsOf(source, [OverlappingAddonsRule])[0]!.severity).toBe("warning");
  });
});

describe("assumptions of uptime commitments and response credits", () => {
  it("are allowed once per block", () => {
    expectClean(policy(`uptime { objective 99.9% per month  downtime error_rate > 5%  assumption "Read from the status page" }`));
    expect(
      reported(UniqueItemsRule, policy(`uptime { objective 99.9% per month  downtime error_rate > 5%  assumption "A"  assumption "B" }\ncredit first_response { assumption "C"  assumption "D" }`)),
    ).toEqual([
      '2:79-2:93 SLA2004 duplicate `assumption` in the uptime block',
      '3:41-3:55 SLA2004 duplicate `assumption` in credit `first_response`',
    ]);
  });
});
