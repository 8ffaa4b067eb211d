// Running code from a playground or an exercise and collecting what it prints.
import { useCallback, useRef, useState } from 'react';
import type { FileMap } from '../../runner/execute.ts';
import type { ReportedError } from '../../runner/session.ts';
import { prepareRunner, type RunOptions, type RunResult } from '../runner/client.ts';
import type { OutputLine } from './Output.tsx';

export function describeError({ name, message, path, line }: ReportedError): string {
  const where = path ? ` (${path.replace(/^\//, '')}${line ? `, line ${line}` : ''})` : '';
  return `${name}: ${message}${where}`;
}

/** Runs files in the shared runner; `lines` holds the output of the latest run. */
export function useRun(timeLimitMs: number | undefined) {
  const [lines, setLines] = useState<OutputLine[]>([]);
  const [running, setRunning] = useState(false);
  const generation = useRef(0);

  const run = useCallback(
    async (files: FileMap, entry: string, mode: RunOptions['mode'] = 'run'): Promise<RunResult> => {
      const current = ++generation.current;
      const collected: OutputLine[] = [];
      setRunning(true);
      setLines([{ level: 'status', text: 'Running…' }]);
      // Lines arrive in bursts; show them once per frame rather than once per line.
      let scheduled = false;
      const show = () => {
        scheduled = false;
        if (current === generation.current) setLines([...collected]);
      };
      const onLine: RunOptions['onLine'] = (level, text) => {
        collected.push({ level, text });
        if (!scheduled) {
          scheduled = true;
          queueMicrotask(show);
        }
      };

      let result: RunResult;
      try {
        const runner = await prepareRunner();
        result = await runner.run(files, entry, { mode, timeLimitMs, onLine });
      } catch (error) {
        result = { status: 'stopped', reason: (error as Error).message };
      }
      if (result.status === 'error')
        collected.push({ level: 'error', text: describeError(result.error) });
      if (result.status === 'stopped') collected.push({ level: 'error', text: result.reason });
      if (result.status === 'ok' && collected.length === 0 && mode === 'run') {
        collected.push({ level: 'status', text: 'Done. The code printed nothing.' });
      }
      if (current === generation.current) {
        setLines([...collected]);
        setRunning(false);
      }
      return result;
    },
    [timeLimitMs],
  );

  return { lines, running, run };
}
