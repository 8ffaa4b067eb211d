// A clinic's booking system keeps each patient's phone number
// encrypted. Run this, then change the record or the algorithm.
import {
  DecryptionError,
  decryptText,
  encrypt,
  generateKey,
  parseEnvelope,
} from './encryption.ts';

const patient = { id: 'patient-2207', phone: '+31 6 1234 5678' };

// 32 random bytes. A real system gets its key from a key
// management service; it is never stored beside the data.
const key = generateKey();

// The record id goes in as associated data: authenticated, not
// encrypted, and not stored in the envelope.
const envelope = encrypt(key, patient.phone, patient.id);
console.log('envelope:', envelope);

const parts = parseEnvelope(envelope);
console.log('algorithm: ', parts.algorithm);
console.log('version:   ', parts.version);
console.log('nonce:     ', parts.nonce);
console.log('ciphertext:', parts.ciphertext);
console.log('tag:       ', parts.tag);
const phoneBytes = new TextEncoder().encode(patient.phone).length;
console.log(
  `${phoneBytes} bytes of plaintext became ${envelope.length}`,
);

// The same key and the same associated data open it.
console.log('decrypted: ', decryptText(key, envelope, patient.id));

// A second encryption of the same number draws a new nonce, so
// nobody can tell from the bytes that the two values are equal.
const again = encrypt(key, patient.phone, patient.id);
console.log('nonce again:', parseEnvelope(again).nonce);

// Read under another record's id, the envelope is refused.
try {
  decryptText(key, envelope, 'patient-3150');
} catch (error) {
  if (!(error instanceof DecryptionError)) throw error;
  console.log('under patient-3150:', error.message);
}

// AES-256-GCM is the other choice: a 12-byte nonce.
const withGcm = encrypt(key, patient.phone, patient.id, {
  algorithm: 'aes-256-gcm',
});
console.log('AES-256-GCM envelope:', withGcm.length, 'bytes');
