// Keyed pseudonyms (one-way), tokens (reversible) and format-
// preserving encryption (digits stay digits). Keys are random here;
// in production they come from a key management service.
import { randomBytes } from '@noble/ciphers/utils.js';
import {
  detokenize,
  formatPreservingDecrypt,
  formatPreservingEncrypt,
  pseudonymize,
  tokenize,
} from './pseudonymization.ts';

const hmacKey = randomBytes(32);
console.log(pseudonymize('ann@example.com', hmacKey, 'analytics'));

const sivKey = randomBytes(64); // AES-SIV takes two AES-256 keys
const token = tokenize(sivKey, 'ann@example.com', 'users.email');
console.log(token);
console.log(detokenize(sivKey, token, 'users.email'));

const fpeKey = randomBytes(32);
const digits = formatPreservingEncrypt(fpeKey, '4111111111111111');
console.log(digits, formatPreservingDecrypt(fpeKey, digits));
