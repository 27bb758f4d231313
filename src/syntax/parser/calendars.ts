/** Rules for calendars: zones, windows and spans, closed dates, holidays, and what is not stated. */
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
  Plus,
  RCurly,
  StringLiteral,
  Time,
  Zone,
} from "../tokens.js";
import { SharedRules } from "./shared.js";

/** Words that start a calendar item, so never read as a zone, as the day a window ends on, or as an observed weekday. */
const calendarItemStarts: readonly TokenType[] = [
  K.zone,
  K.open,
  K.closed,
  K.holidays,
  K.unknown,
  K.business_day,
  K.assumption,
  K.note,
];

/** A calendar and its items. */
export abstract class CalendarRules extends SharedRules {
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
        { ALT: () => this.SUBRULE(this.holidays) },
        { ALT: () => this.SUBRULE(this.unknownHours) },
        { ALT: () => this.SUBRULE(this.businessDay) },
        { ALT: () => this.SUBRULE(this.assumption) },
        { ALT: () => this.SUBRULE(this.note) },
      ],
    });
  });

  /** `zone <name>`, `zone customer [default <name>]` or `zone unknown "<why>"`. */
  zone = this.RULE("zone", () => {
    this.CONSUME(K.zone);
    this.OR({
      ERR_MSG: "a time zone such as `Europe/Berlin`, `customer` or `unknown`",
      // `customer` and `unknown` are ids too, and no zone is called either, so they come
      // before a zone name; LL(1) cannot see that, hence IGNORE_AMBIGUITIES.
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(K.customer);
            this.OPTION(() => {
              this.CONSUME(K.default);
              this.SUBRULE(this.zoneName, { LABEL: "default" });
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(K.unknown);
            this.CONSUME(StringLiteral, { LABEL: "reason" });
          },
        },
        { ALT: () => this.SUBRULE2(this.zoneName, { LABEL: "name" }) },
      ],
    });
  });

  /**
   * A zone name: `Europe/Berlin`, or one without `/` such as `UTC`. A word that starts a
   * calendar item is the next item instead (`zone` lost its name).
   */
  zoneName = this.RULE("zoneName", () => {
    this.OR({
      ERR_MSG: "a time zone such as `Europe/Berlin`",
      DEF: [
        { ALT: () => this.CONSUME(Zone, { LABEL: "name" }) },
        { GATE: () => !calendarItemStarts.includes(this.LA(1).tokenType), ALT: () => this.CONSUME(Identifier, { LABEL: "name" }) },
      ],
    });
  });

  /**
   * `open <days> <from> - [<day>] <to>`: both forms share a prefix of any length, so one
   * rule reads both and the AST builder tells a daily window from a span across days. A
   * span's ends may name their zones: `open mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles`.
   */
  open = this.RULE("open", () => {
    this.CONSUME(K.open);
    this.SUBRULE(this.days);
    this.CONSUME(Time, { LABEL: "from" });
    // A zone without `/` (`UTC`) must be followed by the `-`, so that `09:00 to 17:00` stays
    // one mistake at `to`.
    this.OPTION({
      GATE: () => this.LA(1).tokenType === Zone || (this.LA(1).tokenType === Identifier && this.LA(2).tokenType === Dash),
      DEF: () => this.SUBRULE(this.zoneName, { LABEL: "fromZone" }),
    });
    this.CONSUME(Dash);
    // A word that starts a calendar item ends the window instead (`… - open 17:00` lost its time).
    this.OPTION2({
      GATE: () => !calendarItemStarts.includes(this.LA(1).tokenType),
      DEF: () => this.CONSUME(Identifier, { LABEL: "toDay" }),
    });
    this.CONSUME2(Time, { LABEL: "to" });
    // Only a zone name or a plain word (not a keyword, which is more likely the next item).
    this.OPTION3({
      GATE: () => this.LA(1).tokenType === Zone || this.LA(1).tokenType === Identifier,
      DEF: () => this.SUBRULE2(this.zoneName, { LABEL: "toZone" }),
    });
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

  /**
   * `every easter [±Nd]`, `every jan 1`, `every dec 28 - jan 3` or `every fourth thu of nov`,
   * each but the range optionally moved (`+1d`, `observed`): the word after `every` is
   * `easter`, a month or an ordinal.
   */
  closedEvery = this.RULE("closedEvery", () => {
    this.CONSUME(K.every);
    this.OR({
      ERR_MSG: "a day of the year such as `dec 25`, `fourth thu of nov` or `easter`",
      // `easter` is an id too, and no month or ordinal is called so; it comes first.
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(K.easter);
            this.SUBRULE(this.dateMove);
          },
        },
        {
          ALT: () => {
            this.CONSUME(Identifier, { LABEL: "first" });
            this.OR2({
              ERR_MSG: "a day of the month or a weekday",
              DEF: [
                {
                  ALT: () => {
                    this.CONSUME(NumberToken, { LABEL: "day" });
                    this.OR3({
                      // `- jan 3` ends a range, `-2d` moves the date: the token after `-` tells.
                      IGNORE_AMBIGUITIES: true,
                      DEF: [
                        {
                          GATE: () => this.LA(1).tokenType === Dash && this.LA(2).tokenType !== Duration,
                          ALT: () => {
                            this.CONSUME(Dash);
                            this.CONSUME3(Identifier, { LABEL: "toMonth", ERR_MSG: "a month such as `jan`" });
                            this.CONSUME2(NumberToken, { LABEL: "toDay" });
                          },
                        },
                        { ALT: () => this.SUBRULE2(this.dateMove) },
                      ],
                    });
                  },
                },
                {
                  ALT: () => {
                    this.CONSUME2(Identifier, { LABEL: "weekday", ERR_MSG: "a weekday such as `thu`" });
                    this.CONSUME(K.of);
                    this.CONSUME4(Identifier, { LABEL: "month", ERR_MSG: "a month such as `nov`" });
                    this.SUBRULE3(this.dateMove);
                  },
                },
              ],
            });
          },
        },
      ],
    });
  });

  /** How a yearly date moves: `+1d` (the day after), `observed [sat to fri, sun to mon]`, both, or neither. */
  dateMove = this.RULE("dateMove", () => {
    this.OPTION(() => this.SUBRULE(this.dateShift));
    this.OPTION2(() => this.SUBRULE(this.observed));
  });

  /** `+1d`, `-2d`: a whole number of days. */
  dateShift = this.RULE("dateShift", () => {
    this.OR([{ ALT: () => this.CONSUME(Plus, { LABEL: "sign" }) }, { ALT: () => this.CONSUME(Dash, { LABEL: "sign" }) }]);
    this.CONSUME(Duration, { LABEL: "days", ERR_MSG: "a number of days such as `2d`" });
  });

  /** `observed`, alone (Saturday to Friday, Sunday to Monday), or `observed sat to fri, sun to mon`. */
  observed = this.RULE("observed", () => {
    this.CONSUME(K.observed);
    this.OPTION({
      GATE: () => !calendarItemStarts.includes(this.LA(1).tokenType),
      DEF: () => {
        this.SUBRULE(this.observedDay);
        this.MANY(() => {
          this.CONSUME(Comma);
          this.SUBRULE2(this.observedDay);
        });
      },
    });
  });

  /** `sat to fri`: a date on the first weekday is also closed on the nearest second one. */
  observedDay = this.RULE("observedDay", () => {
    this.CONSUME(Identifier, { LABEL: "from" });
    this.CONSUME(K.to);
    this.CONSUME2(Identifier, { LABEL: "to", ERR_MSG: "a weekday such as `fri`" });
  });

  /**
   * `holidays DE-NW [{ … }]`: the public holidays of a country (ISO 3166), or of one of its
   * subdivisions after a hyphen; or `holidays unknown "<which>"`, a set the source names
   * without listing it.
   */
  holidays = this.RULE("holidays", () => {
    this.CONSUME(K.holidays);
    this.OR({
      ERR_MSG: "a country or region such as `US` or `DE-NW`, or `unknown`",
      // `unknown` is an id too, and no region is called so; it comes first.
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(K.unknown);
            this.CONSUME(StringLiteral, { LABEL: "reason" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(Identifier, { LABEL: "region" });
            this.OPTION(() => {
              this.CONSUME(LCurly);
              this.MANY(() => this.SUBRULE(this.holidaysItem));
              this.CONSUME(RCurly);
            });
          },
        },
      ],
    });
  });

  holidaysItem = this.RULE("holidaysItem", () => {
    this.OR({
      ERR_MSG: "a holidays item",
      DEF: [
        { ALT: () => this.SUBRULE(this.holidayTypes) },
        { ALT: () => this.SUBRULE(this.holidayExcept) },
        { ALT: () => this.SUBRULE(this.holidayOnly) },
        { ALT: () => this.SUBRULE(this.holidayYears) },
      ],
    });
  });

  /** `types public, bank` */
  holidayTypes = this.RULE("holidayTypes", () => {
    this.CONSUME(K.types);
    this.SUBRULE(this.idList, { LABEL: "types" });
  });

  /** `except "Columbus Day", "Veterans Day"` */
  holidayExcept = this.RULE("holidayExcept", () => {
    this.CONSUME(K.except);
    this.CONSUME(StringLiteral, { LABEL: "name" });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(StringLiteral, { LABEL: "name" });
    });
  });

  /** `only "New Year's Day", "Christmas Day"` */
  holidayOnly = this.RULE("holidayOnly", () => {
    this.CONSUME(K.only);
    this.CONSUME(StringLiteral, { LABEL: "name" });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(StringLiteral, { LABEL: "name" });
    });
  });

  /** `years 2024 to 2035` */
  holidayYears = this.RULE("holidayYears", () => {
    this.CONSUME(K.years);
    this.CONSUME(NumberToken, { LABEL: "from", ERR_MSG: "a year such as `2024`" });
    this.CONSUME(K.to);
    this.CONSUME2(NumberToken, { LABEL: "to", ERR_MSG: "a year such as `2035`" });
  });

  /** `unknown "<why>"`: the calendar's hours are not stated. */
  unknownHours = this.RULE("unknownHours", () => {
    this.CONSUME(K.unknown);
    this.CONSUME(StringLiteral, { LABEL: "reason" });
  });

  businessDay = this.RULE("businessDay", () => {
    this.CONSUME(K.business_day);
    this.CONSUME(Duration, { LABEL: "length" });
  });

  assumption = this.RULE("assumption", () => {
    this.CONSUME(K.assumption);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });
}
