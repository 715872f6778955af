import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never Playwright's own download (./nodew finds or installs it): its headless shell
// (package chromium-headless-shell) where installed, as Playwright itself uses for headless runs. Each
// new context in Chromium proper starts the browser's profile services and costs over twice the CPU,
// which on the 2-core CI machine was most of the suite's time.
const shell = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';
const executablePath = existsSync(shell) ? shell : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const port = Number(process.env.PREVIEW_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Tests are independent (a fresh context each); two workers on the two-core CI machine.
  workers: Number(process.env.PW_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node scripts/static-server.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
