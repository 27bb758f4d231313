// The `slac` command is shipped as one bundle of dist/ (plus a chunk per lazily loaded
// command): Node resolves and links some ninety small ES modules in about 40 ms, which
// is most of a cold `slac check`. The library entries (`slac`, `slac/runtime`) stay
// unbundled in dist/. Packages are left to node_modules, except commander, which every
// command loads first (its CommonJS files cost another ~8 ms to load one by one).
import { defineConfig } from "rolldown";

export default defineConfig({
  input: { slac: "dist/cli/main.js" },
  platform: "node",
  external: (id) => !id.startsWith(".") && !id.startsWith("/") && id !== "commander" && !id.includes("node_modules/commander/"),
  output: {
    dir: "dist/bin",
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name].js",
    minify: false,
    comments: { legal: false, annotation: false, jsdoc: false },
  },
});
