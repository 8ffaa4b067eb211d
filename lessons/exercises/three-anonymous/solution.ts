// A sleep clinic shares this survey with a university. Generalize
// the quasi-identifiers (age, zip and sex) until every row shares
// them with at least two other rows: k ≥ 3. Keep every row, and
// keep every quasi-identifier useful: each column must still have
// at least two different values.
import {
  equivalenceClasses,
  generalizeRows,
  kAnonymity,
  lDiversity,
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
  // The ZIP codes fall into two areas, 101xx and 120xx, so keeping
  // three digits (level 2) costs little. Ages cluster in the 30s
  // and the 50s, but the 46-year-old man is alone in any 10-year
  // band: only 20-year bands (level 3) put him with two others,
  // 40-59. Sex can then stay as it is: each of the four classes
  // (20-39 or 40-59, 101** or 120**, F or M) has three rows.
  //
  // Hiding sex as well would raise k to 6, but throw away a column
  // that the study needs and that was not the problem.
  // Removing the outlier row (suppression) is the other way out,
  // and the checks here ask you to keep every row.
  return generalizeRows(rows, QUASI_IDENTIFIERS, {
    age: 3,
    zip: 2,
    sex: 0,
  });
}

// k = 3; l = 2: every class has at least two conditions, so knowing
// someone's class does not tell their condition for certain.
const columns = Object.keys(QUASI_IDENTIFIERS);
const released = generalize(SURVEY);
console.log('k =', kAnonymity(released, columns));
console.log('l =', lDiversity(released, columns, 'condition'));
for (const group of equivalenceClasses(released, columns)) {
  console.log(group.values, 'rows', group.indexes.join(', '));
}
