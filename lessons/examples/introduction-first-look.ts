// A customer record, as a shop might keep it. Which fields are
// personal data? Run this, then change the record and run again.

const customer = {
  id: 'c-10492',
  name: 'Ana Souza',
  email: 'ana.souza@example.org',
  birthDate: '1988-04-17',
  postcode: '1017 CT',
  lastLoginIp: '203.0.113.42',
  favouriteColour: 'green',
  newsletter: true,
};

// Fields that point at one person directly, or that do so
// once combined with other fields or another data set.
const direct = new Set(['name', 'email']);
const indirect = new Set([
  'id',
  'birthDate',
  'postcode',
  'lastLoginIp',
]);

for (const [field, value] of Object.entries(customer)) {
  const kind = direct.has(field)
    ? 'identifies the person directly'
    : indirect.has(field)
      ? 'identifies the person in combination'
      : 'personal data too: it is about Ana';
  const shown = String(value).padEnd(22);
  console.log(`${field.padEnd(16)} ${shown} ${kind}`);
}

// Every field of the record is about an identifiable person, so
// every field is personal data under GDPR Art. 4(1), even the colour.
console.info('Fields:', Object.keys(customer).length);
