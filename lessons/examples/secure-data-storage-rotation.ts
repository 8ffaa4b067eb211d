// Rotating the master key rewraps each record's 40-byte data key
// and leaves the encrypted fields as they were, byte for byte.
import { DecryptionError, generateKey } from './encryption.ts';
import { createMemoryBackend, createRecordStore } from './storage.ts';

const options = {
  indexKey: generateKey(),
  encryptedFields: ['name', 'email'],
  indexedFields: ['email'],
};
const oldMasterKey = generateKey();
const backend = createMemoryBackend();
const store = createRecordStore({
  ...options,
  masterKey: oldMasterKey,
  backend,
});
store.put('customer-1041', {
  name: 'Ana Souza',
  email: 'ana.souza@example.org',
});
const lastNight = store.snapshot(); // last night's backup

const newMasterKey = generateKey();
console.log('rewrapped:', store.rotateMasterKey(newMasterKey));

const before = lastNight.rows[0]!;
const after = store.snapshot().rows[0]!;
console.log(
  'wrapped key changed:',
  before.wrappedKey !== after.wrappedKey,
);
console.log(
  'email envelope unchanged:',
  before.fields.email === after.fields.email,
);
console.log('still readable:', store.get('customer-1041'));

// Readers that still hold the old master key are locked out.
const stale = createRecordStore({
  ...options,
  masterKey: oldMasterKey,
  backend,
});
try {
  stale.get('customer-1041');
} catch (error) {
  if (!(error instanceof DecryptionError)) throw error;
  console.log('old master key:', error.message);
}

// So is last night's backup, until someone finds the old key:
// retire a master key only after the last backup it wraps expires.
try {
  store.restore(lastNight);
} catch (error) {
  if (!(error instanceof DecryptionError)) throw error;
  console.log('restore old backup:', error.message);
}
