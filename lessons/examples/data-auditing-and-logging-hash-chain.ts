// The fix: a hash chain. Each entry holds its sequence number and the
// hash of the entry before it, and verify() walks the chain. The same
// tampering as before, tried four ways.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import {
  createAuditLog,
  encodeEntry,
  verify,
  type AuditEntry,
} from './auditing.ts';

const log = createAuditLog({ logKey: randomBytes(32) });
const morning = [
  ['staff-17', 'read', 'patient', 'treatment'],
  ['staff-17', 'update', 'vitals', 'treatment'],
  ['admin-2', 'export', 'patient', 'support'],
  ['staff-08', 'read', 'appointment', 'scheduling'],
  ['admin-2', 'read', 'patient', 'support'],
  ['staff-17', 'read', 'patient', 'treatment'],
] as const;
for (const [actor, action, resource, purpose] of morning) {
  log.append({ actor, action, resource, purpose, recordId: 'c-1' });
}

const entries = log.entries();
const short = (hash: string) => hash.slice(0, 8);
console.log('seq  prevHash  hash      action');
for (const e of entries) {
  const seq = String(e.seq).padEnd(3);
  console.log(
    seq,
    '',
    short(e.prevHash),
    '',
    short(e.hash),
    '',
    e.action,
  );
}
console.log('\nintact:', verify(entries));

// Entries are frozen, so the admin writes a changed copy, as they
// would with an UPDATE on the table that stores the log.
const edited = [...entries];
edited[2] = { ...entries[2]!, action: 'read' };
console.log('\n1. edited:', verify(edited));

// An admin who knows the format recomputes the hash too. Now entry 2
// matches its hash, but entry 3 was chained to the real entry 2.
const rehash = (e: Omit<AuditEntry, 'hash'>): AuditEntry => ({
  ...e,
  hash: bytesToHex(sha256(encodeEntry(e))),
});
const forged = [...entries];
forged[2] = rehash({ ...entries[2]!, action: 'read' });
console.log('\n2. edited, hash recomputed:', verify(forged));

// Removing an entry leaves a gap in the sequence numbers, and the
// next entry's prevHash names an entry that is no longer there.
const removed = entries.filter((e) => e.seq !== 4);
console.log('\n3. entry 4 removed:', verify(removed));

// But a cut-off tail leaves a shorter chain that is still whole.
const cut = entries.slice(0, 5);
console.log('\n4. last entry cut off:', verify(cut));
