// A record store with field-level envelope encryption, a blind index
// for lookups by e-mail, and master-key rotation.
import { generateKey } from './encryption.ts';
import { createRecordStore } from './storage.ts';

const store = createRecordStore({
  masterKey: generateKey(),
  indexKey: generateKey(),
  encryptedFields: ['name', 'email'],
  indexedFields: ['email'],
  plainFields: ['createdAt'],
});
store.put('c-1', {
  name: 'Ann Lee',
  email: 'ann@example.com',
  createdAt: '2024-05-01',
});

console.log(store.findBy('email', 'ann@example.com'));
console.log(store.snapshot().rows[0]); // what the disk holds
console.log('rewrapped:', store.rotateMasterKey(generateKey()));
console.log(store.get('c-1'));
