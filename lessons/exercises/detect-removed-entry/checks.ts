import { assert } from 'chai';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  createAuditLog,
  encodeEntry,
  type AuditEntry,
} from './auditing.ts';
import { verifyChain } from './exercise.ts';

// Six entries of a clinic's log, with a fixed key and clock.
function buildLog(): readonly AuditEntry[] {
  let now = Date.UTC(2025, 2, 3, 8, 0);
  const log = createAuditLog({
    logKey: new Uint8Array(32).fill(7),
    clock: () => new Date((now += 7 * 60_000)),
  });
  const actions = ['read', 'update', 'export', 'read', 'read', 'read'];
  actions.forEach((action, i) =>
    log.append({
      actor: `staff-${i % 3}`,
      action,
      resource: 'patient',
      recordId: `chart-${1000 + i}`,
      purpose: 'treatment',
    }),
  );
  return log.entries();
}

const entries = buildLog();

// As someone who knows the format would forge an entry.
function rehash(entry: Omit<AuditEntry, 'hash'>): AuditEntry {
  return { ...entry, hash: bytesToHex(sha256(encodeEntry(entry))) };
}

function assertFails(
  tampered: readonly AuditEntry[],
  index: number | number[],
) {
  const result = verifyChain(tampered);
  assert.isFalse(result.ok, 'verifyChain accepted a tampered log');
  if (result.ok) return;
  const allowed = Array.isArray(index) ? index : [index];
  assert.include(allowed, result.index, 'wrong index reported');
}

export const checks = {
  'accepts the intact log': () => {
    assert.deepEqual(verifyChain(entries), { ok: true });
  },

  'accepts an empty log': () => {
    assert.deepEqual(verifyChain([]), { ok: true });
  },

  'finds an entry changed without a new hash, at its index': () => {
    const tampered = [...entries];
    tampered[2] = { ...entries[2]!, action: 'read' };
    assertFails(tampered, 2);
  },

  'finds a removed entry, at the index where it was': () => {
    assertFails(
      entries.filter((e) => e.seq !== 3),
      3,
    );
  },

  'finds the first entry removed': () => {
    assertFails(entries.slice(1), 0);
  },

  'finds two entries swapped, at the first of them': () => {
    const tampered = [...entries];
    [tampered[2], tampered[3]] = [entries[3]!, entries[2]!];
    assertFails(tampered, 2);
  },

  'finds an entry changed and re-hashed (index 2 or 3)': () => {
    const tampered = [...entries];
    tampered[2] = rehash({ ...entries[2]!, action: 'read' });
    assertFails(tampered, [2, 3]);
  },

  'finds a removal hidden by renumbering the later entries': () => {
    // Entry 3 is removed; entries 4 and 5 get seq 3 and 4 and new
    // hashes, but keep the prevHash they were written with.
    const renumbered = entries
      .filter((e) => e.seq !== 3)
      .map((e, i) => (e.seq === i ? e : rehash({ ...e, seq: i })));
    assertFails(renumbered, 3);
  },
};
