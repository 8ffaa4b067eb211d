// Messages between the page, the sandboxed frame and the worker. The frame relays them as is.
import type { FileMap } from './execute.ts';
import type { CheckResult, Level, RunOutcome } from './session.ts';

export type RunMode = 'run' | 'check';

/** Page → worker: run `entry`, or evaluate it as a checks file. */
export interface RunRequest {
  type: 'run';
  id: number;
  mode: RunMode;
  files: FileMap;
  entry: string;
}

/** Worker → page. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'line'; id: number; level: Level; text: string }
  | { type: 'done'; id: number; outcome: RunOutcome; checks?: CheckResult[] };

/** Page → frame: start the worker from this source, or replace a worker that ran too long. */
export type FrameCommand = { type: 'init'; source: string } | { type: 'reset' };
