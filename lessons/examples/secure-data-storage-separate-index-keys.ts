// The fix: an index key per table (the store already mixes in the
// field name), so equal emails in two tables give unrelated indexes.
import { generateKey } from './encryption.ts';
import { createRecordStore, type RecordStore } from './storage.ts';

const settings = {
  masterKey: generateKey(),
  encryptedFields: ['name', 'email'],
  indexedFields: ['email'],
};
const shop = createRecordStore({
  ...settings,
  indexKey: generateKey(), // the shop's own index key
});
const clinic = createRecordStore({
  ...settings,
  indexKey: generateKey(), // and the clinic's
});
shop.put('customer-1041', { email: 'ana.souza@example.org' });
clinic.put('patient-2207', { email: 'Ana.Souza@example.org' });

const linked = (a: RecordStore, b: RecordStore) => {
  const other = new Set(b.snapshot().rows.map((r) => r.index.email));
  return a.snapshot().rows.filter((r) => other.has(r.index.email));
};
console.log('rows linked across tables:', linked(shop, clinic).length);
console.log(
  'the clinic still finds its own:',
  clinic.findBy('email', 'ana.souza@example.org').map((m) => m.id),
);

// Truncation: keep 1 byte of each index, so 300 customers share
// 256 possible values. Unrelated people land in the same bucket,
// and the snapshot no longer says who shares an email. findBy
// decrypts the few candidates and keeps the real match.
const small = createRecordStore({
  ...settings,
  indexKey: generateKey(),
  indexLength: 1,
});
for (let i = 0; i < 300; i++) {
  small.put(`customer-${2000 + i}`, { email: `user${i}@example.com` });
}
const rows = small.snapshot().rows;
const target = rows.find((r) => r.id === 'customer-2007')!;
const bucket = rows.filter((r) => r.index.email === target.index.email);
console.log(`rows with the same index as user7: ${bucket.length}`);
console.log('findBy:', small.findBy('email', 'user7@example.com'));
