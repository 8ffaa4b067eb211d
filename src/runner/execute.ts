// Evaluates a playground's modules, starting from its entry file. The same code runs in the
// browser worker and in Node's unit tests, so what the tests prove is what a learner gets.
import { compileModule, type CompiledModule } from './compile.ts';
import { resolveSpecifier, type PackageMap } from './resolve.ts';

/** A playground's files, keyed by absolute path ("/main.ts"), with their source text. */
export type FileMap = Readonly<Record<string, string>>;

type ModuleBody = (
  require: (specifier: string) => unknown,
  exports: Record<string, unknown>,
  module: { exports: Record<string, unknown> },
) => Promise<void>;

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => ModuleBody;

interface ModuleRecord {
  compiled: CompiledModule;
  exports: Record<string, unknown>;
  evaluation?: Promise<void>;
}

/**
 * Compiles and evaluates `entry` and every file it imports, and returns the entry's exports.
 * Throws a `CompileError` for a syntax error, and whatever the learner's code throws.
 */
export async function evaluateModules(
  files: FileMap,
  entry: string,
  packages: PackageMap,
): Promise<Record<string, unknown>> {
  const paths = new Set(Object.keys(files));
  const records = new Map<string, ModuleRecord>();

  const load = (path: string): ModuleRecord => {
    let record = records.get(path);
    if (!record) {
      record = { compiled: compileModule(path, files[path]!), exports: {} };
      records.set(path, record);
    }
    return record;
  };

  const evaluate = (record: ModuleRecord): Promise<void> => {
    // A module already under way (an import cycle) is returned as is, like CommonJS does.
    record.evaluation ??= (async () => {
      const { path, code, specifiers } = record.compiled;
      // Evaluate what this file imports first, so that `require` can stay synchronous.
      // An import that cannot be resolved is left to fail where its line runs.
      for (const specifier of specifiers) {
        const target = tryResolve(specifier, path, paths, packages);
        if (target?.kind === 'file') await evaluate(load(target.path));
      }
      const require = (specifier: string): unknown => {
        const target = resolveSpecifier(specifier, path, paths, packages);
        if (target.kind === 'package') return asModule(packages[target.name]);
        return load(target.path).exports;
      };
      const body = new AsyncFunction('require', 'exports', 'module', withSourceUrl(code, path));
      const module = { exports: record.exports };
      await body(require, record.exports, module);
    })();
    return record.evaluation;
  };

  if (!paths.has(entry)) throw new Error(`The entry file ${entry} is not in this playground.`);
  const root = load(entry);
  await evaluate(root);
  return root.exports;
}

function tryResolve(...args: Parameters<typeof resolveSpecifier>) {
  try {
    return resolveSpecifier(...args);
  } catch {
    return undefined;
  }
}

/** Marks a bundled package's namespace as an ES module, so default imports behave. */
function asModule(namespace: unknown): unknown {
  return { __esModule: true, ...(namespace as object) };
}

function withSourceUrl(code: string, path: string): string {
  return `${code}\n//# sourceURL=${path}`;
}

/** Where an error came from in the learner's files. */
export interface ErrorLocation {
  path: string;
  line: number;
  column: number;
}

const LOCATION = /^(.+):(\d+):(\d+)$/;
let headerLines: number | undefined;

/**
 * Finds the first stack frame of `error` that lies in one of `files`, with the line number
 * as the learner sees it. Returns undefined for errors raised outside those files.
 */
export function locateError(error: unknown, files: Iterable<string>): ErrorLocation | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (!stack) return undefined;
  const known = new Set(files);
  for (const frame of stack.split('\n')) {
    // "    at fn (/main.ts:3:7)" or "    at /main.ts:3:7": the location is the last word.
    const line = frame.trim().replace(/\)$/, '');
    const match = LOCATION.exec(
      line.slice(Math.max(line.lastIndexOf('('), line.lastIndexOf(' ')) + 1),
    );
    if (!match || !known.has(match[1]!)) continue;
    return {
      path: match[1]!,
      line: Number(match[2]) - countHeaderLines(),
      column: Number(match[3]),
    };
  }
  return undefined;
}

/** How many lines the engine puts before a function body it builds from a string (V8: 2). */
function countHeaderLines(): number {
  if (headerLines === undefined) {
    const probe = new Function('return new Error()\n//# sourceURL=/__probe__.ts') as () => Error;
    const match = /\/__probe__\.ts:(\d+):\d+/.exec(probe().stack ?? '');
    headerLines = match ? Number(match[1]) - 1 : 2;
  }
  return headerLines;
}
