/** Rules for the named declarations: teams, channels, severities, tiers, attributes, metrics, events (calendars are calendars.ts). */
import { Comma, Identifier, K, LCurly, RCurly, StringLiteral } from "../tokens.js";
import { CalendarRules } from "./calendars.js";

/** Declarations of the things targets refer to. */
export abstract class DeclarationRules extends CalendarRules {
  team = this.RULE("team", () => {
    this.CONSUME(K.team);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.teamItem));
    this.CONSUME(RCurly);
  });

  teamItem = this.RULE("teamItem", () => {
    this.OR({
      ERR_MSG: "a team item",
      DEF: [
        { ALT: () => this.SUBRULE(this.hours) },
        { ALT: () => this.SUBRULE(this.responsibility) },
        { ALT: () => this.SUBRULE(this.contact) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  responsibility = this.RULE("responsibility", () => {
    this.CONSUME(K.responsibility);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });

  channel = this.RULE("channel", () => {
    this.CONSUME(K.channel);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => {
      this.CONSUME(LCurly);
      this.MANY(() => this.SUBRULE(this.channelItem));
      this.CONSUME(RCurly);
    });
  });

  channelItem = this.RULE("channelItem", () => {
    this.OR({
      ERR_MSG: "a channel item",
      DEF: [
        { ALT: () => this.SUBRULE(this.channelSeverity) },
        { ALT: () => this.SUBRULE(this.contact) },
        { ALT: () => this.SUBRULE(this.audience) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  /** `severity always <id>`: every ticket on the channel gets it; `severity default <id>`: a ticket that asks for none. */
  channelSeverity = this.RULE("channelSeverity", () => {
    this.CONSUME(K.severity);
    this.OR({
      ERR_MSG: "`always` or `default`",
      DEF: [{ ALT: () => this.CONSUME(K.always, { LABEL: "mode" }) }, { ALT: () => this.CONSUME(K.default, { LABEL: "mode" }) }],
    });
    this.CONSUME(Identifier, { LABEL: "severity" });
  });

  audience = this.RULE("audience", () => {
    this.CONSUME(K.audience);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });

  severityDecl = this.RULE("severityDecl", () => {
    this.CONSUME(K.severity);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => {
      this.CONSUME(LCurly);
      this.MANY(() => this.SUBRULE(this.severityItem));
      this.CONSUME(RCurly);
    });
  });

  severityItem = this.RULE("severityItem", () => {
    this.OR({
      ERR_MSG: "a severity item",
      DEF: [
        { ALT: () => this.SUBRULE(this.alias) },
        { ALT: () => this.SUBRULE(this.description) },
        { ALT: () => this.SUBRULE(this.example) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  alias = this.RULE("alias", () => {
    this.CONSUME(K.alias);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });

  example = this.RULE("example", () => {
    this.CONSUME(K.example);
    this.CONSUME(StringLiteral, { LABEL: "text" });
    this.OPTION(() => {
      this.CONSUME(K.tiers);
      this.SUBRULE(this.idList, { LABEL: "tiers" });
    });
  });

  tier = this.RULE("tier", () => {
    this.CONSUME(K.tier);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => {
      this.CONSUME(LCurly);
      this.MANY(() => this.SUBRULE(this.tierItem));
      this.CONSUME(RCurly);
    });
  });

  tierItem = this.RULE("tierItem", () => {
    this.OR({
      ERR_MSG: "a tier item",
      DEF: [
        { ALT: () => this.SUBRULE(this.hours) },
        { ALT: () => this.SUBRULE(this.channels) },
        { ALT: () => this.SUBRULE(this.description) },
        { ALT: () => this.SUBRULE(this.addon) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  /** `addon`: the tier is an add-on a ticket carries on top of its base tier. */
  addon = this.RULE("addon", () => {
    this.CONSUME(K.addon);
  });

  /**
   * `attribute <id> ["<title>"] [from languages] [{ … }]`: a ticket attribute (language,
   * environment, product, …), a dimension of its own beside tier, severity and channel.
   */
  attributeDecl = this.RULE("attributeDecl", () => {
    this.CONSUME(K.attribute);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => this.SUBRULE(this.attributeSource));
    this.OPTION3(() => {
      this.CONSUME(LCurly);
      this.MANY(() => this.SUBRULE(this.attributeItem));
      this.CONSUME(RCurly);
    });
  });

  /** `from languages`: the attribute's values are the policy's languages. */
  attributeSource = this.RULE("attributeSource", () => {
    this.CONSUME(K.from);
    this.CONSUME(K.languages);
  });

  attributeItem = this.RULE("attributeItem", () => {
    this.OR({
      ERR_MSG: "an attribute item",
      DEF: [
        { ALT: () => this.SUBRULE(this.attributeValues) },
        { ALT: () => this.SUBRULE(this.attributeDefault) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  /** `values production "Production", staging, development` */
  attributeValues = this.RULE("attributeValues", () => {
    this.CONSUME(K.values);
    this.SUBRULE(this.attributeValue);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.attributeValue);
    });
  });

  attributeValue = this.RULE("attributeValue", () => {
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
  });

  /** `default <value>`, or `default none`: the value of a ticket that gives none. */
  attributeDefault = this.RULE("attributeDefault", () => {
    this.CONSUME(K.default);
    this.OR({
      ERR_MSG: "a value of the attribute, or `none`",
      // `none` is an id too; as the default it says there is none.
      IGNORE_AMBIGUITIES: true,
      DEF: [{ ALT: () => this.CONSUME(K.none) }, { ALT: () => this.CONSUME(Identifier, { LABEL: "value" }) }],
    });
  });

  metricDecl = this.RULE("metricDecl", () => {
    this.CONSUME(K.metric);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => {
      this.CONSUME(LCurly);
      this.MANY(() => this.SUBRULE(this.metricItem));
      this.CONSUME(RCurly);
    });
  });

  metricItem = this.RULE("metricItem", () => {
    this.OR({
      ERR_MSG: "a metric item",
      DEF: [
        { ALT: () => this.SUBRULE(this.metricStarts) },
        { ALT: () => this.SUBRULE(this.metricRepeats) },
        { ALT: () => this.SUBRULE(this.metricOnChange) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  /** `starts <event>`: the ticket event (built in or declared) that starts the metric's clock. */
  metricStarts = this.RULE("metricStarts", () => {
    this.CONSUME(K.starts);
    this.CONSUME(Identifier, { LABEL: "event", ERR_MSG: "an event such as `opened` or `escalated`" });
  });

  /** `repeats [after <event>] [until <event>]`: the metric is due again after each `after` event, until the `until` event. */
  metricRepeats = this.RULE("metricRepeats", () => {
    this.CONSUME(K.repeats);
    this.OPTION(() => {
      this.CONSUME(K.after);
      this.CONSUME(Identifier, { LABEL: "after", ERR_MSG: "an event or a metric id such as `customer_reply`" });
    });
    this.OPTION2(() => {
      this.CONSUME(K.until);
      this.CONSUME2(Identifier, { LABEL: "until", ERR_MSG: "an event or a metric id such as `resolved`" });
    });
  });

  /** `reclassified keeps|restarts`: whether a change of the ticket's targets keeps the time already elapsed or starts the clock again. */
  metricOnChange = this.RULE("metricOnChange", () => {
    this.CONSUME(K.reclassified);
    this.OR({
      ERR_MSG: "`keeps` or `restarts`",
      DEF: [{ ALT: () => this.CONSUME(K.keeps, { LABEL: "rule" }) }, { ALT: () => this.CONSUME(K.restarts, { LABEL: "rule" }) }],
    });
  });

  /** `event <id> ["<title>"] [{ assumption …  note … }]`: an event tickets may carry, that a metric may start or repeat at. */
  eventDecl = this.RULE("eventDecl", () => {
    this.CONSUME(K.event);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => {
      this.CONSUME(LCurly);
      this.MANY(() => this.SUBRULE(this.eventItem));
      this.CONSUME(RCurly);
    });
  });

  eventItem = this.RULE("eventItem", () => {
    this.OR({
      ERR_MSG: "an event item",
      DEF: [{ ALT: () => this.SUBRULE(this.assumption) }, { ALT: () => this.SUBRULE(this.note) }],
    });
  });
}
