/** The words and symbols of the language, for tools that must agree with the parser (formatter, TextMate grammar). */
import { keywordWords } from "./tokens.js";

/** Every keyword, in the order the grammar introduces them. Keywords are soft: each is also a valid id. */
export const keywords: readonly string[] = keywordWords;

/** Every punctuation mark. */
export const punctuation: readonly string[] = ["{", "}", ",", "-", ">", ">="];
