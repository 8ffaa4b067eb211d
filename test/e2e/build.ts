// Builds the site twice for the browser tests: at the root (dist/) and under the base path
// /course/ (dist-base/), as an instructor might host it. SKIP_BUILD=1 reuses earlier builds.
import { execFileSync } from 'node:child_process';
import { findChromium } from '../support/chromium.ts';

// Fail before a minute of building if there is no browser to test with.
findChromium();

if (!process.env.SKIP_BUILD) {
  const astro = ['node_modules/.bin/astro', 'build', '--silent'];
  const run = (env: Record<string, string>) =>
    execFileSync(process.execPath, astro, { stdio: 'inherit', env: { ...process.env, ...env } });
  run({ OUT_DIR: './dist', BASE_PATH: '/' });
  run({ OUT_DIR: './dist-base', BASE_PATH: '/course/' });
}
