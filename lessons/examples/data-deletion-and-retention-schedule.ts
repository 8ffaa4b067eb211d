// A shop's retention schedule: for each category of data, the event
// the clock starts at and how long the data may be kept after it.
import {
  createLegalHoldRegister,
  createRecordStore,
  createRetentionSchedule,
  decideRetention,
  purge,
} from './deletion.ts';

const schedule = createRetentionSchedule([
  {
    category: 'invoice',
    trigger: 'collected',
    duration: 'P10Y',
    basis: 'tax law: keep accounting records',
  },
  {
    category: 'customer_account',
    trigger: 'contract_end',
    duration: 'P3Y',
    basis: 'claims under the contract',
  },
  {
    category: 'newsletter',
    trigger: 'last_activity',
    duration: 'P2Y',
    basis: 'consent goes stale',
  },
  {
    category: 'support_ticket',
    trigger: 'collected',
    duration: 'P3Y',
    basis: 'warranty and complaints',
  },
  {
    category: 'job_application',
    trigger: 'collected',
    duration: 'P6M',
    basis: 'a rejected candidate may object',
  },
]);

// What the shop holds. Only the fields retention needs are shown.
const records = [
  invoice('inv-2014-311', 's-ana', '2014-11-20'),
  invoice('inv-2019-087', 's-ana', '2019-03-04'),
  invoice('inv-2023-140', 's-chen', '2023-10-02'),
  {
    id: 'acct-ana',
    subjectId: 's-ana',
    category: 'customer_account',
    dates: { collected: '2016-04-09', contract_end: '2022-05-31' },
  },
  {
    id: 'acct-bob',
    subjectId: 's-bob',
    category: 'customer_account',
    dates: { collected: '2018-05-12' }, // still a customer
  },
  {
    id: 'news-chen',
    subjectId: 's-chen',
    category: 'newsletter',
    dates: { collected: '2020-01-08', last_activity: '2022-09-10' },
  },
  {
    id: 'tick-chen',
    subjectId: 's-chen',
    category: 'support_ticket',
    dates: { collected: '2021-02-01' },
  },
  {
    id: 'cv-dana',
    subjectId: 's-dana',
    category: 'job_application',
    dates: { collected: '2025-01-15' },
  },
  {
    id: 'call-notes-7',
    subjectId: 's-bob',
    category: 'call_notes', // nobody wrote a rule for these
    dates: { collected: '2017-07-03' },
  },
];

function invoice(id: string, subjectId: string, collected: string) {
  return { id, subjectId, category: 'invoice', dates: { collected } };
}

// Chen's complaint about a faulty order may go to court: keep the
// ticket whatever the schedule says, until the hold is released.
const holds = createLegalHoldRegister();
holds.placeLegalHold({ recordId: 'tick-chen' }, 'complaint 2025-031');

// A fixed "today", so the output does not change; try new Date().
const today = new Date('2025-06-01T00:00:00Z');

for (const record of records) {
  const d = decideRetention(schedule, record, today, holds);
  const until = d.deleteFrom?.slice(0, 10) ?? d.holdId ?? '';
  console.log(
    `${d.recordId.padEnd(13)} ${d.reason.padEnd(17)} ${until}`,
  );
}

// The purge decides every record first, then removes the due ones.
const store = createRecordStore(records);
const { removed, kept } = purge(store, schedule, today, { holds });
console.log(
  '\nremoved:',
  removed.map((d) => d.recordId),
);
console.log(
  'kept:',
  kept.map((d) => `${d.recordId} (${d.reason})`),
);
