/**
 * The HTML page's one stylesheet, inline: the system font stack (nothing is fetched),
 * colours with a contrast of at least 4.5:1 on their background in light and dark mode
 * (text #1b1b1b / #e6e6e6 on #ffffff / #121212: ~17:1 and ~15:1; muted text #4d4d4d /
 * #b3b3b3: ~8.5:1 and ~9:1; links #0a4fb4 / #8cb8ff: ~7.5:1 and ~9.3:1), tables that
 * scroll sideways inside their own region on a narrow screen, and a print stylesheet
 * (black on white whatever the screen's scheme, page margins, tables the page's width,
 * headings kept with what follows, rows and list items unsplit, web links followed by their URL).
 */
export const PAGE_STYLE = `:root {
  color-scheme: light dark;
  --text: #1b1b1b; --muted: #4d4d4d; --background: #ffffff; --surface: #f3f4f6; --rule: #c9ccd1; --link: #0a4fb4; --focus: #0a4fb4;
}
@media (prefers-color-scheme: dark) {
  :root { --text: #e6e6e6; --muted: #b3b3b3; --background: #121212; --surface: #1e1f22; --rule: #44474d; --link: #8cb8ff; --focus: #8cb8ff; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; color: var(--text); background: var(--background);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  overflow-wrap: break-word;
}
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 0.75rem; background: var(--background); z-index: 1; }
.skip:focus { top: 0.5rem; }
header, nav, main, footer { max-width: 54rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 2rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
.intro { color: var(--muted); }
nav { margin-top: 1rem; }
nav h2 { font-size: 1rem; margin: 0 0 0.25rem; border: 0; padding: 0; }
nav ol { margin: 0; padding-left: 1.25rem; columns: 2 14rem; }
ul { padding-left: 1.25rem; }
li + li { margin-top: 0.2rem; }
.local { display: block; color: var(--muted); font-size: 0.95em; }
.local[hidden] { display: none; }
.table { overflow-x: auto; margin: 0.75rem 0 1.25rem; max-width: 100%; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.4rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border: 1px solid var(--rule); }
thead th { background: var(--surface); }
/* On a narrow screen a wide table scrolls in its region rather than squeezing each cell to a word a line. */
td { min-width: 8rem; }
tbody th { font-weight: 600; }
footer { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.9rem; }
footer p { margin: 0; padding-top: 1rem; border-top: 1px solid var(--rule); }
@media (max-width: 30rem) {
  h1 { font-size: 1.6rem; }
  h2 { font-size: 1.3rem; }
  th, td { padding: 0.35rem 0.45rem; }
  /* A three-column table (a severity, during and outside hours) fits a phone's width without scrolling. */
  td { min-width: 6.5rem; }
}
@media print {
  :root { color-scheme: light; --text: #000000; --muted: #333333; --background: #ffffff; --rule: #999999; --link: #000000; --surface: #ffffff; }
  @page { margin: 16mm 15mm; }
  body { font-size: 11pt; }
  .skip, nav, .local { display: none !important; }
  header, main, footer { max-width: none; padding: 0; }
  header { padding-top: 0; }
  /* On paper a table cannot scroll: it takes the page's width and its cells wrap. */
  .table { overflow: visible; }
  table { width: 100%; }
  td { min-width: 0; }
  thead { display: table-header-group; }
  a.print-url::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  /* Headings, captions and a label before its list ("Examples:") stay with what follows. */
  h2, h3, h4, caption, p:has(+ ul) { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  /* A table that fits on a page stays on one; a longer one breaks between rows, its header repeated. */
  .table, tr, li { break-inside: avoid; }
}
`;
