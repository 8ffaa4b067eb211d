import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  CheckpointError,
  createAuditLog,
  createCheckpoint,
  encodeEntry,
  merkleLeafHash,
  merkleNodeHash,
  merkleTreeHash,
  parseJsonLines,
  toJsonLines,
  verify,
  type AuditEntry,
  type AuditEvent,
} from '../../../snippets/auditing.ts';
import { pseudonymize } from '../../../snippets/pseudonymization.ts';
import {
  emptyString,
  expectArgumentError,
  hugeString,
  notArrays,
  notBytes,
  notObjects,
  notStrings,
  wrongLengthKeys,
} from '../../support/wrong-inputs.ts';

const vectors = JSON.parse(
  readFileSync(new URL('../../vectors/rfc6962/tree-hashes.json', import.meta.url), 'utf8'),
) as {
  leavesHex: string[];
  rootsBySize: Record<string, string>;
  leafHashOf_L123456: string;
  nodeHashOf_N123_N456: string;
};

const logKey = new Uint8Array(32).fill(7);
const checkpointKey = new Uint8Array(32).fill(9);
const GENESIS = '0'.repeat(64);

// A clock that starts at a fixed moment and ticks one minute per call.
function createClock(start = Date.UTC(2024, 4, 1, 9, 0, 0)) {
  let now = start;
  return () => {
    const date = new Date(now);
    now += 60_000;
    return date;
  };
}

function event(i: number): AuditEvent {
  return {
    actor: `staff-${i % 3}`,
    action: i % 2 ? 'update' : 'read',
    resource: 'patient',
    recordId: `P-${1000 + i}`,
    subjectId: `person-${i % 4}`,
    purpose: 'treatment',
  };
}

function buildLog(size: number) {
  const log = createAuditLog({ logKey, clock: createClock() });
  for (let i = 0; i < size; i++) log.append(event(i));
  return log;
}

// Returns a copy of an entry with some fields changed and the hash
// recomputed, as someone who knows the format would forge it.
function forge(entry: AuditEntry, changes: Partial<AuditEntry>): AuditEntry {
  const fields = { ...entry, ...changes };
  return { ...fields, hash: bytesToHex(sha256(encodeEntry(fields))) };
}

describe('merkleTreeHash', () => {
  const leaves = vectors.leavesHex.map((hex) => hexToBytes(hex));

  test.each(Object.entries(vectors.rootsBySize))(
    'matches the RFC 6962 root of the first %s reference leaves',
    (size, root) => {
      expect(bytesToHex(merkleTreeHash(leaves.slice(0, Number(size))))).toBe(root);
    },
  );

  test('hashes the empty tree as SHA-256 of nothing', () => {
    expect(merkleTreeHash([])).toEqual(sha256(new Uint8Array(0)));
  });

  test('is the leaf hash for a single leaf', () => {
    expect(merkleTreeHash([leaves[3]!])).toEqual(merkleLeafHash(leaves[3]!));
  });

  test('splits five leaves four and one, per RFC 6962 §2.1', () => {
    const [a, b, c, d, e] = leaves.map((leaf) => merkleLeafHash(leaf));
    const left = merkleNodeHash(merkleNodeHash(a!, b!), merkleNodeHash(c!, d!));
    expect(merkleTreeHash(leaves.slice(0, 5))).toEqual(merkleNodeHash(left, e!));
  });
});

describe('merkleLeafHash', () => {
  test('matches the published leaf hash', () => {
    expect(bytesToHex(merkleLeafHash(utf8ToBytes('L123456')))).toBe(vectors.leafHashOf_L123456);
  });
});

describe('merkleNodeHash', () => {
  test('matches the published node hash', () => {
    const node = merkleNodeHash(utf8ToBytes('N123'), utf8ToBytes('N456'));
    expect(bytesToHex(node)).toBe(vectors.nodeHashOf_N123_N456);
  });
});

describe('createAuditLog', () => {
  test('records who, what, which record, when and why', () => {
    const log = createAuditLog({ logKey, clock: createClock() });
    const entry = log.append({
      actor: 'staff-42',
      action: 'read',
      resource: 'patient',
      recordId: 'P-1001',
      subjectId: 'ada@example.com',
      purpose: 'treatment',
      note: 'opened the chart',
    });
    expect(entry).toEqual({
      seq: 0,
      time: '2024-05-01T09:00:00.000Z',
      actor: 'staff-42',
      action: 'read',
      resource: 'patient',
      record: pseudonymize('P-1001', logKey, 'audit-log/record'),
      subject: pseudonymize('ada@example.com', logKey, 'audit-log/subject'),
      purpose: 'treatment',
      note: 'opened the chart',
      prevHash: GENESIS,
      hash: bytesToHex(sha256(encodeEntry(entry))),
    });
  });

  test('stores null for a missing subject and note', () => {
    const entry = buildLog(0).append({
      actor: 'staff-1',
      action: 'export',
      resource: 'report',
      recordId: 'R-7',
      purpose: 'audit',
    });
    expect(entry.subject).toBeNull();
    expect(entry.note).toBeNull();
  });

  test('chains each entry to the hash of the one before', () => {
    const entries = buildLog(3).entries();
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(entries[2]!.prevHash).toBe(entries[1]!.hash);
  });

  test('gives records and subjects different pseudonyms for one id', () => {
    const entry = buildLog(0).append({
      ...event(0),
      recordId: 'X-1',
      subjectId: 'X-1',
    });
    expect(entry.record).not.toBe(entry.subject);
  });

  test('never writes a raw record or subject id', () => {
    const log = buildLog(0);
    log.append({ ...event(0), recordId: 'P-555', subjectId: 'ada@example.com' });
    const text = toJsonLines(log.entries());
    expect(text).not.toContain('P-555');
    expect(text).not.toContain('ada');
  });

  test('keeps entries frozen and hands out copies of the list', () => {
    const log = buildLog(2);
    const copy = log.entries() as AuditEntry[];
    expect(Object.isFrozen(copy[0])).toBe(true);
    copy.pop();
    expect(log.entries()).toHaveLength(2);
  });

  test('refuses a field outside the schema and appends nothing', () => {
    const log = buildLog(1);
    const withEmail = { ...event(1), email: 'ada@example.com' };
    expect(() => log.append(withEmail as AuditEvent)).toThrow(
      new TypeError(
        'event: unexpected field "email"; an audit entry holds only ' +
          'actor, action, resource, recordId, subjectId, purpose, note',
      ),
    );
    expect(log.entries()).toHaveLength(1);
  });

  test.each([
    ['note', 'sent the letter to ada.lovelace@example.com'],
    ['note', 'called +44 20 7946 0958 about it'],
    ['note', 'paid with 4111 1111 1111 1111'],
    ['actor', 'ada.lovelace@example.com'],
  ])('refuses personal data in %s without repeating it', (field, value) => {
    const log = buildLog(0);
    let thrown: unknown;
    try {
      log.append({ ...event(0), [field]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect((thrown as Error).message).toContain(`event.${field}`);
    expect((thrown as Error).message).toContain('personal data');
    expect((thrown as Error).message).not.toContain(value.slice(-12));
    expect(log.entries()).toHaveLength(0);
  });

  test('refuses an action, resource or purpose that is not a short name', () => {
    expectArgumentError(
      () => buildLog(0).append({ ...event(0), purpose: 'to help them' }),
      RangeError,
      'event.purpose',
    );
  });

  test('refuses a clock that returns something other than a valid Date', () => {
    const log = createAuditLog({ logKey, clock: () => new Date(Number.NaN) });
    expectArgumentError(() => log.append(event(0)), TypeError, 'options.clock');
  });

  test('uses the real time when no clock is given', () => {
    const before = Date.now();
    const entry = createAuditLog({ logKey }).append(event(0));
    expect(Date.parse(entry.time)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(entry.time)).toBeLessThanOrEqual(Date.now());
  });

  test('finds the entries about one subject or record by their pseudonym', () => {
    const log = buildLog(8);
    expect(log.findEntries({ subjectId: 'person-1' }).map((e) => e.seq)).toEqual([1, 5]);
    expect(log.findEntries({ recordId: 'P-1003' }).map((e) => e.seq)).toEqual([3]);
    expect(log.findEntries({ recordId: 'P-1003', subjectId: 'person-1' })).toEqual([]);
  });

  test('makes pseudonyms that depend on the log key', () => {
    const other = createAuditLog({ logKey: new Uint8Array(32).fill(8) });
    expect(other.append(event(0)).record).not.toBe(buildLog(1).entries()[0]!.record);
  });
});

describe('encodeEntry', () => {
  test('encodes the fields as a JSON array in a fixed order', () => {
    const entry = buildLog(1).entries()[0]!;
    const shuffled = Object.fromEntries(Object.entries(entry).reverse());
    const text = new TextDecoder().decode(encodeEntry(shuffled as AuditEntry));
    expect(text).toBe(
      JSON.stringify([
        'pdl-audit/1',
        0,
        '2024-05-01T09:00:00.000Z',
        'staff-0',
        'read',
        'patient',
        entry.record,
        entry.subject,
        'treatment',
        null,
        GENESIS,
      ]),
    );
  });
});

describe('verify', () => {
  const entries = buildLog(6).entries();

  test('accepts an intact log and reports its size and head', () => {
    expect(verify(entries)).toEqual({
      ok: true,
      size: 6,
      head: entries[5]!.hash,
    });
  });

  test('accepts an empty log', () => {
    expect(verify([])).toEqual({ ok: true, size: 0, head: GENESIS });
  });

  test('finds an entry changed without recomputing its hash', () => {
    const tampered = [...entries];
    tampered[2] = { ...entries[2]!, actor: 'staff-9' };
    expect(verify(tampered)).toEqual({
      ok: false,
      index: 2,
      reason: 'changed',
      message: 'entry 2 does not match its hash',
    });
  });

  test('finds an entry changed with its hash recomputed', () => {
    const tampered = [...entries];
    tampered[2] = forge(entries[2]!, { purpose: 'marketing' });
    expect(verify(tampered)).toEqual({
      ok: false,
      index: 2,
      reason: 'changed',
      message: 'entry 2 is not the entry that entry 3 was chained to',
    });
  });

  test('finds a removed entry', () => {
    const tampered = entries.filter((_, i) => i !== 3);
    expect(verify(tampered)).toMatchObject({
      ok: false,
      index: 3,
      reason: 'removed',
    });
  });

  test('finds the first entry removed', () => {
    expect(verify(entries.slice(1))).toMatchObject({
      index: 0,
      reason: 'removed',
    });
  });

  test('finds two entries swapped', () => {
    const tampered = [...entries];
    [tampered[2], tampered[3]] = [entries[3]!, entries[2]!];
    expect(verify(tampered)).toEqual({
      ok: false,
      index: 2,
      reason: 'reordered',
      message: 'entry 3 stands where 2 belongs',
    });
  });

  test('finds a copy of an earlier entry inserted', () => {
    const tampered = [...entries];
    tampered.splice(4, 0, entries[1]!);
    expect(verify(tampered)).toMatchObject({ index: 4, reason: 'inserted' });
  });

  test('finds a copy inserted right after its original', () => {
    const tampered = [...entries];
    tampered.splice(2, 0, entries[1]!);
    expect(verify(tampered)).toMatchObject({ index: 2, reason: 'inserted' });
  });

  test('finds a forged entry that takes the place of a real one', () => {
    const fake = forge(entries[2]!, { actor: 'staff-9' });
    const tampered = [...entries];
    tampered.splice(2, 0, fake);
    expect(verify(tampered)).toMatchObject({ index: 2, reason: 'inserted' });
  });

  test('finds a forged entry that does not link to its predecessor', () => {
    const fake = forge(entries[2]!, { prevHash: GENESIS, actor: 'staff-9' });
    const tampered = [...entries];
    tampered.splice(2, 0, fake);
    expect(verify(tampered)).toMatchObject({ index: 2, reason: 'inserted' });
  });

  test('reports a first entry that does not start the chain', () => {
    const tampered = [forge(entries[0]!, { prevHash: 'a'.repeat(64) })];
    expect(verify(tampered)).toMatchObject({ index: 0, reason: 'changed' });
  });

  test.each([
    ['null', null],
    ['a string', 'entry'],
    ['a negative seq', { seq: -1 }],
    ['a missing hash', { hash: undefined }],
    ['an upper-case hash', { hash: 'A'.repeat(64) }],
  ])('reports an entry that is %s as changed', (_, damage) => {
    const tampered: unknown[] = [...entries];
    tampered[1] = damage && typeof damage === 'object' ? { ...entries[1]!, ...damage } : damage;
    expect(verify(tampered)).toMatchObject({ index: 1, reason: 'changed' });
  });

  test('reports only the first of several problems', () => {
    const tampered = entries.filter((_, i) => i !== 4);
    tampered[1] = { ...entries[1]!, note: 'x' };
    expect(verify(tampered)).toMatchObject({ index: 1, reason: 'changed' });
  });

  test('cannot see a cut-off tail without a checkpoint', () => {
    expect(verify(entries.slice(0, 4)).ok).toBe(true);
  });

  test('finds a cut-off tail given a checkpoint', () => {
    const checkpoint = createCheckpoint(entries, checkpointKey);
    expect(verify(entries.slice(0, 4), { checkpoint, checkpointKey })).toEqual({
      ok: false,
      index: 4,
      reason: 'truncated',
      message: 'the checkpoint covers 6 entries; entries from 4 on are missing',
    });
  });

  test('finds a log rewritten from some entry on, given a checkpoint', () => {
    // Rewrite entry 2 and re-chain everything after it: the chain holds.
    const rewritten: AuditEntry[] = entries.slice(0, 2);
    for (const entry of entries.slice(2)) {
      const changes = entry.seq === 2 ? { purpose: 'marketing' } : {};
      const prevHash = rewritten.at(-1)!.hash;
      rewritten.push(forge(entry, { ...changes, prevHash }));
    }
    expect(verify(rewritten).ok).toBe(true);

    const checkpoint = createCheckpoint(entries, checkpointKey);
    expect(verify(rewritten, { checkpoint, checkpointKey })).toMatchObject({
      ok: false,
      index: 5,
      reason: 'changed',
    });
  });

  test('accepts entries appended after the checkpoint', () => {
    const log = buildLog(3);
    const checkpoint = createCheckpoint(log.entries(), checkpointKey);
    log.append(event(3));
    expect(verify(log.entries(), { checkpoint, checkpointKey })).toMatchObject({
      ok: true,
      size: 4,
    });
  });

  test('accepts an empty checkpoint for any intact log', () => {
    const checkpoint = createCheckpoint([], checkpointKey);
    expect(verify(entries, { checkpoint, checkpointKey }).ok).toBe(true);
  });

  test('throws a vague CheckpointError for a forged or wrongly keyed one', () => {
    const checkpoint = createCheckpoint(entries.slice(0, 4), checkpointKey);
    const forged = { ...checkpoint, size: 3, head: entries[2]!.hash };
    const wrongKey = new Uint8Array(32).fill(1);
    for (const [cp, key] of [
      [forged, checkpointKey],
      [checkpoint, wrongKey],
    ] as const) {
      expect(() => verify(entries, { checkpoint: cp, checkpointKey: key })).toThrow(
        new CheckpointError(),
      );
    }
    expect(new CheckpointError().message).toBe('checkpoint: signature could not be verified');
  });

  // One tampering of a random log, and what verify must say about it.
  const tampering = fc.oneof(
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('edit' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('copy' as const), at: fc.nat() }),
  );

  test('names the right entry and reason for any single tampering', () => {
    const log = buildLog(10).entries();
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), tampering, (size, t) => {
        const original = log.slice(0, size);
        const checkpoint = createCheckpoint(original, checkpointKey);
        const options = { checkpoint, checkpointKey };
        const at = t.at % (size - 1); // leaves room for a later entry
        const tampered: unknown[] = [...original];
        let expected: { index: number; reason: string };

        if (t.kind === 'remove') {
          tampered.splice(at, 1);
          expected = { index: at, reason: 'removed' };
        } else if (t.kind === 'swap') {
          [tampered[at], tampered[at + 1]] = [original[at + 1], original[at]];
          expected = { index: at, reason: 'reordered' };
        } else if (t.kind === 'edit') {
          tampered[at] = { ...original[at]!, action: 'delete' };
          expected = { index: at, reason: 'changed' };
        } else {
          tampered.splice(at + 1, 0, original[at]);
          expected = { index: at + 1, reason: 'inserted' };
        }
        expect(verify(tampered, options)).toMatchObject({
          ok: false,
          ...expected,
        });
      }),
    );
  });

  test('finds a change to any field of any entry at that entry', () => {
    const log = buildLog(5).entries();
    const field = fc.constantFrom(
      'seq',
      'time',
      'actor',
      'action',
      'resource',
      'record',
      'subject',
      'purpose',
      'note',
      'prevHash',
      'hash',
    );
    fc.assert(
      fc.property(fc.nat(4), field, fc.string(), (at, key, value) => {
        const entry = log[at]!;
        fc.pre(entry[key] !== value);
        const tampered: unknown[] = [...log];
        tampered[at] = { ...entry, [key]: value };
        expect(verify(tampered)).toMatchObject({ index: at, reason: 'changed' });
      }),
    );
  });
});

describe('createCheckpoint', () => {
  const entries = buildLog(5).entries();

  test('notes the size, the head and the Merkle root of the log', () => {
    const checkpoint = createCheckpoint(entries, checkpointKey);
    expect(checkpoint).toMatchObject({
      size: 5,
      head: entries[4]!.hash,
      root: bytesToHex(merkleTreeHash(entries.map(encodeEntry))),
    });
    expect(checkpoint.signature).toMatch(/^[\da-f]{64}$/);
  });

  test('signs differently under a different key', () => {
    const a = createCheckpoint(entries, checkpointKey);
    const b = createCheckpoint(entries, new Uint8Array(32).fill(1));
    expect(a.signature).not.toBe(b.signature);
  });

  test('notes an empty log with the all-zero head', () => {
    expect(createCheckpoint([], checkpointKey)).toMatchObject({
      size: 0,
      head: GENESIS,
      root: bytesToHex(sha256(new Uint8Array(0))),
    });
  });

  test('refuses to sign a log that does not verify', () => {
    const tampered = [entries[1]!, entries[0]!];
    expect(() => createCheckpoint(tampered, checkpointKey)).toThrow(
      new RangeError(
        'entries: the log does not verify (entry 1 stands where 0 belongs); ' + 'not signing it',
      ),
    );
  });
});

describe('toJsonLines', () => {
  test('writes one entry per line', () => {
    const entries = buildLog(3).entries();
    const lines = toJsonLines(entries).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual(entries[1]);
  });

  test('writes nothing for no entries', () => {
    expect(toJsonLines([])).toBe('');
  });
});

describe('parseJsonLines', () => {
  test('reads back what toJsonLines wrote, and it verifies', () => {
    fc.assert(
      fc.property(fc.nat(8), (size) => {
        const entries = buildLog(size).entries();
        const parsed = parseJsonLines(toJsonLines(entries));
        expect(parsed).toEqual(entries);
        expect(verify(parsed)).toMatchObject({ ok: true, size });
      }),
      { numRuns: 20 },
    );
  });

  test('names the line that is not JSON', () => {
    const text = toJsonLines(buildLog(3).entries()).replace('"seq":1', 'seq:1');
    expect(() => parseJsonLines(text)).toThrow(new SyntaxError('text: line 2 is not valid JSON'));
  });

  test('lets verify report an edited line', () => {
    const text = toJsonLines(buildLog(3).entries()).replace(
      '"action":"update"',
      '"action":"delete"',
    );
    expect(verify(parseJsonLines(text))).toMatchObject({
      index: 1,
      reason: 'changed',
    });
  });
});

describe('wrong inputs', () => {
  const shortKeys = wrongLengthKeys.filter((key) => key.length < 32);

  test('createAuditLog names its options, key and clock', () => {
    for (const bad of notObjects) {
      expectArgumentError(() => createAuditLog(bad as never), TypeError, 'options');
    }
    for (const bad of notBytes) {
      expectArgumentError(
        () => createAuditLog({ logKey: bad as never }),
        TypeError,
        'options.logKey',
      );
    }
    for (const key of shortKeys) {
      expectArgumentError(() => createAuditLog({ logKey: key }), RangeError, 'options.logKey');
    }
    expectArgumentError(
      () => createAuditLog({ logKey, clock: 'now' as never }),
      TypeError,
      'options.clock',
    );
  });

  test('append names the event and each field', () => {
    const log = buildLog(0);
    for (const bad of notObjects) {
      expectArgumentError(() => log.append(bad as never), TypeError, 'event');
    }
    const required = ['actor', 'action', 'resource', 'recordId', 'purpose'];
    for (const field of [...required, 'subjectId', 'note']) {
      const badTypes = notStrings.filter((v) => v !== undefined || required.includes(field));
      for (const bad of badTypes) {
        expectArgumentError(
          () => log.append({ ...event(0), [field]: bad }),
          TypeError,
          `event.${field}`,
        );
      }
      for (const bad of [emptyString, hugeString]) {
        expectArgumentError(
          () => log.append({ ...event(0), [field]: bad }),
          RangeError,
          `event.${field}`,
        );
      }
    }
    expect(log.entries()).toHaveLength(0);
  });

  test('findEntries names the query and its fields', () => {
    const log = buildLog(1);
    for (const bad of notObjects) {
      expectArgumentError(() => log.findEntries(bad as never), TypeError, 'query');
    }
    expectArgumentError(() => log.findEntries({}), TypeError, 'query');
    for (const field of ['recordId', 'subjectId']) {
      for (const bad of notStrings.filter((v) => v !== undefined)) {
        expectArgumentError(() => log.findEntries({ [field]: bad }), TypeError, `query.${field}`);
      }
      for (const bad of [emptyString, hugeString]) {
        expectArgumentError(() => log.findEntries({ [field]: bad }), RangeError, `query.${field}`);
      }
    }
  });

  test('verify names the entries, options, checkpoint and key', () => {
    const entries = buildLog(2).entries();
    const checkpoint = createCheckpoint(entries, checkpointKey);
    for (const bad of notArrays) {
      expectArgumentError(() => verify(bad as never), TypeError, 'entries');
    }
    for (const bad of notObjects.filter((v) => v !== undefined)) {
      expectArgumentError(() => verify(entries, bad as never), TypeError, 'options');
      expectArgumentError(
        () => verify(entries, { checkpoint: bad as never, checkpointKey }),
        TypeError,
        'options.checkpoint',
      );
    }
    for (const damage of [{ size: -1 }, { size: 1.5 }, { head: 'zz' }]) {
      expectArgumentError(
        () =>
          verify(entries, {
            checkpoint: { ...checkpoint, ...damage },
            checkpointKey,
          }),
        TypeError,
        'options.checkpoint',
      );
    }
    for (const bad of notBytes) {
      expectArgumentError(
        () => verify(entries, { checkpoint, checkpointKey: bad as never }),
        TypeError,
        'options.checkpointKey',
      );
    }
    for (const key of shortKeys) {
      expectArgumentError(
        () => verify(entries, { checkpoint, checkpointKey: key }),
        RangeError,
        'options.checkpointKey',
      );
    }
  });

  test('createCheckpoint names the entries and the key', () => {
    for (const bad of notArrays) {
      expectArgumentError(
        () => createCheckpoint(bad as never, checkpointKey),
        TypeError,
        'entries',
      );
    }
    for (const bad of notBytes) {
      expectArgumentError(() => createCheckpoint([], bad as never), TypeError, 'checkpointKey');
    }
    for (const key of shortKeys) {
      expectArgumentError(() => createCheckpoint([], key), RangeError, 'checkpointKey');
    }
  });

  test('the Merkle functions name the leaves and nodes', () => {
    for (const bad of notArrays) {
      expectArgumentError(() => merkleTreeHash(bad as never), TypeError, 'leaves');
    }
    for (const bad of notBytes) {
      const b = bad as never;
      expectArgumentError(() => merkleTreeHash([b]), TypeError, 'leaves[0]');
      expectArgumentError(() => merkleLeafHash(b), TypeError, 'leaf');
      expectArgumentError(() => merkleNodeHash(b, new Uint8Array(32)), TypeError, 'left');
      expectArgumentError(() => merkleNodeHash(new Uint8Array(32), b), TypeError, 'right');
    }
  });

  test('the serializers name their argument', () => {
    for (const bad of notArrays) {
      expectArgumentError(() => toJsonLines(bad as never), TypeError, 'entries');
    }
    for (const bad of notStrings) {
      expectArgumentError(() => parseJsonLines(bad as never), TypeError, 'text');
    }
    expectArgumentError(() => parseJsonLines(hugeString), SyntaxError, 'text');
    for (const bad of notObjects) {
      expectArgumentError(() => encodeEntry(bad as never), TypeError, 'entry');
    }
  });
});
