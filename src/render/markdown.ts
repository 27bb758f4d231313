/**
 * The Markdown page: the page model as an mdast tree, serialized by mdast-util-to-markdown
 * with the GFM extension. Escaping is the serializer's: policy strings only ever become
 * `text` nodes (never `html`), so nothing in a policy becomes markup, a link or a table cell
 * boundary.
 */
import type { PhrasingContent, Root, RootContent, TableRow } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import type { Bundle } from "../contract/bundle.js";
import { isPageUrl } from "./links.js";
import { en } from "./messages.js";
import type { Block, Inline, Page, Section } from "./model.js";
import { buildPage } from "./page.js";

/** Options of `renderMarkdown`. */
export interface MarkdownOptions {
  /** Start with YAML front matter (title, policy id) for docs sites; default false. */
  readonly frontMatter?: boolean;
}

function inline(i: Inline): PhrasingContent {
  switch (i.kind) {
    case "text":
      return { type: "text", value: i.text };
    case "strong":
      return { type: "strong", children: [{ type: "text", value: i.text }] };
    case "link":
      return isPageUrl(i.url) ? { type: "link", url: i.url, children: [{ type: "text", value: i.text }] } : { type: "text", value: i.text };
  }
}

function list(items: readonly (readonly Inline[])[]): RootContent {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: items.map((item) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: item.map(inline) }] })),
  };
}

// A table row is one line: a line break inside a cell would end the row.
const cellText = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, " ");

/** A block as mdast; a table's caption is left out when it only repeats the heading above it. */
function block(b: Block, heading?: string): RootContent[] {
  switch (b.kind) {
    case "paragraph":
      return [{ type: "paragraph", children: b.content.map(inline) }];
    case "list":
      return [list(b.items)];
    case "hours":
      return [list(b.lines.map((l) => [{ kind: "text", text: l.text }]))];
    case "table": {
      const row = (cells: readonly string[]): TableRow => ({
        type: "tableRow",
        children: cells.map((c) => ({ type: "tableCell", children: [{ type: "text", value: cellText(c) }] })),
      });
      const caption: RootContent[] =
        b.caption === heading ? [] : [{ type: "paragraph", children: [{ type: "emphasis", children: [{ type: "text", value: b.caption }] }] }];
      return [
        ...caption,
        { type: "table", align: b.header.map(() => null), children: [row(b.header), ...b.rows.map(row)] },
      ];
    }
  }
}

function section(s: Section, depth: 2 | 3 | 4): RootContent[] {
  return [
    { type: "heading", depth, children: [{ type: "text", value: s.title }] },
    ...s.blocks.flatMap((b) => block(b, s.title)),
    ...s.sections.flatMap((child) => section(child, depth === 2 ? 3 : 4)),
  ];
}

/** The page model as an mdast tree: one h1 (the title), sections as h2, their parts as h3. */
export function pageToMdast(page: Page): Root {
  return {
    type: "root",
    children: [
      { type: "heading", depth: 1, children: [{ type: "text", value: page.title }] },
      ...page.intro.flatMap((b) => block(b)),
      ...page.sections.flatMap((s) => section(s, 2)),
    ],
  };
}

/**
 * A YAML double-quoted scalar: JSON's escapes are YAML's, and every character YAML does not
 * allow raw (C0, DEL, C1 controls, line and paragraph separators) is written as `\uXXXX`.
 */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Renders a bundle as a Markdown page (GFM), the same bytes for the same bundle on any machine. */
export function renderMarkdown(bundle: Bundle, options: MarkdownOptions = {}): string {
  const page = buildPage(bundle, en);
  const body = toMarkdown(pageToMdast(page), { extensions: [gfmToMarkdown()], bullet: "-", emphasis: "_", strong: "*", rule: "-" });
  if (options.frontMatter !== true) return body;
  return `---\ntitle: ${yamlString(page.title)}\npolicy: ${yamlString(page.policyId)}\nlang: ${yamlString(page.lang)}\n---\n\n${body}`;
}
