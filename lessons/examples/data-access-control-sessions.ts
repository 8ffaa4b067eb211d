// Users get roles (user assignment); a session switches on some of
// them for one task. Separation of duty limits both.
import {
  assignRoles,
  can,
  createPolicy,
  SeparationOfDutyError,
} from './rbac.ts';

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
  // Static separation of duty: no one is assigned both roles.
  separationOfDuty: [['doctor', 'pharmacist']],
});

// Dynamic separation of duty: a user may hold both roles, but one
// session may not switch on both. Whoever dispenses a controlled
// drug is not the one who gives it to the patient.
const dynamicSeparation = [['nurse', 'pharmacist']];

type Staff = { id: string; roles: string[] };

// The standard lets a session activate any role the user is
// authorized for: one assigned to them, or one below it.
function startSession(user: Staff, wanted: string[]) {
  const authorized = new Set<string>();
  const active = new Set<string>();
  for (const name of user.roles) {
    for (const r of clinic.roles.get(name)!.includes) authorized.add(r);
  }
  for (const name of wanted) {
    if (!authorized.has(name)) {
      throw new RangeError(`${user.id} may not act as ${name}`);
    }
    for (const r of clinic.roles.get(name)!.includes) active.add(r);
  }
  for (const set of dynamicSeparation) {
    const both = set.filter((r) => active.has(r));
    if (both.length > 1) {
      throw new Error(`one session may not hold ${both.join(' and ')}`);
    }
  }
  return { userId: user.id, roles: wanted };
}

function attempt(label: string, action: () => unknown) {
  try {
    console.log(`${label}:`, action());
  } catch (error) {
    const { name, message } = error as Error;
    console.log(`${label}: refused (${name}) ${message}`);
  }
}

// Assignment checks static separation of duty.
const lee = assignRoles(clinic, { id: 'dr-lee', roles: [] }, [
  'doctor',
]);
console.log('Dr Lee holds', lee.roles);
try {
  assignRoles(clinic, lee, ['pharmacist']);
} catch (error) {
  if (!(error instanceof SeparationOfDutyError)) throw error;
  console.log('refused:', error.message);
}

// Sam works shifts as a nurse and in the pharmacy: both assigned.
const sam = assignRoles(clinic, { id: 'sam', roles: [] }, [
  'nurse',
  'pharmacist',
]);
console.log('\nSam holds', sam.roles);
attempt('Sam, both at once', () =>
  startSession(sam, ['nurse', 'pharmacist']),
);
const pharmacyShift = startSession(sam, ['pharmacist']);
console.log(
  'pharmacy shift may dispense:',
  can(clinic, pharmacyShift, 'dispense:medication'),
);
console.log(
  'pharmacy shift may administer:',
  can(clinic, pharmacyShift, 'administer:medication'),
);

// Least privilege: covering the front desk, Dr Lee switches on the
// receptionist role only, and her session cannot read diagnoses.
const frontDesk = startSession(lee, ['receptionist']);
console.log(
  '\nfront desk may read phone:',
  can(clinic, frontDesk, 'read:patient.phone'),
);
console.log(
  'front desk may read diagnosis:',
  can(clinic, frontDesk, 'read:patient.diagnosis'),
);
attempt('Dr Lee as pharmacist', () =>
  startSession(lee, ['pharmacist']),
);
