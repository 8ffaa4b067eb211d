// The fix: envelope encryption. The snapshot (the backup) holds only
// wrapped data keys and envelopes. The master key stays in the KMS,
// played here by an object the backup never sees.
import { bytesToHex } from '@noble/ciphers/utils.js';
import { DecryptionError, generateKey } from './encryption.ts';
import { createRecordStore, unwrapDataKey } from './storage.ts';

const kms = { masterKey: generateKey(), indexKey: generateKey() };
const fields = {
  encryptedFields: ['name', 'phone'],
};
const store = createRecordStore({ ...kms, ...fields });
store.put('customer-1041', {
  name: 'Ana Souza',
  phone: '+31 6 1234 5678',
});
store.put('customer-1042', {
  name: 'Ben Okafor',
  phone: '+44 7700 900123',
});

const file = JSON.stringify(store.snapshot());
console.log(`backup file, ${file.length} characters:`);
console.log(file.slice(0, 160) + '…');

// Whoever copies the file finds no key in it...
const hex = bytesToHex(kms.masterKey);
console.log('master key in the file:', file.includes(hex));

// ...and a wrapped data key opens only under the master key.
const stolen = JSON.parse(file);
const wrapped = Uint8Array.from(atob(stolen.rows[0].wrappedKey), (c) =>
  c.charCodeAt(0),
);
try {
  unwrapDataKey(generateKey(), wrapped); // a guess at the master key
} catch (error) {
  if (!(error instanceof DecryptionError)) throw error;
  console.log('unwrap with a guessed key:', error.message);
}

// Restoring needs the KMS: the file and the key, together.
const restored = createRecordStore({ ...kms, ...fields });
restored.restore(JSON.parse(file));
console.log(
  'restored with the KMS key:',
  restored.get('customer-1042'),
);
