import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // SQLite files and child processes: keep the two cores for the tests themselves.
    pool: 'forks',
    maxWorkers: 2,
  },
});
