// Turns one TypeScript file of a playground into a function body the runner can evaluate.
// Sucrase strips the types and rewrites `import`/`export` into `require`/`exports`, keeping
// every line where it was, so a stack trace's line number is the learner's line number.
import { transform } from 'sucrase';

/** A compiled module: its body, ready for `new AsyncFunction`, and what it asks to import. */
export interface CompiledModule {
  path: string;
  code: string;
  specifiers: string[];
}

/** A syntax error in a learner's file, with the file and line it came from. */
export class CompileError extends SyntaxError {
  constructor(
    message: string,
    readonly path: string,
    readonly line: number | undefined,
  ) {
    super(line === undefined ? `${path}: ${message}` : `${path}:${line}: ${message}`);
    this.name = 'SyntaxError';
  }
}

const REQUIRE_CALL = /\brequire\((["'])([^"'\n]+)\1\)/g;

/** Compiles `source` (the contents of `path`) or throws a `CompileError`. */
export function compileModule(path: string, source: string): CompiledModule {
  let code: string;
  try {
    code = transform(source, {
      transforms: ['typescript', 'imports'],
      disableESTransforms: true,
      production: true,
      filePath: path,
    }).code;
  } catch (error) {
    throw toCompileError(path, error);
  }
  const specifiers = [...new Set(Array.from(code.matchAll(REQUIRE_CALL), (match) => match[2]!))];
  return { path, code, specifiers };
}

function toCompileError(path: string, error: unknown): CompileError {
  const raw = error instanceof Error ? error.message : String(error);
  // Sucrase reports "Unexpected token (3:7)": line 3, column 7.
  const position = /\((\d+):\d+\)$/.exec(raw);
  const message = position ? raw.slice(0, position.index).trimEnd() : raw;
  return new CompileError(message, path, position ? Number(position[1]) : undefined);
}
