// Bench: encrypt and decrypt of 1 MiB through snippets/encryption.ts against
// calling noble's AEAD directly with a nonce we draw ourselves (same run).
// Goal from issue 3: the wrapper's overhead is under 10%.
import { gcm } from '@noble/ciphers/aes.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { decrypt, encrypt, generateKey, type Algorithm } from '../../snippets/encryption.ts';
import { median, medianMs, type BenchRow } from '../lib.ts';

const SIZE = 1024 * 1024;
const GOAL = 0.1;
const PAIRS = 101;

const direct = {
  'xchacha20-poly1305': { aead: xchacha20poly1305, nonceLength: 24 },
  'aes-256-gcm': { aead: gcm, nonceLength: 12 },
} as const;

export async function bench(): Promise<BenchRow[]> {
  const key = generateKey();
  const plaintext = new Uint8Array(SIZE).map((_, i) => (i * 31 + 7) & 0xff);
  const ad = new TextEncoder().encode('record:42/email');
  const rows: BenchRow[] = [];

  for (const algorithm of Object.keys(direct) as Algorithm[]) {
    const { aead, nonceLength } = direct[algorithm];
    const nonce = randomBytes(nonceLength);
    const sealed = aead(key, nonce, ad).encrypt(plaintext);
    const envelope = encrypt(key, plaintext, ad, { algorithm });

    // The machine is shared and noisy: interleave wrapper and reference
    // rounds so drift hits both alike, and take the median of the rounds.
    const cases = {
      encrypt: {
        wrapper: () => encrypt(key, plaintext, ad, { algorithm }),
        noble: () => aead(key, randomBytes(nonceLength), ad).encrypt(plaintext),
      },
      decrypt: {
        wrapper: () => decrypt(key, envelope, ad),
        noble: () => aead(key, nonce, ad).decrypt(sealed),
      },
    };

    for (const [verb, { wrapper, noble }] of Object.entries(cases)) {
      const { ours, theirs, min, max, theirMin } = await interleave(wrapper, noble);
      rows.push({
        name: `${verb} 1 MiB, ${algorithm}`,
        value: ours,
        unit: 'ms',
        min,
        max,
        // The minimum is the least disturbed by other load; show both.
        reference: {
          name: `noble ${algorithm} ${verb} (min ${theirMin.toFixed(2)} ms)`,
          value: theirs,
        },
        goal: 'overhead < 10%',
        met: ours <= theirs * (1 + GOAL),
      });
    }
  }
  return rows;
}

/**
 * Times `a` and `b` call by call, alternating which goes first, and returns
 * the median of each (and the spread of `a`). Pairing calls this closely keeps the noise of a shared
 * machine from landing on one side only.
 */
async function interleave(
  a: () => unknown,
  b: () => unknown,
): Promise<{ ours: number; theirs: number; min: number; max: number; theirMin: number }> {
  await medianMs(a, { samples: 1, warmup: 3 });
  await medianMs(b, { samples: 1, warmup: 3 });
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    const first = pair % 2 === 0;
    if (first) timesA.push(time(a));
    timesB.push(time(b));
    if (!first) timesA.push(time(a));
  }
  return {
    ours: median(timesA),
    theirs: median(timesB),
    min: Math.min(...timesA),
    max: Math.max(...timesA),
    theirMin: Math.min(...timesB),
  };
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
