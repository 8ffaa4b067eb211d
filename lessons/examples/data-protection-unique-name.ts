// The mistake: masking one field and leaving the row beside it. An
// export for a marketing agency masks every e-mail address, and keeps
// the name and the date the customer signed up.
import { maskEmail } from './masking.ts';

const customers = [
  ['Jana Dvořáková', 'jana.dvorakova@example.com', '2013-04-18'],
  ['Jan Novák', 'jan.novak@example.com', '2019-11-02'],
  ['Jiří Svoboda', 'jiri.svoboda@example.com', '2013-09-30'],
  ['Julia Weber', 'julia.weber@example.com', '2021-06-14'],
  ['Jakub Černý', 'jakub.cerny@example.com', '2016-01-08'],
  ['Petra Malá', 'petra.mala@example.com', '2013-02-25'],
];

const exported = customers.map(([name, email, since]) => ({
  name,
  email: maskEmail(email),
  customerSince: since.slice(0, 4),
}));
for (const row of exported) {
  console.log(row.name.padEnd(16), row.email, row.customerSince);
}

// The mask works: five addresses look the same.
const looksAlike = exported.filter(
  (row) => row.email === 'j***@example.com',
);
console.log('\nrows with j***@example.com:', looksAlike.length);

// But the row still says who it is. Anyone who knows her name, or
// that she has been a customer since 2013, finds her row.
const jana = exported.filter((row) => row.name === 'Jana Dvořáková');
console.warn('rows named Jana Dvořáková:', jana.length);
