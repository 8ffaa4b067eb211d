// The mistake: a screen or receipt that shows a card's first six and
// last four digits. How many card numbers fit what it shows? This
// tries every filling of the hidden digits and keeps those that pass
// the Luhn check, as an attacker would.
import { isValidLuhn } from './classification.ts';

function countCandidates(shown: string): number {
  const first = shown.indexOf('*');
  const last = shown.lastIndexOf('*');
  const hidden = last - first + 1;
  const fillings = 10 ** hidden;

  let count = 0;
  for (let n = 0; n < fillings; n++) {
    const middle = String(n).padStart(hidden, '0');
    const candidate =
      shown.slice(0, first) + middle + shown.slice(last + 1);
    if (isValidLuhn(candidate)) count++;
  }
  return count;
}

// Visa's test number, as a "first six, last four" mask shows it.
const sixAndFour = '411111******1111';
const fits = countCandidates(sixAndFour);
const all = (10 ** 6).toLocaleString('en');
console.log(`${sixAndFour}: ${all} ways to fill the stars,`);
console.log(`${fits.toLocaleString('en')} of them pass Luhn`);

// Since 2022 card networks issue 8-digit BINs, and PCI DSS allows
// showing "the BIN and the last four": eight digits, then four.
const eightAndFour = '41111111****1111';
const fewer = countCandidates(eightAndFour);
const some = (10 ** 4).toLocaleString('en');
console.log(`${eightAndFour}: ${some} ways to fill the stars,`);
console.log(`${fewer.toLocaleString('en')} of them pass Luhn`);

// The expiry date is often printed beside the mask. A thousand
// guesses, spread over many shops that each count only their own
// failed attempts, is a small job for a script.
console.warn('A mask that shows ten of sixteen digits hides little.');
