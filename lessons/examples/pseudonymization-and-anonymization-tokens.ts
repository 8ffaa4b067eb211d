// Two reversible stand-ins for a card number: an AES-SIV token for
// a new system, and an FF1 ciphertext for a legacy table whose
// card_number column is CHAR(16) and only accepts digits.
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import {
  detokenize,
  formatPreservingDecrypt,
  formatPreservingEncrypt,
  tokenize,
} from './pseudonymization.ts';

// Fresh keys per run. AES-SIV takes 64 bytes (two AES-256 keys,
// RFC 5297 §2.2); FF1 takes one AES key, 32 bytes here.
const sivKey = crypto.getRandomValues(new Uint8Array(64));
const ff1Key = crypto.getRandomValues(new Uint8Array(32));

const card = '4111111111111111'; // a well-known test number

// AES-SIV: authenticated, deterministic. The context is associated
// data: detokenize needs the same one, or it refuses.
const token = tokenize(sivKey, card, 'payments.card');
console.log(`Token (${token.length} hex characters):`, token);
console.log('Back:', detokenize(sivKey, token, 'payments.card'));
const again = tokenize(sivKey, card, 'payments.card');
console.log('Same card, same token:', again === token);
try {
  detokenize(sivKey, token, 'marketing.card');
} catch (error) {
  console.log('Other context:', (error as Error).message);
}

// FF1: sixteen digits in, sixteen digits out, so it fits CHAR(16).
// The tweak is public; here it names the column.
const tweak = utf8ToBytes('payments.card_number');
const encrypted = formatPreservingEncrypt(ff1Key, card, tweak);
console.log(`FF1 (${encrypted.length} digits):`, encrypted);
console.log('Back:', formatPreservingDecrypt(ff1Key, encrypted, tweak));

// FF1 has no tag: the wrong tweak gives other digits, no error.
const wrong = utf8ToBytes('orders.card_number');
const garbage = formatPreservingDecrypt(ff1Key, encrypted, wrong);
console.log('Wrong tweak, no error:', garbage);

// A five-digit postal code has only 100,000 values: below the floor
// of one million that SP 800-38G Rev. 1 sets, so it is refused.
try {
  formatPreservingEncrypt(ff1Key, '02139', tweak);
} catch (error) {
  console.log('Five digits:', (error as Error).message);
}
