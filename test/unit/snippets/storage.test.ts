import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { aeskw } from '@noble/ciphers/aes.js';
import { bytesToHex, hexToBytes } from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DecryptionError, decryptText } from '../../../snippets/encryption.ts';
import {
  createMemoryBackend,
  createRecordStore,
  unwrapDataKey,
  wrapDataKey,
  type RecordStoreOptions,
  type Snapshot,
  type StorageBackend,
  type StoreRecord,
} from '../../../snippets/storage.ts';
import {
  badNumbers,
  emptyString,
  expectArgumentError,
  hugeString,
  notArrays,
  notBytes,
  notObjects,
  notStrings,
  wrongLengthKeys,
} from '../../support/wrong-inputs.ts';

// ---------------------------------------------------------------------------
// Wycheproof AES-KW

interface WrapVector {
  tcId: number;
  comment: string;
  flags: string[];
  key: string;
  msg: string;
  ct: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface WrapFile {
  numberOfTests: number;
  notes: Record<string, unknown>;
  testGroups: { keySize: number; tests: WrapVector[] }[];
}

const wrapFile = JSON.parse(
  readFileSync(new URL('../../vectors/wycheproof/aes_wrap_test.json', import.meta.url), 'utf8'),
) as WrapFile;
const wrapTests = wrapFile.testGroups.flatMap((g) => g.tests);
const label = (t: WrapVector) => `tcId ${t.tcId} ${t.result} [${t.flags.join(', ')}] ${t.comment}`;

describe('Wycheproof aes_wrap file', () => {
  test('holds the tests it announces, with flags its notes explain', () => {
    expect(wrapTests).toHaveLength(wrapFile.numberOfTests);
    const flags = new Set(wrapTests.flatMap((t) => t.flags));
    expect([...flags].sort()).toEqual(Object.keys(wrapFile.notes).sort());
  });
});

describe('noble aeskw (beneath the store)', () => {
  test.each(wrapTests.map((t) => [label(t), t] as const))('%s', (_name, t) => {
    const [kek, msg, ct] = [t.key, t.msg, t.ct].map(hexToBytes);
    const wrap = () => aeskw(kek!).encrypt(msg!);
    const unwrap = () => aeskw(kek!).decrypt(ct!);

    if (t.result === 'valid') {
      expect(bytesToHex(wrap())).toBe(t.ct);
      expect(bytesToHex(unwrap())).toBe(t.msg);
    } else if (t.result === 'acceptable') {
      // 8-byte keys: RFC 3394 §2 wraps them, SP 800-38F does not. noble
      // follows SP 800-38F (and offers aeskwp for short keys).
      expect(t.flags).toEqual(['ShortKey']);
      expect(wrap).toThrow();
      expect(unwrap).toThrow();
    } else {
      expect(unwrap).toThrow();
      // A key that cannot be wrapped (empty, not a multiple of 8) is refused.
      if (t.ct === '') expect(wrap).toThrow();
    }
  });
});

describe('wrapDataKey and unwrapDataKey on AES-256-KW vectors of 32-byte keys', () => {
  const cases = wrapFile.testGroups
    .filter((g) => g.keySize === 256)
    .flatMap((g) => g.tests)
    .filter((t) => t.msg.length === 64 && t.ct.length === 80);

  test('cover valid and modified-IV cases', () => {
    expect(cases.filter((t) => t.result === 'valid')).toHaveLength(4);
    expect(cases.filter((t) => t.flags.includes('ModifiedIv'))).toHaveLength(12);
  });

  test.each(cases.map((t) => [label(t), t] as const))('%s', (_name, t) => {
    const [kek, msg, ct] = [t.key, t.msg, t.ct].map(hexToBytes);
    if (t.result === 'valid') {
      expect(bytesToHex(wrapDataKey(kek!, msg!))).toBe(t.ct);
      expect(bytesToHex(unwrapDataKey(kek!, ct!))).toBe(t.msg);
    } else {
      expect(() => unwrapDataKey(kek!, ct!)).toThrow(DecryptionError);
    }
  });
});

// ---------------------------------------------------------------------------
// The store

const masterKey = hexToBytes('11'.repeat(32));
const indexKey = hexToBytes('22'.repeat(32));
const newMasterKey = hexToBytes('33'.repeat(32));

const baseOptions = {
  masterKey,
  indexKey,
  encryptedFields: ['name', 'email', 'phone', 'birthYear', 'consented'],
  indexedFields: ['email', 'phone'],
  plainFields: ['createdAt', 'plan'],
} satisfies RecordStoreOptions;

const people: Record<string, StoreRecord> = {
  'user-1': {
    name: 'Ada Lovelace',
    email: 'ada.lovelace@example.com',
    phone: '+44 20 7946 0018',
    birthYear: 1815,
    consented: true,
    createdAt: '2024-05-01',
    plan: 'free',
  },
  'user-2': {
    name: 'Alan Mathison Turing',
    email: 'alan.turing@example.org',
    phone: '+44 161 496 0754',
    birthYear: 1912,
    consented: false,
    createdAt: '2024-05-02',
    plan: 'pro',
  },
  'user-3': {
    name: 'Grace Brewster Hopper',
    email: 'grace.hopper@example.net',
    phone: null,
    createdAt: '2024-05-03',
  },
};
const personalFields = baseOptions.encryptedFields;

function makeStore(overrides: Partial<RecordStoreOptions> = {}) {
  const backend = overrides.backend ?? createMemoryBackend();
  const store = createRecordStore({ ...baseOptions, backend, ...overrides });
  return { store, backend };
}

function fillStore(overrides: Partial<RecordStoreOptions> = {}) {
  const made = makeStore(overrides);
  for (const [id, record] of Object.entries(people)) made.store.put(id, record);
  return made;
}

function readRow(backend: StorageBackend, id: string) {
  return JSON.parse(backend.get(id)!) as Snapshot['rows'][number];
}

const fieldValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

describe('createRecordStore: put and get', () => {
  test('gives back every record as it was put', () => {
    const { store } = fillStore();
    for (const [id, record] of Object.entries(people)) {
      expect(store.get(id)).toEqual(record);
    }
  });

  test('round-trips any values in the declared fields', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('name', 'birthYear', 'consented'), fieldValue),
        fc.string({ minLength: 1, maxLength: 30 }),
        (record, id) => {
          const { store } = makeStore();
          store.put(id, record);
          const back = store.get(id)!;
          expect(Object.keys(back).sort()).toEqual(Object.keys(record).sort());
          for (const [field, value] of Object.entries(record)) {
            expect(Object.is(back[field], value) || back[field] === value).toBe(true);
          }
        },
      ),
    );
  });

  test('returns undefined for an id it does not hold', () => {
    expect(makeStore().store.get('nobody')).toBeUndefined();
  });

  test('replaces a record put again under the same id, with a new data key', () => {
    const { store, backend } = fillStore();
    const before = readRow(backend, 'user-1');
    store.put('user-1', { name: 'Augusta Ada King' });
    const after = readRow(backend, 'user-1');
    expect(store.get('user-1')).toEqual({ name: 'Augusta Ada King' });
    expect(after.wrappedKey).not.toBe(before.wrappedKey);
  });

  test('skips fields whose value is undefined', () => {
    const { store } = makeStore();
    store.put('u', { name: 'Ada', email: undefined as never });
    expect(store.get('u')).toEqual({ name: 'Ada' });
  });

  test('writes one JSON row per record with the declared parts', () => {
    const { backend } = fillStore();
    const row = readRow(backend, 'user-1');
    expect(Object.keys(row).sort()).toEqual(['fields', 'id', 'index', 'plain', 'wrappedKey']);
    expect(row.id).toBe('user-1');
    expect(Object.keys(row.fields).sort()).toEqual([
      'birthYear',
      'consented',
      'email',
      'name',
      'phone',
    ]);
    expect(row.plain).toEqual({ createdAt: '2024-05-01', plan: 'free' });
    expect(Object.keys(row.index).sort()).toEqual(['email', 'phone']);
    expect(atob(row.wrappedKey)).toHaveLength(40);
    expect(atob(row.index.email!)).toHaveLength(8);
  });

  test('encrypts each field under the record key with AD naming record and field', () => {
    const { backend } = fillStore();
    const row = readRow(backend, 'user-1');
    const dataKey = unwrapDataKey(masterKey, base64(row.wrappedKey));
    const ad = JSON.stringify(['record-store/v1', 'user-1', 'email']);
    expect(decryptText(dataKey, base64(row.fields.email!), ad)).toBe(
      JSON.stringify('ada.lovelace@example.com'),
    );
  });

  test('refuses a field that is not declared, saying how to declare it', () => {
    const { store } = makeStore();
    expect(() => store.put('u', { ssn: '078-05-1120' })).toThrow(
      new RangeError(
        'record.ssn: not declared; add it to encryptedFields, or to ' +
          'plainFields if it holds no personal data',
      ),
    );
  });

  test('keeps null in an indexed field, with no index entry for it', () => {
    const { store, backend } = fillStore();
    expect(store.get('user-3')!.phone).toBeNull();
    expect(Object.keys(readRow(backend, 'user-3').index)).toEqual(['email']);
  });

  test('refuses a non-string value in an indexed field', () => {
    const { store } = makeStore();
    expectArgumentError(() => store.put('u', { email: 42 }), TypeError, 'record.email');
  });

  test('refuses values JSON cannot hold', () => {
    const { store } = makeStore();
    expectArgumentError(() => store.put('u', { birthYear: NaN }), RangeError, 'record.birthYear');
    expectArgumentError(() => store.put('u', { name: {} as never }), TypeError, 'record.name');
    expectArgumentError(() => store.put('u', { name: [] as never }), TypeError, 'record.name');
  });

  test('handles a field named like an Object.prototype member', () => {
    const { store } = makeStore({
      encryptedFields: ['__proto__', 'constructor'],
      indexedFields: ['__proto__'],
    });
    const record = JSON.parse('{"__proto__": "x@example.com", "constructor": 1}');
    store.put('u', record);
    const back = store.get('u')!;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(back).sort()).toEqual(['__proto__', 'constructor']);
    expect(store.findBy('__proto__', 'x@example.com').map((m) => m.id)).toEqual(['u']);
  });
});

describe('createRecordStore: tampering', () => {
  test('rejects an envelope swapped between two fields of a record', () => {
    const { store, backend } = fillStore();
    const row = readRow(backend, 'user-1');
    [row.fields.name, row.fields.email] = [row.fields.email!, row.fields.name!];
    backend.put('user-1', JSON.stringify(row));
    expect(() => store.get('user-1')).toThrow(DecryptionError);
  });

  test('rejects an envelope and data key moved together to another record', () => {
    const { store, backend } = fillStore();
    const one = readRow(backend, 'user-1');
    const two = readRow(backend, 'user-2');
    const moved = { ...two, wrappedKey: one.wrappedKey, fields: { email: one.fields.email! } };
    backend.put('user-2', JSON.stringify(moved));
    expect(() => store.get('user-2')).toThrow(DecryptionError);
  });

  test('rejects a whole row moved under another id', () => {
    const { store, backend } = fillStore();
    backend.put('user-2', backend.get('user-1')!);
    expect(() => store.get('user-2')).toThrow(DecryptionError);
    expect(() => store.findBy('email', 'ada.lovelace@example.com')).toThrow(DecryptionError);
  });

  test('rejects a data key swapped between records', () => {
    const { store, backend } = fillStore();
    const one = readRow(backend, 'user-1');
    const two = readRow(backend, 'user-2');
    backend.put('user-2', JSON.stringify({ ...two, wrappedKey: one.wrappedKey }));
    expect(() => store.get('user-2')).toThrow(DecryptionError);
    expect(store.get('user-1')).toEqual(people['user-1']);
  });

  test('rejects a flipped bit in a field envelope or the wrapped key', () => {
    const { store, backend } = fillStore();
    const original = backend.get('user-1')!;
    const row = readRow(backend, 'user-1');
    for (const part of ['wrappedKey', 'name'] as const) {
      const bytes = base64(part === 'wrappedKey' ? row.wrappedKey : row.fields.name!);
      bytes[5]! ^= 0x10;
      const altered =
        part === 'wrappedKey'
          ? { ...row, wrappedKey: toBase64(bytes) }
          : { ...row, fields: { ...row.fields, name: toBase64(bytes) } };
      backend.put('user-1', JSON.stringify(altered));
      expect(() => store.get('user-1')).toThrow(DecryptionError);
    }
    backend.put('user-1', original);
    expect(store.get('user-1')).toEqual(people['user-1']);
  });

  test('reports a backend row that is not JSON or not a row, by its id', () => {
    const { store, backend } = fillStore();
    backend.put('user-1', '{not json');
    expect(() => store.get('user-1')).toThrow(
      new TypeError('backend row "user-1": not valid JSON'),
    );
    backend.put('user-1', JSON.stringify({ id: 'user-1' }));
    expectArgumentError(() => store.get('user-1'), TypeError, 'backend row "user-1".wrappedKey');
  });
});

describe('createRecordStore: delete', () => {
  test('removes the record and its index entry, and says whether it was there', () => {
    const { store } = fillStore();
    expect(store.delete('user-1')).toBe(true);
    expect(store.get('user-1')).toBeUndefined();
    expect(store.findBy('email', 'ada.lovelace@example.com')).toEqual([]);
    expect(store.delete('user-1')).toBe(false);
    expect(store.get('user-2')).toEqual(people['user-2']);
  });
});

describe('createRecordStore: findBy', () => {
  test('finds a record by the exact value of an indexed field', () => {
    const { store } = fillStore();
    expect(store.findBy('email', 'alan.turing@example.org')).toEqual([
      { id: 'user-2', record: people['user-2'] },
    ]);
    expect(store.findBy('phone', '+44 20 7946 0018').map((m) => m.id)).toEqual(['user-1']);
  });

  test('normalizes case, outer spaces and Unicode compatibility forms', () => {
    const { store } = fillStore();
    const ids = (v: string) => store.findBy('email', v).map((m) => m.id);
    expect(ids('  ADA.Lovelace@EXAMPLE.com ')).toEqual(['user-1']);
    expect(ids('ａｄａ.lovelace@example.com')).toEqual(['user-1']); // fullwidth
  });

  test('finds nothing for a value no record holds, or another field’s value', () => {
    const { store } = fillStore();
    expect(store.findBy('email', 'nobody@example.com')).toEqual([]);
    expect(store.findBy('phone', 'ada.lovelace@example.com')).toEqual([]);
  });

  test('returns every record sharing the value, sorted by id', () => {
    const { store } = makeStore();
    store.put('b', { email: 'same@example.com', name: 'B' });
    store.put('a', { email: 'Same@example.com', name: 'A' });
    store.put('c', { email: 'other@example.com' });
    expect(store.findBy('email', 'same@example.com').map((m) => m.id)).toEqual(['a', 'b']);
  });

  test('is exact even when a 1-byte index makes values collide', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.emailAddress(), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (emails, pick) => {
          const { store } = makeStore({ indexLength: 1 });
          emails.forEach((email, i) => store.put(`u${i}`, { email }));
          const target = emails[pick % emails.length]!;
          const expected = emails
            .map((email, i) => [email, `u${i}`] as const)
            .filter(([email]) => email.toLowerCase() === target.toLowerCase())
            .map(([, id]) => id)
            .sort();
          expect(store.findBy('email', target).map((m) => m.id)).toEqual(expected);
        },
      ),
    );
  });

  test('stores HMAC-SHA-256 of [field, normalized value] under the index key, truncated', () => {
    const { backend } = fillStore({ indexLength: 5 });
    const message = JSON.stringify(['email', 'ada.lovelace@example.com']);
    const mac = hmac(sha256, indexKey, new TextEncoder().encode(message)).slice(0, 5);
    expect(readRow(backend, 'user-1').index.email).toBe(toBase64(mac));
  });

  test('refuses a field that is not indexed, naming the indexed ones', () => {
    const { store } = fillStore();
    expect(() => store.findBy('name', 'Ada Lovelace')).toThrow(
      new RangeError('field: expected an indexed field ("email", "phone"), got "name"'),
    );
  });
});

describe('createRecordStore: rotateMasterKey', () => {
  test('rewraps data keys and leaves every field envelope byte for byte', () => {
    const { store, backend } = fillStore();
    const before = store.snapshot();
    expect(store.rotateMasterKey(newMasterKey)).toBe(3);
    const after = store.snapshot();

    for (const [i, row] of after.rows.entries()) {
      const old = before.rows[i]!;
      expect(row.fields).toEqual(old.fields);
      expect(row.index).toEqual(old.index);
      expect(row.plain).toEqual(old.plain);
      expect(row.wrappedKey).not.toBe(old.wrappedKey);
      expect(bytesToHex(unwrapDataKey(newMasterKey, base64(row.wrappedKey)))).toBe(
        bytesToHex(unwrapDataKey(masterKey, base64(old.wrappedKey))),
      );
    }
    for (const [id, record] of Object.entries(people)) expect(store.get(id)).toEqual(record);

    const withOldKey = createRecordStore({ ...baseOptions, backend });
    expect(() => withOldKey.get('user-1')).toThrow(DecryptionError);
    const withNewKey = createRecordStore({ ...baseOptions, masterKey: newMasterKey, backend });
    expect(withNewKey.get('user-1')).toEqual(people['user-1']);
  });

  test('writes nothing if a row cannot be unwrapped', () => {
    const { store, backend } = fillStore();
    const row = readRow(backend, 'user-3');
    backend.put('user-3', JSON.stringify({ ...row, wrappedKey: toBase64(new Uint8Array(40)) }));
    const before = backend.list().map((id) => backend.get(id));
    expect(() => store.rotateMasterKey(newMasterKey)).toThrow(DecryptionError);
    expect(backend.list().map((id) => backend.get(id))).toEqual(before);
    expect(store.get('user-1')).toEqual(people['user-1']);
  });

  test('keeps its own copy of the new key', () => {
    const { store } = fillStore();
    const key = newMasterKey.slice();
    store.rotateMasterKey(key);
    key.fill(0);
    expect(store.get('user-2')).toEqual(people['user-2']);
  });
});

describe('createRecordStore: snapshot', () => {
  test('holds no plaintext personal value, in any spelling', () => {
    const { store } = fillStore();
    const json = JSON.stringify(store.snapshot());
    for (const record of Object.values(people)) {
      for (const field of personalFields) {
        const value = record[field];
        if (typeof value !== 'string') continue;
        for (const spelling of [value, value.toLowerCase(), JSON.stringify(value)]) {
          expect(json).not.toContain(spelling);
        }
        expect(json).not.toContain(btoa(value).slice(0, -4));
      }
    }
  });

  test('holds no plaintext value of any generated record', () => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string({ minLength: 12, maxLength: 40 }),
          email: fc.emailAddress().filter((e) => e.length >= 12),
        }),
        (record) => {
          const { store } = makeStore();
          store.put('u', record);
          const json = JSON.stringify(store.snapshot());
          expect(json).not.toContain(record.name);
          expect(json).not.toContain(record.email);
        },
      ),
    );
  });

  test('is exactly the rows the backend holds, sorted by id, and survives JSON', () => {
    const { store, backend } = makeStore();
    for (const id of ['user-3', 'user-1', 'user-2']) store.put(id, people[id]!);
    const snapshot = store.snapshot();
    expect(snapshot.format).toBe('record-store');
    expect(snapshot.version).toBe(1);
    expect(snapshot.rows.map((r) => r.id)).toEqual(['user-1', 'user-2', 'user-3']);
    for (const row of snapshot.rows) expect(JSON.stringify(row)).toBe(backend.get(row.id));
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  test('keeps plain fields in the clear, as declared', () => {
    const { store } = fillStore();
    expect(store.snapshot().rows[0]!.plain).toEqual({ createdAt: '2024-05-01', plan: 'free' });
  });
});

describe('createRecordStore: restore', () => {
  test('reads a snapshot back into an empty store with the same keys', () => {
    const { store } = fillStore();
    const text = JSON.stringify(store.snapshot());
    const { store: fresh } = makeStore();
    fresh.restore(JSON.parse(text));
    for (const [id, record] of Object.entries(people)) expect(fresh.get(id)).toEqual(record);
    expect(fresh.findBy('email', 'grace.hopper@example.net').map((m) => m.id)).toEqual(['user-3']);
    expect(fresh.snapshot()).toEqual(store.snapshot());
  });

  test('replaces what the store held before', () => {
    const { store } = fillStore();
    const snapshot = store.snapshot();
    store.put('user-4', { name: 'Katherine Johnson' });
    store.delete('user-1');
    store.restore(snapshot);
    expect(store.get('user-4')).toBeUndefined();
    expect(store.get('user-1')).toEqual(people['user-1']);
  });

  test('refuses a snapshot made under another master key, and keeps its contents', () => {
    const { store: other } = fillStore({ masterKey: newMasterKey });
    const { store } = makeStore();
    store.put('mine', { name: 'Mine' });
    expect(() => store.restore(other.snapshot())).toThrow(DecryptionError);
    expect(store.get('mine')).toEqual({ name: 'Mine' });
  });

  const good = () => fillStore().store.snapshot();
  const cases: [string, (s: Snapshot) => unknown, typeof TypeError, string][] = [
    ['no format', (s) => ({ ...s, format: 'csv' }), RangeError, 'snapshot'],
    ['rows not an array', (s) => ({ ...s, rows: {} }), TypeError, 'snapshot.rows'],
    ['a row not an object', (s) => ({ ...s, rows: [42] }), TypeError, 'snapshot.rows[0]'],
    [
      'an empty id',
      (s) => ({ ...s, rows: [{ ...s.rows[0]!, id: '' }] }),
      RangeError,
      'snapshot.rows[0].id',
    ],
    [
      'a wrapped key that is not base64',
      (s) => ({ ...s, rows: [{ ...s.rows[0]!, wrappedKey: 'not base64!' }] }),
      RangeError,
      'snapshot.rows[0].wrappedKey',
    ],
    [
      'a wrapped key of the wrong length',
      (s) => ({ ...s, rows: [{ ...s.rows[0]!, wrappedKey: 'AAAA' }] }),
      RangeError,
      'snapshot.rows[0].wrappedKey',
    ],
    [
      'an undeclared encrypted field',
      (s) => ({ ...s, rows: [{ ...s.rows[0]!, fields: { ssn: 'AAAA' } }] }),
      RangeError,
      'snapshot.rows[0].fields',
    ],
    [
      'an envelope that is not a string',
      (s) => ({ ...s, rows: [{ ...s.rows[0]!, fields: { name: 7 } }] }),
      TypeError,
      'snapshot.rows[0].fields.name',
    ],
    [
      'a personal field among the plain ones',
      (s) => ({ ...s, rows: [{ ...s.rows[0]!, plain: { email: 'a@b.c' } }] }),
      RangeError,
      'snapshot.rows[0].plain',
    ],
    [
      'an index of the wrong length',
      (s) => ({ ...s, rows: [{ ...s.rows[0]!, index: { email: 'AAAA' } }] }),
      RangeError,
      'snapshot.rows[0].index.email',
    ],
    [
      'the same id twice',
      (s) => ({ ...s, rows: [s.rows[0]!, s.rows[0]!] }),
      RangeError,
      'snapshot.rows',
    ],
  ];

  test.each(cases)('refuses a snapshot with %s, naming the path', (_name, edit, cls, path) => {
    const { store } = makeStore();
    store.put('mine', { name: 'Mine' });
    expectArgumentError(() => store.restore(edit(good())), cls, path);
    expect(store.get('mine')).toEqual({ name: 'Mine' });
  });
});

describe('createMemoryBackend', () => {
  test('gets, puts, deletes and lists serialized rows', () => {
    const backend = createMemoryBackend();
    expect(backend.list()).toEqual([]);
    backend.put('a', '{"x":1}');
    backend.put('b', '{"x":2}');
    backend.put('a', '{"x":3}');
    expect(backend.get('a')).toBe('{"x":3}');
    expect(backend.get('c')).toBeUndefined();
    expect(backend.list().sort()).toEqual(['a', 'b']);
    expect(backend.delete('a')).toBe(true);
    expect(backend.delete('a')).toBe(false);
    expect(backend.list()).toEqual(['b']);
  });

  test('keeps ids like __proto__ apart from everything else', () => {
    const backend = createMemoryBackend();
    backend.put('__proto__', 'row');
    expect(backend.get('__proto__')).toBe('row');
    expect(backend.get('toString')).toBeUndefined();
  });

  test('is separate per call', () => {
    const a = createMemoryBackend();
    a.put('x', 'row');
    expect(createMemoryBackend().list()).toEqual([]);
  });
});

describe('wrapDataKey', () => {
  test('is AES-KW and unwraps to the same key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (dataKey) => {
        const wrapped = wrapDataKey(masterKey, dataKey);
        expect(wrapped).toHaveLength(40);
        expect(bytesToHex(wrapped)).toBe(bytesToHex(aeskw(masterKey).encrypt(dataKey)));
        expect(bytesToHex(unwrapDataKey(masterKey, wrapped))).toBe(bytesToHex(dataKey));
      }),
    );
  });
});

describe('unwrapDataKey', () => {
  test('rejects another master key and every flipped bit with DecryptionError', () => {
    const wrapped = wrapDataKey(masterKey, new Uint8Array(32).fill(9));
    expect(() => unwrapDataKey(newMasterKey, wrapped)).toThrow(DecryptionError);
    for (let bit = 0; bit < wrapped.length * 8; bit++) {
      const altered = wrapped.slice();
      altered[bit >> 3]! ^= 1 << (bit & 7);
      expect(() => unwrapDataKey(masterKey, altered)).toThrow(DecryptionError);
    }
  });
});

// ---------------------------------------------------------------------------
// The shared list of wrong inputs, tried on every public function

describe('wrong inputs', () => {
  const create = (patch: Record<string, unknown>) => () =>
    createRecordStore({ ...baseOptions, ...patch } as never);

  test('createRecordStore: options', () => {
    for (const value of notObjects) {
      expectArgumentError(() => createRecordStore(value as never), TypeError, 'options');
    }
    for (const key of ['masterKey', 'indexKey']) {
      for (const value of notBytes) {
        expectArgumentError(create({ [key]: value }), TypeError, `options.${key}`);
      }
      for (const value of wrongLengthKeys) {
        expectArgumentError(create({ [key]: value }), RangeError, `options.${key}`);
      }
    }
    expectArgumentError(create({ indexKey: masterKey.slice() }), RangeError, 'options.indexKey');
    for (const list of ['encryptedFields', 'indexedFields', 'plainFields']) {
      for (const value of notArrays.filter((v) => v !== undefined || list === 'encryptedFields')) {
        expectArgumentError(create({ [list]: value }), TypeError, `options.${list}`);
      }
      for (const value of notStrings) {
        expectArgumentError(create({ [list]: [value] }), TypeError, `options.${list}[0]`);
      }
      for (const value of [emptyString, hugeString]) {
        expectArgumentError(create({ [list]: [value] }), RangeError, `options.${list}[0]`);
      }
    }
    expectArgumentError(
      create({ indexedFields: ['createdAt'] }),
      RangeError,
      'options.indexedFields',
    );
    expectArgumentError(create({ plainFields: ['email'] }), RangeError, 'options.plainFields');
    for (const value of badNumbers) {
      const cls = typeof value === 'number' ? RangeError : TypeError;
      expectArgumentError(create({ indexLength: value }), cls, 'options.indexLength');
    }
    expectArgumentError(create({ indexLength: 33 }), RangeError, 'options.indexLength');
    for (const value of [...notObjects.filter((v) => v !== undefined), {}, { get() {} }]) {
      expectArgumentError(create({ backend: value }), TypeError, 'options.backend');
    }
  });

  const { store } = fillStore();
  const ids: [string, (id: never) => unknown][] = [
    ['put', (id) => store.put(id, { name: 'x' })],
    ['get', (id) => store.get(id)],
    ['delete', (id) => store.delete(id)],
  ];
  test.each(ids)('%s: id', (_name, call) => {
    for (const value of notStrings)
      expectArgumentError(() => call(value as never), TypeError, 'id');
    for (const value of [emptyString, hugeString]) {
      expectArgumentError(() => call(value as never), RangeError, 'id');
    }
  });

  test('put: record', () => {
    for (const value of [...notObjects, []]) {
      expectArgumentError(() => store.put('u', value as never), TypeError, 'record');
    }
    expectArgumentError(() => store.put('u', { name: hugeString }), RangeError, 'record.name');
    for (const value of notStrings.filter((v) => v !== undefined && v !== null)) {
      if (['number', 'boolean'].includes(typeof value)) continue;
      expectArgumentError(() => store.put('u', { name: value as never }), TypeError, 'record.name');
    }
  });

  test('findBy: field and value', () => {
    for (const value of notStrings) {
      expectArgumentError(() => store.findBy(value as never, 'x'), TypeError, 'field');
      expectArgumentError(() => store.findBy('email', value as never), TypeError, 'value');
    }
    for (const value of [emptyString, hugeString, 'createdAt', 'name']) {
      expectArgumentError(() => store.findBy(value, 'x'), RangeError, 'field');
    }
    expect(store.findBy('email', emptyString)).toEqual([]);
  });

  test('rotateMasterKey: newMasterKey', () => {
    for (const value of notBytes) {
      expectArgumentError(() => store.rotateMasterKey(value as never), TypeError, 'newMasterKey');
    }
    for (const value of wrongLengthKeys) {
      expectArgumentError(() => store.rotateMasterKey(value), RangeError, 'newMasterKey');
    }
    expect(store.get('user-1')).toEqual(people['user-1']);
  });

  test('restore: snapshot', () => {
    for (const value of [...notObjects, []]) {
      expectArgumentError(() => store.restore(value), TypeError, 'snapshot');
    }
  });

  test('createMemoryBackend: id and row', () => {
    const backend = createMemoryBackend();
    for (const value of notStrings) {
      expectArgumentError(() => backend.get(value as never), TypeError, 'id');
      expectArgumentError(() => backend.put(value as never, 'row'), TypeError, 'id');
      expectArgumentError(() => backend.put('id', value as never), TypeError, 'row');
      expectArgumentError(() => backend.delete(value as never), TypeError, 'id');
    }
  });

  test.each([
    ['wrapDataKey', wrapDataKey, 'dataKey'],
    ['unwrapDataKey', unwrapDataKey, 'wrappedKey'],
  ] as const)('%s: masterKey and %s', (name, fn, second) => {
    const good = name === 'wrapDataKey' ? new Uint8Array(32) : new Uint8Array(40);
    for (const value of notBytes) {
      expectArgumentError(() => fn(value as never, good), TypeError, 'masterKey');
      expectArgumentError(() => fn(masterKey, value as never), TypeError, second);
    }
    for (const value of wrongLengthKeys) {
      expectArgumentError(() => fn(value, good), RangeError, 'masterKey');
      if (value.length !== good.length) {
        expectArgumentError(() => fn(masterKey, value), RangeError, second);
      }
    }
  });
});

function base64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
