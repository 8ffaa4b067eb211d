// `npm run bench:snippets`: runs every snippet benchmark in bench/snippets/ and prints one table.
// Each file there exports `bench(): Promise<BenchRow[]>`.
import { readdir } from 'node:fs/promises';
import { printTable, type BenchRow } from './lib.ts';

const dir = new URL('./snippets/', import.meta.url);
const files = (await readdir(dir)).filter((name) => name.endsWith('.ts')).sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const module = (await import(new URL(file, dir).href)) as { bench: () => Promise<BenchRow[]> };
  rows.push(...(await module.bench()));
}
printTable(`Snippet library (node ${process.version})`, rows);
