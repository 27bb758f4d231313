import { defineConfig } from "vitest/config";

// `npm run test:browser`: the generated pages in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core; no browser is ever downloaded).
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
