/**
 * The renderers' door: a bundle to a customer-facing page. Reads the bundle only, so a
 * third party can render its own page from any bundle; writing files is the CLI's job.
 */
export { type MarkdownOptions, pageToMdast, renderMarkdown } from "./markdown.js";
export { type Messages, en } from "./messages.js";
export type { Block, Inline, Page, Section } from "./model.js";
export { buildPage } from "./page.js";
export { pageLanguage, pageToHast, renderHtml } from "./html.js";
