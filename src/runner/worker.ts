// The worker that runs learner code. It lives inside a sandboxed, opaque-origin frame whose
// Content-Security-Policy allows no network at all, so the code can compute and print, nothing
// else: no storage, no cookies, no parent page, no requests.
import { packages } from './packages.ts';
import type { RunRequest, WorkerMessage } from './protocol.ts';
import { reportError, runChecks, runPlayground, type Level } from './session.ts';

const post = (message: WorkerMessage) => self.postMessage(message);
let current: RunRequest | undefined;

self.addEventListener('message', async (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  if (request?.type !== 'run') return;
  current = request;
  const emit = (level: Level, text: string) => post({ type: 'line', id: request.id, level, text });
  const input = { files: request.files, entry: request.entry, packages, emit };

  if (request.mode === 'check') {
    try {
      const checks = await runChecks(input);
      post({ type: 'done', id: request.id, outcome: { status: 'ok' }, checks });
    } catch (error) {
      const outcome = { status: 'error' as const, error: reportError(error, request.files) };
      post({ type: 'done', id: request.id, outcome });
    }
  } else {
    post({ type: 'done', id: request.id, outcome: await runPlayground(input) });
  }
});

// An error thrown later, from a timer or an unawaited promise, still belongs to the run.
function reportLate(error: unknown) {
  if (!current) return;
  const { name, message, path, line } = reportError(error, current.files);
  const where = path && line ? ` (${path.slice(1)}:${line})` : '';
  post({
    type: 'line',
    id: current.id,
    level: 'error',
    text: `Uncaught ${name}: ${message}${where}`,
  });
}
self.addEventListener('error', (event) => {
  event.preventDefault();
  reportLate(event.error ?? event.message);
});
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  reportLate(event.reason);
});

post({ type: 'ready' });
