/** Rules for the named declarations: teams, channels, severities, tiers, metrics (calendars are calendars.ts). */
import { Identifier, K, LCurly, RCurly, StringLiteral } from "../tokens.js";
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
        { ALT: () => this.SUBRULE(this.fixedSeverity) },
        { ALT: () => this.SUBRULE(this.contact) },
        { ALT: () => this.SUBRULE(this.audience) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  fixedSeverity = this.RULE("fixedSeverity", () => {
    this.CONSUME(K.severity);
    this.CONSUME(K.always);
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
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  metricDecl = this.RULE("metricDecl", () => {
    this.CONSUME(K.metric);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.OPTION2(() => {
      this.CONSUME(LCurly);
      this.CONSUME(K.starts);
      this.CONSUME2(Identifier, { LABEL: "starts", ERR_MSG: "an event such as `opened` or `escalated`" });
      this.CONSUME(RCurly);
    });
  });
}
