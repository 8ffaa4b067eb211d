// Maps an import specifier to a playground file or to a package bundled into the runner.
// Nothing else can be imported: learner code never reaches the network.

/** The packages a playground may import, keyed by their exact specifier. */
export type PackageMap = Readonly<Record<string, unknown>>;

export type Resolution = { kind: 'file'; path: string } | { kind: 'package'; name: string };

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.js'];

/**
 * Resolves `specifier`, imported from the file at `from`, against the playground's `files`
 * and the bundled `packages`. Throws an Error that names the import and what is allowed.
 */
export function resolveSpecifier(
  specifier: string,
  from: string,
  files: ReadonlySet<string>,
  packages: PackageMap,
): Resolution {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')) {
    const base = joinPath(from, specifier);
    const path = EXTENSIONS.map((ext) => base + ext).find((candidate) => files.has(candidate));
    if (path) return { kind: 'file', path };
    throw new Error(
      `Cannot find "${specifier}" imported from ${from}: this playground has ${listFiles(files)}.`,
    );
  }
  if (Object.hasOwn(packages, specifier)) return { kind: 'package', name: specifier };
  throw new Error(
    `Cannot import "${specifier}" from ${from}: a playground can import its own files ` +
      `and these packages: ${describePackages(packages)}.`,
  );
}

/** Lists the allowed packages, folding subpaths: "@noble/hashes/* (sha2.js, hmac.js)". */
export function describePackages(packages: PackageMap): string {
  const groups = new Map<string, string[]>();
  for (const name of Object.keys(packages).sort()) {
    const scoped = name.startsWith('@');
    const parts = name.split('/');
    const root = parts.slice(0, scoped ? 2 : 1).join('/');
    const rest = parts.slice(scoped ? 2 : 1).join('/');
    groups.set(root, [...(groups.get(root) ?? []), ...(rest ? [rest] : [])]);
  }
  return [...groups]
    .map(([root, subpaths]) => (subpaths.length ? `${root}/* (${subpaths.join(', ')})` : root))
    .join('; ');
}

function listFiles(files: ReadonlySet<string>): string {
  return [...files].map((path) => path.replace(/^\//, '')).join(', ');
}

/** Joins a relative specifier to the folder of `from`; paths are absolute, like "/main.ts". */
function joinPath(from: string, specifier: string): string {
  const segments = specifier.startsWith('/') ? [] : from.split('/').slice(1, -1);
  for (const part of specifier.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  return '/' + segments.join('/');
}
