// The fix: authenticated encryption. The tag covers every byte of
// the envelope, so `decrypt` throws DecryptionError instead of
// returning something else.
import {
  DecryptionError,
  decryptText,
  encrypt,
  generateKey,
  parseEnvelope,
} from './encryption.ts';

const key = generateKey();
const payment = '{"amount": 100}';
const envelope = encrypt(key, payment, 'payment:8812');

// The same attack: flip the bits that turn 1 into 9. The
// ciphertext starts after the version byte and the nonce.
const { nonce } = parseEnvelope(envelope);
const at = 1 + nonce.length + payment.indexOf('1');
const tampered = envelope.slice();
tampered[at]! ^= '1'.charCodeAt(0) ^ '9'.charCodeAt(0);

try {
  decryptText(key, tampered, 'payment:8812');
  console.log('accepted: this line should never print');
} catch (error) {
  if (!(error instanceof DecryptionError)) throw error;
  console.log('tampered envelope:', error.message);
}

// Not only that byte: try every single-bit flip in the envelope.
let refused = 0;
for (let bit = 0; bit < envelope.length * 8; bit++) {
  const altered = envelope.slice();
  altered[bit >> 3]! ^= 1 << (bit & 7);
  try {
    decryptText(key, altered, 'payment:8812');
  } catch (error) {
    if (error instanceof DecryptionError) refused++;
  }
}
console.log(`refused ${refused} of ${envelope.length * 8} flips`);
console.log('untouched:', decryptText(key, envelope, 'payment:8812'));
