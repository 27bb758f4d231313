/** The top of the grammar: a file of policies and the items of a policy. */
import { Alternation, NonTerminal, Option, Repetition, RepetitionWithSeparator, Terminal } from "../chevrotain.js";
import type { IProduction, TokenType } from "../chevrotain.js";
import type { RuleName } from "../cst.js";
import { Comma, DateToken, Identifier, K, keywordOf, LCurly, RCurly, StringLiteral } from "../tokens.js";
import type { ParserOptions } from "./shared.js";
import { TargetRules } from "./targets.js";

/** The whole `.sla` grammar. Build it through `getParser()`; one instance serves every parse. */
export class SlaParser extends TargetRules {
  constructor(options: ParserOptions) {
    super(options);
    // Rules are class fields, so they all exist only now, after every initializer ran.
    this.performSelfAnalysis();
  }

  sourceFile = this.RULE("sourceFile", () => {
    this.MANY(() => this.SUBRULE(this.policy));
  });

  policy = this.RULE("policy", () => {
    this.CONSUME(K.policy);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "title" }));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.policyItem));
    this.CONSUME(RCurly);
  });

  policyItem = this.RULE("policyItem", () => {
    this.OR({
      ERR_MSG: "a policy item",
      DEF: [
        { ALT: () => this.SUBRULE(this.provider) },
        { ALT: () => this.SUBRULE(this.updated) },
        { ALT: () => this.SUBRULE(this.validFrom) },
        { ALT: () => this.SUBRULE(this.validUntil) },
        { ALT: () => this.SUBRULE(this.supersedes) },
        { ALT: () => this.SUBRULE(this.link) },
        { ALT: () => this.SUBRULE(this.note) },
        { ALT: () => this.SUBRULE(this.languages) },
        { ALT: () => this.SUBRULE(this.businessHours) },
        { ALT: () => this.SUBRULE(this.calendar) },
        { ALT: () => this.SUBRULE(this.team) },
        { ALT: () => this.SUBRULE(this.channel) },
        { ALT: () => this.SUBRULE(this.severityDecl) },
        { ALT: () => this.SUBRULE(this.tier) },
        { ALT: () => this.SUBRULE(this.attributeDecl) },
        { ALT: () => this.SUBRULE(this.metricDecl) },
        { ALT: () => this.SUBRULE(this.eventDecl) },
        { ALT: () => this.SUBRULE(this.eligibility) },
        { ALT: () => this.SUBRULE(this.coverage) },
        { ALT: () => this.SUBRULE(this.escalation) },
        { ALT: () => this.SUBRULE(this.exclusions) },
        { ALT: () => this.SUBRULE(this.maintenance) },
        { ALT: () => this.SUBRULE(this.uptime) },
        { ALT: () => this.SUBRULE(this.fiscalYear) },
        { ALT: () => this.SUBRULE(this.responseCredit) },
        { ALT: () => this.SUBRULE(this.test) },
        // Any id starts a target block, keywords included (they are soft), so this
        // alternative overlaps every one above. Alternatives are tried in order, so it
        // only takes an item that does not start with an item keyword: `note …` is
        // always a note. Hence IGNORE_AMBIGUITIES, for this alternative only.
        { ALT: () => this.SUBRULE(this.targets), IGNORE_AMBIGUITIES: true },
      ],
    });
  });

  private policyItemWords: readonly string[] | undefined;

  /**
   * Whether the word that starts targets is a misspelt or misplaced item keyword: a
   * keyword, or a near miss of a policy item keyword, from which no targets can be read
   * (`calender x { … }`, `audience "…"` after a channel lost its `{`).
   */
  protected override misspeltItem(): boolean {
    this.policyItemWords ??= startsOfRule(this, "policyItem").flatMap((type) => keywordOf(type) ?? []);
    return this.misspelt(this.policyItemWords, this.targets, true);
  }

  provider = this.RULE("provider", () => {
    this.CONSUME(K.provider);
    this.CONSUME(StringLiteral, { LABEL: "name" });
  });

  updated = this.RULE("updated", () => {
    this.CONSUME(K.updated);
    this.CONSUME(DateToken, { LABEL: "date" });
  });

  /** `valid_from 2026-01-01`: the policy is in force for tickets opened on or after that date. */
  validFrom = this.RULE("validFrom", () => {
    this.CONSUME(K.valid_from);
    this.CONSUME(DateToken, { LABEL: "date" });
  });

  /** `valid_until 2027-01-01`: the policy is in force for tickets opened before that date. */
  validUntil = this.RULE("validUntil", () => {
    this.CONSUME(K.valid_until);
    this.CONSUME(DateToken, { LABEL: "date" });
  });

  /** `supersedes <policy id>`: the policy this one replaces. */
  supersedes = this.RULE("supersedes", () => {
    this.CONSUME(K.supersedes);
    this.CONSUME(Identifier, { LABEL: "policy" });
  });

  link = this.RULE("link", () => {
    this.CONSUME(K.link);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.CONSUME(StringLiteral, { LABEL: "title" });
    this.CONSUME2(StringLiteral, { LABEL: "url" });
  });

  languages = this.RULE("languages", () => {
    this.CONSUME(K.languages);
    this.SUBRULE(this.languageEntry);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.languageEntry);
    });
  });

  languageEntry = this.RULE("languageEntry", () => {
    this.CONSUME(Identifier, { LABEL: "tag" });
    this.OPTION(() => this.CONSUME(K.primary));
  });

  businessHours = this.RULE("businessHours", () => {
    this.CONSUME(K.business_hours);
    this.CONSUME(Identifier, { LABEL: "calendar" });
  });
}

/** The tokens a sequence of productions can start with, and whether it can be empty. */
function starts(sequence: readonly IProduction[]): { types: TokenType[]; empty: boolean } {
  const types: TokenType[] = [];
  for (const production of sequence) {
    const first = startsOf(production);
    types.push(...first.types);
    if (!first.empty) return { types, empty: false };
  }
  return { types, empty: true };
}

/** Every production but a terminal or a reference holds others. */
const inside = (production: IProduction) => (production as unknown as { definition: IProduction[] }).definition;

function startsOf(production: IProduction): { types: TokenType[]; empty: boolean } {
  if (production instanceof Terminal) return { types: [production.terminalType], empty: false };
  if (production instanceof NonTerminal) return starts(production.referencedRule.definition);
  if (production instanceof Alternation) {
    const alternatives = production.definition.map((alternative) => starts(inside(alternative)));
    return { types: alternatives.flatMap((a) => a.types), empty: alternatives.some((a) => a.empty) };
  }
  const inner = starts(inside(production));
  const optional = production instanceof Option || production instanceof Repetition || production instanceof RepetitionWithSeparator;
  return { types: inner.types, empty: inner.empty || optional };
}

/** The token types that can start a rule, such as the keywords of `calendarItem`; for hints. */
export function startsOfRule(parser: SlaParser, ruleName: RuleName): readonly TokenType[] {
  const rule = parser.getGAstProductions()[ruleName];
  return rule === undefined ? [] : [...new Set(starts(rule.definition).types)];
}

let parser: SlaParser | undefined;

/**
 * The parser, built on first use, without chevrotain's grammar validations (ambiguities,
 * left recursion, …): they double the cost of building it, and the grammar does not
 * change at run time. parser.test.ts builds one with them on.
 */
export function getParser(): SlaParser {
  parser ??= new SlaParser({ validate: false });
  return parser;
}
