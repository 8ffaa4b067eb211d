// The mistake: AES in ECB mode encrypts each 16-byte block on its
// own, so equal blocks give equal ciphertext. Here a lab exports a
// column of diagnoses, one fixed-width 16-byte cell per patient.
import { ecb } from '@noble/ciphers/aes.js';
import { bytesToHex, randomBytes } from '@noble/ciphers/utils.js';
import { encrypt, parseEnvelope } from './encryption.ts';

const key = randomBytes(32);
const diagnoses = ['asthma', 'type 2 diabetes', 'asthma'];
const cells = diagnoses.map((d) => d.padEnd(16, ' ')).join('');
const plaintext = new TextEncoder().encode(cells);

const blocksOf = (bytes: Uint8Array) =>
  [0, 16, 32].map((at) => bytesToHex(bytes.subarray(at, at + 16)));

const ecbBlocks = blocksOf(
  ecb(key, { disablePadding: true }).encrypt(plaintext),
);
console.log('ECB, one block per patient:');
ecbBlocks.forEach((hex, i) => console.log(`  patient ${i + 1}`, hex));
console.log(
  'patients 1 and 3 share a diagnosis:',
  ecbBlocks[0] === ecbBlocks[2],
);

// The fix: an AEAD with a nonce. The keystream never repeats, so
// equal blocks of plaintext give unrelated ciphertext.
const sealed = parseEnvelope(
  encrypt(key, plaintext, undefined, { algorithm: 'aes-256-gcm' }),
);
const gcmBlocks = blocksOf(sealed.ciphertext);
console.log('AES-256-GCM, same three cells:');
gcmBlocks.forEach((hex, i) => console.log(`  patient ${i + 1}`, hex));
console.log('blocks 1 and 3 equal:', gcmBlocks[0] === gcmBlocks[2]);
