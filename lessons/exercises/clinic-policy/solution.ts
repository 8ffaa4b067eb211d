// The clinic's access policy, narrowed to what each role's
// work needs (least privilege). Anything not listed here is
// denied.
import type { PolicyDefinition } from './rbac.ts';

export const clinic: PolicyDefinition = {
  roles: {
    // The front desk books visits and calls patients back:
    // contact details only, one field at a time, never the
    // whole record.
    receptionist: {
      permissions: [
        'read:patient.name',
        'read:patient.phone',
        'read:patient.email',
      ],
    },
    // A nurse needs everything the front desk has, plus the
    // vitals. Inheriting says so once: a permission later
    // given to the receptionist reaches the nurse without a
    // second edit.
    nurse: {
      inherits: ['receptionist'],
      permissions: ['read:patient.vitals', 'write:patient.vitals'],
    },
    // The doctor is senior to the nurse, and alone with the
    // diagnosis.
    doctor: {
      inherits: ['nurse'],
      permissions: [
        'read:patient.diagnosis',
        'write:patient.diagnosis',
      ],
    },
    // The auditor checks who did what. Reading the audit
    // log needs no patient data, so the role inherits
    // nothing and reads nothing else. If an audit ever
    // needs a record, that is a separate, logged grant, not
    // a standing permission.
    auditor: { permissions: ['read:audit_log'] },
  },
  // Static separation of duty: whoever checks the doctors'
  // work is not one of them, so no user may be assigned
  // both roles.
  separationOfDuty: [['doctor', 'auditor']],
};
