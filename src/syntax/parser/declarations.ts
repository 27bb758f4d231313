/** Rules for the named declarations: calendars, teams, channels, severities, tiers, metrics. */
import type { TokenType } from "../chevrotain.js";
import {
  Comma,
  Dash,
  DateToken,
  Duration,
  Identifier,
  K,
  LCurly,
  NumberToken,
  RCurly,
  StringLiteral,
  Time,
  Zone,
} from "../tokens.js";
import { SharedRules } from "./shared.js";

/** Words that start a calendar item, so never read as a zone or as the day a window ends on. */
const calendarItemStarts: readonly TokenType[] = [K.zone, K.open, K.closed, K.business_day, K.assumption, K.note];

/** Declarations of the things targets refer to. */
export abstract class DeclarationRules extends SharedRules {
  calendar = this.RULE("calendar", () => {
    this.CONSUME(K.calendar);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.calendarItem));
    this.CONSUME(RCurly);
  });

  calendarItem = this.RULE("calendarItem", () => {
    this.OR({
      ERR_MSG: "a calendar item",
      DEF: [
        { ALT: () => this.SUBRULE(this.zone) },
        { ALT: () => this.SUBRULE(this.open) },
        { ALT: () => this.SUBRULE(this.closed) },
        { ALT: () => this.SUBRULE(this.businessDay) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  zone = this.RULE("zone", () => {
    this.CONSUME(K.zone);
    this.OR({
      ERR_MSG: "a time zone such as `Europe/Berlin`",
      DEF: [
        { ALT: () => this.CONSUME(Zone, { LABEL: "name" }) },
        // A word that starts a calendar item is the next item (`zone` lost its name).
        { GATE: () => !calendarItemStarts.includes(this.LA(1).tokenType), ALT: () => this.CONSUME(Identifier, { LABEL: "name" }) },
      ],
    });
  });

  /**
   * `open <days> <from> - [<day>] <to>`: both forms share a prefix of any length, so one
   * rule reads both and the AST builder tells a daily window from a span across days.
   */
  open = this.RULE("open", () => {
    this.CONSUME(K.open);
    this.SUBRULE(this.days);
    this.CONSUME(Time, { LABEL: "from" });
    this.CONSUME(Dash);
    // A word that starts a calendar item ends the window instead (`… - open 17:00` lost its time).
    this.OPTION({
      GATE: () => !calendarItemStarts.includes(this.LA(1).tokenType),
      DEF: () => this.CONSUME(Identifier, { LABEL: "toDay" }),
    });
    this.CONSUME2(Time, { LABEL: "to" });
  });

  /**
   * `mon-fri, sun`. A rule of its own, not a list inside `open`: chevrotain's recovery
   * after a repetition followed by a token (here the time) skips ahead to the next time
   * it finds, turning one mistake into several.
   */
  days = this.RULE("days", () => {
    this.CONSUME(Identifier, { LABEL: "day" });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(Identifier, { LABEL: "day" });
    });
  });

  closed = this.RULE("closed", () => {
    this.CONSUME(K.closed);
    this.OR({
      ERR_MSG: "a date such as `2026-12-24` or `every`",
      DEF: [{ ALT: () => this.SUBRULE(this.closedDates) }, { ALT: () => this.SUBRULE(this.closedEvery) }],
    });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "name" }));
  });

  closedDates = this.RULE("closedDates", () => {
    this.CONSUME(DateToken, { LABEL: "from" });
    this.OPTION(() => {
      this.CONSUME(K.to);
      this.CONSUME2(DateToken, { LABEL: "to" });
    });
  });

  /** `every jan 1` or `every fourth thu of nov`: the word after `every` is a month or an ordinal. */
  closedEvery = this.RULE("closedEvery", () => {
    this.CONSUME(K.every);
    this.CONSUME(Identifier, { LABEL: "first" });
    this.OR({
      ERR_MSG: "a day of the month or a weekday",
      DEF: [
        { ALT: () => this.CONSUME(NumberToken, { LABEL: "day" }) },
        {
          ALT: () => {
            this.CONSUME2(Identifier, { LABEL: "weekday", ERR_MSG: "a weekday such as `thu`" });
            this.CONSUME(K.of);
            this.CONSUME3(Identifier, { LABEL: "month", ERR_MSG: "a month such as `nov`" });
          },
        },
      ],
    });
  });

  businessDay = this.RULE("businessDay", () => {
    this.CONSUME(K.business_day);
    this.CONSUME(Duration, { LABEL: "length" });
  });

  assumption = this.RULE("assumption", () => {
    this.CONSUME(K.assumption);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });

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
