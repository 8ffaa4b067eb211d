// The same release, generalized before it goes out: the birth date
// is replaced by an age band, the ZIP code is cut, sex is hidden.
// The attacker generalizes the voter roll the same way and joins.
import {
  EXAMPLE_PATIENTS,
  GENERALIZATION_LEVELS,
  generalizeRows,
  kAnonymity,
  lDiversity,
  type Levels,
} from './anonymization.ts';

// Ages are as of 2026-01-01, like the table's.
const voters = [
  { name: 'Maria Keller', age: 37, zip: '13053', sex: 'F' },
  { name: 'Tom Becker', age: 45, zip: '14853', sex: 'M' },
  { name: 'Lena Fischer', age: 29, zip: '13068', sex: 'F' },
];

const quasiIdentifiers = {
  age: 'age',
  zip: 'zip',
  sex: 'category',
} as const;
const columns = Object.keys(quasiIdentifiers);
const table = EXAMPLE_PATIENTS.map(({ age, zip, sex, diagnosis }) => ({
  age,
  zip,
  sex,
  diagnosis,
}));

function release(levels: Levels) {
  const released = generalizeRows(table, quasiIdentifiers, levels);
  const k = kAnonymity(released, columns);
  const l = lDiversity(released, columns, 'diagnosis');
  const names = Object.entries(quasiIdentifiers).map(
    ([column, kind]) =>
      `${column}: ${GENERALIZATION_LEVELS[kind][levels[column]!]}`,
  );
  console.log(`${names.join(', ')} → k = ${k}, l = ${l}`);
  console.log('  First row:', released[0]);

  const known = generalizeRows(voters, quasiIdentifiers, levels);
  for (const voter of known) {
    const candidates = released.filter((row) =>
      columns.every((column) => row[column] === voter[column]),
    );
    const diagnoses = new Set(candidates.map((row) => row.diagnosis));
    console.log(
      `  ${String(voter.name).padEnd(13)} ${candidates.length} rows:`,
      [...diagnoses].join(', '),
    );
  }
}

// Level 2 of age is a 10-year band; level 2 of a ZIP keeps three
// digits; level 1 of a category hides it.
release({ age: 2, zip: 2, sex: 1 });

// Nobody is singled out any more, but all four rows Maria could be
// have cancer: the homogeneity attack. Wider age bands and 4-digit
// ZIPs mix the diagnoses in every group.
release({ age: 3, zip: 1, sex: 1 });
