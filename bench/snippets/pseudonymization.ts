// pseudonymize over 100,000 e-mail addresses, against noble's HMAC-SHA-256
// over the same bytes with hex output, measured in the same run. The
// difference is what the wrapper adds: checks and the context encoding.
import { bytesToHex, utf8ToBytes } from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { pseudonymize } from '../../snippets/pseudonymization.ts';
import { medianOfInterleaved, type BenchRow } from '../lib.ts';

const COUNT = 100_000;
const CONTEXT = 'newsletter';

export async function bench(): Promise<BenchRow[]> {
  const key = Uint8Array.from({ length: 32 }, (_, i) => i);
  const values = Array.from({ length: COUNT }, (_, i) => `person${i}@example.com`);
  // The reference hashes the exact message pseudonymize builds.
  const prefix = Uint8Array.of(0, 0, 0, CONTEXT.length, ...utf8ToBytes(CONTEXT));

  const hashWithNoble = () =>
    values.map((v) => {
      const message = utf8ToBytes(v);
      const bytes = new Uint8Array(prefix.length + message.length);
      bytes.set(prefix);
      bytes.set(message, prefix.length);
      return bytesToHex(hmac(sha256, key, bytes));
    });
  const hashWithWrapper = () => values.map((v) => pseudonymize(v, key, CONTEXT));
  const [value, reference] = await medianOfInterleaved(hashWithWrapper, hashWithNoble, 7);

  return [
    {
      name: `pseudonymize, ${COUNT.toLocaleString('en')} e-mail addresses`,
      value,
      unit: 'ms',
      reference: { name: 'noble hmac(sha256) + hex, same messages', value: reference },
      goal: 'overhead < 25%',
      met: value / reference < 1.25,
    },
  ];
}
