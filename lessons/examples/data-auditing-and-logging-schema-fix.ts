// The fix: an audit log that takes only the fields of its schema,
// stores ids as pseudonyms, and refuses anything that looks like
// personal data. The same checkout, three attempts.
import { randomBytes } from '@noble/hashes/utils.js';
import {
  createAuditLog,
  toJsonLines,
  type AuditEvent,
} from './auditing.ts';
import { findPersonalData } from './classification.ts';

const log = createAuditLog({ logKey: randomBytes(32) });
const body = {
  customer: { id: 'cust-1042', email: 'ana.souza@example.com' },
  card: { number: '4111 1111 1111 1111', expiry: '09/27', cvc: '123' },
};

function tryAppend(label: string, event: AuditEvent) {
  try {
    log.append(event);
    console.log(`${label}: appended`);
  } catch (error) {
    const { name, message } = error as Error;
    console.log(`${label}: refused\n  ${name}: ${message}`);
  }
}

// 1. The request body, as it came. Refused: not the schema.
tryAppend('the whole body', body as unknown as AuditEvent);

// 2. The schema, with the card number slipped into the note. Refused,
//    and the message does not repeat the number.
const event: AuditEvent = {
  actor: 'svc-checkout',
  action: 'create',
  resource: 'order',
  recordId: 'order-7731',
  subjectId: body.customer.id,
  purpose: 'order-fulfilment',
};
tryAppend('a card in the note', {
  ...event,
  note: `paid with ${body.card.number}`,
});

// 3. The schema fields only: who, what, which record, whose, why.
tryAppend('the schema fields', { ...event, note: 'paid by card' });

const stored = toJsonLines(log.entries());
console.log('\nThe log file:');
console.log(stored);
console.log('Personal data found:', findPersonalData(stored));
console.log(
  'Raw customer id in the file:',
  stored.includes('cust-1042'),
);
