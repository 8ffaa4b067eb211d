// A morning at a clinic, written to an audit log. Each entry says who
// acted, what they did, to which record, when, and why.
import { randomBytes } from '@noble/hashes/utils.js';
import { createAuditLog } from './auditing.ts';

// The log key turns record and patient ids into pseudonyms. In
// production it comes from a key store, not from the code.
const logKey = randomBytes(32);

// A clock that starts at 08:00 and moves on 7 minutes per entry, so
// the output reads like a morning. Leave `clock` out for real time.
let now = Date.UTC(2025, 2, 3, 8, 0);
const clock = () => new Date((now += 7 * 60_000));

const log = createAuditLog({ logKey, clock });

log.append({
  actor: 'staff-17', // an account id, not a name
  action: 'read',
  resource: 'patient',
  recordId: 'chart-1001',
  subjectId: 'pt-1001',
  purpose: 'treatment',
});
log.append({
  actor: 'staff-17',
  action: 'update',
  resource: 'vitals',
  recordId: 'chart-1001',
  subjectId: 'pt-1001',
  purpose: 'treatment',
  note: 'blood pressure entered',
});
log.append({
  actor: 'staff-08',
  action: 'read',
  resource: 'appointment',
  recordId: 'appt-553',
  subjectId: 'pt-1042',
  purpose: 'scheduling',
});
log.append({
  actor: 'staff-31',
  action: 'export',
  resource: 'invoice',
  recordId: 'inv-2291',
  subjectId: 'pt-1042',
  purpose: 'billing',
  note: 'sent to the insurer',
});
log.append({
  actor: 'staff-31',
  action: 'read',
  resource: 'patient',
  recordId: 'chart-1001',
  subjectId: 'pt-1001',
  purpose: 'research',
});

const entries = log.entries();
console.log('One entry, as stored:');
console.log(entries[1]);

console.log('\nThe whole log:');
for (const e of entries) {
  const time = e.time.slice(11, 16);
  const what = `${e.action} ${e.resource}`.padEnd(19);
  console.log(
    e.seq,
    time,
    e.actor,
    what,
    e.purpose.padEnd(10),
    e.hash.slice(0, 8),
  );
}

// A patient asks who consulted their data, when and why (Art. 15).
// The log finds their entries by pseudonym: their id is not stored.
console.log('\nConsultations of pt-1001:');
for (const e of log.findEntries({ subjectId: 'pt-1001' })) {
  console.log(
    `  ${e.time}  ${e.action} ${e.resource} for ${e.purpose}`,
  );
}

// The purposes the clinic declared in its record of processing
// activities (Art. 30(1)(b)). An entry outside them needs a look.
const declared = new Set(['treatment', 'scheduling', 'billing']);
for (const e of entries) {
  if (!declared.has(e.purpose)) {
    console.log(`\nReview entry ${e.seq}: ${e.actor} gave the purpose`);
    console.log(
      `"${e.purpose}", which the record of processing lacks.`,
    );
  }
}
