// A playground as a learner uses it: run, edit, reset, reload, and code that misbehaves.
import { expect, test, type Page } from '@playwright/test';
import {
  editorText,
  FIRST_LOOK,
  INTRODUCTION,
  output,
  playground,
  RUN_TIMEOUT,
  runInPlayground,
  typeCode,
  wake,
} from './support.ts';

const STOPPED = 'Stopped after 5 s: the code was still running';

async function openFirstLook(page: Page) {
  await page.goto(INTRODUCTION);
  const region = playground(page, FIRST_LOOK);
  await wake(region);
  return {
    region,
    log: output(page, FIRST_LOOK),
    run: region.getByRole('button', { name: 'Run' }),
  };
}

test.describe('Playground', () => {
  test('runs the seeded code and shows what it prints', async ({ page }) => {
    const { log, run } = await openFirstLook(page);
    await run.click();

    await expect(log).toContainText('Fields: 8', { timeout: RUN_TIMEOUT });
    await expect(log.locator('pre').first()).toHaveText(
      /^id {15}c-10492 {16}identifies the person in combination$/,
    );
    await expect(log.locator('pre', { hasText: 'Ana Souza' })).toHaveText(
      /^name {13}Ana Souza {14}identifies the person directly$/,
    );
  });

  test('shows the output of the edited code after an edit', async ({ page }) => {
    await page.goto(INTRODUCTION);
    const log = await runInPlayground(page, FIRST_LOOK, "console.log('edited', 6 * 7);");

    await expect(log).toContainText('edited 42', { timeout: RUN_TIMEOUT });
    await expect(log).not.toContainText('Fields: 8');
  });

  test('Reset brings back the seeded code, which prints the seeded output again', async ({
    page,
  }) => {
    const { region, log, run } = await openFirstLook(page);
    const seeded = await editorText(region);
    expect(seeded, 'the seeded code should be in the editor').toContain('Fields:');
    await typeCode(region, "console.log('edited');");
    await run.click();
    await expect(log).toContainText('edited', { timeout: RUN_TIMEOUT });

    await region.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => editorText(region)).toBe(seeded);
    await run.click();
    await expect(log).toContainText('Fields: 8', { timeout: RUN_TIMEOUT });
    await expect(log).not.toContainText('edited');
  });

  test('keeps edits across a reload, in local storage', async ({ page }) => {
    const { region } = await openFirstLook(page);
    const edit = "console.log('kept after a reload');";
    await typeCode(region, edit);
    const saved = () =>
      page.evaluate(() =>
        Object.entries(localStorage)
          .filter(([key]) => key.startsWith('pdl:v1:files:'))
          .map(([, value]) => value)
          .join(),
      );
    await expect.poll(saved, { message: 'the edit should be saved' }).toContain('kept after');

    await page.reload();
    await wake(region);
    await expect.poll(() => editorText(region)).toBe(edit);
  });

  test('runs with Ctrl+Enter from the editor', async ({ page }) => {
    const { region, log } = await openFirstLook(page);
    await typeCode(region, "console.log('run from the keyboard');");
    await page.keyboard.press('Control+Enter');

    await expect(log).toContainText('run from the keyboard', { timeout: RUN_TIMEOUT });
  });

  test('reports an error with its message, file and line', async ({ page }) => {
    await page.goto(INTRODUCTION);
    const log = await runInPlayground(
      page,
      FIRST_LOOK,
      "const x = 1;\nthrow new RangeError('boom');",
    );

    await expect(log).toContainText('RangeError: boom', { timeout: RUN_TIMEOUT });
    await expect(log).toContainText('main.ts, line 2');
  });

  test('prints objects, maps and byte arrays readably', async ({ page }) => {
    const code = [
      "console.log({ name: 'Ana', tags: ['a', 'b'], nested: { ok: true } });",
      "console.log(new Map([['k', 1]]));",
      'console.log(new Uint8Array([1, 255]));',
    ].join('\n');
    await page.goto(INTRODUCTION);
    const log = await runInPlayground(page, FIRST_LOOK, code);

    await expect(log).toContainText('Uint8Array(2) [01 ff]', { timeout: RUN_TIMEOUT });
    await expect(log).toContainText("{ name: 'Ana', tags: [ 'a', 'b' ], nested: { ok: true } }");
    await expect(log).toContainText("Map(1) { 'k' => 1 }");
  });

  test('cuts output after 1,000 lines and says so', async ({ page }) => {
    await page.goto(INTRODUCTION);
    const log = await runInPlayground(
      page,
      FIRST_LOOK,
      "for (let i = 1; i <= 1500; i++) console.log('line ' + i);",
    );

    await expect(log).toContainText('Output cut after 1,000 lines', { timeout: RUN_TIMEOUT });
    await expect(log.locator('pre')).toHaveCount(1001);
    await expect(log.locator('pre').nth(999)).toHaveText('line 1000');
    await expect(log).not.toContainText('line 1001');
  });
});

test.describe('Playground with code that never ends', () => {
  test('stops `while (true) {}` while the page stays responsive, and the next run works', async ({
    page,
  }) => {
    const { region, log, run } = await openFirstLook(page);
    await typeCode(region, 'while (true) {}');
    await run.click();
    await expect(log).toContainText('Running…');

    // The loop runs in the worker, so the page keeps answering: typing into the editor works
    // while the output still says the run is going on.
    await region.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n// typed during the run');
    await expect(region.locator('.cm-content')).toContainText('// typed during the run');
    await expect(log).toContainText('Running…');
    expect(await page.evaluate(() => document.title)).toContain('Introduction');

    await expect(log).toContainText(STOPPED, { timeout: RUN_TIMEOUT });
    await typeCode(region, "console.log('running again');");
    await run.click();
    await expect(log).toContainText('running again', { timeout: RUN_TIMEOUT });
  });

  for (const [kind, code] of [
    ['an endless loop of awaits', 'while (true) await null;'],
    ['an interval that is never cleared', 'setInterval(() => {}, 10);'],
  ]) {
    test(`stops ${kind}, and the next run works`, async ({ page }) => {
      await page.goto(INTRODUCTION);
      const log = await runInPlayground(page, FIRST_LOOK, code!);

      await expect(log).toContainText(STOPPED, { timeout: RUN_TIMEOUT });
      const region = playground(page, FIRST_LOOK);
      await typeCode(region, "console.log('running again');");
      await region.getByRole('button', { name: 'Run' }).click();
      await expect(log).toContainText('running again', { timeout: RUN_TIMEOUT });
      await expect(log).not.toContainText('Stopped');
    });
  }
});
