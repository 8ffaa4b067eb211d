// Seeds playgrounds and exercises with the files they show, read raw at build time from
// snippets/ and lessons/, so the code in an editor is byte for byte the code the tests import.
// Every mistake an author can make here fails the build with a message naming the fix.

const snippetSources = import.meta.glob<string>('/snippets/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const exampleSources = import.meta.glob<string>('/lessons/examples/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const exerciseSources = import.meta.glob<string>('/lessons/exercises/*/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Playground files keyed by the path the editor shows ("/main.ts"). */
export type SeedFiles = Record<string, string>;

export const PLAYGROUND_ENTRY = '/main.ts';
export const EXERCISE_FILE = '/exercise.ts';
export const CHECKS_FILE = '/checks.ts';

const SNIPPET_IMPORT = /from\s+["']\.\/([a-z0-9-]+)\.ts["']/g;

/** Snippet module names, e.g. ["classification", "masking"]. */
export function snippetNames(): string[] {
  return Object.keys(snippetSources).map((path) => path.slice('/snippets/'.length, -'.ts'.length));
}

export function exampleNames(): string[] {
  return Object.keys(exampleSources).map((path) => path.slice('/lessons/examples/'.length, -3));
}

export function exerciseNames(): string[] {
  return [...new Set(Object.keys(exerciseSources).map((path) => path.split('/')[3]!))];
}

/** Every snippet module's source by name, as served to the browser in /snippets.json. */
export function snippetSourcesByName(): Record<string, string> {
  return Object.fromEntries(
    snippetNames().map((name) => [name, snippetSources[`/snippets/${name}.ts`]!]),
  );
}

/**
 * Splits seed files into the page's own (an example, an exercise) and the snippet modules
 * among them, by name. The page sends only its own files with each island; the snippets come
 * once, from /snippets.json, which the browser caches for every page.
 */
export function splitSnippets(files: SeedFiles): { own: SeedFiles; snippets: string[] } {
  const own: SeedFiles = {};
  const snippets: string[] = [];
  for (const [path, source] of Object.entries(files)) {
    const name = path.slice(1, -'.ts'.length);
    if (snippetSources[`/snippets/${name}.ts`] === source) snippets.push(name);
    else own[path] = source;
  }
  return { own, snippets };
}

/** Splits an author's `snippets="masking classification"` into names. */
export function parseNames(list: string | undefined): string[] {
  return (list ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * The snippet files that `names` need, their own imports included, keyed by editor path.
 * `where` names the page and component for error messages.
 */
export function snippetFiles(names: readonly string[], where: string): SeedFiles {
  const files: SeedFiles = {};
  const add = (name: string, neededBy: string) => {
    const path = `/${name}.ts`;
    if (path in files) return;
    const source = snippetSources[`/snippets/${name}.ts`];
    if (source === undefined) {
      throw new Error(
        `${where}: ${neededBy} names the snippet "${name}", but snippets/${name}.ts does not exist. ` +
          `Snippets: ${snippetNames().join(', ')}.`,
      );
    }
    files[path] = source;
    for (const match of source.matchAll(SNIPPET_IMPORT)) add(match[1]!, `snippets/${name}.ts`);
  };
  for (const name of names) add(name, 'snippets=""');
  return files;
}

/** A playground's files: the example as /main.ts, then the snippets it uses. */
export function playgroundFiles(example: string, snippets: readonly string[], where: string) {
  const source = exampleSources[`/lessons/examples/${example}.ts`];
  if (source === undefined) {
    throw new Error(
      `${where}: <Playground example="${example}"> needs lessons/examples/${example}.ts. ` +
        `Examples: ${exampleNames().join(', ')}.`,
    );
  }
  return { [PLAYGROUND_ENTRY]: source, ...snippetFiles(snippets, where) };
}

export interface ExerciseSeed {
  starter: SeedFiles;
  solution: string;
}

/** An exercise's files: starter.ts as /exercise.ts, checks.ts, and the snippets they use. */
export function exerciseFiles(
  id: string,
  snippets: readonly string[],
  where: string,
): ExerciseSeed {
  const read = (file: string) => {
    const source = exerciseSources[`/lessons/exercises/${id}/${file}`];
    if (source === undefined) {
      throw new Error(
        `${where}: <Exercise id="${id}"> needs lessons/exercises/${id}/${file} ` +
          '(every exercise has starter.ts, solution.ts and checks.ts).',
      );
    }
    return source;
  };
  const starter = {
    [EXERCISE_FILE]: read('starter.ts'),
    [CHECKS_FILE]: read('checks.ts'),
    ...snippetFiles(snippets, where),
  };
  return { starter, solution: read('solution.ts') };
}
