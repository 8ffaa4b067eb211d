// A key from a password, for a user's private notes. Argon2id makes
// each guess cost memory and time. The cost below is LOW ON PURPOSE
// so the example runs fast: 1 MiB and 1 pass. Real passwords need
// the defaults (19 MiB, 2 passes) or more.
import {
  DecryptionError,
  decryptText,
  deriveKeyFromPassword,
  encrypt,
  generateSalt,
} from './encryption.ts';

const lessonCost = { memoryKiB: 1024, iterations: 1 };

// A new random salt per user, stored beside the ciphertext. It is
// not secret; it makes one guess work for one user only.
const salt = generateSalt();
const started = performance.now();
const key = deriveKeyFromPassword(
  'violet-harbour-73',
  salt,
  lessonCost,
);
const ms = Math.round(performance.now() - started);
console.log(`derived a ${key.length}-byte key in ${ms} ms`);

const note = encrypt(key, 'Therapy moved to Thursday', 'note:1');
const stored = { salt, note }; // the key itself is never stored

// Later: the same password and salt give the same key again.
const again = deriveKeyFromPassword(
  'violet-harbour-73',
  stored.salt,
  lessonCost,
);
console.log('opened:', decryptText(again, stored.note, 'note:1'));

// A wrong password gives another key, and the tag says so.
const wrong = deriveKeyFromPassword(
  'violet-harbour-74',
  stored.salt,
  lessonCost,
);
try {
  decryptText(wrong, stored.note, 'note:1');
} catch (error) {
  if (!(error instanceof DecryptionError)) throw error;
  console.log('wrong password:', error.message);
}
