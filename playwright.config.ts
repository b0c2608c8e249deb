import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

/** Debian's Chromium (never a downloaded browser), Beijing time, a Chinese locale. */
export const browserUse: PlaywrightTestConfig['use'] = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
  trace: 'off',
  screenshot: 'only-on-failure',
};

/**
 * End-to-end tests drive the browser host, each test with its own fresh data folder (see
 * tests/e2e/support/fixtures.ts). The README's own commands run last, on their own: `npm run web`
 * rebuilds out/, which the other tests' hosts serve from.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: true,
  reporter: [['list']],
  use: browserUse,
  projects: [
    { name: 'e2e', testMatch: '**/*.spec.ts', testIgnore: '**/readme.spec.ts' },
    { name: 'readme', testMatch: '**/readme.spec.ts', dependencies: ['e2e'], timeout: 300_000 },
  ],
});
