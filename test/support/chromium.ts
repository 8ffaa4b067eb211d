// Finds the Chromium the browser tests drive. Playwright never downloads a browser here: it
// takes CHROMIUM_PATH if set, else the first of the usual system paths that exists.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const CHROMIUM_REQUIREMENT =
  'The browser tests need Node 20 or later and a Chromium or Chrome: set CHROMIUM_PATH to its ' +
  `executable, or install one at ${CHROMIUM_CANDIDATES.slice(0, 4).join(', ')} ` +
  '(on Debian: apt-get install chromium).';

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist. ${CHROMIUM_REQUIREMENT}`);
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(CHROMIUM_REQUIREMENT);
  return found;
}

/** The flags headless Chromium needs on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
