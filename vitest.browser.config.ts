import { defineConfig } from "vitest/config";

// The browser test builds nothing itself: `npm run test:browser` builds the site first.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks"
  }
});
