// A verifier for the audit log, written before anyone thought of
// deleting an entry. It recomputes each entry's hash and compares it
// with the stored one, which catches an edited entry. But it never
// looks at how the entries connect, so a log with an entry taken out,
// or two entries swapped, passes.
//
// Make `verifyChain` also check that each entry carries the next
// sequence number and names the hash of the entry before it.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeEntry, type AuditEntry } from './auditing.ts';

/** `index` is the position of the first entry found wrong. */
export type ChainResult = { ok: true } | { ok: false; index: number };

/** The prevHash of the first entry: 64 zeros. */
export const GENESIS = '0'.repeat(64);

export function verifyChain(
  entries: readonly AuditEntry[],
): ChainResult {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const hash = bytesToHex(sha256(encodeEntry(entry)));
    if (hash !== entry.hash) return { ok: false, index: i };

    // Not checked yet: entry.seq and entry.prevHash.
  }
  return { ok: true };
}
