/**
 * Vitest settings for mutation testing (`npm run mutate`): the in-process suites only.
 * Tests that spawn the bundled CLI run dist/, which Stryker does not mutate, so they cannot kill a mutant
 * and would only slow every run down; the global dist build is skipped for the same reason.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: [
      "tests/cli.test.ts",
      "tests/cli-conventions.test.ts",
      "tests/ci-files.test.ts",
      "tests/meta.test.ts",
      "tests/packaging.test.ts",
      "tests/pre-commit.test.ts",
      "tests/fix/fix-cli.test.ts",
      "**/node_modules/**",
    ],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
