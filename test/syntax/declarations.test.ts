import { describe, expect, it } from "vitest";
import { itemOf, policyOf, shape } from "../helpers/syntax.js";

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
});
