// The fix: `encrypt` draws a fresh random nonce on every call, so
// no two messages share a keystream. Same attack, same notes.
import { encrypt, generateKey, parseEnvelope } from './encryption.ts';

const key = generateKey();
const first = 'Ana Souza: flu shot, Mon 09:00';
const second = 'Ben Okafor: HIV test, Tue 9:30';
const p1 = new TextEncoder().encode(first);

const e1 = parseEnvelope(encrypt(key, first));
const e2 = parseEnvelope(encrypt(key, second));
console.log('nonce 1:', e1.nonce);
console.log('nonce 2:', e2.nonce);

const xor = (a: Uint8Array, b: Uint8Array) =>
  a.map((byte, i) => byte ^ b[i]!);

// The attacker tries the same trick: c1 XOR c2 XOR p1.
const guess = xor(xor(e1.ciphertext, e2.ciphertext), p1);

// Show printable characters, and a dot for anything else.
const shown = Array.from(guess, (b) =>
  b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '·',
).join('');
console.log('"recovered":', shown);
console.log('The keystreams differ, so the XOR is noise.');
