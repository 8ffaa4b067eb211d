// Page weight: the JavaScript a lesson page loads, gzip-compressed as a host would serve it. Sizes
// do not vary from run to run, so these are plain tests. Each test prints its figures with one
// line per file, to quote in notes.
//
// Sizes are the gzip of each file's body with node:zlib's default level (6), summed per file.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { lessonBlocks, runFirstTime, sitePages, wake, wakePictures } from './support.ts';

const KB = 1024;
/** Before any playground wakes: the hard ceiling, and the goal (Starlight's own budget). */
const BEFORE_WAKE_CEILING = 35 * KB;
const BEFORE_WAKE_GOAL = 27 * KB;
/** Everything once every playground has woken and run, the runner's worker included. */
const AFTER_WAKE_CEILING = 350 * KB;

interface Loaded {
  path: string;
  bytes: number;
  gzip: number;
}

/**
 * Collects the body of every JavaScript file the page fetches: scripts, module preloads, lazy
 * chunks, and the worker source, which client.ts fetches as text from /_astro/worker-*.js.
 */
function collectJavaScript(page: Page) {
  const files = new Map<string, Promise<Loaded | undefined>>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    // A blob: URL is the worker made from source already fetched and counted: not a download.
    const downloaded = url.protocol === 'http:' || url.protocol === 'https:';
    const isJs = url.pathname.endsWith('.js') || response.request().resourceType() === 'script';
    if (!downloaded || !isJs || files.has(url.href)) return;
    files.set(
      url.href,
      response.body().then(
        (body) => ({ path: url.pathname, bytes: body.length, gzip: gzipSync(body).length }),
        () => undefined,
      ),
    );
  });
  return async () => {
    const loaded = (await Promise.all(files.values())).filter((file) => file !== undefined);
    expect(loaded.length, 'the page should load some JavaScript').toBeGreaterThan(0);
    return [...loaded, ...(await inlineScripts(page))].sort((a, b) => b.gzip - a.gzip);
  };
}

/** The scripts written into the HTML of the page and its frames, one entry per document. */
async function inlineScripts(page: Page): Promise<Loaded[]> {
  const found: Loaded[] = [];
  for (const frame of page.frames()) {
    const source = await frame.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
        .map((script) => script.textContent ?? '')
        .join('\n'),
    );
    if (!source) continue;
    const body = Buffer.from(source);
    const where = new URL(frame.url()).pathname;
    found.push({
      path: `inline scripts of ${where}`,
      bytes: body.length,
      gzip: gzipSync(body).length,
    });
  }
  return found;
}

function report(title: string, files: Loaded[]): number {
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1).padStart(6)} KB`;
  const lines = files.map((file) => `  ${kb(file.gzip)} gzip ${kb(file.bytes)} raw  ${file.path}`);
  console.log(`${title}: ${kb(total).trim()} gzip in ${files.length} files\n${lines.join('\n')}`);
  return total;
}

const lessons = sitePages().filter((path) => path.startsWith('/lessons/'));

test.describe('Page weight', () => {
  for (const path of lessons) {
    // "Before any playground wakes" is modelled by an IntersectionObserver that never reports an
    // intersection: Astro's client:visible waits for one, so no island hydrates however tall the
    // viewport is or wherever a lesson puts its first playground. (A viewport that shows no
    // island would depend on each lesson's layout.)
    test(`${path} loads at most 35 KB of JavaScript (gzip) before any playground wakes`, async ({
      page,
    }) => {
      await page.addInitScript(() => {
        window.IntersectionObserver = class {
          readonly root = null;
          readonly rootMargin = '0px';
          readonly thresholds = [0];
          observe() {}
          unobserve() {}
          disconnect() {}
          takeRecords() {
            return [];
          }
        } as unknown as typeof IntersectionObserver;
      });
      const collected = collectJavaScript(page);
      await page.goto(path.slice(1));
      await page.waitForLoadState('networkidle');
      const awake = page.locator('astro-island:not([ssr]):has(.pdl-playground, .pdl-exercise)');
      await expect(awake, 'no playground should have woken').toHaveCount(0);

      const total = report(`${path} before any playground wakes`, await collected());
      const goal = total <= BEFORE_WAKE_GOAL ? 'within' : 'over';
      console.log(`  ${goal} the ${BEFORE_WAKE_GOAL / KB} KB goal`);
      expect(total, `gzip bytes of JavaScript before wake on ${path}`).toBeLessThanOrEqual(
        BEFORE_WAKE_CEILING,
      );
    });

    test(`${path} loads at most 350 KB of JavaScript (gzip) in all once its playgrounds and pictures have woken and run, worker included`, async ({
      page,
    }) => {
      const collected = collectJavaScript(page);
      await page.goto(path.slice(1));
      const blocks = lessonBlocks(page);
      for (let index = 0; index < (await blocks.count()); index++) {
        await wake(blocks.nth(index));
        await runFirstTime(blocks.nth(index));
      }
      await wakePictures(page);
      await page.waitForLoadState('networkidle');

      const files = await collected();
      expect(files.map((file) => file.path)).toContainEqual(expect.stringMatching(/worker-/));
      const total = report(`${path} after every playground woke and ran`, files);
      expect(total, `gzip bytes of JavaScript after wake on ${path}`).toBeLessThanOrEqual(
        AFTER_WAKE_CEILING,
      );
    });
  }
});
