// The `slac` command is shipped as one bundle of dist/ (plus a chunk per lazily loaded
// command): Node resolves and links some ninety small ES modules in about 40 ms, which
// is most of a cold `slac check`. The library entries (`slac`, `slac/runtime`) stay
// unbundled in dist/. Packages are left to node_modules, except commander, which every
// command loads first (its CommonJS files cost another ~8 ms to load one by one), and the
// page libraries (mdast, hast and the micromark helpers under them: some hundred small
// modules, ~60 ms to load one by one, for every `slac build`).
import { defineConfig } from "rolldown";

/** Packages bundled into the command rather than loaded from node_modules at run time (by name prefix). */
const bundled = /^(commander|mdast-|micromark|hast|unist-|property-information|space-separated|comma-separated|html-void|stringify-entities|character-|ccount|zwitch|longest-streak|markdown-table|decode-named|devlop|web-namespaces|escape-string-regexp|trim-lines)/;

/** Whether an import stays a run-time import of node_modules (or of Node itself). */
function external(id) {
  if (id.startsWith(".") || id.startsWith("/") || id.startsWith("\0")) return false;
  return !bundled.test(id);
}

export default defineConfig({
  input: { slac: "dist/cli/main.js" },
  platform: "node",
  external,
  output: {
    dir: "dist/bin",
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name].js",
    minify: false,
    comments: { legal: false, annotation: false, jsdoc: false },
  },
});
