// Roles, inheritance, separation of duty, purposes and field-level
// filtering, after NIST RBAC (ANSI INCITS 359).
import {
  can,
  canForPurpose,
  createPolicy,
  filterRecord,
} from './rbac.ts';

const policy = createPolicy({
  roles: {
    nurse: {
      permissions: ['read:patient.name', 'read:patient.allergies'],
    },
    doctor: { inherits: ['nurse'], permissions: ['read:patient'] },
    biller: { permissions: ['read:invoice'] },
  },
  separationOfDuty: [['doctor', 'biller']],
  purposes: { 'read:patient': ['treatment'] },
});
const nurse = { roles: ['nurse'] };
const doctor = { roles: ['doctor'] };

console.log(can(policy, nurse, 'read:patient')); // false
console.log(can(policy, doctor, 'read:patient.allergies')); // true
console.log(canForPurpose(policy, doctor, 'read:patient', 'marketing'));

const patient = { name: 'Ann Lee', allergies: 'penicillin', hiv: 'no' };
console.log(filterRecord(policy, nurse, 'patient', patient));
