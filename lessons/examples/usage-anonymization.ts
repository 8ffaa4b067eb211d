// Measure k-anonymity and l-diversity, generalize a table until it
// is 3-anonymous, and answer a count with differential privacy.
import {
  anonymize,
  countPrivately,
  EXAMPLE_PATIENTS,
  kAnonymity,
  lDiversity,
} from './anonymization.ts';

const columns = ['age', 'zip'];
console.log('k as is:', kAnonymity(EXAMPLE_PATIENTS, columns));

const { rows, levels } = anonymize(EXAMPLE_PATIENTS, {
  quasiIdentifiers: { age: 'age', zip: 'zip' },
  k: 3,
});
console.log('levels:', levels);
console.log('k:', kAnonymity(rows, columns));
console.log('l:', lDiversity(rows, columns, 'diagnosis'));
console.log(rows.map((row) => [row.age, row.zip, row.diagnosis]));

const hasCancer = (row: { diagnosis?: unknown }) =>
  row.diagnosis === 'cancer';
console.log('cancer, ε = 1:', countPrivately(rows, hasCancer, 1));
