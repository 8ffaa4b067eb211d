// An exercise as a learner solves it: checks fail on the starter, pass on the solution, and the
// solved state is remembered.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { exercise, INTRODUCTION, MINIMIZE_ORDER, RUN_TIMEOUT, typeCode, wake } from './support.ts';

const FOLDER = 'lessons/exercises/minimize-order';
const SOLUTION = readFileSync(`${FOLDER}/solution.ts`, 'utf8');
/** The names of the exercise's checks: the keys of `checks` in checks.ts. */
const CHECK_NAMES = Array.from(
  readFileSync(`${FOLDER}/checks.ts`, 'utf8').matchAll(/^ {2}'([^']+)': (?:async )?\(\) =>/gm),
  (match) => match[1]!,
);

async function openExercise(page: Page) {
  await page.goto(INTRODUCTION);
  const region = exercise(page, MINIMIZE_ORDER);
  await wake(region);
  return {
    region,
    state: region.getByRole('status'),
    results: region.getByRole('list', { name: 'Checks' }),
    check: region.getByRole('button', { name: 'Check your solution' }),
  };
}

test.describe('Exercise', () => {
  test('lists failed checks for the starter code and is not solved', async ({ page }) => {
    const { state, results, check } = await openExercise(page);
    await expect(state).toHaveText('Not solved yet.');
    await check.click();

    await expect(results).toContainText('Failed:', { timeout: RUN_TIMEOUT });
    await expect(results.getByRole('listitem')).toHaveCount(CHECK_NAMES.length);
    await expect(state).toHaveText('Not solved yet.');
  });

  test('passes every check once the solution is typed in, and stays solved after a reload', async ({
    page,
  }) => {
    expect(CHECK_NAMES, 'checks.ts should name its checks').toHaveLength(4);
    const { region, state, results, check } = await openExercise(page);
    await typeCode(region, SOLUTION);
    await check.click();

    await expect(region).toContainText(
      `${CHECK_NAMES.length} of ${CHECK_NAMES.length} checks passed`,
      {
        timeout: RUN_TIMEOUT,
      },
    );
    for (const name of CHECK_NAMES) await expect(results).toContainText(`Passed: ${name}`);
    await expect(results).not.toContainText('Failed');
    await expect(state).toContainText('Solved');

    await page.reload();
    await wake(region);
    await expect(state).toContainText('Solved');
  });

  test('Show solution shows the solution', async ({ page }) => {
    const { region } = await openExercise(page);
    const solution = region.getByLabel('Solution', { exact: true });
    await expect(solution).toHaveCount(0);

    await region.getByRole('button', { name: 'Show solution' }).click();
    await expect(solution).toHaveText(SOLUTION);
    await expect(region.getByRole('button', { name: 'Hide solution' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
