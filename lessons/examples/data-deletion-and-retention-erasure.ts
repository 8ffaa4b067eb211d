// Chen asks the shop to erase everything it holds about them
// (GDPR Art. 17). Some of it must stay, and the answer has a
// deadline (Art. 12(3)).
import {
  createLegalHoldRegister,
  erasureDeadline,
  handleErasureRequest,
} from './deletion.ts';

const records = [
  {
    id: 'inv-2023-140',
    subjectId: 's-chen',
    category: 'invoice',
    dates: { collected: '2023-10-02' },
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
    id: 'acct-chen',
    subjectId: 's-chen',
    category: 'customer_account',
    dates: { collected: '2019-06-30', contract_end: '2025-05-02' },
  },
  {
    id: 'acct-bob',
    subjectId: 's-bob',
    category: 'customer_account',
    dates: { collected: '2018-05-12' },
  },
];

const holds = createLegalHoldRegister();
holds.placeLegalHold({ recordId: 'tick-chen' }, 'complaint 2025-031');

const request = { subjectId: 's-chen', receivedAt: '2025-05-31' };
const outcome = handleErasureRequest(request, records, {
  holds,
  // Invoices stay for the tax authority: a legal obligation.
  exceptions: { invoice: 'legal_obligation' },
});

console.log('answer by:', outcome.deadline);
console.log('erase:', outcome.erase);
for (const kept of outcome.retain) {
  const { recordId, article, exception } = kept;
  console.log(`keep ${recordId}: ${exception}, ${article}`);
}

// One month, or three when the request is complex. The two extra
// months are added to the first deadline, so May 31 gives Aug 30.
const received = '2025-05-31';
console.log('\none month from', received, erasureDeadline(received));
console.log('extended', erasureDeadline(received, { extended: true }));
console.log('from Jan 31:', erasureDeadline('2025-01-31'));
