// The fix: treat a pattern match as a candidate, and report it only
// when the number could be a card. findPersonalData checks the Luhn
// digit and the issuer's range, and raises the score when a word
// such as "card" comes shortly before.
import {
  findPersonalData,
  isValidCardNumber,
  isValidLuhn,
} from './classification.ts';

const ticket = `Ticket 48213, opened 2024-03-15 by jana.dvorakova@example.com
Order 2024 3150 4821 3110 (placed 14 March) has not arrived.
Tracking 9400 1112 0200 8832 4567 89 still says "label created".
Replacement order 7731 0042 9915 0068 went out on 15 March.
Gift card 6035 7100 0000 1234 covered 20.00 of the total.
Please refund the rest to the card on file, 4111 1111 1111 1111.`;

const cards = findPersonalData(ticket, { kinds: ['credit_card'] });
for (const { text, score } of cards) console.log('card:', text, score);

// Why the other numbers were dropped. Luhn alone lets one random
// number in ten through; the issuer ranges stop the order number.
const candidates = [
  '2024 3150 4821 3110',
  '9400 1112 0200 8832',
  '7731 0042 9915 0068',
  '6035 7100 0000 1234',
  '4111 1111 1111 1111',
];
for (const number of candidates) {
  const luhn = isValidLuhn(number.replaceAll(' ', ''));
  const card = isValidCardNumber(number);
  console.log(number, { luhn, card });
}

// 4111 1111 1111 1111 is a published test number, not a real account.
// Delete "card on file," in the ticket and run again: the score drops
// from 1 to 0.8, because no context word comes before the number.
