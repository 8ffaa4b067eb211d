// What a playground and an exercise share: the editor, loaded once the island is on screen,
// the learner's edits saved per page and restored on reload, Reset, and Ctrl/Cmd+Enter.
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { SeedFiles } from '../../course/seeds.ts';
import { prepareRunner } from '../runner/client.ts';
import { loadSnippetFiles } from './snippet-sources.ts';
import { loadJson, saveJson } from './storage.ts';

const Editor = lazy(() => import('./Editor.tsx'));

export interface CodePanelProps {
  /** The island's own files: its example, or an exercise's starter and checks. */
  seed: SeedFiles;
  /** Snippet modules shown as further tabs, loaded when the island wakes. */
  snippets: readonly string[];
  activeFile: string;
  readOnly?: readonly string[];
  storageKey: string;
  /** The code highlighted at build time, shown until the editor has loaded. */
  preview: ReactNode;
  /** Buttons to show before Reset; each gets the current files, and whether all have loaded. */
  actions: (files: SeedFiles, ready: boolean) => ReactNode;
  /** What Ctrl/Cmd+Enter does. */
  onSubmit: (files: SeedFiles) => void;
  /** Replaces the files, e.g. with a solution; the editor remounts with them. */
  replaceWith?: SeedFiles;
}

export function CodePanel(props: CodePanelProps) {
  const { storageKey } = props;
  // The files as seeded, snippets included, once they have loaded: what Reset restores.
  const [seed, setSeed] = useState<SeedFiles | undefined>();
  const [files, setFiles] = useState<SeedFiles>(props.seed);
  const [editorKey, setEditorKey] = useState(0);
  const [failure, setFailure] = useState<string | undefined>();
  const latest = useRef(files);
  latest.current = files;

  useEffect(() => {
    void prepareRunner();
    loadSnippetFiles(props.snippets).then(
      (snippetFiles) => {
        const full = { ...props.seed, ...snippetFiles };
        const saved = loadJson<SeedFiles>(`files:${storageKey}`);
        setSeed(full);
        setFiles(saved ? { ...full, ...pick(saved, full) } : full);
      },
      (error: Error) => setFailure(error.message),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!props.replaceWith) return;
    change({ ...latest.current, ...props.replaceWith });
    setEditorKey((key) => key + 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.replaceWith]);

  const change = (next: SeedFiles) => {
    setFiles(next);
    const edited = Object.fromEntries(
      Object.entries(next).filter(([path, code]) => seed?.[path] !== code),
    );
    saveJson(`files:${storageKey}`, Object.keys(edited).length ? edited : undefined);
  };

  const reset = () => {
    if (!seed) return;
    change(seed);
    setEditorKey((key) => key + 1);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (seed) props.onSubmit(latest.current);
    }
  };

  return (
    <div className="pdl-code" onKeyDown={onKeyDown}>
      <div className="pdl-editor">
        {failure && (
          <p className="pdl-load-error" role="alert">
            The snippet files of this editor could not be loaded ({failure}). Reload the page to try
            again.
          </p>
        )}
        {seed ? (
          <Suspense fallback={props.preview}>
            <Editor
              key={editorKey}
              files={files}
              readOnly={props.readOnly}
              activeFile={props.activeFile}
              onChange={change}
            />
          </Suspense>
        ) : (
          props.preview
        )}
      </div>
      <div className="pdl-toolbar">
        {props.actions(files, seed !== undefined)}
        <button type="button" className="pdl-button pdl-secondary" onClick={reset} disabled={!seed}>
          Reset
        </button>
      </div>
    </div>
  );
}

/** Keeps only saved files that the seed still has, so a renamed file cannot linger. */
function pick(saved: SeedFiles, seed: SeedFiles): SeedFiles {
  return Object.fromEntries(
    Object.entries(saved).filter(([path, code]) => path in seed && typeof code === 'string'),
  );
}
