// The mistake: encryption without authentication. AES-CTR hides
// the text, but anyone can change it: flipping a bit of the
// ciphertext flips the same bit of the plaintext.
import { ctr } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/ciphers/utils.js';

const key = randomBytes(32);
const nonce = randomBytes(16);
const payment = '{"amount": 100}';
const ciphertext = ctr(key, nonce).encrypt(
  new TextEncoder().encode(payment),
);
console.log('ciphertext:', ciphertext);

// The attacker cannot read it, but knows the format: the first
// digit is at offset 11. '1' XOR '9' turns a 1 into a 9.
const tampered = ciphertext.slice();
const offset = payment.indexOf('1');
tampered[offset]! ^= '1'.charCodeAt(0) ^ '9'.charCodeAt(0);
console.log('tampered:  ', tampered);

// Decryption has no way to notice. No error, a new amount.
const opened = ctr(key, nonce).decrypt(tampered);
console.log('decrypted: ', new TextDecoder().decode(opened));
