// "Deleting" a customer by setting a flag: the app stops showing
// her, and everything else still has her. Read the LEAK lines.

type Customer = {
  id: string;
  name: string;
  email: string;
  address: string;
  deleted?: boolean;
};

const customers: Customer[] = [
  {
    id: 'c-ana',
    name: 'Ana Souza',
    email: 'ana.souza@example.org',
    address: 'Prinsengracht 263, 1016 GV Amsterdam',
  },
  {
    id: 'c-bob',
    name: 'Bob Okafor',
    email: 'bob.okafor@example.net',
    address: 'Rue de la Loi 16, 1000 Bruxelles',
  },
];

// Last night's backup: a copy of the whole table.
const backup: Customer[] = JSON.parse(JSON.stringify(customers));

// Ana asks to be erased. The delete button sets a flag.
function deleteCustomer(id: string) {
  const customer = customers.find((c) => c.id === id);
  if (customer) customer.deleted = true;
}
deleteCustomer('c-ana');

// The screens that remember the flag no longer show her...
const visible = customers.filter((c) => !c.deleted);
console.log(
  'the app shows:',
  visible.map((c) => c.name),
);

// ...but the row is all there, for anyone who reads the table.
const row = customers.find((c) => c.id === 'c-ana');
console.log('LEAK the table:', row);

// A query written without the flag: the mailing-list export.
const mailing = customers.map((c) => c.email);
console.log('LEAK the export:', mailing);

// The backup never heard of the deletion.
const copy = backup.find((c) => c.id === 'c-ana');
console.log('LEAK the backup:', copy);

// A disk fails, the table is restored from the backup, and Ana
// is a customer again, flag and all forgotten.
customers.splice(0, customers.length, ...backup);
const restored = customers.filter((c) => !c.deleted);
console.log(
  'LEAK after restore:',
  restored.map((c) => c.name),
);
