import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // in-process error messages follow the locale; the tests read them in English
    env: { LANG: "en_GB.UTF-8", LC_ALL: "", LC_MESSAGES: "" }
  }
});
