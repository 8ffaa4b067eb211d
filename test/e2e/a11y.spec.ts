// Accessibility: every page passes axe's WCAG 2.2 AA rules in both themes, with its playgrounds
// and exercises awake and run, and a keyboard alone can use a playground.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  FIRST_LOOK,
  INTRODUCTION,
  lessonBlocks,
  output,
  playground,
  RUN_TIMEOUT,
  runFirstTime,
  sitePages,
  wake,
} from './support.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe's violations, one line per rule with how many elements fail it, the first few of them and
 * what axe says about the first, so that a failure says what to fix and where.
 */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map(({ id, impact, help, nodes }) => {
    const targets = nodes.slice(0, 3).map((node) => node.target.join(' '));
    const detail = nodes[0]?.failureSummary?.split('\n').slice(1, 2).join('').trim();
    return `${id} (${impact}, ${nodes.length} elements): ${help}; e.g. ${targets.join(' | ')}; ${detail}`;
  });
}

test.describe('Every page', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const path of sitePages()) {
      test(`${path} has no WCAG 2.2 AA violations in the ${theme} theme, islands awake and run`, async ({
        page,
      }) => {
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(path.slice(1));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

        const blocks = lessonBlocks(page);
        for (let index = 0; index < (await blocks.count()); index++) {
          await wake(blocks.nth(index));
          await runFirstTime(blocks.nth(index));
        }
        await page.evaluate(() => window.scrollTo(0, 0));

        expect(await violations(page), `axe violations on ${path} (${theme})`).toEqual([]);
      });
    }
  }
});

test.describe('Keyboard', () => {
  /** Presses Tab until `reached` holds for the focused element; fails after `limit` presses. */
  async function tabUntil(page: Page, what: string, reached: () => Promise<boolean>, limit = 150) {
    for (let presses = 0; presses < limit; presses++) {
      if (await reached()) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab did not reach ${what} within ${limit} presses.`);
  }

  // Sandpack's editor is a focusable box ("Code Editor for main.ts") around CodeMirror: Tab stops
  // on the box, Enter starts editing, and Escape goes back to the box, so that Tab can indent
  // while editing and still never trap focus.
  test('alone reaches the editor with Tab, edits it after Enter, leaves it with Escape then Tab, and presses Run', async ({
    page,
  }) => {
    await page.goto(INTRODUCTION);
    const region = playground(page, FIRST_LOOK);
    await wake(region);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const focused = (locator: Locator) =>
      locator.evaluate((element) => element.contains(document.activeElement));

    const box = region.getByLabel('Code Editor for main.ts').first();
    const code = region.locator('.cm-content');
    await tabUntil(page, 'the editor', () => focused(box));
    if (!(await focused(code))) await page.keyboard.press('Enter');
    expect(await focused(code), 'Enter on the editor box should start editing').toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type("console.log('typed with the keyboard')");
    await expect(code).toHaveText("console.log('typed with the keyboard')");

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focused(box), 'Escape then Tab should move focus out of the editor').toBe(false);
    await expect(code, 'Tab after Escape should not indent the code').toHaveText(
      "console.log('typed with the keyboard')",
    );

    const run = region.getByRole('button', { name: 'Run' });
    await tabUntil(page, 'the Run button', () => focused(run), 10);
    await page.keyboard.press('Enter');
    await expect(output(page, FIRST_LOOK)).toContainText('typed with the keyboard', {
      timeout: RUN_TIMEOUT,
    });
  });
});
