import type { ReactNode } from 'react';
import type { SeedFiles } from '../../course/seeds.ts';
import { CodePanel } from './CodePanel.tsx';
import { Output } from './Output.tsx';
import { useRun } from './use-run.ts';

export interface PlaygroundIslandProps {
  seed: SeedFiles;
  snippets: string[];
  entry: string;
  storageKey: string;
  title: string;
  timeLimitMs?: number;
  children?: ReactNode;
}

export default function PlaygroundIsland(props: PlaygroundIslandProps) {
  const { lines, running, run } = useRun(props.timeLimitMs);
  const start = (files: SeedFiles) => void run(files, props.entry);

  return (
    <section className="pdl-playground" aria-label={`Playground: ${props.title}`}>
      <CodePanel
        seed={props.seed}
        snippets={props.snippets}
        activeFile={props.entry}
        storageKey={props.storageKey}
        preview={props.children}
        onSubmit={start}
        actions={(files, ready) => (
          <button
            type="button"
            className="pdl-button"
            onClick={() => start(files)}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            disabled={running || !ready}
          >
            Run
          </button>
        )}
      />
      <Output
        lines={lines}
        label={`Output of ${props.title}`}
        placeholder="Press Run (or Ctrl+Enter) to see the output here."
      />
    </section>
  );
}
