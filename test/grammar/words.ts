/** The words the grammar must know as keywords. */
import { keywordWords } from "../../src/syntax/tokens.js";

/**
 * Keywords being added to the language while the grammar is written; the grammar knows
 * them already. Once src/syntax/tokens.ts lists them this list is redundant (the union
 * below drops the copies) and can go.
 */
export const wordsBeingAdded = [
  "event",
  "repeats",
  "after",
  "until",
  "cycle",
  "missed",
  "keeps",
  "restarts",
  "reclassified",
] as const;

/** Every keyword: the lexer's, and those being added. */
export const allKeywords: readonly string[] = [...new Set<string>([...keywordWords, ...wordsBeingAdded])];
