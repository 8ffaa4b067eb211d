// What the browser tests share: finding a lesson's playground or exercise, waiting for it to wake
// up, typing code into its editor, and discovering the site's pages by following its links.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const INTRODUCTION = 'lessons/introduction/';
export const FIRST_LOOK = 'Which fields are personal data?';
export const MINIMIZE_ORDER = 'Send the courier only what it needs';

/** How long a run may take to show its output; the runner stops code after 5 s. */
export const RUN_TIMEOUT = 15_000;

/** The region of a playground, by its title. */
export function playground(page: Page, title: string): Locator {
  return page.getByRole('region', { name: `Playground: ${title}`, exact: true });
}

/** The region of an exercise, by its title. */
export function exercise(page: Page, title: string): Locator {
  return page.getByRole('region', { name: `Exercise: ${title}`, exact: true });
}

/** The output panel of a playground or exercise, by its title. */
export function output(page: Page, title: string): Locator {
  return page.getByRole('log', { name: `Output of ${title}`, exact: true });
}

/**
 * Scrolls to a playground or exercise and waits until it has woken up: its Astro island has
 * hydrated (the island drops its `ssr` attribute) and the code editor has replaced the preview.
 */
export async function wake(region: Locator): Promise<void> {
  await region.scrollIntoViewIfNeeded();
  const hydrated = () =>
    region.evaluate((element) => element.closest('astro-island')?.hasAttribute('ssr') === false);
  await expect
    .poll(hydrated, { message: 'the island should hydrate once on screen', timeout: 15_000 })
    .toBe(true);
  await expect(region.locator('.cm-content').first()).toBeVisible({ timeout: 15_000 });
}

/**
 * Replaces the code of the editor's open file with `code`. Now and then a select-all pressed just
 * after the click leaves the last empty line behind, so it tries again until the editor holds
 * exactly `code`.
 */
export async function typeCode(region: Locator, code: string): Promise<void> {
  const page = region.page();
  await expect(async () => {
    await region.locator('.cm-content').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(code);
    expect(await editorText(region), 'the editor should hold the typed code').toBe(code);
  }).toPass({ timeout: 15_000 });
}

/**
 * The code in the editor's open file. CodeMirror renders only the lines in view, so this asks
 * the editor itself, the way CodeMirror's `EditorView.findFromDOM` does (the content element's
 * `cmTile.root.view`); the rendered lines are the fallback if that internal moves.
 */
export async function editorText(region: Locator): Promise<string> {
  return region
    .locator('.cm-content')
    .first()
    .evaluate((element) => {
      type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
      const view = (element as HTMLElement & { cmTile?: Tile }).cmTile?.root?.view;
      if (view) return view.state.doc.toString();
      return [...element.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n');
    });
}

/** Wakes the playground, types `code` into it, presses Run and returns its output panel. */
export async function runInPlayground(page: Page, title: string, code: string): Promise<Locator> {
  const region = playground(page, title);
  await wake(region);
  await typeCode(region, code);
  await region.getByRole('button', { name: 'Run', exact: true }).click();
  return output(page, title);
}

/** A page of a build, the pages it links to, and its links to pages the build does not have. */
export interface SitePage {
  path: string;
  deadLinks: string[];
}

/**
 * Every page reachable from the home page by following links, read from a build (dist/ by
 * default), so that lessons added later are visited without a list to update. It reads the files
 * rather than asking the server because tests are listed before the servers start.
 */
export function crawlBuild(dir = 'dist', base = '/'): SitePage[] {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${root}/index.html is missing: build the site first (npx tsx test/e2e/build.ts).`,
    );
  }
  const fileOf = (path: string) => join(root, path.slice(base.length), 'index.html');
  const pages = new Map<string, SitePage>();
  const queue = [base];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const page: SitePage = { path, deadLinks: [] };
    pages.set(path, page);
    for (const [, href] of readFileSync(fileOf(path), 'utf8').matchAll(
      /<a\s[^>]*?href="([^"#?]*)/g,
    )) {
      const target = new URL(href!, `http://site${path}`);
      if (target.host !== 'site' || /\.[a-z0-9]+$/i.test(target.pathname)) continue;
      const linked = target.pathname.replace(/\/?$/, '/');
      if (!linked.startsWith(base) || pages.has(linked) || queue.includes(linked)) continue;
      if (existsSync(fileOf(linked))) queue.push(linked);
      else page.deadLinks.push(linked);
    }
  }
  return [...pages.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The path of every page reachable from the home page of a build; see `crawlBuild`. */
export function sitePages(dir = 'dist', base = '/'): string[] {
  return crawlBuild(dir, base).map((page) => page.path);
}

/** Every playground and exercise on the current page, in order. */
export function lessonBlocks(page: Page): Locator {
  return page.locator('section.pdl-playground, section.pdl-exercise');
}

/** Wakes every playground and exercise on the page, and returns how many there are. */
export async function wakeAll(page: Page): Promise<number> {
  const count = await lessonBlocks(page).count();
  for (let index = 0; index < count; index++) await wake(lessonBlocks(page).nth(index));
  return count;
}

/**
 * Wakes every other island on the page (the interactive pictures), so that their code is loaded
 * too, and returns how many there were.
 */
export async function wakePictures(page: Page): Promise<number> {
  const islands = page.locator('astro-island[client="visible"]:not(:has(.pdl-code))');
  const count = await islands.count();
  for (let index = 0; index < count; index++) {
    const island = islands.nth(index);
    // An island is display: contents, so scroll its first element into view instead.
    await island.evaluate((element) => element.firstElementChild?.scrollIntoView());
    await expect
      .poll(() => island.evaluate((element) => element.hasAttribute('ssr')), {
        message: 'a picture island should hydrate once on screen',
        timeout: 15_000,
      })
      .toBe(false);
  }
  return count;
}

/** The button that runs a playground or checks an exercise. */
export function runButton(region: Locator): Locator {
  return region.getByRole('button', { name: /^(Run|Check your solution)$/ });
}

/**
 * Presses the Run (or Check) button of a region that has not run yet, and waits for the run to
 * end: for an exercise, until its checks are listed; for a playground, until its output shows
 * neither the "Press Run" hint nor "Running…".
 */
export async function runFirstTime(region: Locator): Promise<void> {
  const isExercise = await region.evaluate((element) => element.matches('.pdl-exercise'));
  await runButton(region).click();
  if (isExercise) {
    await expect(region.getByRole('list', { name: 'Checks' })).toBeVisible({
      timeout: RUN_TIMEOUT,
    });
  } else {
    const log = region.getByRole('log');
    await expect(log).not.toContainText(/Running…|Press Run/, { timeout: RUN_TIMEOUT });
  }
  await expect(runButton(region)).toBeEnabled();
}
