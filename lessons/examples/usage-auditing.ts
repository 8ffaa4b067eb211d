// A hash-chained audit log with pseudonymous record ids, a signed
// checkpoint, and verification that finds an edited entry.
import { randomBytes } from '@noble/ciphers/utils.js';
import {
  createAuditLog,
  createCheckpoint,
  verify,
} from './auditing.ts';

const log = createAuditLog({ logKey: randomBytes(32) });
const event = {
  actor: 'u-7',
  action: 'read',
  resource: 'patient',
  recordId: 'p-20931',
  purpose: 'treatment',
};
log.append(event);
log.append({ ...event, action: 'export', note: 'exported 3 fields' });
console.log(log.entries()[1]);

const checkpointKey = randomBytes(32);
const checkpoint = createCheckpoint(log.entries(), checkpointKey);
console.log(verify(log.entries(), { checkpoint, checkpointKey }));

// Change the purpose of the first entry: its hash no longer fits.
const [first, second] = log.entries();
console.log(verify([{ ...first!, purpose: 'research' }, second!]));
