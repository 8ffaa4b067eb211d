// A sleep clinic shares this survey with a university. Generalize
// the quasi-identifiers (age, zip and sex) until every row shares
// them with at least two other rows: k ≥ 3. Keep every row, and
// keep every quasi-identifier useful: each column must still have
// at least two different values.
import {
  GENERALIZATION_LEVELS,
  generalizeRows,
  kAnonymity,
  type Row,
} from './anonymization.ts';

export const QUASI_IDENTIFIERS = {
  age: 'age',
  zip: 'zip',
  sex: 'category',
} as const;

export const SURVEY: readonly Row[] = [
  { age: 34, zip: '10115', sex: 'F', condition: 'insomnia' },
  { age: 38, zip: '10117', sex: 'F', condition: 'sleep apnea' },
  { age: 31, zip: '10119', sex: 'M', condition: 'insomnia' },
  { age: 36, zip: '10178', sex: 'M', condition: 'narcolepsy' },
  { age: 33, zip: '10179', sex: 'F', condition: 'sleep apnea' },
  { age: 39, zip: '10115', sex: 'M', condition: 'insomnia' },
  { age: 52, zip: '12043', sex: 'M', condition: 'sleep apnea' },
  { age: 57, zip: '12045', sex: 'F', condition: 'insomnia' },
  { age: 55, zip: '12047', sex: 'M', condition: 'restless legs' },
  { age: 51, zip: '12049', sex: 'F', condition: 'sleep apnea' },
  { age: 58, zip: '12043', sex: 'F', condition: 'narcolepsy' },
  { age: 46, zip: '12045', sex: 'M', condition: 'insomnia' },
];

export function generalize(rows: readonly Row[]): Row[] {
  // Level 0 keeps every value as it is, so k = 1. Raise the levels;
  // GENERALIZATION_LEVELS says what each one does.
  return generalizeRows(rows, QUASI_IDENTIFIERS, {
    age: 0,
    zip: 0,
    sex: 0,
  });
}

// Printed when you check; change it to explore.
console.log('age levels:', GENERALIZATION_LEVELS.age);
console.log('zip levels:', GENERALIZATION_LEVELS.zip);
console.log('sex levels:', GENERALIZATION_LEVELS.category);
const columns = Object.keys(QUASI_IDENTIFIERS);
console.log('k =', kAnonymity(generalize(SURVEY), columns));
