// Retention rules, a legal hold, and crypto-shredding one subject's
// data so that every copy, backups included, becomes unreadable.
import {
  createLegalHoldRegister,
  createRetentionSchedule,
  createSubjectKeyStore,
  decideRetention,
  decryptForSubject,
  encryptForSubject,
} from './deletion.ts';

const schedule = createRetentionSchedule([
  { category: 'ticket', trigger: 'last_activity', duration: 'P6M' },
]);
const ticket = {
  id: 't-1',
  subjectId: 's-1',
  category: 'ticket',
  dates: { last_activity: '2024-01-10' },
};
const now = new Date('2025-01-01');
console.log(decideRetention(schedule, ticket, now));

const holds = createLegalHoldRegister();
holds.placeLegalHold({ subjectId: 's-1' }, 'dispute 2024-17');
console.log(decideRetention(schedule, ticket, now, holds).reason);

const keys = createSubjectKeyStore();
const envelope = encryptForSubject(keys, 's-1', 'ann@example.com');
keys.shred('s-1');
try {
  decryptForSubject(keys, 's-1', envelope);
} catch (error) {
  console.log('after shredding:', (error as Error).message);
}
