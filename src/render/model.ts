/**
 * The page model: what a page says, in sections and blocks, before any markup. The
 * Markdown and HTML renderers each turn it into their own tree; neither adds words.
 */
import type { Window } from "../contract/bundle.js";

/** A run of inline content: plain text, emphasized text, or a link from the bundle's own links. */
export type Inline =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "strong"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly url: string };

/** One line of a calendar's open hours, with the weekly windows it reads (none for "open around the clock"). */
export interface WindowLine {
  readonly text: string;
  readonly windows: readonly Window[];
}

/** A block of a section. */
export type Block =
  | { readonly kind: "paragraph"; readonly content: readonly Inline[] }
  | { readonly kind: "list"; readonly items: readonly (readonly Inline[])[] }
  /** A calendar's open hours: a list of lines that a page may also show in the reader's own zone. */
  | { readonly kind: "hours"; readonly calendar: string; readonly zone: string; readonly lines: readonly WindowLine[] }
  | {
      readonly kind: "table";
      readonly caption: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** How many of each row's first cells head the row (a plan, a severity); 0 when rows have no label. */
      readonly headerColumns: number;
    };

/** A titled part of the page; `id` is its stable anchor, independent of the catalog's wording. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
}

/** A whole page. */
export interface Page {
  readonly policyId: string;
  readonly title: string;
  /** BCP 47 tag of the page's language (the catalog's). */
  readonly lang: string;
  readonly intro: readonly Block[];
  readonly sections: readonly Section[];
}

/** Plain text as inline content. */
export const text = (value: string): Inline => ({ kind: "text", text: value });

/** A paragraph of plain text. */
export const paragraph = (...content: (Inline | string)[]): Block => ({
  kind: "paragraph",
  content: content.map((c) => (typeof c === "string" ? text(c) : c)),
});

/** A bulleted list of plain-text items. */
export const bullets = (items: readonly string[]): Block => ({ kind: "list", items: items.map((i) => [text(i)]) });

/** A titled part of the page with its blocks and subsections. */
export const section = (id: string, title: string, blocks: readonly Block[], sections: readonly Section[] = []): Section => ({
  id,
  title,
  blocks,
  sections,
});
