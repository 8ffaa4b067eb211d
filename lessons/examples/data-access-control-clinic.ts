// A clinic's access policy, written as data. Each role lists what it
// may do, as action:resource or action:resource.field; a role that
// inherits another also holds everything that one holds.
import { can, createPolicy, filterRecord } from './rbac.ts';

const clinic = createPolicy({
  roles: {
    receptionist: {
      permissions: [
        'read:patient.name',
        'read:patient.phone',
        'write:appointment',
      ],
    },
    nurse: {
      inherits: ['receptionist'],
      permissions: [
        'read:patient.vitals',
        'write:vitals',
        'administer:medication',
      ],
    },
    doctor: {
      inherits: ['nurse'],
      permissions: [
        'read:patient',
        'write:diagnosis',
        'write:prescription',
      ],
    },
    pharmacist: {
      permissions: [
        'read:patient.name',
        'read:prescription',
        'dispense:medication',
      ],
    },
  },
  // The doctor who prescribes a drug is not the one who dispenses it.
  separationOfDuty: [['doctor', 'pharmacist']],
});

// Ana's record, as the clinic stores it.
const ana = {
  name: 'Ana Souza',
  phone: '+31 20 555 0182',
  birthDate: '1988-04-17',
  vitals: { pulse: 71, bloodPressure: '128/82' },
  diagnosis: 'asthma (J45)',
};

// Who may do what? Anything the policy does not grant is denied.
const requests = [
  ['receptionist', 'read:patient.phone'],
  ['receptionist', 'read:patient.diagnosis'],
  ['nurse', 'read:patient.vitals'],
  ['nurse', 'write:appointment'], // inherited from receptionist
  ['nurse', 'write:prescription'],
  ['doctor', 'read:patient.diagnosis'], // read:patient covers it
  ['pharmacist', 'dispense:medication'],
  ['pharmacist', 'read:patient.vitals'],
  ['cleaner', 'read:patient.name'], // no such role: denied
];
for (const [role, permission] of requests) {
  const user = { roles: [role] };
  const answer = can(clinic, user, permission) ? 'allow' : 'deny';
  console.log(`${role.padEnd(12)} ${permission.padEnd(23)} ${answer}`);
}

// Field-level access: each role sees only the fields it may read.
for (const role of ['receptionist', 'nurse', 'doctor', 'pharmacist']) {
  const view = filterRecord(clinic, { roles: [role] }, 'patient', ana);
  console.log(`\n${role} sees`, view);
}
