// A clinic sends visits to a research team. The team must be able
// to tell which visits belong to the same patient, but not who the
// patient is. Run it, then change the email or the contexts.
import { pseudonymize } from './pseudonymization.ts';

// The pseudonymization key: 32 random bytes. Here it is made fresh
// on every run; a real one lives in a key management service, apart
// from the data (GDPR Art. 4(5): "kept separately").
const key = crypto.getRandomValues(new Uint8Array(32));

const visits = [
  { email: 'ana.souza@example.org', date: '2026-03-02', code: 'J45' },
  { email: 'li.wei@example.net', date: '2026-03-05', code: 'E11' },
  { email: 'ana.souza@example.org', date: '2026-03-14', code: 'J45' },
];

// For the study: the email becomes an HMAC under the study's
// context. The same email gives the same pseudonym, so visits still
// group by patient; nobody without the key can compute it.
const forStudy = visits.map((visit) => ({
  patient: pseudonymize(visit.email, key, 'study-42'),
  date: visit.date,
  code: visit.code,
}));
console.log('Rows for study 42 (pseudonyms cut to 16 characters):');
for (const row of forStudy) {
  console.log(`${row.patient.slice(0, 16)}…  ${row.date}  ${row.code}`);
}

// Another purpose, another context: the same email now gets an
// unrelated pseudonym, so the two releases cannot be joined on it.
const email = visits[0]!.email;
console.log('study-42:', pseudonymize(email, key, 'study-42'));
console.log('study-43:', pseudonymize(email, key, 'study-43'));

// One character differs, and the pseudonym shares nothing with the
// first: HMAC output reveals nothing about how close two inputs are.
console.log(
  'Ana.souza:',
  pseudonymize('Ana.souza@example.org', key, 'study-42'),
);
