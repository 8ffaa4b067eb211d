// The same export, with the phone number replaced by a keyed
// pseudonym: HMAC-SHA-256 under a key the analysts never see.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { pseudonymize } from './pseudonymization.ts';

// Kept by the call centre, in a key management service in real
// life; the export goes out without it.
const key = crypto.getRandomValues(new Uint8Array(32));

const exported = {
  caller: pseudonymize('+31205550182', key, 'complaints'),
  complaint: 'charged twice for March',
};
console.log('Exported row:', exported);

// The attacker runs the same search as before. Without the key
// they can only hash candidates, and nothing matches.
const candidates = (from: number, to: number) =>
  Array.from(
    { length: to - from },
    (_, i) => '+312055' + String(from + i).padStart(5, '0'),
  );

const all = candidates(0, 100_000);
const hash = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));
const found = all.find((phone) => hash(phone) === exported.caller);
console.log('Attacker without the key found:', found ?? 'nothing');

// Guessing the key instead means trying 2^256 keys: hopeless.
// But whoever HOLDS the key can run the search. That is why a
// pseudonymized export is still personal data (Recital 26), and
// why the key must be kept apart. (To keep the run short, the key
// holder starts at +31 20 555 0000 instead of the block's start.)
const start = performance.now();
const range = candidates(50_000, 60_000);
const index = range.findIndex(
  (phone) => pseudonymize(phone, key, 'complaints') === exported.caller,
);
const ms = (performance.now() - start).toFixed(0);
console.log(
  `Key holder found: ${range[index]} after ${index + 1}` +
    ` guesses, in ${ms} ms`,
);
