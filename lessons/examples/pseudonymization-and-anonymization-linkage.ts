// A clinic publishes its patients' diagnoses for research. It
// removed the names; ZIP code, birth date and sex stayed, because
// researchers asked for them.
import { EXAMPLE_PATIENTS } from './anonymization.ts';

const released = EXAMPLE_PATIENTS.map((patient) => ({
  zip: patient.zip,
  birthDate: patient.birthDate,
  sex: patient.sex,
  diagnosis: patient.diagnosis,
}));
console.log(`Released: ${released.length} rows, no names`);

// A public list with names and the same three columns: a voter
// roll, a club's member list, a social profile with a birthday.
const voters = [
  {
    name: 'Maria Keller',
    zip: '13053',
    birthDate: '1988-08-19',
    sex: 'F',
  },
  {
    name: 'Jonas Weber',
    zip: '13053',
    birthDate: '1991-03-03',
    sex: 'M',
  },
  {
    name: 'Tom Becker',
    zip: '14853',
    birthDate: '1980-11-02',
    sex: 'M',
  },
  {
    name: 'Lena Fischer',
    zip: '13068',
    birthDate: '1996-07-30',
    sex: 'F',
  },
  {
    name: 'Sofia Novak',
    zip: '14850',
    birthDate: '1976-12-25',
    sex: 'F',
  },
  {
    name: 'Omar Haddad',
    zip: '13068',
    birthDate: '1990-05-27',
    sex: 'M',
  },
];

// The attack is a join on the three columns, nothing more.
const sameKey = (a: (typeof voters)[0], b: (typeof released)[0]) =>
  a.zip === b.zip && a.birthDate === b.birthDate && a.sex === b.sex;

let identified = 0;
for (const voter of voters) {
  const matches = released.filter((row) => sameKey(voter, row));
  if (matches.length === 1) {
    identified++;
    console.log(`${voter.name.padEnd(13)} → ${matches[0]!.diagnosis}`);
  }
}
console.log(`Re-identified ${identified} of ${voters.length} voters.`);
