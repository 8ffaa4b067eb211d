import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './test/support/chromium.ts';

// The suite tests the built site twice: at the root, and under a base path as an instructor
// might host it. `npm run test:e2e` builds both first (see test/e2e/build.ts).
export const ROOT_URL = 'http://127.0.0.1:4321/';
export const BASE_URL = 'http://127.0.0.1:4322/course/';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  timeout: 60_000,
  use: {
    baseURL: ROOT_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    {
      command: 'tsx test/support/static-server.ts --dir dist --base / --port 4321',
      url: ROOT_URL,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'tsx test/support/static-server.ts --dir dist-base --base /course/ --port 4322',
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
