/**
 * The CST's types by rule name, from the types generated from the grammar
 * (cst.generated.ts): the grammar's rule names, the children of each rule's node, and the
 * labels a node holds tokens or sub-rule nodes under. Tables keyed by rule name and
 * readers of CST children take these, so that a name or label the grammar does not have
 * fails to compile.
 */
import type { CstNode, ICstVisitor, IToken } from "./chevrotain.js";
import type { SlaCstVisitor } from "./cst.generated.js";

/** The generated visitor has one method per rule, taking that rule's children. */
type RuleMethods = Omit<SlaCstVisitor<unknown, unknown>, keyof ICstVisitor<unknown, unknown>>;

/** The name of a rule of the grammar (`policy`, `calendarItem`, …), as chevrotain reports it. */
export type RuleName = keyof RuleMethods & string;

/** The children of a rule's CST node, by label. */
export type ChildrenOf<R extends RuleName> = Parameters<RuleMethods[R]>[0];

/** A rule that reads a block `{ … }`: one whose node holds a `{`. */
export type BlockRuleName = { [R in RuleName]: "LCurly" extends keyof ChildrenOf<R> ? R : never }[RuleName];

/** What a CST children array holds. */
type ElementOf<A> = A extends readonly (infer E)[] ? E : never;

/** The keys of a children type that hold tokens. */
type TokenKeys<C> = { [L in keyof C]-?: ElementOf<C[L]> extends IToken ? L : never }[keyof C] & string;

/** The keys of a children type that hold sub-rule nodes. */
type NodeKeys<C> = { [L in keyof C]-?: ElementOf<C[L]> extends CstNode ? L : never }[keyof C] & string;

/** The labels under which a CST node holds tokens (`id`, `title`, `Primary`, …). */
export type TokenLabel<N extends CstNode> = TokenKeys<N["children"]>;

/** The labels under which a CST node holds sub-rule nodes (`calendarItem`, `days`, …). */
export type NodeLabel<N extends CstNode> = NodeKeys<N["children"]>;

/** The CST node type a node holds under a sub-rule label. */
export type NodeAt<N extends CstNode, L extends NodeLabel<N>> = Extract<ElementOf<N["children"][L]>, CstNode>;

/** The rules whose nodes a rule's node holds under their own names (its sub-rules without a label); of each, for a union. */
export type SubRuleOf<R extends RuleName> = R extends RuleName ? Extract<NodeKeys<ChildrenOf<R>>, RuleName> : never;
