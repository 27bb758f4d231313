/**
 * The chevrotain runtime, loaded from its single-file bundle. `import "chevrotain"` loads
 * hundreds of lodash-es modules (~350 ms cold); the bundled `lib/chevrotain.min.mjs` next
 * to the package entry loads in ~20 ms. The package `exports` only exposes the entry, so
 * the bundle is located relative to it. Types still come from the package itself.
 *
 * This is the only module of slac that loads chevrotain.
 */
import type * as Chevrotain from "chevrotain";

type ChevrotainModule = typeof Chevrotain;

const bundle = new URL("../chevrotain.min.mjs", import.meta.resolve("chevrotain"));
const runtime = (await import(bundle.href)) as ChevrotainModule;

/** Chevrotain's `createToken`. */
export const createToken: ChevrotainModule["createToken"] = runtime.createToken;
/** Chevrotain's `Lexer` class. */
export const Lexer: ChevrotainModule["Lexer"] = runtime.Lexer;
/** Chevrotain's `CstParser` base class. */
export const CstParser: ChevrotainModule["CstParser"] = runtime.CstParser;
/** Chevrotain's `EOF` token type. */
export const EOF: ChevrotainModule["EOF"] = runtime.EOF;
/** Chevrotain's `createTokenInstance`, for the scanner. */
export const createTokenInstance: ChevrotainModule["createTokenInstance"] = runtime.createTokenInstance;
/** Chevrotain's exception for a token other than the one expected, raised by recovery too. */
export const MismatchedTokenException: ChevrotainModule["MismatchedTokenException"] = runtime.MismatchedTokenException;
/** Chevrotain's `tokenMatcher`, which honours token categories. */
export const tokenMatcher: ChevrotainModule["tokenMatcher"] = runtime.tokenMatcher;
/** Chevrotain's railroad diagram generator. */
export const createSyntaxDiagramsCode: ChevrotainModule["createSyntaxDiagramsCode"] =
  runtime.createSyntaxDiagramsCode;
/** Chevrotain's generator of the CST's TypeScript types. */
export const generateCstDts: ChevrotainModule["generateCstDts"] = runtime.generateCstDts;

/** Chevrotain's grammar classes, to read the grammar the parser recorded. */
export const { Alternation, NonTerminal, Option, Repetition, RepetitionWithSeparator, Terminal } = runtime;

export type {
  CstNode,
  CstElement,
  ICstVisitor,
  IToken,
  TokenType,
  ILexingError,
  IRecognitionException,
  IParserErrorMessageProvider,
  ISerializedGast,
  IProduction,
  Rule,
} from "chevrotain";
