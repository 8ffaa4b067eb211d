import { assert } from 'chai';
import {
  assignRoles,
  can,
  createPolicy,
  filterRecord,
  SeparationOfDutyError,
  type Policy,
} from './rbac.ts';
import { clinic } from './exercise.ts';

// Every permission a check below asks about, whole-resource
// ones included, so that an over-broad grant shows up.
const asked = [
  'read:patient',
  'write:patient',
  'delete:patient',
  'read:patient.name',
  'read:patient.phone',
  'read:patient.email',
  'read:patient.vitals',
  'write:patient.vitals',
  'read:patient.diagnosis',
  'write:patient.diagnosis',
  'read:audit_log',
  'write:audit_log',
];

const contact = [
  'read:patient.name',
  'read:patient.phone',
  'read:patient.email',
];
const vitals = ['read:patient.vitals', 'write:patient.vitals'];
const diagnosis = ['read:patient.diagnosis', 'write:patient.diagnosis'];

// Built inside each check, so that a policy createPolicy
// refuses fails the checks one by one, with its message.
const policy = (): Policy => createPolicy(clinic);

function held(role: string): string[] {
  const p = policy();
  return asked.filter((permission) =>
    can(p, { roles: [role] }, permission),
  );
}

// Says which permissions are missing, and which are extra.
function assertHolds(role: string, expected: string[]) {
  const actual = held(role);
  const extra = actual.filter((p) => !expected.includes(p));
  const missing = expected.filter((p) => !actual.includes(p));
  if (extra.length > 0) {
    assert.fail(`${role} should not hold ${extra.join(', ')}`);
  }
  if (missing.length > 0) {
    assert.fail(`${role} should also hold ${missing.join(', ')}`);
  }
}

const ana = {
  name: 'Ana Souza',
  phone: '+31 20 555 0182',
  email: 'ana.souza@example.org',
  vitals: { pulse: 71, bloodPressure: '128/82' },
  diagnosis: 'asthma (J45)',
};

export const checks = {
  'a receptionist reads contact details and nothing else': () => {
    assertHolds('receptionist', contact);
  },
  'a nurse reads and records vitals, and not the diagnosis': () => {
    assertHolds('nurse', [...contact, ...vitals]);
  },
  'a nurse inherits the receptionist role': () => {
    const nurse = policy().roles.get('nurse')!;
    assert.isTrue(
      nurse.includes.has('receptionist'),
      'give nurse inherits: ["receptionist"]',
    );
  },
  'a doctor inherits the nurse and alone reads and writes the diagnosis':
    () => {
      const doctor = policy().roles.get('doctor')!;
      assert.isTrue(
        doctor.includes.has('nurse'),
        'give doctor inherits: ["nurse"]',
      );
      assertHolds('doctor', [...contact, ...vitals, ...diagnosis]);
    },
  'no role reads or writes a whole patient record at once': () => {
    const p = policy();
    for (const role of p.roles.keys()) {
      for (const permission of ['read:patient', 'write:patient']) {
        assert.isFalse(
          can(p, { roles: [role] }, permission),
          `${role} holds ${permission}`,
        );
      }
    }
  },
  'the auditor reads the audit log and no patient data': () => {
    const p = policy();
    assertHolds('auditor', ['read:audit_log']);
    const seen = filterRecord(
      p,
      { roles: ['auditor'] },
      'patient',
      ana,
    );
    assert.deepEqual(seen, {}, 'the auditor sees patient fields');
  },
  'only the auditor reads the audit log': () => {
    for (const role of ['receptionist', 'nurse', 'doctor']) {
      assert.notInclude(held(role), 'read:audit_log', role);
    }
  },
  'no one may be both doctor and auditor': () => {
    const p = policy();
    const doctor = { roles: ['doctor'] };
    assert.throws(
      () => assignRoles(p, doctor, ['auditor']),
      SeparationOfDutyError,
      undefined,
      'add separationOfDuty for doctor and auditor',
    );
  },
  'a nurse sees only contact details and vitals of a record': () => {
    const p = policy();
    const seen = filterRecord(p, { roles: ['nurse'] }, 'patient', ana);
    const fields = Object.keys(seen).sort().join(', ');
    assert.equal(
      fields,
      'email, name, phone, vitals',
      'the fields the nurse sees',
    );
  },
  'defines the four roles and grants nothing to any other, "__proto__" included':
    () => {
      const p = policy();
      assert.sameMembers(
        [...p.roles.keys()],
        ['receptionist', 'nurse', 'doctor', 'auditor'],
      );
      const strangers = [
        '__proto__',
        'constructor',
        'toString',
        'admin',
        'Doctor',
      ];
      for (const role of strangers) {
        for (const permission of asked) {
          assert.isFalse(
            can(p, { roles: [role] }, permission),
            `${role} may ${permission}`,
          );
        }
      }
    },
};
