// The same staff, asked through one policy. Roles and permissions
// live in Maps and Sets, so "constructor" is only a string; and a
// role the policy does not define grants nothing.
import { assignRoles, can, createPolicy } from './rbac.ts';

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
  separationOfDuty: [['doctor', 'pharmacist']],
});

type Staff = { name: string; role: string };
const staff: Staff[] = [
  { name: 'Rosa', role: 'receptionist' },
  { name: 'Dr Lee', role: 'doctor' },
  { name: 'Priya', role: 'pharmacist' },
  { name: 'Tom', role: 'Nurse' },
  { name: 'it-ops', role: 'admin' },
  { name: 'import-7', role: 'constructor' },
  { name: 'import-8', role: '__proto__' },
  { name: 'import-9', role: 'toString' },
];

// One question per action, asked in one place. Opening the patient
// list needs every patient's record, so it is read:patient.
const permissions = {
  'read diagnosis': 'read:patient.diagnosis',
  'write prescription': 'write:prescription',
  'open patient list': 'read:patient',
};
for (const user of staff) {
  const allowed = Object.entries(permissions)
    .filter(([, p]) => can(clinic, { roles: [user.role] }, p))
    .map(([what]) => what);
  const shown = `${user.name} (${user.role})`.padEnd(24);
  console.log(shown, allowed.length ? allowed.join(', ') : 'denied');
}

// Denying quietly at each check is the floor. Better still, refuse
// an unknown role loudly where it is assigned, at login or import.
for (const role of ['Nurse', 'constructor']) {
  try {
    assignRoles(clinic, { roles: [] }, [role]);
  } catch (error) {
    console.log(`\nassign ${role}: ${(error as Error).message}`);
  }
}
