// The code editor: Sandpack's editor and nothing else of Sandpack (no preview, no bundler),
// loaded only once a playground is on screen. Code runs in our own runner, offline.
import {
  SandpackCodeEditor,
  SandpackLayout,
  SandpackProvider,
  useSandpack,
} from '@codesandbox/sandpack-react';
import { useEffect, useMemo } from 'react';
import type { SeedFiles } from '../../course/seeds.ts';
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
  const sandpackFiles = useMemo(
    () =>
      Object.fromEntries(
        paths.map((path) => [path, { code: files[path]!, readOnly: readOnly.includes(path) }]),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <SandpackProvider
      template="vanilla-ts"
      files={sandpackFiles}
      theme={scheme}
      options={{ visibleFiles: paths, activeFile, autorun: false, autoReload: false }}
    >
      <SandpackLayout>
        {/* Lesson code fits 72 columns; wrapping keeps it readable on a phone. */}
        <SandpackCodeEditor
          showTabs
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sandpack.files]);
  return null;
}
