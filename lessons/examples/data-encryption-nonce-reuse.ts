// The mistake: one key, one fixed nonce, two messages. This calls
// AES-GCM directly with a nonce that never changes, as code does
// when someone writes `const nonce = new Uint8Array(12)`.
import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/ciphers/utils.js';

const key = randomBytes(32);
const nonce = new Uint8Array(12); // twelve zero bytes, every time

// Two notes of the same length. The attacker knows the first one:
// it is a template, or their own appointment.
const first = 'Ana Souza: flu shot, Mon 09:00';
const second = 'Ben Okafor: HIV test, Tue 9:30';
const text = new TextEncoder();
const p1 = text.encode(first);
const p2 = text.encode(second);
console.log('lengths:', p1.length, p2.length);

// GCM's output is the ciphertext followed by a 16-byte tag.
const c1 = gcm(key, nonce).encrypt(p1).subarray(0, p1.length);
const c2 = gcm(key, nonce).encrypt(p2).subarray(0, p2.length);

const xor = (a: Uint8Array, b: Uint8Array) =>
  a.map((byte, i) => byte ^ b[i]!);

// Same key and nonce, same keystream: it cancels out.
const ciphertexts = xor(c1, c2);
const plaintexts = xor(p1, p2);
console.log('c1 XOR c2:', ciphertexts);
console.log('p1 XOR p2:', plaintexts);
const same = ciphertexts.every((b, i) => b === plaintexts[i]);
console.log('equal:', same);

// The attacker never touched the key, and still reads note two.
const recovered = xor(ciphertexts, p1);
console.log('recovered:', new TextDecoder().decode(recovered));
