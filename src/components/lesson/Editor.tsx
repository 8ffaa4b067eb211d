// The code editor: Sandpack's editor and nothing else of Sandpack (no preview, no bundler),
// loaded only once a playground is on screen. Code runs in our own runner, offline.
import {
  SandpackCodeEditor,
  SandpackLayout,
  SandpackProvider,
  useSandpack,
} from '@codesandbox/sandpack-react';
import { useEffect, useId, useState } from 'react';
import type { SeedFiles } from '../../course/seeds.ts';
import { darkTheme, lightTheme } from './editor-themes.ts';
import { useColorScheme } from './use-color-scheme.ts';

export interface EditorProps {
  files: SeedFiles;
  readOnly?: readonly string[];
  activeFile: string;
  onChange: (files: SeedFiles) => void;
}

export default function Editor({ files, readOnly = [], activeFile, onChange }: EditorProps) {
  const scheme = useColorScheme();
  const paths = Object.keys(files);
  // Sandpack reads `files` once; a reset remounts this component with the seeds.
  const [sandpackFiles] = useState(() =>
    Object.fromEntries(
      paths.map((path) => [path, { code: files[path]!, readOnly: readOnly.includes(path) }]),
    ),
  );

  return (
    <SandpackProvider
      template="vanilla-ts"
      files={sandpackFiles}
      theme={scheme === 'dark' ? darkTheme : lightTheme}
      options={{ visibleFiles: paths, activeFile, autorun: false, autoReload: false }}
    >
      {paths.length > 1 && <FileTabs paths={paths} />}
      <SandpackLayout>
        {/* Lesson code fits 72 columns; wrapping keeps it readable on a phone. */}
        <SandpackCodeEditor
          showTabs={false}
          showLineNumbers
          showReadOnly
          showRunButton={false}
          wrapContent
        />
      </SandpackLayout>
      <ReportChanges paths={paths} onChange={onChange} />
    </SandpackProvider>
  );
}

/**
 * The file tabs, written here because Sandpack's nest a button inside an element with the tab
 * role, which screen readers announce twice. Arrow keys move between tabs, as WAI-ARIA's tabs
 * pattern describes.
 */
function FileTabs({ paths }: { paths: string[] }) {
  const { sandpack } = useSandpack();
  const id = useId();
  const select = (index: number) => {
    const path = paths[(index + paths.length) % paths.length]!;
    sandpack.setActiveFile(path);
    document.getElementById(`${id}-${path}`)?.focus();
  };

  return (
    <div className="pdl-tabs" role="tablist" aria-label="Files">
      {paths.map((path, index) => {
        const active = path === sandpack.activeFile;
        return (
          <button
            key={path}
            id={`${id}-${path}`}
            type="button"
            role="tab"
            aria-selected={active}
            tabIndex={active ? 0 : -1}
            className="pdl-tab"
            onClick={() => sandpack.setActiveFile(path)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight') select(index + 1);
              if (event.key === 'ArrowLeft') select(index - 1);
            }}
          >
            {path.slice(1)}
          </button>
        );
      })}
    </div>
  );
}

function ReportChanges({
  paths,
  onChange,
}: {
  paths: string[];
  onChange: EditorProps['onChange'];
}) {
  const { sandpack } = useSandpack();
  useEffect(() => {
    onChange(Object.fromEntries(paths.map((path) => [path, sandpack.files[path]?.code ?? ''])));
    // Only a change of the files is news; `paths` and `onChange` are fixed for this editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sandpack.files]);
  return null;
}
