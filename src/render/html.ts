/**
 * The HTML page: the page model as a hast tree built with hastscript, serialized by
 * hast-util-to-html. Policy strings only ever become text nodes (never `raw`), so the
 * serializer escapes them and nothing in a policy becomes markup; the one script is a fixed
 * string that reads the policy's hours from a JSON data island (`local-time.ts`).
 */
import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { Bundle } from "../contract/bundle.js";
import { PAGE_STYLE } from "./html-style.js";
import { isPageUrl } from "./links.js";
import { ISLAND_ID, LOCAL_TIME_SCRIPT, localTimeId, localTimeIsland } from "./local-time.js";
import { en, type Messages } from "./messages.js";
import type { Block, Inline, Page, Section } from "./model.js";
import { buildPage } from "./page.js";

type Hours = Extract<Block, { kind: "hours" }>;

function inline(i: Inline): ElementContent {
  switch (i.kind) {
    case "text":
      return { type: "text", value: i.text };
    case "strong":
      return h("strong", i.text);
    case "link":
      if (!isPageUrl(i.url)) return { type: "text", value: i.text };
      // On paper a web link is followed by its URL (html-style.ts), unless its text already is the URL.
      return h("a", /^https?:/i.test(i.url) && i.text !== i.url ? { href: i.url, className: ["print-url"] } : { href: i.url }, i.text);
  }
}

/** Renders blocks, numbering the tables of one section so each caption has its own id. */
class Blocks {
  private tables = 0;

  constructor(
    private readonly id: string,
    private readonly heading: string | null,
  ) {}

  render(b: Block): Element {
    switch (b.kind) {
      case "paragraph":
        return h("p", b.content.map(inline));
      case "list":
        return h("ul", b.items.map((item) => h("li", item.map(inline))));
      case "hours":
        return h(
          "ul",
          { dataCalendar: b.calendar, dataZone: b.zone },
          b.lines.map((line, i) =>
            h("li", [line.text, ...(line.windows.length === 0 ? [] : [h("span.local", { id: localTimeId(b.calendar, i), dataLocalTime: "", hidden: true })])]),
          ),
        );
      case "table": {
        const captionId = `${this.id}-table-${++this.tables}`;
        // A caption that repeats the heading above it is there for assistive technology only.
        const caption = h("caption", b.caption === this.heading ? { id: captionId, className: ["visually-hidden"] } : { id: captionId }, b.caption);
        return h("div.table", { role: "region", ariaLabelledby: captionId, tabIndex: 0 }, [
          h("table", [
            caption,
            h("thead", [h("tr", b.header.map((cell) => h("th", { scope: "col" }, cell)))]),
            h(
              "tbody",
              b.rows.map((row) => h("tr", row.map((cell, i) => (i < b.headerColumns ? h("th", { scope: "row" }, cell) : h("td", cell))))),
            ),
          ]),
        ]);
      }
    }
  }
}

function section(s: Section, depth: 2 | 3 | 4): Element {
  const titleId = `${s.id}-title`;
  const blocks = new Blocks(s.id, s.title);
  return h("section", { id: s.id, ariaLabelledby: titleId }, [
    h(`h${depth}`, { id: titleId }, s.title),
    ...s.blocks.map((b) => blocks.render(b)),
    ...s.sections.map((child) => section(child, depth === 2 ? 3 : 4)),
  ]);
}

function hoursBlocks(sections: readonly Section[]): Hours[] {
  return sections.flatMap((s) => [...s.blocks.filter((b): b is Hours => b.kind === "hours"), ...hoursBlocks(s.sections)]);
}

/**
 * The page's language: the policy's primary language when the catalog writes in it (`en-GB`
 * for an `en` catalog), else the catalog's own, since that is the language of the text.
 */
export function pageLanguage(bundle: Bundle, m: Messages): string {
  const primary = bundle.languages.find((l) => l.primary)?.tag ?? bundle.languages[0]?.tag;
  if (primary === undefined) return m.locale;
  return primary.split("-")[0]!.toLowerCase() === m.locale.split("-")[0]!.toLowerCase() ? primary : m.locale;
}

// Elements whose children are blocks, not text: a line break between their children changes
// nothing on screen and keeps the golden files readable line by line.
const BLOCK_CONTAINERS = new Set(["html", "head", "body", "header", "nav", "main", "section", "footer", "div", "ul", "ol", "table", "thead", "tbody", "tr"]);

function lineBreaks(e: Element): Element {
  const children = e.children.map((c) => (c.type === "element" ? lineBreaks(c) : c));
  if (!BLOCK_CONTAINERS.has(e.tagName)) return { ...e, children };
  return { ...e, children: children.flatMap((c): ElementContent[] => [{ type: "text", value: "\n" }, c]).concat({ type: "text", value: "\n" }) };
}

/** The page model as a whole HTML document (hast): header with the h1, contents, main, footer. */
export function pageToHast(page: Page, m: Messages, lang: string): Root {
  const intro = new Blocks("intro", null);
  const island = localTimeIsland(m, hoursBlocks(page.sections));
  const scripts =
    island === null
      ? []
      : [h("script", { type: "application/json", id: ISLAND_ID }, island), h("script", LOCAL_TIME_SCRIPT)];
  const html = h("html", { lang }, [
    h("head", [
      h("meta", { charSet: "utf-8" }),
      h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      // Nothing may be fetched: the page is one self-contained file.
      h("meta", {
        httpEquiv: "Content-Security-Policy",
        content: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
      }),
      h("title", page.title),
      h("style", PAGE_STYLE),
    ]),
    h("body", [
      h("a.skip", { href: "#main" }, m.skipToContent),
      h("header", [h("h1", page.title), ...(page.intro.length === 0 ? [] : [h("div.intro", page.intro.map((b) => intro.render(b)))])]),
      h("nav", { ariaLabelledby: "contents-title" }, [
        h("h2", { id: "contents-title" }, m.contentsLabel),
        h("ol", page.sections.map((s) => h("li", [h("a", { href: `#${s.id}` }, s.title)]))),
      ]),
      h("main", { id: "main", tabIndex: -1 }, page.sections.map((s) => section(s, 2))),
      h("footer", [h("p", m.footer(page.policyId))]),
      ...scripts,
    ]),
  ]);
  return { type: "root", children: [{ type: "doctype" }, { type: "text", value: "\n" }, lineBreaks(html)] };
}

/** Renders a bundle as a standalone HTML page, the same bytes for the same bundle on any machine. */
export function renderHtml(bundle: Bundle): string {
  const page = buildPage(bundle, en);
  return `${toHtml(pageToHast(page, en, pageLanguage(bundle, en)))}\n`;
}
