// The mistake: two tables, one index key, full-length blind indexes.
// A shop's customers and a clinic's patients are kept by the same
// company, in separate stores, with the same HMAC key for lookups.
import { generateKey } from './encryption.ts';
import { createRecordStore } from './storage.ts';

const masterKey = generateKey();
const sharedIndexKey = generateKey();
const settings = {
  masterKey,
  indexKey: sharedIndexKey, // the same key in both tables
  indexLength: 32, // all 32 bytes of the HMAC, "to be safe"
  encryptedFields: ['name', 'email'],
  indexedFields: ['email'],
};

const shop = createRecordStore({ ...settings, plainFields: ['plan'] });
shop.put('customer-1041', {
  name: 'Ana Souza',
  email: 'ana.souza@example.org',
  plan: 'pro',
});
shop.put('customer-1042', {
  name: 'Ben Okafor',
  email: 'ben.okafor@example.com',
  plan: 'free',
});

const clinic = createRecordStore({
  ...settings,
  plainFields: ['ward'],
});
clinic.put('patient-2207', {
  name: 'A. Souza',
  email: 'Ana.Souza@example.org',
  ward: 'oncology',
});
clinic.put('patient-2208', {
  name: 'Chen Jing',
  email: 'chen.jing@example.net',
  ward: 'maternity',
});

// An attacker with both backups and no key joins them on the index.
const patients = clinic.snapshot().rows;
for (const customer of shop.snapshot().rows) {
  for (const patient of patients) {
    if (customer.index.email !== patient.index.email) continue;
    console.log(
      `linked: ${customer.id} (plan ${customer.plain.plan})`,
      `is ${patient.id} (${patient.plain.ward})`,
    );
  }
}
console.log('No key was used, and no email was decrypted.');
