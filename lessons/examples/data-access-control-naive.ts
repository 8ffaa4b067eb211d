// How access checks often grow: a string comparison wherever one is
// needed, and a lookup table for the rest. Run it and read the
// lines marked LEAK.

type Staff = { name: string; role: string };

// Written when the clinic had three roles: receptionist, nurse and
// doctor. Only doctors may read diagnoses, so it lists who may not.
function canReadDiagnosis(user: Staff): boolean {
  if (user.role === 'receptionist' || user.role === 'nurse') {
    return false;
  }
  return true;
}

// Written later, in another file. "admin" was the IT test account.
function canWritePrescription(user: Staff): boolean {
  return user.role === 'admin' || user.role === 'doctor';
}

// A lookup table: the roles that may open the list of all patients.
const patientListRoles: Record<string, boolean> = {
  nurse: true,
  doctor: true,
};
function canOpenPatientList(user: Staff): boolean {
  return Boolean(patientListRoles[user.role]);
}

// Roles arrive as strings from outside the code: a claim in a login
// token, a group in the staff directory, a column in an import.
const staff: Staff[] = [
  { name: 'Rosa', role: 'receptionist' },
  { name: 'Dr Lee', role: 'doctor' },
  { name: 'Priya', role: 'pharmacist' }, // a role added in 2024
  { name: 'Tom', role: 'Nurse' }, // as the directory spells it
  { name: 'it-ops', role: 'admin' },
  { name: 'import-7', role: 'constructor' },
  { name: 'import-8', role: '__proto__' },
  { name: 'import-9', role: 'toString' },
];

// What the clinic meant: doctors only, for all three.
const intended = (user: Staff) => user.role === 'doctor';

const checks = {
  'read diagnosis': canReadDiagnosis,
  'write prescription': canWritePrescription,
  'open patient list': canOpenPatientList,
};
for (const user of staff) {
  for (const [what, check] of Object.entries(checks)) {
    const granted = check(user);
    if (granted && !intended(user)) {
      console.log(`LEAK ${user.name} (${user.role}) may ${what}`);
    }
  }
}

// Why the lookup table said yes: these keys come from
// Object.prototype, which every plain object inherits.
for (const role of ['constructor', '__proto__', 'toString']) {
  console.log(`patientListRoles[${role}] =`, patientListRoles[role]);
}
console.log(
  "'toString' in patientListRoles:",
  'toString' in patientListRoles,
);
