// The output panel: a live region, so a screen reader hears what a run printed.
import type { Level } from '../../runner/session.ts';

export interface OutputLine {
  level: Level | 'status';
  text: string;
}

interface OutputProps {
  lines: readonly OutputLine[];
  label: string;
  /** What the panel says before the first run. */
  placeholder: string;
}

export function Output({ lines, label, placeholder }: OutputProps) {
  return (
    <div className="pdl-output" role="log" aria-live="polite" aria-label={label} tabIndex={0}>
      {lines.length === 0 ? (
        <p className="pdl-output-empty">{placeholder}</p>
      ) : (
        lines.map((line, index) => (
          <pre key={index} className={`pdl-line pdl-line-${line.level}`}>
            {line.level === 'warn' || line.level === 'error' ? (
              <span className="pdl-visually-hidden">{line.level}: </span>
            ) : null}
            {line.text}
          </pre>
        ))
      )}
    </div>
  );
}
