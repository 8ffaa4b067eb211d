// A shop's customer table, kept in an encrypted record store: each
// record gets its own data key, every personal field is encrypted,
// and email has a blind index for lookups. Run it, then add a
// customer or another field.
import { generateKey } from './encryption.ts';
import { createRecordStore } from './storage.ts';

// Stand-ins for keys a KMS would hold, away from the database.
const masterKey = generateKey();
const indexKey = generateKey(); // a second key, for HMAC only

const customers = createRecordStore({
  masterKey,
  indexKey,
  encryptedFields: ['name', 'email', 'phone', 'birthYear'],
  indexedFields: ['email'],
  plainFields: ['createdAt', 'plan'],
});

customers.put('customer-1041', {
  name: 'Ana Souza',
  email: 'ana.souza@example.org',
  phone: '+31 6 1234 5678',
  birthYear: 1988,
  createdAt: '2024-03-02',
  plan: 'pro',
});
customers.put('customer-1042', {
  name: 'Ben Okafor',
  email: 'ben.okafor@example.com',
  phone: null,
  birthYear: 1975,
  createdAt: '2024-03-05',
  plan: 'free',
});

// The application reads records back as plain objects.
console.log('get:', customers.get('customer-1041'));

// Lookup by email goes through the blind index; the value is
// normalized first, so case and outer spaces do not matter.
const found = customers.findBy('email', '  Ben.Okafor@Example.com');
console.log(
  'findBy email:',
  found.map((match) => match.id),
);

// What is written to disk: no value is readable.
const [row] = customers.snapshot().rows;
console.log('stored row:', row);
