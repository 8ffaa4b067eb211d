// One run of a playground or one check of an exercise: console output captured in order,
// pending timers awaited, errors reported with the learner's file and line.
import { evaluateModules, locateError, type FileMap } from './execute.ts';
import { formatArgs } from './format.ts';
import type { PackageMap } from './resolve.ts';

export type Level = 'log' | 'info' | 'warn' | 'error';
export type Emit = (level: Level, text: string) => void;

/** What a run ended with. `stopped` is never produced here: the host decides that. */
export type RunOutcome = { status: 'ok' } | { status: 'error'; error: ReportedError };

export interface ReportedError {
  name: string;
  message: string;
  path?: string;
  line?: number;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  message?: string;
}

/** Most lines a run may print; past it, one note says the rest was cut. */
export const OUTPUT_LINE_CAP = 1000;

interface RunInput {
  files: FileMap;
  entry: string;
  packages: PackageMap;
  emit: Emit;
}

/** Runs `entry` with `console` routed to `emit`, and waits for its timers to finish. */
export async function runPlayground(input: RunInput): Promise<RunOutcome> {
  return withCapturedConsole(input.emit, async () => {
    try {
      await evaluateModules(input.files, input.entry, input.packages);
      return { status: 'ok' };
    } catch (error) {
      return { status: 'error', error: reportError(error, input.files) };
    }
  });
}

/**
 * Evaluates an exercise's checks file, which exports `checks`: an object whose keys name the
 * checks and whose values are functions that throw (an assertion) when the check fails.
 */
export async function runChecks(input: RunInput): Promise<CheckResult[]> {
  return withCapturedConsole(input.emit, async () => {
    const exports = await evaluateModules(input.files, input.entry, input.packages);
    const checks = exports.checks;
    if (!checks || typeof checks !== 'object') {
      throw new TypeError(`${input.entry} must export \`checks\`: an object of named functions.`);
    }
    const results: CheckResult[] = [];
    for (const [name, check] of Object.entries(checks as Record<string, () => unknown>)) {
      try {
        await check();
        results.push({ name, passed: true });
      } catch (error) {
        results.push({ name, passed: false, message: describeFailure(error, input.files) });
      }
    }
    return results;
  });
}

/** Turns anything thrown into a name, message and, when it came from a file, its line. */
export function reportError(error: unknown, files: FileMap): ReportedError {
  if (!(error instanceof Error)) return { name: 'Error', message: formatArgs([error]) };
  const given = error as Error & { path?: string; line?: number };
  const location = locateError(error, Object.keys(files));
  return {
    name: error.name,
    message: error.message,
    path: given.path ?? location?.path,
    line: given.line ?? location?.line,
  };
}

function describeFailure(error: unknown, files: FileMap): string {
  const { message, path, line } = reportError(error, files);
  return path && line ? `${message} (${path.slice(1)}:${line})` : message;
}

/** Routes console calls to `emit` and tracks timers until `body` and its timers are done. */
async function withCapturedConsole<T>(emit: Emit, body: () => Promise<T>): Promise<T> {
  const capped = capOutput(emit);
  const original = { ...console };
  const timers = trackTimers();
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[level] = (...args: unknown[]) =>
      capped(level === 'debug' ? 'log' : level, formatArgs(args));
  }
  try {
    const result = await body();
    await timers.settled();
    return result;
  } finally {
    timers.restore();
    Object.assign(console, original);
  }
}

function capOutput(emit: Emit): Emit {
  let lines = 0;
  return (level, text) => {
    lines++;
    if (lines <= OUTPUT_LINE_CAP) emit(level, text);
    else if (lines === OUTPUT_LINE_CAP + 1) {
      emit(
        'warn',
        `Output cut after ${OUTPUT_LINE_CAP.toLocaleString('en')} lines; the rest was not shown.`,
      );
    }
  };
}

/** Counts pending timeouts and intervals, so a run is over only when they are. */
function trackTimers() {
  const {
    setTimeout: set,
    clearTimeout: clear,
    setInterval: every,
    clearInterval: stop,
  } = globalThis;
  const pending = new Set<unknown>();
  let wake: (() => void) | undefined;
  const settle = (id: unknown) => {
    pending.delete(id);
    if (pending.size === 0) wake?.();
  };

  globalThis.setTimeout = ((
    handler: (...args: unknown[]) => void,
    ms?: number,
    ...rest: unknown[]
  ) => {
    const id: unknown = set(() => {
      settle(id);
      handler(...rest);
    }, ms);
    pending.add(id);
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((id: Parameters<typeof clearTimeout>[0]) => {
    clear(id);
    settle(id);
  }) as typeof clearTimeout;
  globalThis.setInterval = ((
    handler: (...args: unknown[]) => void,
    ms?: number,
    ...rest: unknown[]
  ) => {
    const id: unknown = every(handler, ms, ...rest);
    pending.add(id);
    return id;
  }) as typeof setInterval;
  globalThis.clearInterval = ((id: Parameters<typeof clearInterval>[0]) => {
    stop(id);
    settle(id);
  }) as typeof clearInterval;

  return {
    settled: () =>
      pending.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve)),
    restore: () =>
      Object.assign(globalThis, {
        setTimeout: set,
        clearTimeout: clear,
        setInterval: every,
        clearInterval: stop,
      }),
  };
}
