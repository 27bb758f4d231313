import { defineCodes } from "../registry.js";

/** Runtime diagnostics (SLA4nnn): tickets, events and traffic the runtime cannot evaluate. */
export const RuntimeCodes = defineCodes({
  UnknownSeverity: {
    code: "SLA4001",
    severity: "error",
    summary: "A ticket's severity names exactly one severity the policy declares, by its id, an alias or its title.",
    example: '{"openedAt": "2026-03-02T09:00Z", "severity": "sev9"}',
  },
  UnknownTier: {
    code: "SLA4002",
    severity: "error",
    summary: "A ticket's tier, and each of its add-ons, names exactly one tier the policy declares, by its id or its title.",
    example: '{"openedAt": "2026-03-02T09:00Z", "tier": "diamond"}',
  },
  UnknownChannel: {
    code: "SLA4003",
    severity: "error",
    summary: "A ticket's channel names exactly one channel the policy declares, by its id or its title.",
    example: '{"openedAt": "2026-03-02T09:00Z", "channel": "fax"}',
  },
  ChannelNotAvailable: {
    code: "SLA4004",
    severity: "error",
    summary: "A ticket's channel is one its tier may use, and one that some tier may use when the ticket names no tier.",
    example: '{"openedAt": "2026-03-02T09:00Z", "tier": "professional", "channel": "chat"}',
  },
  BadInstant: {
    code: "SLA4005",
    severity: "error",
    summary: "Every instant a ticket, event or `now` gives is an ISO 8601 date and time with `Z` or an offset.",
    example: '{"openedAt": "2026-03-02 09:00"}',
  },
  MissingField: {
    code: "SLA4006",
    severity: "error",
    summary:
      "A ticket gives `openedAt`, each of tier, severity, channel and attribute (without a default) that would change one of its due times, applied severities or eligibility, and `zone` where a target runs on a calendar in the customer's zone that has no default (then only those metrics go unanswered).",
    example: '{"openedAt": "2026-03-02T09:00Z"}',
  },
  BrokenBundle: {
    code: "SLA4007",
    severity: "error",
    summary: "Every calendar, zone and date a bundle's targets use exists and is well formed.",
  },
  NoOpenTime: {
    code: "SLA4008",
    severity: "error",
    summary: "A deadline's calendar has enough open time within five years of the clock start to reach the due; otherwise that metric alone has no due.",
  },
  BadMonth: {
    code: "SLA4009",
    severity: "error",
    summary: "An uptime month is written `YYYY-MM`.",
    example: "--month 2026-13",
  },
  NoUptimeCommitment: {
    code: "SLA4010",
    severity: "error",
    summary: "Uptime is computed only for a policy that declares an `uptime` commitment, and `--commitment` names one of its commitments by id.",
  },
  BadTrafficLine: {
    code: "SLA4011",
    severity: "error",
    summary: "A traffic line is `minute,valid_requests,errors` with an ISO instant or epoch seconds and two non-negative integers.",
    example: "2026-11-03T10:15Z,120,-1",
  },
  BadField: {
    code: "SLA4012",
    severity: "error",
    summary:
      "A ticket is an object whose `openedAt`, `now`, `tier`, `severity`, `channel` and `zone` are strings, whose `attributes` is an object of strings (holding every attribute the ticket gives), whose `addons` are an array of strings and whose `events` are objects with a string `type` and `at` (and, when given, a string `severity` and an object of strings `attributes`).",
    example: '{"openedAt": "2026-03-02T09:00Z", "severity": 1}',
  },
  UnknownZone: {
    code: "SLA4013",
    severity: "error",
    summary: "A ticket's `zone` is an IANA time zone, such as `Europe/Paris` or `America/Los_Angeles`.",
    example: '{"openedAt": "2026-03-02T09:00Z", "zone": "Mars/Olympus_Mons"}',
  },
  OutsideHorizon: {
    code: "SLA4014",
    severity: "error",
    summary:
      "A due, and every count of open time, needs only local dates inside its calendar's horizon (the dates its holiday sets were expanded over); otherwise that metric alone has no due, never one that silently misses holidays.",
  },
  UnknownAttribute: {
    code: "SLA4015",
    severity: "error",
    summary:
      "A ticket's `attributes` name only attributes the policy declares, each with exactly one of its values, by its id or its title (a language by its tag, case aside).",
    example: '{"openedAt": "2026-03-02T09:00Z", "attributes": {"region": "eu"}}',
  },
  NotAnAddon: {
    code: "SLA4016",
    severity: "error",
    summary: "A ticket's `tier` is a base tier, and each of its `addons` an add-on tier, never the other way round.",
    example: '{"openedAt": "2026-03-02T09:00Z", "tier": "business", "addons": ["business"]}',
  },
  Rejected: {
    code: "SLA4017",
    severity: "error",
    summary:
      "A ticket asks for a severity where the policy's eligibility rules offer it, or where they reclassify it; a rule that says `otherwise reject` refuses the ticket, naming the rule and why.",
  },
  NoPolicyInForce: {
    code: "SLA4018",
    severity: "error",
    summary:
      "Of the policies `slac due` is given, exactly one is in force when a ticket is opened: `valid_from` on or before its `openedAt` (UTC dates), `valid_until` after it.",
  },
  BadChange: {
    code: "SLA4019",
    severity: "error",
    summary:
      "A ticket event carries a `severity` only when it is `reclassified`, and a `reclassified` event carries the ticket's new `severity`, new `attributes`, or both.",
    example: '{"openedAt": "2026-03-02T09:00Z", "tier": "professional", "channel": "email", "events": [{"type": "escalated", "at": "2026-03-02T10:00Z", "severity": "critical"}]}',
  },
  // Commitments (SLA4030–SLA4039).
  NoResponseCredit: {
    code: "SLA4030",
    severity: "error",
    summary: "Response credits are computed only for a policy that declares a `credit` rule, and `--metric` names the metric of one.",
  },
  // Tickets again (SLA4020–SLA4029).
  OutOfRange: {
    code: "SLA4020",
    severity: "error",
    summary:
      "A ticket's `openedAt`, `now` and event instants lie from 1970-01-01T00:00Z up to, not including, 2100-01-01T00:00Z: the IANA zone data is exact from 1970 on, and the bound keeps the work of every answer bounded.",
    example: '{"openedAt": "0001-03-02T09:00Z"}',
  },
  UnknownEvent: {
    code: "SLA4021",
    severity: "error",
    summary:
      "A ticket event's `type` is a built-in event (`paused`, `resumed`, `escalated`, `customer_reply`, `resolved`, `reclassified`), an event the policy declares, or a metric's id (which meets that metric).",
    example: '{"openedAt": "2026-03-02T09:00Z", "tier": "business", "channel": "email", "events": [{"type": "pause", "at": "2026-03-02T10:00Z"}]}',
  },
  NowBeforeOpened: {
    code: "SLA4022",
    severity: "error",
    summary: "A ticket is judged at a `now` (the ticket's, or `--now`) on or after its `openedAt`: before it, the ticket did not exist yet.",
    example: '{"openedAt": "2026-03-02T09:00Z", "tier": "business", "channel": "email", "now": "2026-03-01T09:00Z"}',
  },
});
