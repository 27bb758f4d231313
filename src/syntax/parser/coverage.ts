/**
 * Rules for what decides a ticket's targets besides the targets themselves: eligibility
 * (where a severity may be asked for) and coverage (which calendar `business` means, per
 * scope, with a fallback), and the provenance that trails a rule.
 */
import type { TokenType } from "../chevrotain.js";
import { tokenMatcher } from "../chevrotain.js";
import { Clock24x7, Comma, Identifier, K, LCurly, RCurly, StringLiteral } from "../tokens.js";
import { SectionRules } from "./sections.js";

/** Tokens that can start a coverage: `24x7`, `on <calendar>`. */
const coverageStarts: readonly TokenType[] = [Clock24x7, K.on];

/** Coverage words that are ids too: after one of them, the next token tells a coverage from a severity. */
const coverageWords: readonly TokenType[] = [K.on];

/** Words that never start a coverage scope's values: a coverage or its fallback follows them. */
const coverageValueWords: readonly TokenType[] = [K.on, K.otherwise];

/** The dimensions a scope names by keyword; any other word that opens a scope is an attribute's id. */
const dimensionWords: readonly TokenType[] = [K.tier, K.channel, K.severity];

/** Eligibility rules, coverage, and the provenance of rules. */
export abstract class CoverageRules extends SectionRules {
  /** `assumption "…"` or `note "…"` after a rule: its provenance. */
  ruleNote = this.RULE("ruleNote", () => {
    this.OR([{ ALT: () => this.SUBRULE(this.assumption) }, { ALT: () => this.SUBRULE(this.note) }]);
  });

  /** `eligibility { … }`: where each severity may be asked for, and what happens elsewhere. */
  eligibility = this.RULE("eligibility", () => {
    this.CONSUME(K.eligibility);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.eligibilityRule));
    this.CONSUME(RCurly);
  });

  /**
   * `p1 only channel phone otherwise reject`, `p1 not tier standard otherwise reclassify p2`:
   * the severities, `only` or `not`, the conditions (all must hold), and the outcome.
   */
  eligibilityRule = this.RULE("eligibilityRule", () => {
    this.SUBRULE(this.idList, { LABEL: "severities" });
    this.OR({
      ERR_MSG: "`only` or `not`",
      DEF: [{ ALT: () => this.CONSUME(K.only, { LABEL: "mode" }) }, { ALT: () => this.CONSUME(K.not, { LABEL: "mode" }) }],
    });
    this.AT_LEAST_ONE({
      // `otherwise` ends the conditions, and is no attribute's id here.
      GATE: () => this.LA(1).tokenType !== K.otherwise && this.LA(1).tokenType !== Comma,
      DEF: () => this.SUBRULE(this.scopeCondition),
      ERR_MSG: "a condition such as `channel phone` or `environment production`",
    });
    this.OPTION(() => this.CONSUME(Comma));
    this.CONSUME(K.otherwise);
    this.OR2({
      ERR_MSG: "`reject` or `reclassify`",
      DEF: [
        { ALT: () => this.CONSUME(K.reject) },
        {
          ALT: () => {
            this.CONSUME(K.reclassify);
            this.CONSUME(Identifier, { LABEL: "severity", ERR_MSG: "a severity id" });
          },
        },
      ],
    });
    this.MANY({ GATE: () => this.startsRuleNote(), DEF: () => this.SUBRULE(this.ruleNote) });
  });

  /** `channel phone, chat`, `tier standard`, `environment production`: a dimension and its values. */
  scopeCondition = this.RULE("scopeCondition", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(K.tier, { LABEL: "dimension" }) },
        { ALT: () => this.CONSUME(K.channel, { LABEL: "dimension" }) },
        { ALT: () => this.CONSUME(Identifier, { LABEL: "attribute" }) },
      ],
    });
    this.CONSUME2(Identifier, { LABEL: "value" });
    // A `,` before `otherwise` ends the conditions rather than listing one more value.
    this.MANY({
      GATE: () => this.LA(2).tokenType !== K.otherwise,
      DEF: () => {
        this.CONSUME(Comma);
        this.CONSUME3(Identifier, { LABEL: "value" });
      },
    });
  });

  /** `coverage { … }`: the calendar `business` means for each scope, with an optional fallback. */
  coverage = this.RULE("coverage", () => {
    this.CONSUME(K.coverage);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.coverageEntry));
    this.CONSUME(RCurly);
  });

  coverageEntry = this.RULE("coverageEntry", () => {
    this.OR({
      ERR_MSG: "a coverage rule such as `language ja on japan_hours`, or a scope",
      // As in targets: the scope alternative's GATE looks past the first word.
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.opensScope(coverageValueWords, coverageStarts, true), ALT: () => this.SUBRULE(this.coverageScope) },
        { ALT: () => this.SUBRULE(this.coverageRule) },
      ],
    });
  });

  /** `language ja { … }`, or on one line: `language ja on japan_hours otherwise 24x7`. */
  coverageScope = this.RULE("coverageScope", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(K.tier, { LABEL: "dimension" }) },
        { ALT: () => this.CONSUME(K.channel, { LABEL: "dimension" }) },
        { ALT: () => this.CONSUME(K.severity, { LABEL: "dimension" }) },
        { ALT: () => this.CONSUME(Identifier, { LABEL: "attribute" }) },
      ],
    });
    this.SUBRULE(this.idList, { LABEL: "values" });
    this.OR2({
      ERR_MSG: "`{` or a coverage such as `on japan_hours`",
      DEF: [
        {
          ALT: () => {
            this.CONSUME(LCurly);
            this.MANY(() => this.SUBRULE(this.coverageEntry));
            this.CONSUME(RCurly);
          },
        },
        { ALT: () => this.SUBRULE(this.coverageValue) },
      ],
    });
  });

  /** `[<severities>] <coverage>`: `urgent on japan_hours otherwise 24x7`. */
  coverageRule = this.RULE("coverageRule", () => {
    this.OPTION({
      // `on` is an id too: it starts the coverage unless a severity list continues or a coverage follows.
      GATE: () => !coverageWords.includes(this.LA(1).tokenType) || this.LA(2).tokenType === Comma || coverageStarts.includes(this.LA(2).tokenType),
      DEF: () => this.SUBRULE(this.idList, { LABEL: "severities" }),
    });
    this.SUBRULE(this.coverageValue);
  });

  /** `on <calendar> [[,] otherwise <fallback>]`, `24x7` */
  coverageValue = this.RULE("coverageValue", () => {
    this.SUBRULE(this.coverageClock, { LABEL: "calendar" });
    this.OPTION(() => {
      this.OPTION2(() => this.CONSUME(Comma));
      this.CONSUME(K.otherwise);
      this.SUBRULE2(this.coverageClock, { LABEL: "otherwise" });
    });
  });

  /** `24x7` or `on <calendar or team>` */
  coverageClock = this.RULE("coverageClock", () => {
    this.OR({
      ERR_MSG: "`24x7` or `on <calendar>`",
      DEF: [
        { ALT: () => this.CONSUME(Clock24x7, { LABEL: "always" }) },
        {
          ALT: () => {
            this.CONSUME(K.on);
            this.CONSUME(Identifier, { LABEL: "target" });
          },
        },
      ],
    });
  });

  /** Whether a rule's provenance follows: `assumption` or `note` and its string (else they are ids of what follows). */
  protected startsRuleNote(): boolean {
    const first = this.LA(1).tokenType;
    return (first === K.assumption || first === K.note) && tokenMatcher(this.LA(2), StringLiteral);
  }

  /**
   * Whether the word at LA(1) opens a scope (`tier gold …`, `language ja …`) rather than a
   * rule for a severity of that name: a scope names ids, a rule goes on with `,` or its
   * value. A word that may start a value (`none`, `on`, …, listed in `words`) opens no
   * attribute scope; as a dimension's id, the token after it decides. An attribute's scope
   * takes its one-line form only where `oneLine` says so (coverage: `language ja on
   * japan_hours`); in targets it has a block, so that `critical urgent 4h` stays a mistake
   * (a lost comma) rather than the scope of an attribute `critical`.
   */
  protected opensScope(words: readonly TokenType[], starts: readonly TokenType[], oneLine: boolean): boolean {
    const first = this.LA(1).tokenType;
    const second = this.LA(2);
    if (!dimensionWords.includes(first)) return !words.includes(first) && this.startsAttributeScope(words, oneLine ? starts : []);
    if (words.includes(second.tokenType)) {
      const third = this.LA(3).tokenType;
      return third === LCurly || third === Comma || starts.includes(third);
    }
    return second.tokenType !== Comma && !starts.includes(second.tokenType);
  }

  /**
   * Whether an attribute's scope starts at LA(1): its id, a list of values, then `{` or one
   * of `starts` (`environment production, staging { …`, `language ja on japan_hours`).
   * Anything else is a rule for a severity of that name, whose mistake is told as one
   * (`p2 business day` lost its number). A first value that may start a value (`low none`)
   * makes a rule unless a list or a block follows it.
   */
  private startsAttributeScope(words: readonly TokenType[], starts: readonly TokenType[]): boolean {
    let k = 2;
    if (!tokenMatcher(this.LA(k), Identifier)) return false;
    if (words.includes(this.LA(k).tokenType) && this.LA(k + 1).tokenType !== Comma && this.LA(k + 1).tokenType !== LCurly) return false;
    while (this.LA(k + 1).tokenType === Comma && tokenMatcher(this.LA(k + 2), Identifier)) k += 2;
    const next = this.LA(k + 1).tokenType;
    return next === LCurly || starts.includes(next);
  }
}
