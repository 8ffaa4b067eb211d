// The clinic's access policy. Right now every role may read
// and write whole patient records, and the auditor reads
// them too. Narrow it until each role holds only what its
// work needs (least privilege), using these permissions:
//
//   read:patient.name        read:patient.phone
//   read:patient.email       read:audit_log
//   read:patient.vitals      write:patient.vitals
//   read:patient.diagnosis   write:patient.diagnosis
//
// Then add the separation of duty between doctor and
// auditor.
import type { PolicyDefinition } from './rbac.ts';

export const clinic: PolicyDefinition = {
  roles: {
    receptionist: { permissions: ['read:patient', 'write:patient'] },
    nurse: { permissions: ['read:patient', 'write:patient'] },
    doctor: { permissions: ['read:patient', 'write:patient'] },
    auditor: { permissions: ['read:patient', 'read:audit_log'] },
  },
};
