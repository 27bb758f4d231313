import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser tests need Chromium; they run on their own (`npm run test:browser`).
    exclude: ["test/browser/**", "**/node_modules/**"],
    testTimeout: 60_000,
  },
});
