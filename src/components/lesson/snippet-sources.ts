// The snippet modules a playground shows as tabs, fetched once per page from /snippets.json.
import type { SeedFiles } from '../../course/seeds.ts';

let sources: Promise<Record<string, string>> | undefined;

/** The files for `names`, keyed by editor path ("/masking.ts"), in the order given. */
export async function loadSnippetFiles(names: readonly string[]): Promise<SeedFiles> {
  if (names.length === 0) return {};
  sources ??= fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}snippets.json`).then(
    (response) => {
      if (!response.ok) throw new Error(`snippets.json answered ${response.status}`);
      return response.json() as Promise<Record<string, string>>;
    },
  );
  // A failed fetch is not kept, so that the next playground can try again.
  const all = await sources.catch((error: unknown) => {
    sources = undefined;
    throw error;
  });
  return Object.fromEntries(names.map((name) => [`/${name}.ts`, all[name] ?? '']));
}
