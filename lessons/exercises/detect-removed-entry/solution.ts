// A verifier that checks each entry, and how it connects to the one
// before it.
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
  // What entry i must name: the hash of entry i - 1 as it stands in
  // the log, or 64 zeros for the first entry.
  let expectedPrev = GENESIS;

  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;

    // 1. The entry must match its own hash. This catches an edit
    //    made without recomputing the hash.
    const hash = bytesToHex(sha256(encodeEntry(entry)));
    if (hash !== entry.hash) return { ok: false, index: i };

    // 2. The entry must stand at its own position. After a removal,
    //    every later entry stands one place too early, so the first
    //    of them fails here; after a swap, so does the first of the
    //    two. Check 3 alone would catch these too (the entry after a
    //    gap names the hash of the missing one), but the sequence
    //    number makes the gap plain, and lets a verifier say
    //    "removed" rather than "broken link".
    if (entry.seq !== i) return { ok: false, index: i };

    // 3. The entry must name the hash of the entry before it. This
    //    catches an entry that was edited and re-hashed: its new hash
    //    is not the one the next entry was chained to. It also catches
    //    a removal that was renumbered to hide the gap.
    if (entry.prevHash !== expectedPrev) return { ok: false, index: i };

    expectedPrev = entry.hash;
  }
  // What no chain can tell: whether entries were cut off at the end.
  // That takes a checkpoint kept elsewhere.
  return { ok: true };
}
