import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "authoring/test/**/*.test.ts", "tools/*/test/**/*.test.ts"],
    // Site builds and browser checks take seconds, not the default 5.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
