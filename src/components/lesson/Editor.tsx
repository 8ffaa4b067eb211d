// The code editor: Sandpack's editor and nothing else of Sandpack (no preview, no bundler),
// loaded only once a playground is on screen. Code runs in our own runner, offline. It is
// Sandpack's unstyled build, which leaves out the CSS-in-JS of every component we do not use
// (about 9 KB gzip); src/styles/editor.css styles what we do use, for both themes.
import {
  SandpackCodeEditor,
  SandpackLayout,
  SandpackProvider,
  useSandpack,
} from '@codesandbox/sandpack-react/unstyled';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { SeedFiles } from '../../course/seeds.ts';

export interface EditorProps {
  files: SeedFiles;
  readOnly?: readonly string[];
  activeFile: string;
  onChange: (files: SeedFiles) => void;
}

export default function Editor({ files, readOnly = [], activeFile, onChange }: EditorProps) {
  const paths = Object.keys(files);
  // Sandpack reads `files` once; a reset remounts this component with the seeds.
  const [sandpackFiles] = useState(() =>
    Object.fromEntries(
      paths.map((path) => [path, { code: files[path]!, readOnly: readOnly.includes(path) }]),
    ),
  );

  const root = useRef<HTMLDivElement>(null);

  return (
    <div ref={root}>
      <SandpackProvider
        template="vanilla-ts"
        files={sandpackFiles}
        options={{
          visibleFiles: paths,
          activeFile,
          autorun: false,
          autoReload: false,
          initMode: 'immediate',
        }}
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
        <FocusableReadOnlyFiles root={root} />
      </SandpackProvider>
    </div>
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

/**
 * Sandpack shows a read-only file as plain highlighted text, which keyboard users could not
 * reach to scroll; a tabindex and a label make it a focusable, named region.
 */
function FocusableReadOnlyFiles({ root }: { root: RefObject<HTMLDivElement | null> }) {
  const { sandpack } = useSandpack();
  useEffect(() => {
    const name = sandpack.activeFile.slice(1);
    for (const code of root.current?.querySelectorAll<HTMLElement>('pre.sp-cm') ?? []) {
      code.tabIndex = 0;
      code.setAttribute('aria-label', `${name}, read-only`);
    }
  }, [root, sandpack.activeFile]);
  return null;
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
