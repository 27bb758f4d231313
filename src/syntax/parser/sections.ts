/** Rules for the policy's sections: escalation, maintenance, uptime commitments, the fiscal year, response credits and tests. */
import type { TokenType } from "../chevrotain.js";
import {
  Comma,
  Duration,
  Greater,
  GreaterEqual,
  Identifier,
  Instant,
  K,
  keywordOf,
  LCurly,
  NumberToken,
  Percent,
  RCurly,
  StringLiteral,
  Zone,
} from "../tokens.js";
import { DeclarationRules } from "./declarations.js";

/** Words that start a test item, so never read as an `expect` status. */
const testItemStarts: readonly TokenType[] = [K.opened, K.tier, K.severity, K.channel, K.attribute, K.addons, K.zone, K.event, K.now, K.expect];

/** What follows `expect <metric>`: a due instant, `none` or `unknown`; after `expect severity` or `expect rejected`, anything else. */
const expectedDues: readonly TokenType[] = [Instant, K.none, K.unknown];

/** The unnamed sections of a policy. */
export abstract class SectionRules extends DeclarationRules {
  escalation = this.RULE("escalation", () => {
    this.CONSUME(K.escalation);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.escalationItem));
    this.CONSUME(RCurly);
  });

  escalationItem = this.RULE("escalationItem", () => {
    this.OR({
      ERR_MSG: "an escalation item",
      DEF: [
        { ALT: () => this.SUBRULE(this.escalationLevel) },
        { ALT: () => this.SUBRULE(this.contact) },
        { ALT: () => this.SUBRULE(this.escalationRight) },
        { ALT: () => this.SUBRULE(this.onCall) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  escalationLevel = this.RULE("escalationLevel", () => {
    this.CONSUME(K.level);
    this.CONSUME(NumberToken, { LABEL: "level" });
    this.CONSUME(Identifier, { LABEL: "team" });
  });

  escalationRight = this.RULE("escalationRight", () => {
    this.CONSUME(K.by);
    this.CONSUME(StringLiteral, { LABEL: "who" });
    this.OPTION(() => {
      this.CONSUME(K.via);
      this.CONSUME2(StringLiteral, { LABEL: "via" });
    });
    this.OPTION2(() => {
      this.CONSUME(K.when);
      this.CONSUME3(StringLiteral, { LABEL: "condition" });
    });
  });

  onCall = this.RULE("onCall", () => {
    this.CONSUME(K.on_call);
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.onCallItem));
    this.CONSUME(RCurly);
  });

  onCallItem = this.RULE("onCallItem", () => {
    this.OR({
      ERR_MSG: "an on-call item",
      DEF: [
        { ALT: () => this.SUBRULE(this.severities) },
        { ALT: () => this.SUBRULE(this.channels) },
        { ALT: () => this.SUBRULE(this.hours) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  severities = this.RULE("severities", () => {
    this.CONSUME(K.severities);
    this.SUBRULE(this.idList, { LABEL: "ids" });
  });

  maintenance = this.RULE("maintenance", () => {
    this.CONSUME(K.maintenance);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.maintenanceItem));
    this.CONSUME(RCurly);
  });

  maintenanceItem = this.RULE("maintenanceItem", () => {
    this.OR({
      ERR_MSG: "a maintenance item",
      DEF: [
        { ALT: () => this.SUBRULE(this.notice) },
        { ALT: () => this.SUBRULE(this.announce) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  notice = this.RULE("notice", () => {
    this.CONSUME(K.notice);
    this.CONSUME(Duration, { LABEL: "duration" });
  });

  announce = this.RULE("announce", () => {
    this.CONSUME(K.announce);
    this.CONSUME(StringLiteral, { LABEL: "where" });
    this.OPTION(() => this.CONSUME2(StringLiteral, { LABEL: "url" }));
  });

  /** `uptime [<id> ["<title>"]] { … }`: one uptime commitment; without an id, its id is `uptime`. */
  uptime = this.RULE("uptime", () => {
    this.CONSUME(K.uptime);
    this.OPTION(() => {
      this.CONSUME(Identifier, { LABEL: "id" });
      this.OPTION2(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    });
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.uptimeItem));
    this.CONSUME(RCurly);
  });

  uptimeItem = this.RULE("uptimeItem", () => {
    this.OR({
      ERR_MSG: "an uptime item",
      DEF: [
        { ALT: () => this.SUBRULE(this.service) },
        { ALT: () => this.SUBRULE(this.notCovered) },
        { ALT: () => this.SUBRULE(this.objective) },
        { ALT: () => this.SUBRULE(this.downtime) },
        { ALT: () => this.SUBRULE(this.errorDefinition) },
        { ALT: () => this.SUBRULE(this.validRequests) },
        { ALT: () => this.SUBRULE(this.minimumPeriod) },
        { ALT: () => this.SUBRULE(this.credit) },
        { ALT: () => this.SUBRULE(this.creditCap) },
        { ALT: () => this.SUBRULE(this.claimWindow) },
        { ALT: () => this.SUBRULE(this.commitmentTiers) },
        { ALT: () => this.SUBRULE(this.exclusions) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  /** `tiers <id>, …`: the tiers a commitment or credit covers (every tier without it). */
  commitmentTiers = this.RULE("commitmentTiers", () => {
    this.CONSUME(K.tiers);
    this.SUBRULE(this.idList, { LABEL: "ids" });
  });

  /** `credit_cap 30%`: the most a month's uptime credit may be. */
  creditCap = this.RULE("creditCap", () => {
    this.CONSUME(K.credit_cap);
    this.CONSUME(Percent, { LABEL: "percent" });
  });

  /** `claim_within 30d`: how long after its period a credit may be claimed. */
  claimWindow = this.RULE("claimWindow", () => {
    this.CONSUME(K.claim_within);
    this.CONSUME(Duration, { LABEL: "duration" });
  });

  service = this.RULE("service", () => {
    this.CONSUME(K.service);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });

  notCovered = this.RULE("notCovered", () => {
    this.CONSUME(K.not_covered);
    this.CONSUME(StringLiteral, { LABEL: "text" });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(StringLiteral, { LABEL: "text" });
    });
  });

  objective = this.RULE("objective", () => {
    this.CONSUME(K.objective);
    this.CONSUME(Percent, { LABEL: "percent" });
    this.CONSUME(K.per);
    this.CONSUME(Identifier, { LABEL: "window" });
  });

  downtime = this.RULE("downtime", () => {
    this.CONSUME(K.downtime);
    this.CONSUME(Identifier, { LABEL: "measure" });
    this.OR({
      ERR_MSG: "`>` or `>=`",
      DEF: [
        { ALT: () => this.CONSUME(Greater, { LABEL: "operator" }) },
        { ALT: () => this.CONSUME(GreaterEqual, { LABEL: "operator" }) },
      ],
    });
    this.CONSUME(Percent, { LABEL: "threshold" });
  });

  errorDefinition = this.RULE("errorDefinition", () => {
    this.CONSUME(K.errors);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });

  validRequests = this.RULE("validRequests", () => {
    this.CONSUME(K.valid_requests);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });

  minimumPeriod = this.RULE("minimumPeriod", () => {
    this.CONSUME(K.minimum_period);
    this.CONSUME(Duration, { LABEL: "duration" });
  });

  credit = this.RULE("credit", () => {
    this.CONSUME(K.credit);
    this.CONSUME(Percent, { LABEL: "credit" });
    this.CONSUME(K.below);
    this.CONSUME2(Percent, { LABEL: "below" });
  });

  /** `fiscal_year starts feb 1 [zone America/Los_Angeles]`: when the policy's fiscal year, and so its quarters, start. */
  fiscalYear = this.RULE("fiscalYear", () => {
    this.CONSUME(K.fiscal_year);
    this.CONSUME(K.starts);
    this.CONSUME(Identifier, { LABEL: "month" });
    this.CONSUME(NumberToken, { LABEL: "day" });
    this.OPTION(() => {
      this.CONSUME(K.zone);
      this.OR({
        ERR_MSG: "a time zone such as `America/Los_Angeles`",
        DEF: [
          { ALT: () => this.CONSUME(Zone, { LABEL: "zone" }) },
          // No zone is called like a keyword: `zone` at the end of a line does not take the next item's keyword.
          { GATE: () => keywordOf(this.LA(1).tokenType) === undefined, ALT: () => this.CONSUME2(Identifier, { LABEL: "zone" }) },
        ],
      });
    });
  });

  /** `credit <metric> ["<title>"] { … }`: a support-response credit for missed targets of a metric. */
  responseCredit = this.RULE("responseCredit", () => {
    this.CONSUME(K.credit);
    this.CONSUME(Identifier, { LABEL: "metric" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.responseCreditItem));
    this.CONSUME(RCurly);
  });

  responseCreditItem = this.RULE("responseCreditItem", () => {
    this.OR({
      ERR_MSG: "a credit item",
      DEF: [
        { ALT: () => this.SUBRULE(this.commitmentTiers) },
        { ALT: () => this.SUBRULE(this.misses) },
        { ALT: () => this.SUBRULE(this.creditAmount) },
        { ALT: () => this.SUBRULE(this.claimWindow) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  /** `misses > 4 per fiscal_quarter`: how many missed targets in a period earn the credit. */
  misses = this.RULE("misses", () => {
    this.CONSUME(K.misses);
    this.OR({
      ERR_MSG: "`>` or `>=`",
      DEF: [
        { ALT: () => this.CONSUME(Greater, { LABEL: "operator" }) },
        { ALT: () => this.CONSUME(GreaterEqual, { LABEL: "operator" }) },
      ],
    });
    this.CONSUME(NumberToken, { LABEL: "count" });
    this.CONSUME(K.per);
    this.CONSUME(Identifier, { LABEL: "period" });
  });

  /** `credit 20%`: the credit, in percent of the period's fee. */
  creditAmount = this.RULE("creditAmount", () => {
    this.CONSUME(K.credit);
    this.CONSUME(Percent, { LABEL: "percent" });
  });

  test = this.RULE("test", () => {
    this.CONSUME(K.test);
    this.CONSUME(StringLiteral, { LABEL: "name" });
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.testItem));
    this.CONSUME(RCurly);
  });

  testItem = this.RULE("testItem", () => {
    this.OR({
      ERR_MSG: "a test item",
      DEF: [
        { ALT: () => this.SUBRULE(this.testOpened) },
        { ALT: () => this.SUBRULE(this.testDimension) },
        { ALT: () => this.SUBRULE(this.testAttribute) },
        { ALT: () => this.SUBRULE(this.testAddons) },
        { ALT: () => this.SUBRULE(this.testZone) },
        { ALT: () => this.SUBRULE(this.testEvent) },
        { ALT: () => this.SUBRULE(this.testNow) },
        { ALT: () => this.SUBRULE(this.testExpect) },
      ],
    });
  });

  testOpened = this.RULE("testOpened", () => {
    this.CONSUME(K.opened);
    this.CONSUME(Instant, { LABEL: "at" });
  });

  testDimension = this.RULE("testDimension", () => {
    this.OR([
      { ALT: () => this.CONSUME(K.tier, { LABEL: "dimension" }) },
      { ALT: () => this.CONSUME(K.severity, { LABEL: "dimension" }) },
      { ALT: () => this.CONSUME(K.channel, { LABEL: "dimension" }) },
    ]);
    this.CONSUME(Identifier, { LABEL: "value" });
  });

  /** `attribute environment production`: the ticket's value of an attribute. */
  testAttribute = this.RULE("testAttribute", () => {
    this.CONSUME(K.attribute);
    this.CONSUME(Identifier, { LABEL: "attribute" });
    // A word that starts a test item is the next item (the line lost its attribute or value).
    this.OR({
      ERR_MSG: "a value of the attribute",
      DEF: [{ GATE: () => !testItemStarts.includes(this.LA(1).tokenType), ALT: () => this.CONSUME2(Identifier, { LABEL: "value" }) }],
    });
  });

  /** `addons urgent_247, …`: the add-on tiers the ticket's customer has on top of its tier. */
  testAddons = this.RULE("testAddons", () => {
    this.CONSUME(K.addons);
    this.SUBRULE(this.idList, { LABEL: "tiers" });
  });

  /** `zone Asia/Tokyo`: the customer's zone, for calendars in the customer's zone. */
  testZone = this.RULE("testZone", () => {
    this.CONSUME(K.zone);
    this.OR({
      ERR_MSG: "a time zone such as `Asia/Tokyo`",
      DEF: [
        { ALT: () => this.CONSUME(Zone, { LABEL: "name" }) },
        { GATE: () => !testItemStarts.includes(this.LA(1).tokenType), ALT: () => this.CONSUME(Identifier, { LABEL: "name" }) },
      ],
    });
  });

  /**
   * `event <type> <instant> [severity <id>] [attribute <id> <value>]…`: what happened to the
   * ticket, and what it changed. `severity` and `attribute` also start test items of their
   * own (the ticket's), so the event's changes are those on its line.
   */
  testEvent = this.RULE("testEvent", () => {
    this.CONSUME(K.event);
    this.CONSUME(Identifier, { LABEL: "event" });
    this.CONSUME(Instant, { LABEL: "at" });
    this.MANY({ GATE: () => !this.startsLineAt(1), DEF: () => this.SUBRULE(this.eventChange) });
  });

  /** `severity <id>` or `attribute <id> <value>` after an event's instant: the ticket's new severity or attribute value. */
  eventChange = this.RULE("eventChange", () => {
    // As in `attribute`, a word that starts a test item is the next item (the change lost its id).
    const notAnItem = () => !testItemStarts.includes(this.LA(1).tokenType);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.severity, { LABEL: "severityKeyword" });
          this.OR2({ ERR_MSG: "a severity id", DEF: [{ GATE: notAnItem, ALT: () => this.CONSUME(Identifier, { LABEL: "severity" }) }] });
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.attribute, { LABEL: "attributeKeyword" });
          this.OR3({ ERR_MSG: "an attribute id", DEF: [{ GATE: notAnItem, ALT: () => this.CONSUME2(Identifier, { LABEL: "attribute" }) }] });
          this.OR4({ ERR_MSG: "a value of the attribute", DEF: [{ GATE: notAnItem, ALT: () => this.CONSUME3(Identifier, { LABEL: "value" }) }] });
        },
      },
    ]);
  });

  testNow = this.RULE("testNow", () => {
    this.CONSUME(K.now);
    this.CONSUME(Instant, { LABEL: "at" });
  });

  testExpect = this.RULE("testExpect", () => {
    this.CONSUME(K.expect);
    // `expect rejected` and `expect severity p2` are about the ticket; `rejected` and
    // `severity` followed by a due are metric ids, as any word may be.
    this.OR1({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.expectsTicket(K.rejected), ALT: () => this.CONSUME(K.rejected, { LABEL: "rejected" }) },
        {
          GATE: () => this.expectsTicket(K.severity),
          ALT: () => {
            this.CONSUME(K.severity, { LABEL: "severityKeyword" });
            this.CONSUME3(Identifier, { LABEL: "severity" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(Identifier, { LABEL: "metric" });
            // `cycle <n>`: the n-th cycle of a repeating metric.
            this.OPTION3(() => {
              this.CONSUME(K.cycle);
              this.CONSUME(NumberToken, { LABEL: "cycle", ERR_MSG: "a cycle number such as `2`" });
            });
            this.OR({
              ERR_MSG: "an instant such as `2026-03-27T20:00Z`, `none` or `unknown`",
              DEF: [
                { ALT: () => this.CONSUME(Instant, { LABEL: "due" }) },
                { ALT: () => this.CONSUME(K.none, { LABEL: "none" }) },
                { ALT: () => this.CONSUME(K.unknown, { LABEL: "unknown" }) },
              ],
            });
            // The status is optional and any id may be one, so a word that starts the next
            // test item (`tier`, `expect`, …) ends this one instead.
            this.OPTION({
              GATE: () => !testItemStarts.includes(this.LA(1).tokenType) && this.LA(1).tokenType !== K.missed,
              DEF: () => this.CONSUME2(Identifier, { LABEL: "status" }),
            });
            // `missed <n>`: how many cycles of a repeating metric were missed.
            this.OPTION2(() => {
              this.CONSUME(K.missed);
              this.CONSUME2(NumberToken, { LABEL: "missed", ERR_MSG: "a number of cycles such as `1`" });
            });
          },
        },
      ],
    });
  });

  /** Whether `expect` is followed by `word` about the ticket, not by a metric of that name and its due. */
  private expectsTicket(word: TokenType): boolean {
    const next = this.LA(2).tokenType;
    return this.LA(1).tokenType === word && !expectedDues.includes(next) && !(next === K.cycle && this.LA(3).tokenType === NumberToken);
  }
}
