// Small helpers shared by the benchmark scripts. Timings on shared machines are noisy, so every
// figure is a median of several samples, and every case is compared with a reference measured
// in the same run rather than with a fixed number.

/** One line of a benchmark table. */
export interface BenchRow {
  /** What was measured, e.g. "findPersonalData, 4 MiB mixed text". */
  name: string;
  /** The measured median, in `unit`. */
  value: number;
  unit: string;
  /** The reference measured in the same run, in the same unit, if the case has one. */
  reference?: { name: string; value: number };
  /** The goal, stated as the issue states it, e.g. "≥ 20 MB/s" or "overhead < 10%". */
  goal: string;
  /** Whether the measured value meets the goal. */
  met: boolean;
  /** The smallest and largest sample, in `unit`; shown as extra columns if any row has them. */
  min?: number;
  max?: number;
}

/** Runs `fn` `samples` times after `warmup` untimed runs and returns the median in ms. */
export async function medianMs(
  fn: () => unknown,
  { samples = 9, warmup = 2 }: { samples?: number; warmup?: number } = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Prints rows as a Markdown table, so the output can be pasted into an issue note. */
export function printTable(title: string, rows: readonly BenchRow[]): void {
  const spread = rows.some((row) => row.min !== undefined || row.max !== undefined);
  const extent = (value: number | undefined, unit: string) =>
    value === undefined ? '-' : `${format(value)} ${unit}`;
  const lines = [
    `### ${title}`,
    '',
    spread
      ? '| case | median | min | max | reference | ratio | goal | met |'
      : '| case | median | reference | ratio | goal | met |',
    spread ? '|---|---|---|---|---|---|---|---|' : '|---|---|---|---|---|---|',
    ...rows.map((row) => {
      const ref = row.reference
        ? `${row.reference.name}: ${format(row.reference.value)} ${row.unit}`
        : '-';
      const ratio = row.reference ? (row.value / row.reference.value).toFixed(3) : '-';
      const range = spread ? ` ${extent(row.min, row.unit)} | ${extent(row.max, row.unit)} |` : '';
      return `| ${row.name} | ${format(row.value)} ${row.unit} |${range} ${ref} | ${ratio} | ${row.goal} | ${row.met ? 'yes' : 'no'} |`;
    }),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/**
 * Alternates single timed runs of `a` and `b`, so that both see the same machine load (the
 * bench machine is shared), and returns both medians in ms.
 */
export async function medianOfInterleaved(
  a: () => unknown,
  b: () => unknown,
  rounds: number,
): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  await medianMs(a, { samples: 1, warmup: 1 });
  await medianMs(b, { samples: 1, warmup: 1 });
  for (let i = 0; i < rounds; i++) {
    times[0].push(await medianMs(a, { samples: 1, warmup: 0 }));
    times[1].push(await medianMs(b, { samples: 1, warmup: 0 }));
  }
  return [median(times[0]), median(times[1])];
}

/** mulberry32: a small seeded generator, so every run measures the same input. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
