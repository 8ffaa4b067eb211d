import { useEffect, useState, type ReactNode } from 'react';
import { CHECKS_FILE, EXERCISE_FILE, type SeedFiles } from '../../course/seeds.ts';
import type { CheckResult } from '../../runner/session.ts';
import { CodePanel } from './CodePanel.tsx';
import { Output } from './Output.tsx';
import { loadJson, saveJson } from './storage.ts';
import { useRun } from './use-run.ts';

export interface ExerciseIslandProps {
  id: string;
  title: string;
  seed: SeedFiles;
  snippets: string[];
  solution: string;
  timeLimitMs?: number;
  children?: ReactNode;
}

export default function ExerciseIsland(props: ExerciseIslandProps) {
  const { lines, running, run } = useRun(props.timeLimitMs);
  const [results, setResults] = useState<CheckResult[] | undefined>();
  const [solved, setSolved] = useState(false);
  const [showSolution, setShowSolution] = useState(false);
  const [replaceWith, setReplaceWith] = useState<SeedFiles | undefined>();

  useEffect(() => setSolved(loadJson<boolean>(`solved:${props.id}`) === true), [props.id]);

  const check = async (files: SeedFiles) => {
    setResults(undefined);
    const result = await run(files, CHECKS_FILE, 'check');
    const checks = result.status === 'ok' ? (result.checks ?? []) : [];
    setResults(checks);
    if (checks.length > 0 && checks.every((item) => item.passed)) {
      setSolved(true);
      saveJson(`solved:${props.id}`, true);
    }
  };

  const passed = results?.filter((item) => item.passed).length ?? 0;
  return (
    <section className="pdl-exercise" aria-label={`Exercise: ${props.title}`}>
      <p className="pdl-exercise-state" role="status">
        {solved ? '✓ Solved. You can keep experimenting.' : 'Not solved yet.'}
      </p>
      <CodePanel
        seed={props.seed}
        snippets={props.snippets}
        activeFile={EXERCISE_FILE}
        readOnly={[CHECKS_FILE]}
        storageKey={`exercise:${props.id}`}
        preview={props.children}
        onSubmit={check}
        replaceWith={replaceWith}
        actions={(files, ready) => (
          <>
            <button
              type="button"
              className="pdl-button"
              onClick={() => check(files)}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              disabled={running || !ready}
            >
              Check your solution
            </button>
            <button
              type="button"
              className="pdl-button pdl-secondary"
              aria-expanded={showSolution}
              onClick={() => setShowSolution(!showSolution)}
            >
              {showSolution ? 'Hide solution' : 'Show solution'}
            </button>
          </>
        )}
      />
      {results && (
        <div className="pdl-results">
          <p>
            {passed} of {results.length} checks passed.
          </p>
          <ul aria-label="Checks">
            {results.map((item) => (
              <li key={item.name} className={item.passed ? 'pdl-pass' : 'pdl-fail'}>
                <span aria-hidden="true">{item.passed ? '✓' : '✗'}</span>{' '}
                <span>
                  {item.passed ? 'Passed' : 'Failed'}: {item.name}
                </span>
                {item.message && <span className="pdl-result-message">{item.message}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Output
        lines={lines}
        label={`Output of ${props.title}`}
        placeholder="Press Check your solution (or Ctrl+Enter) to run the checks; what your code prints appears here."
      />
      {showSolution && (
        <div className="pdl-solution">
          <pre tabIndex={0} aria-label="Solution">
            <code>{props.solution}</code>
          </pre>
          <button
            type="button"
            className="pdl-button pdl-secondary"
            onClick={() => setReplaceWith({ [EXERCISE_FILE]: props.solution })}
          >
            Put the solution in the editor
          </button>
        </div>
      )}
    </section>
  );
}
