import { defineConfig } from '@playwright/test';
import { browserUse } from './playwright.config';

/**
 * `npm run screenshots`: redraws the pictures in README.md (docs/) from the built app. Kept out of
 * `npm test`, so that running the tests never changes the work tree.
 */
export default defineConfig({
  testDir: 'tests/screenshots',
  testMatch: '**/*.shot.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  use: browserUse,
});
