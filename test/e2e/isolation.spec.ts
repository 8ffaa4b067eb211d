// Learner code runs in a worker inside a sandboxed, opaque-origin frame whose Content-Security-
// Policy allows no network. Each test runs code that tries to get out and prints "blocked: …" or
// "ALLOWED: …" per attempt. For requests, what the code sees is not enough (a request that went
// out and met a CORS error also fails in the code), so the tests also watch Playwright's request
// events: a request for a test URL that is not refused by the CSP has left the page.
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { FIRST_LOOK, INTRODUCTION, RUN_TIMEOUT, runInPlayground } from './support.ts';

/** Answers within this long or counts as "NO ANSWER"; all attempts run at once, within 5 s. */
const ATTEMPT_TIMEOUT_MS = 3000;
/** The end of every probe's output, printed once all attempts have settled. */
const DONE = 'all attempts settled';

interface Attempt {
  label: string;
  /** The body of an async function that resolves if the attempt succeeded. */
  body: string;
}

/** Learner code that makes every attempt at once and prints what happened to each. */
function probe(attempts: Attempt[]): string {
  const calls = attempts.map(
    ({ label, body }) => `  attempt(${q(label)}, async () => { ${body} }),`,
  );
  return `const attempt = async (label, body) => {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer')), ${ATTEMPT_TIMEOUT_MS});
  });
  try {
    await Promise.race([body(), timeout]);
    console.log('ALLOWED: ' + label);
  } catch (error) {
    const verdict = error?.message === 'no answer' ? 'NO ANSWER: ' : 'blocked: ';
    console.log(verdict + label + ' (' + error + ')');
  } finally {
    clearTimeout(timer);
  }
};
await Promise.all([
${calls.join('\n')}
]);
console.log(${q(DONE)});`;
}

const q = (text: string) => JSON.stringify(text);

/** Watches the whole context (page, frames, workers) for requests to the test URLs. */
function watchRequests(context: BrowserContext, page: Page, isTestUrl: (url: string) => boolean) {
  const requests: Request[] = [];
  const sockets: string[] = [];
  context.on('request', (request) => isTestUrl(request.url()) && requests.push(request));
  page.on('websocket', (socket) => isTestUrl(socket.url()) && sockets.push(socket.url()));

  /** The test URLs that left the page: answered, failed on the network, or a WebSocket opened. */
  return async () => {
    const left = [...sockets.map((url) => `WebSocket ${url}`)];
    for (const request of requests) {
      await request.response();
      const failure = request.failure()?.errorText;
      if (failure !== 'csp') left.push(`${request.url()} (${failure ?? 'answered'})`);
    }
    return left;
  };
}

/** Runs the attempts in the Introduction's playground; returns the output panel. */
async function runAttempts(page: Page, attempts: Attempt[]) {
  await page.goto(INTRODUCTION);
  const log = await runInPlayground(page, FIRST_LOOK, probe(attempts));
  await expect(log).toContainText(DONE, { timeout: RUN_TIMEOUT });
  return log;
}

async function expectAllBlocked(page: Page, attempts: Attempt[]) {
  const log = await runAttempts(page, attempts);
  const text = await log.innerText();
  for (const { label } of attempts) {
    expect(text, `learner code should be blocked from ${label}`).toContain(`blocked: ${label}`);
  }
}

test.describe('Learner code in the runner', () => {
  const reads: [string, string][] = [
    ['read localStorage', "return localStorage.getItem('pdl:v1:solved:minimize-order');"],
    ['read document.cookie', 'return document.cookie;'],
    ['read parent.document', 'return parent.document.title;'],
    [
      'open an indexedDB database',
      `await new Promise((resolve, reject) => {
        const request = indexedDB.open('pdl-isolation-test');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });`,
    ],
  ];
  for (const [what, body] of reads) {
    test(`cannot ${what}`, async ({ page }) => {
      await expectAllBlocked(page, [{ label: what, body }]);
    });
  }

  test.describe('makes no request', () => {
    let origin: string;
    let targets: string[];
    const isTestUrl = (url: string) =>
      url.includes('should-not-be-fetched') || new URL(url).hostname === 'example.invalid';

    test.beforeEach(({ baseURL }) => {
      origin = new URL(baseURL!).origin;
      // The site's own host proves that the CSP, not the same-origin rule alone, stops a request.
      targets = [`${origin}/should-not-be-fetched`, 'http://example.invalid/should-not-be-fetched'];
    });

    const requests: [string, (url: string) => string][] = [
      ['fetch', (url) => `await fetch(${q(url)});`],
      [
        'XMLHttpRequest',
        (url) => `await new Promise((resolve, reject) => {
          const request = new XMLHttpRequest();
          request.open('GET', ${q(url)});
          request.onload = resolve;
          request.onerror = () => reject(new Error('XMLHttpRequest failed'));
          request.send();
        });`,
      ],
      [
        'WebSocket',
        (url) => `await new Promise((resolve, reject) => {
          const socket = new WebSocket(${q(url.replace(/^http/, 'ws'))});
          socket.onopen = resolve;
          socket.onerror = () => reject(new Error('WebSocket failed'));
        });`,
      ],
      // The runner resolves import() itself and allows only the playground's files and packages.
      ['import()', (url) => `await import(${q(`${url}.js`)});`],
      // The browser's own import(), reached through eval, meets the CSP instead.
      ['import() through eval', (url) => `await (0, eval)(${q(`import(${q(`${url}.js`)})`)});`],
      ['importScripts', (url) => `importScripts(${q(`${url}.js`)});`],
    ];
    for (const [kind, body] of requests) {
      test(`with ${kind}, to the site's host or another`, async ({ page, context }) => {
        const leaks = watchRequests(context, page, isTestUrl);
        const attempts = targets.map((url) => ({ label: `${kind} ${url}`, body: body(url) }));
        await expectAllBlocked(page, attempts);
        expect(await leaks(), 'requests that left the page').toEqual([]);
      });
    }

    // The request check above must be able to fail: with the frame's CSP taken out, the same
    // fetches do leave the page, and the check reports them.
    test('(control) the request check reports fetches when the frame has no CSP', async ({
      page,
      context,
    }) => {
      await context.route('**/runner/frame.html', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          /<meta http-equiv="Content-Security-Policy"[^>]*>/,
          '',
        );
        expect(body, 'frame.html should have lost its CSP').not.toContain(
          'Content-Security-Policy',
        );
        await route.fulfill({ response, body });
      });
      const leaks = watchRequests(context, page, isTestUrl);
      const attempts = targets.map((url) => ({
        label: `fetch ${url}`,
        body: `await fetch(${q(url)});`,
      }));
      await runAttempts(page, attempts);

      const left = await leaks();
      for (const url of targets) expect(left).toContainEqual(expect.stringContaining(url));
    });
  });
});
