// Vite builds the runner's worker twice: once for the pages and once, unminified, for the
// server-side render of the components that import it, and both land in _astro/. No page
// references the second copy, so this integration deletes worker files that no other built
// file names, leaving dist/ with only what a browser can load.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function dropUnusedWorkers() {
  return {
    name: 'pdl:drop-unused-workers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const assets = join(fileURLToPath(dir), '_astro');
        const names = await readdir(assets);
        const scripts = names.filter((name) => name.endsWith('.js'));
        const sources = await Promise.all(
          scripts.map((name) => readFile(join(assets, name), 'utf8')),
        );
        for (const worker of scripts.filter((name) => name.startsWith('worker-'))) {
          const used = sources.some(
            (source, i) => scripts[i] !== worker && source.includes(worker),
          );
          if (used) continue;
          await rm(join(assets, worker));
          logger.info(`removed _astro/${worker}, which no page loads`);
        }
      },
    },
  };
}
