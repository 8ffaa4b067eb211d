// A clinic's patient record. classifyRecord judges each field by its
// name and by what its value contains. Run it, then rename a field
// (diagnosis → notes2, say) or add one, and run it again.
import { classifyRecord } from './classification.ts';

const patient = {
  patientId: 'P-20931',
  fullName: 'Jana Dvořáková',
  dateOfBirth: '1979-06-02',
  postcode: '602 00',
  email: 'jana.dvorakova@example.com',
  mobile: '+420 601 234 567',
  insuranceNumber: '795602/1238',
  diagnosis: 'Type 2 diabetes',
  medication: 'Metformin 500 mg twice daily',
  religion: 'Jehovah’s Witness: no blood products',
  bloodType: 'A+',
  portalDeviceId: '3f2a9c1e-8b7d-4e21-9a0f-6c5d4b3a2e10',
  lastSeenIp: '203.0.113.42',
  billingIban: 'CZ65 0800 0000 1920 0014 5399',
  notes: 'Daughter Eva picks her up, +420 737 555 010',
  roomNumber: 214,
};

const results = classifyRecord(patient);
for (const { field, category, kinds } of results) {
  const found = kinds.length > 0 ? `found: ${kinds.join(', ')}` : '';
  console.log(field.padEnd(16), category.padEnd(18), found);
}

// "none" means that no rule matched, not that the field is safe.
const unjudged = results.filter((r) => r.category === 'none');
console.warn(
  'No category for:',
  unjudged.map((r) => r.field).join(', '),
);
