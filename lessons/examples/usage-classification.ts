// Find personal data in text, validate an identifier, and classify
// the fields of a record.
import {
  classifyRecord,
  findPersonalData,
  isValidIban,
} from './classification.ts';

const note =
  'Ann asked us to call +44 20 7946 0958 or mail ann@example.com.';
for (const { kind, text, score } of findPersonalData(note)) {
  console.log(kind, text, score);
}

console.log(isValidIban('GB82 WEST 1234 5698 7654 32')); // true
console.log(isValidIban('GB82 WEST 1234 5698 7654 33')); // false

const record = {
  fullName: 'Ann Lee',
  diagnosis: 'asthma',
  notes: 'prefers mail: ann@example.com',
  plan: 'gold',
};
console.log(classifyRecord(record));
