// Checkpoints: a signed note of the log's size and head, kept where
// the admin cannot reach it. They catch what the chain alone cannot:
// a cut-off tail, and a log rewritten from some entry on.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import {
  CheckpointError,
  createAuditLog,
  createCheckpoint,
  encodeEntry,
  verify,
  type AuditEntry,
  type VerifyResult,
} from './auditing.ts';

const log = createAuditLog({ logKey: randomBytes(32) });
const read = (actor: string, purpose: string) =>
  log.append({
    actor,
    action: 'read',
    resource: 'patient',
    recordId: 'c-1',
    purpose,
  });
read('staff-17', 'treatment');
read('admin-2', 'support');
read('staff-08', 'scheduling');
read('staff-17', 'treatment');

// Every evening the log's head is signed and sent elsewhere. This
// snippet signs with HMAC, so a verifier needs the same key; a real
// system uses a public-key signature (see "In production").
const checkpointKey = randomBytes(32);
const checkpoint = createCheckpoint(log.entries(), checkpointKey);
console.log('checkpoint:', checkpoint);
const options = { checkpoint, checkpointKey };

// One line per verdict.
const say = (r: VerifyResult) =>
  r.ok ? `ok, ${r.size} entries` : `${r.reason}: ${r.message}`;

// The next morning the log grows. That is fine: it only grew.
read('staff-31', 'billing');
const entries = log.entries();
console.log('\ngrown by one:', say(verify(entries, options)));

// 1. The admin cuts off the last three entries. The chain is whole,
//    but the checkpoint says there were at least four.
const cut = entries.slice(0, 2);
console.log('\n1. tail cut off');
console.log('   chain only:     ', say(verify(cut)));
console.log('   with checkpoint:', say(verify(cut, options)));

// 2. The admin changes the purpose of entry 1, then recomputes every
//    hash from there on, so that each link holds again.
const rehash = (e: Omit<AuditEntry, 'hash'>): AuditEntry => ({
  ...e,
  hash: bytesToHex(sha256(encodeEntry(e))),
});
const rewritten: AuditEntry[] = [entries[0]!];
for (const e of entries.slice(1)) {
  const prevHash = rewritten.at(-1)!.hash;
  const purpose = e.seq === 1 ? 'treatment' : e.purpose;
  rewritten.push(rehash({ ...e, purpose, prevHash }));
}
console.log('\n2. rewritten from entry 1 on');
console.log('   chain only:     ', say(verify(rewritten)));
console.log('   with checkpoint:', say(verify(rewritten, options)));

// 3. And a checkpoint edited to match the shorter log is refused:
//    without the key, its signature cannot be made to fit.
const fake = { ...checkpoint, size: 2, head: cut[1]!.hash };
try {
  verify(cut, { checkpoint: fake, checkpointKey });
} catch (error) {
  const isCheckpointError = error instanceof CheckpointError;
  console.log('\n3. forged checkpoint:', isCheckpointError);
  console.log('  ', (error as Error).message);
}
