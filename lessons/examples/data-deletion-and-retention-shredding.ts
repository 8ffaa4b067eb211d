// The fix: each customer's personal fields are encrypted under a key
// of their own; the purge removes rows whose time is up, and then
// destroys the key, which makes every copy unreadable, backups too.
import {
  createRecordStore,
  createRetentionSchedule,
  createSubjectKeyStore,
  decryptForSubject,
  encryptForSubject,
  purge,
  type DataRecord,
} from './deletion.ts';
import { decryptText } from './encryption.ts';

const keys = createSubjectKeyStore();

type Customer = DataRecord & { email: Uint8Array; address: Uint8Array };

function customer(
  subjectId: string,
  dates: DataRecord['dates'],
  email: string,
  address: string,
): Customer {
  return {
    id: `acct-${subjectId.slice(2)}`,
    subjectId,
    category: 'customer_account',
    dates,
    email: encryptForSubject(keys, subjectId, email),
    address: encryptForSubject(keys, subjectId, address),
  };
}

const store = createRecordStore([
  // Ana closed her account on 2022-05-31.
  customer(
    's-ana',
    { collected: '2016-04-09', contract_end: '2022-05-31' },
    'ana.souza@example.org',
    'Prinsengracht 263, 1016 GV Amsterdam',
  ),
  // Bob is still a customer.
  customer(
    's-bob',
    { collected: '2018-05-12' },
    'bob.okafor@example.net',
    'Rue de la Loi 16, 1000 Bruxelles',
  ),
]);

// Last night's backup: byte-for-byte copies of every row.
const backup = store.list().map((row) => {
  const r = row as Customer;
  return { ...r, email: r.email.slice(), address: r.address.slice() };
});
const anaEmail = backup[0]!.email;
console.log(
  `Ana's e-mail in the backup: ${anaEmail.length} bytes,`,
  anaEmail.subarray(0, 12),
);

// An old module still holds a reference to Ana's key.
const staleReference = keys.findKey('s-ana')!;

// The nightly purge: three years after the contract ended.
const schedule = createRetentionSchedule([
  {
    category: 'customer_account',
    trigger: 'contract_end',
    duration: 'P3Y',
  },
]);
const today = new Date('2025-06-01T00:00:00Z');
const subjectsBefore = new Set(store.list().map((r) => r.subjectId));
const { removed } = purge(store, schedule, today);
console.log(
  '\npurged:',
  removed.map((d) => d.recordId),
);

// Shred the key of every subject who has no record left.
const remaining = new Set(store.list().map((r) => r.subjectId));
for (const subjectId of subjectsBefore) {
  if (!remaining.has(subjectId)) {
    keys.shred(subjectId);
    console.log('shredded the key of', subjectId);
  }
}

// Read the backup, as a restore after a failed disk would.
for (const row of backup) {
  try {
    const email = decryptForSubject(keys, row.subjectId, row.email);
    console.log(`${row.id}: ${email}`);
  } catch (error) {
    const { name, message } = error as Error;
    console.log(`${row.id}: unreadable (${name}: ${message})`);
  }
}

// The stale reference was zeroed by shred: it opens nothing.
console.log('\nthe stale key now:', staleReference.subarray(0, 8));
try {
  // The associated data that encryptForSubject binds.
  decryptText(staleReference, anaEmail, 'subject:s-ana');
} catch (error) {
  const { name, message } = error as Error;
  console.log(`with it: ${name}: ${message}`);
}
