import { describe, expect, test } from 'vitest';
import { outline } from '../../../src/course/outline.ts';
import {
  CHECKS_FILE,
  EXERCISE_FILE,
  exerciseFiles,
  exerciseNames,
  parseNames,
  PLAYGROUND_ENTRY,
  playgroundFiles,
} from '../../../src/course/seeds.ts';
import {
  lessonFiles,
  lessonId,
  lessonSidebar,
  referencePages,
} from '../../../src/course/sidebar.mjs';
import { packages } from '../../../src/runner/packages.ts';
import { runChecks, runPlayground } from '../../../src/runner/session.ts';
import { componentUses, lessonFileNames } from './lesson-content.ts';

const uses = componentUses();
const playgrounds = uses.filter((use) => use.component === 'Playground');
const exercises = uses.filter((use) => use.component === 'Exercise');

describe('the lessons folder', () => {
  test('names every lesson NN-slug.mdx, numbered from 01 without gaps', () => {
    const files = lessonFiles();
    expect(files.length).toBeGreaterThan(0);
    files.forEach((file, index) =>
      expect(file.slice(0, 2)).toBe(String(index + 1).padStart(2, '0')),
    );
  });

  test('holds no MDX file that the site would not show', () => {
    const shown = [...lessonFiles(), ...referencePages.map((name) => `${name}.mdx`)];
    expect(lessonFileNames().filter((name) => !shown.includes(name))).toEqual([]);
  });

  test('has each lesson in the course outline, in the same order', () => {
    const ids = lessonFiles().map(lessonId);
    expect(ids).toEqual(outline.slice(0, ids.length).map((lesson) => lesson.id));
  });
});

describe('the sidebar', () => {
  test('lists every lesson, in reading order', () => {
    expect(lessonSidebar()).toEqual(lessonFiles().map((file) => ({ slug: lessonId(file) })));
  });
});

describe('lesson components', () => {
  test('every lesson has at least one Playground', () => {
    for (const lesson of lessonFiles()) {
      expect(
        playgrounds.some((use) => use.lesson === lesson),
        lesson,
      ).toBe(true);
    }
  });

  test.each(playgrounds.map((use) => [use.lesson, use.attributes.example, use] as const))(
    '%s: <Playground example="%s"> names files that exist',
    (lesson, example, use) => {
      expect(example, `${lesson}: a Playground needs example="..."`).toBeTruthy();
      const files = playgroundFiles(example!, parseNames(use.attributes.snippets), lesson);
      expect(files[PLAYGROUND_ENTRY]).toBeTypeOf('string');
    },
  );

  test.each(exercises.map((use) => [use.lesson, use.attributes.id, use] as const))(
    '%s: <Exercise id="%s"> names files that exist',
    (lesson, id, use) => {
      expect(id, `${lesson}: an Exercise needs id="..."`).toBeTruthy();
      expect(use.attributes.title, `${lesson}: an Exercise needs title="..."`).toBeTruthy();
      const { starter } = exerciseFiles(id!, parseNames(use.attributes.snippets), lesson);
      expect(Object.keys(starter)).toEqual(expect.arrayContaining([EXERCISE_FILE, CHECKS_FILE]));
    },
  );

  test('every exercise folder is used by a lesson, and only once', () => {
    expect(exercises.map((use) => use.attributes.id).sort()).toEqual(exerciseNames().sort());
  });

  test('a missing example fails with a message that names the page and the fix', () => {
    expect(() => playgroundFiles('no-such-example', [], '01-introduction.mdx')).toThrow(
      /^01-introduction\.mdx: <Playground example="no-such-example"> needs lessons\/examples\/no-such-example\.ts\. Examples: /,
    );
  });

  test('a missing snippet fails with a message that lists the snippets', () => {
    expect(() => playgroundFiles(playgrounds[0]!.attributes.example!, ['nope'], 'x.mdx')).toThrow(
      /x\.mdx: snippets="" names the snippet "nope", but snippets\/nope\.ts does not exist\./,
    );
  });
});

describe('every playground', () => {
  test.each(playgrounds.map((use) => [use.lesson, use.attributes.example, use] as const))(
    '%s: %s runs without an error',
    async (lesson, example, use) => {
      const files = playgroundFiles(example!, parseNames(use.attributes.snippets), lesson);
      const lines: string[] = [];
      const outcome = await runPlayground({
        files,
        entry: PLAYGROUND_ENTRY,
        packages,
        emit: (_level, text) => lines.push(text),
      });
      expect(outcome).toEqual({ status: 'ok' });
      expect(lines.length, 'a playground prints something').toBeGreaterThan(0);
    },
  );
});

describe('every exercise', () => {
  const check = (use: (typeof exercises)[number], code?: string) => {
    const { starter, solution } = exerciseFiles(
      use.attributes.id!,
      parseNames(use.attributes.snippets),
      use.lesson,
    );
    const files = { ...starter, [EXERCISE_FILE]: code ?? solution };
    return runChecks({ files, entry: CHECKS_FILE, packages, emit: () => {} });
  };

  test.each(exercises.map((use) => [use.attributes.id, use] as const))(
    '%s: its checks fail on the starter',
    async (_id, use) => {
      const { starter } = exerciseFiles(use.attributes.id!, [], use.lesson);
      const results = await check(use, starter[EXERCISE_FILE]);
      expect(results.length).toBeGreaterThan(0);
      expect(results.some((result) => !result.passed)).toBe(true);
    },
  );

  test.each(exercises.map((use) => [use.attributes.id, use] as const))(
    '%s: every check passes on the solution',
    async (_id, use) => {
      const results = await check(use);
      expect(results.filter((result) => !result.passed)).toEqual([]);
      expect(results.length).toBeGreaterThan(0);
    },
  );
});
