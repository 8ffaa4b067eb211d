// The course promises that nothing leaves the reader's machine: every page, its playgrounds,
// the runner's frame and worker, and search load from the site's own host only.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { runFirstTime, sitePages, wake } from './support.ts';

/** Records every URL the page, its frames and workers ask for that is not on `origin`. */
function watchForeignRequests(context: BrowserContext, page: Page, origin: string) {
  const foreign = new Set<string>();
  const check = (url: string) => {
    const { protocol, origin: from } = new URL(url);
    if (protocol !== 'blob:' && protocol !== 'data:' && from !== origin) foreign.add(url);
  };
  context.on('request', (request) => check(request.url()));
  page.on('websocket', (socket) => check(socket.url()));
  return () => [...foreign];
}

test.describe('Every page', () => {
  for (const path of sitePages()) {
    test(`${path} asks only its own host for anything, also once its first playground has run and search is used`, async ({
      page,
      context,
      baseURL,
    }) => {
      const foreign = watchForeignRequests(context, page, new URL(baseURL!).origin);
      await page.goto(path.slice(1));
      await page.waitForLoadState('networkidle');

      const first = page.locator('section.pdl-playground').first();
      if ((await first.count()) > 0) {
        await wake(first);
        await runFirstTime(first);
      }
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('dialog').getByRole('textbox').fill('data');
      await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 10_000 });
      await page.waitForLoadState('networkidle');

      expect(foreign(), `requests from ${path} to other hosts`).toEqual([]);
    });
  }
});
