// Before a support ticket goes to an outside vendor (a translation
// service, a bug tracker, a chatbot provider), redact replaces every
// finding of findPersonalData with a label.
import { redact } from './masking.ts';

const customer = {
  name: 'Jana Dvořáková',
  address: 'Cejl 12, 602 00 Brno',
};

const ticket = `From Jana Dvořáková (jana.dvorakova@example.com):
The parcel for order 2024 3150 4821 3110 never reached
Cejl 12, 602 00 Brno. Refund the 129.90 EUR to my account
CZ65 0800 0000 1920 0014 5399, not to my card 4111 1111 1111 1111,
and call me on +420 601 234 567. (Sent from 203.0.113.42)`;

console.log('Patterns only:\n' + redact(ticket));

// Patterns do not find names or addresses, so her name and street
// are still there. The system knows whose ticket this is: replace
// the values of her own record first, then run the patterns.
let known = ticket;
for (const [field, value] of Object.entries(customer)) {
  known = known.replaceAll(value, `[${field.toUpperCase()}]`);
}
const labels = { ip_address: '[IP]' }; // any label you like
console.log('\nRecord values, then patterns:');
console.log(redact(known, { labels }));
