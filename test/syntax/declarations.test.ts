import { describe, expect, it } from "vitest";
import { itemDiagnostics, itemOf, policyOf, shape } from "../helpers/syntax.js";

const text = (value: string) => ({ kind: "Text", value });
const name = (value: string) => ({ kind: "Name", value });

describe("teams", () => {
  it("reads hours, responsibility, contact and note", () => {
    const team = itemOf("Team", 'team level2 "Tech" { hours tech responsibility "R" contact "a@x" "For tickets" contact "b@x" note "N" }');
    expect(shape(team)).toEqual({
      kind: "Team",
      id: name("level2"),
      title: text("Tech"),
      items: [
        { kind: "HoursRef", clock: { kind: "ClockOn", target: name("tech") } },
        { kind: "Responsibility", text: text("R") },
        { kind: "Contact", address: text("a@x"), purpose: text("For tickets") },
        { kind: "Contact", address: text("b@x") },
        { kind: "Note", text: text("N") },
      ],
    });
  });

  it("reads hours 24x7", () => {
    expect(shape(itemOf("Team", "team t { hours 24x7 }").items)).toEqual([{ kind: "HoursRef", clock: { kind: "Clock24x7" } }]);
  });
});

describe("channels", () => {
  it("reads a channel with and without a block", () => {
    const [email, chat, phone] = policyOf(
      'channel email "Email" { contact "s@x" severity always medium audience "All" note "N" }\nchannel chat "Chat"\nchannel phone',
    ).items.map(shape);
    expect(email).toEqual({
      kind: "Channel",
      id: name("email"),
      title: text("Email"),
      items: [
        { kind: "Contact", address: text("s@x") },
        { kind: "FixedSeverity", severity: name("medium") },
        { kind: "Audience", text: text("All") },
        { kind: "Note", text: text("N") },
      ],
    });
    expect(chat).toEqual({ kind: "Channel", id: name("chat"), title: text("Chat"), items: [] });
    expect(phone).toEqual({ kind: "Channel", id: name("phone"), items: [] });
  });
});

describe("severities", () => {
  it("reads alias, description, examples with tiers, and note", () => {
    const severity = itemOf("SeverityDecl", 'severity s0 "S0" { alias "Blocker" description "D" example "E1" example "E2" tiers standard, pro note "N" }');
    expect(shape(severity)).toEqual({
      kind: "SeverityDecl",
      id: name("s0"),
      title: text("S0"),
      items: [
        { kind: "Alias", text: text("Blocker") },
        { kind: "Description", text: text("D") },
        { kind: "Example", text: text("E1"), tiers: [] },
        { kind: "Example", text: text("E2"), tiers: [name("standard"), name("pro")] },
        { kind: "Note", text: text("N") },
      ],
    });
  });

  it("keeps declaration order, which is the rank", () => {
    expect(policyOf("severity critical severity high severity low").items.map((s) => s.kind === "SeverityDecl" && s.id.value)).toEqual([
      "critical",
      "high",
      "low",
    ]);
  });
});

describe("tiers", () => {
  it("reads hours, channels, description and note", () => {
    expect(shape(itemOf("Tier", 'tier premium "Premium" { hours premium_hours channels hub, email description "D" note "N" }'))).toEqual({
      kind: "Tier",
      id: name("premium"),
      title: text("Premium"),
      items: [
        { kind: "HoursRef", clock: { kind: "ClockOn", target: name("premium_hours") } },
        { kind: "ChannelsRef", channels: [name("hub"), name("email")] },
        { kind: "Description", text: text("D") },
        { kind: "Note", text: text("N") },
      ],
    });
  });
});

describe("metrics", () => {
  it("reads a metric with an optional title, start event and provenance", () => {
    const source = 'metric membership_reply "Reply"\nmetric dev_update "Update" { starts escalated  assumption "Read from the FAQ"  note "Weekdays" }';
    const [plain, started] = policyOf(source).items.map(shape);
    expect(plain).toEqual({ kind: "MetricDecl", id: name("membership_reply"), title: text("Reply"), items: [] });
    expect(started).toEqual({
      kind: "MetricDecl",
      id: name("dev_update"),
      title: text("Update"),
      items: [
        { kind: "MetricStarts", event: name("escalated") },
        { kind: "Assumption", text: text("Read from the FAQ") },
        { kind: "Note", text: text("Weekdays") },
      ],
    });
  });

  it("reads `repeats` with and without its events, and `reclassified`", () => {
    const source = [
      "metric eng_update { starts engineering_logged  repeats  reclassified restarts }",
      "metric reply { repeats after customer_reply until resolved  reclassified keeps }",
      "metric chase { repeats until escalated }",
    ].join("\n");
    const [update, reply, chase] = policyOf(source).items.map((item) => shape(item) as { items: unknown[] });
    expect(update!.items).toEqual([
      { kind: "MetricStarts", event: name("engineering_logged") },
      { kind: "MetricRepeats" },
      { kind: "MetricOnChange", rule: "restart" },
    ]);
    expect(reply!.items).toEqual([
      { kind: "MetricRepeats", after: name("customer_reply"), until: name("resolved") },
      { kind: "MetricOnChange", rule: "keep" },
    ]);
    expect(chase!.items).toEqual([{ kind: "MetricRepeats", until: name("escalated") }]);
  });

  it("reads the new words as ids where an id is expected", () => {
    const source = "metric after { repeats after until until after }\nafter 4h 24x7\nseverity cycle\ntier repeats";
    expect(policyOf(source).items.map(shape)).toMatchObject([
      { kind: "MetricDecl", id: name("after"), items: [{ kind: "MetricRepeats", after: name("until"), until: name("after") }] },
      { kind: "Targets", metric: name("after") },
      { kind: "SeverityDecl", id: name("cycle") },
      { kind: "Tier", id: name("repeats") },
    ]);
  });

  it("reports `reclassified` without `keeps` or `restarts`", () => {
    expect(itemDiagnostics("metric m { reclassified restart }")).toEqual([
      "1:25-1:32 SLA1005 expected `keeps` or `restarts`, found `restart`",
    ]);
  });
});

describe("events", () => {
  it("reads an event with a title and a block, and one without either", () => {
    const source = [
      'event engineering_logged "Logged with engineering" {',
      '  assumption "The page says \'once development picks it up\'"',
      '  note "Our engineers log it in Jira"',
      "}",
      "event priority_assigned",
    ].join("\n");
    const [logged, assigned] = policyOf(source).items.map(shape);
    expect(logged).toEqual({
      kind: "EventDecl",
      id: name("engineering_logged"),
      title: text("Logged with engineering"),
      items: [
        { kind: "Assumption", text: text("The page says 'once development picks it up'") },
        { kind: "Note", text: text("Our engineers log it in Jira") },
      ],
    });
    expect(assigned).toEqual({ kind: "EventDecl", id: name("priority_assigned"), items: [] });
  });

  it("suggests `event` for a misspelt declaration, and reports `repeats` whose events are out of order", () => {
    expect(itemDiagnostics('evnet logged "Logged"\nmetric m { repeats until resolved after escalated }')).toEqual([
      "1:1-1:6 SLA1005 expected a policy item, found `evnet`",
      "2:35-2:40 SLA1005 expected a metric item or `}`, found `after`",
    ]);
  });

  it("reports an item an event block cannot hold", () => {
    expect(itemDiagnostics("event e { starts opened }")).toEqual([
      "1:11-1:17 SLA1005 expected an event item or `}`, found `starts`",
    ]);
  });
});
