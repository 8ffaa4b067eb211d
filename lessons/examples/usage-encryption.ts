// Authenticated encryption into a self-describing envelope, with a
// record id as associated data.
import {
  DecryptionError,
  decryptText,
  encrypt,
  generateKey,
  parseEnvelope,
} from './encryption.ts';

const key = generateKey();
const envelope = encrypt(key, 'ann@example.com', 'user:42');
console.log(parseEnvelope(envelope));
console.log(decryptText(key, envelope, 'user:42'));

// Under another record's id, the same envelope does not open.
try {
  decryptText(key, envelope, 'user:43');
} catch (error) {
  if (!(error instanceof DecryptionError)) throw error;
  console.log('refused:', error.message);
}
