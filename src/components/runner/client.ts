// The page's side of the runner: one sandboxed frame per page, created on first use, running
// requests one at a time. A run that outlives its time limit is stopped by replacing the
// worker, which is the only way to end a `while (true) {}`.
import workerUrl from '../../runner/worker.ts?worker&url';
import type { FileMap } from '../../runner/execute.ts';
import type { FrameCommand, RunMode, RunRequest, WorkerMessage } from '../../runner/protocol.ts';
import type { CheckResult, Level, RunOutcome } from '../../runner/session.ts';

export const DEFAULT_TIME_LIMIT_MS = 5000;

export type RunResult =
  (RunOutcome & { checks?: CheckResult[] }) | { status: 'stopped'; reason: string };

export interface RunOptions {
  mode?: RunMode;
  timeLimitMs?: number;
  onLine: (level: Level, text: string) => void;
}

interface Runner {
  run(files: FileMap, entry: string, options: RunOptions): Promise<RunResult>;
}

let runner: Promise<Runner> | undefined;

/** Starts the runner if it is not started yet; call when a playground becomes visible. */
export function prepareRunner(): Promise<Runner> {
  // A failed start (the worker script could not be fetched) is not kept, so the next
  // playground, or the next press of Run, tries again instead of failing for good.
  runner ??= startRunner().catch((error: unknown) => {
    runner = undefined;
    throw error;
  });
  return runner;
}

function frameUrl(): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}runner/frame.html`;
}

async function startRunner(): Promise<Runner> {
  const source = fetch(workerUrl).then((response) => {
    if (!response.ok) throw new Error(`Could not load the code runner (${response.status}).`);
    return response.text();
  });

  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.title = 'Code runner';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.className = 'pdl-runner-frame';
  frame.src = frameUrl();

  const listeners = new Set<(message: WorkerMessage | { type: 'loaded' }) => void>();
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    for (const listener of listeners) listener(event.data);
  });
  const next = (type: string) =>
    new Promise<void>((resolve) => {
      const listener = (message: { type: string }) => {
        if (message.type !== type) return;
        listeners.delete(listener);
        resolve();
      };
      listeners.add(listener);
    });

  const loaded = next('loaded');
  document.body.append(frame);
  await loaded;
  const command = (message: FrameCommand | RunRequest) =>
    frame.contentWindow!.postMessage(message, '*');
  let ready = next('ready');
  try {
    command({ type: 'init', source: await source });
  } catch (error) {
    frame.remove(); // a retry starts with a frame of its own
    throw error;
  }
  await ready;

  let queue = Promise.resolve<unknown>(undefined);
  let nextId = 1;

  const runOnce = (files: FileMap, entry: string, options: RunOptions) =>
    new Promise<RunResult>((resolve) => {
      const id = nextId++;
      const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
      const finish = (result: RunResult) => {
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(result);
      };
      const listener = (message: WorkerMessage | { type: 'loaded' }) => {
        if (!('id' in message) || message.id !== id) return;
        if (message.type === 'line') options.onLine(message.level, message.text);
        else finish({ ...message.outcome, checks: message.checks });
      };
      const timer = setTimeout(() => {
        ready = next('ready');
        command({ type: 'reset' });
        finish({
          status: 'stopped',
          reason: `Stopped after ${limit / 1000} s: the code was still running (an endless loop?). The runner was restarted.`,
        });
      }, limit);
      listeners.add(listener);
      command({ type: 'run', id, mode: options.mode ?? 'run', files, entry });
    });

  return {
    run(files, entry, options) {
      const result = queue.then(async () => {
        await ready;
        return runOnce(files, entry, options);
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
