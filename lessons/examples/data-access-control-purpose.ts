// Purpose limitation (GDPR Art. 5(1)(b)): data collected to treat
// Ana may not be used to market to her, even by someone who can read
// it. The policy says, per permission, which purposes it serves.
import { canForPurpose, createPolicy, filterRecord } from './rbac.ts';

const clinic = createPolicy({
  roles: {
    receptionist: {
      permissions: ['read:patient.name', 'read:patient.phone'],
    },
    nurse: {
      inherits: ['receptionist'],
      permissions: ['read:patient.vitals'],
    },
    doctor: { inherits: ['nurse'], permissions: ['read:patient'] },
  },
  purposes: {
    'read:patient': ['treatment'],
    'read:patient.name': ['treatment', 'scheduling'],
    'read:patient.phone': ['treatment', 'scheduling'],
  },
});

const ana = {
  name: 'Ana Souza',
  phone: '+31 20 555 0182',
  birthDate: '1988-04-17',
  vitals: { pulse: 71, bloodPressure: '128/82' },
  diagnosis: 'asthma (J45)',
};

const doctor = { roles: ['doctor'] };
const questions = [
  ['read:patient.diagnosis', 'treatment'],
  ['read:patient.phone', 'scheduling'],
  ['read:patient.phone', 'marketing'], // declared nowhere
  ['read:patient.diagnosis', 'scheduling'],
];
for (const [permission, purpose] of questions) {
  const ok = canForPurpose(clinic, doctor, permission, purpose);
  console.log(`${permission} for ${purpose}:`, ok ? 'yes' : 'no');
}

// The same doctor, booking a follow-up: only what scheduling needs.
console.log(
  '\nfor scheduling:',
  filterRecord(clinic, doctor, 'patient', ana, {
    purpose: 'scheduling',
  }),
);
console.log(
  'for treatment:',
  filterRecord(clinic, doctor, 'patient', ana, {
    purpose: 'treatment',
  }),
);
