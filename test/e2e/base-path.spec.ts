// The site built with BASE_PATH=/course/ (dist-base/), served under /course/ as an instructor
// might host it: links, playgrounds and search all stay under the base path.
import { expect, test } from '@playwright/test';
import { BASE_URL } from '../../playwright.config.ts';
import { FIRST_LOOK, INTRODUCTION, output, playground, RUN_TIMEOUT, wake } from './support.ts';

const BASE = new URL(BASE_URL).pathname;

test.use({ baseURL: BASE_URL });

test.describe(`The site under ${BASE}`, () => {
  test('links from the home page lead to pages under the base path', async ({ page, request }) => {
    await page.goto('');
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const internal = hrefs.filter((href) => new URL(href).origin === new URL(BASE_URL).origin);
    expect(internal.length, 'the home page should link to the lessons').toBeGreaterThan(0);

    for (const href of new Set(internal.map((url) => url.split('#')[0]!))) {
      expect(new URL(href).pathname, `${href} should be under ${BASE}`).toMatch(
        new RegExp(`^${BASE}`),
      );
      const response = await request.get(href);
      expect(response.status(), `${href} should answer 200`).toBe(200);
    }
    await page.getByRole('main').getByRole('link', { name: 'Introduction', exact: true }).click();
    await expect(page).toHaveURL(`${BASE_URL}${INTRODUCTION}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction');
  });

  test('runs the Introduction playground, asking for nothing outside the base path', async ({
    page,
    context,
  }) => {
    const outside = new Set<string>();
    context.on('request', (request) => {
      const url = new URL(request.url());
      const local = url.protocol === 'blob:' || url.protocol === 'data:';
      if (!local && !url.href.startsWith(BASE_URL)) outside.add(url.href);
    });
    await page.goto(INTRODUCTION);
    const region = playground(page, FIRST_LOOK);
    await wake(region);
    await region.getByRole('button', { name: 'Run' }).click();

    await expect(output(page, FIRST_LOOK)).toContainText('Fields: 8', { timeout: RUN_TIMEOUT });
    await page.waitForLoadState('networkidle');
    expect([...outside], `requests outside ${BASE_URL}`).toEqual([]);
  });

  test('search finds the Introduction and links to it under the base path', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('minimisation');

    const links = page.locator('.pagefind-ui__result-link');
    await expect(links.first()).toBeVisible({ timeout: 10_000 });
    const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) expect(href, 'a search result link').toMatch(new RegExp(`^${BASE}`));
    expect(hrefs).toContainEqual(expect.stringContaining(`${BASE}${INTRODUCTION}`));

    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`^${BASE_URL}`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
