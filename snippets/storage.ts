// An encrypted record store with field-level envelope encryption.
//
// Each record gets its own random data key (DEK). Every personal field is
// encrypted under it with `encrypt` from ./encryption.ts, with associated
// data naming the record and the field. The DEK is kept only wrapped by the
// master key (KEK) with AES-KW (RFC 3394, NIST SP 800-38F), so rotating the
// master key rewraps 40 bytes per record and leaves the data untouched.
// Exact lookups use blind indexes: a truncated HMAC-SHA-256 (RFC 2104) of
// the normalized value under a separate index key. The HMAC mixes in only
// the field name, so two stores that share an index key give the same value
// the same index, which links their rows: give each store its own index key.
//
// A stored row (one JSON string in the backend), bytes in base64:
//
//   { id, wrappedKey, fields: { email: envelope, ... },
//     plain: { createdAt: '2024-05-01', ... }, index: { email: '...' } }
//
// Ids and plain fields are stored as they are: never put personal data in
// them. An envelope is 41 bytes longer than its value's JSON: lengths show.
// Only encrypted fields are authenticated: whoever can write to the backend
// can change a plain field or hide a record from `findBy`, but cannot read,
// change or move an encrypted value without `get` failing.
// GDPR Art. 32(1)(a) names encryption as a security measure.

import { aeskw } from '@noble/ciphers/aes.js';
import { equalBytes, isBytes } from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  DecryptionError,
  decryptText,
  encrypt,
  generateKey,
} from './encryption.ts';

/** A value a field may hold. */
export type FieldValue = string | number | boolean | null;

/** A record as the caller sees it: field name to value. */
export type StoreRecord = Record<string, FieldValue>;

/** What the backend holds for one record, and what a snapshot lists. */
export interface StoredRow {
  id: string;
  wrappedKey: string;
  fields: Record<string, string>;
  plain: Record<string, FieldValue>;
  index: Record<string, string>;
}

/** Everything the store holds, exactly as it would be written to disk. */
export interface Snapshot {
  format: 'record-store';
  version: 1;
  rows: StoredRow[];
}

/** Where serialized rows live. Lessons use `createMemoryBackend`. */
export interface StorageBackend {
  get(id: string): string | undefined;
  put(id: string, row: string): void;
  delete(id: string): boolean;
  list(): string[];
}

/** Options for `createRecordStore`. */
export interface RecordStoreOptions {
  /** 32-byte key-encryption key (AES-256-KW). */
  masterKey: Uint8Array;
  /** 32-byte HMAC key for blind indexes, not the master key. */
  indexKey: Uint8Array;
  /** Fields holding personal data: encrypted. */
  encryptedFields: readonly string[];
  /** Encrypted fields that `findBy` can look up. Default none. */
  indexedFields?: readonly string[];
  /** Fields stored in the clear, e.g. `createdAt`. Default none. */
  plainFields?: readonly string[];
  /** Bytes kept of each blind index, 1 to 32. Default 8. */
  indexLength?: number;
  /** Default `createMemoryBackend()`. */
  backend?: StorageBackend;
}

/** The store that `createRecordStore` returns. */
export interface RecordStore {
  put(id: string, record: StoreRecord): void;
  get(id: string): StoreRecord | undefined;
  delete(id: string): boolean;
  findBy(field: string, value: string): { id: string; record: StoreRecord }[];
  rotateMasterKey(newMasterKey: Uint8Array): number;
  snapshot(): Snapshot;
  restore(snapshot: unknown): void;
}

const KEY_LENGTH = 32;
const WRAPPED_KEY_LENGTH = KEY_LENGTH + 8; // RFC 3394 §2.2.1: one more block
const DEFAULT_INDEX_LENGTH = 8;
const MAX_ID_LENGTH = 256;
const MAX_FIELD_NAME_LENGTH = 64;
const MAX_VALUE_LENGTH = 1024 * 1024;

/**
 * Creates an encrypted record store.
 *
 * Blind indexes: `indexLength` trades lookups against linkability. The
 * index is an HMAC, so without the index key nobody can compute it from a
 * guessed value; but equal values give equal indexes, so a snapshot shows
 * which records share an email. Truncating to L bytes makes unrelated
 * values collide: in a store of n records, a lookup finds about n / 2^(8L)
 * false candidates, which `findBy` decrypts and discards. Short indexes
 * (1 or 2 bytes in a large store) put many records in each bucket, so the
 * snapshot no longer tells who shares a value; long ones (8 bytes, the
 * default) make lookups exact and equal values linkable.
 *
 * @param options - See `RecordStoreOptions`. Every field a record may hold
 *   must be declared, encrypted or plain; indexed fields must be encrypted.
 * @returns `{ put, get, delete, findBy, rotateMasterKey, snapshot, restore }`.
 * @throws TypeError or RangeError for a wrong option, naming it.
 * @example
 * const store = createRecordStore({ masterKey, indexKey,
 *   encryptedFields: ['email'], indexedFields: ['email'] });
 */
export function createRecordStore(options: RecordStoreOptions): RecordStore {
  const config = checkStoreOptions(options);
  const { backend } = config;
  let masterKey = config.masterKey.slice();

  const readRow = (id: string) => {
    const text = backend.get(id);
    return text === undefined ? undefined : parseRow(text, config, id);
  };

  return {
    put(id, record) {
      checkId(id);
      checkRecord(record, config);
      const row = sealRecord(id, record, masterKey, config);
      backend.put(id, JSON.stringify(row));
    },

    get(id) {
      checkId(id);
      const row = readRow(id);
      return row === undefined ? undefined : openRecord(row, masterKey);
    },

    delete(id) {
      checkId(id);
      return backend.delete(id);
    },

    findBy(field, value) {
      checkIndexedField(field, config);
      checkString(value, 'value');
      const wanted = computeBlindIndex(config, field, value);
      const target = normalizeForIndex(value);

      const matches: { id: string; record: StoreRecord }[] = [];
      for (const id of [...backend.list()].sort()) {
        const row = readRow(id);
        const stored = row?.index[field];
        if (row === undefined || stored === undefined) continue;
        if (!equalBytes(base64ToBytes(stored, 'index'), wanted)) continue;

        // A truncated index can collide: confirm with the real value.
        const record = openRecord(row, masterKey);
        const actual = record[field];
        if (typeof actual !== 'string') continue;
        if (normalizeForIndex(actual) === target) matches.push({ id, record });
      }
      return matches;
    },

    rotateMasterKey(newMasterKey) {
      checkKey(newMasterKey, 'newMasterKey');
      const ids = backend.list();

      // Unwrap everything first, so a bad row stops the rotation before
      // anything is written. Field envelopes are copied unchanged.
      const rewrapped = ids.map((id) => {
        const row = readRow(id)!;
        const dataKey = unwrapDataKey(masterKey, base64ToBytes(row.wrappedKey));
        const wrappedKey = bytesToBase64(wrapDataKey(newMasterKey, dataKey));
        dataKey.fill(0);
        return { ...row, wrappedKey };
      });

      for (const row of rewrapped) backend.put(row.id, JSON.stringify(row));
      masterKey.fill(0);
      masterKey = newMasterKey.slice();
      return rewrapped.length;
    },

    snapshot() {
      const ids = [...backend.list()].sort();
      const rows = ids.map((id) => readRow(id)!);
      return { format: 'record-store', version: 1, rows };
    },

    restore(snapshot) {
      const rows = checkSnapshot(snapshot, config);

      // A backup made under another master key fails here, before the
      // current contents are replaced.
      for (const row of rows) {
        unwrapDataKey(masterKey, base64ToBytes(row.wrappedKey)).fill(0);
      }

      for (const id of backend.list()) backend.delete(id);
      for (const row of rows) backend.put(row.id, JSON.stringify(row));
    },
  };
}

/**
 * Creates a backend that keeps serialized rows in memory. Playgrounds run
 * without IndexedDB or local storage, so lessons use this one.
 *
 * @returns A `StorageBackend` over a `Map`.
 * @example const backend = createMemoryBackend();
 */
export function createMemoryBackend(): StorageBackend {
  const rows = new Map<string, string>();
  return {
    get(id) {
      checkString(id, 'id');
      return rows.get(id);
    },
    put(id, row) {
      checkString(id, 'id');
      checkString(row, 'row');
      rows.set(id, row);
    },
    delete(id) {
      checkString(id, 'id');
      return rows.delete(id);
    },
    list: () => [...rows.keys()],
  };
}

/**
 * Wraps a 32-byte data key under a 32-byte master key with AES-256-KW
 * (RFC 3394 §2.2.1). Deterministic: no nonce, and none is needed, because
 * the input is itself a random key.
 *
 * @param masterKey - 32 bytes.
 * @param dataKey - 32 bytes.
 * @returns 40 bytes.
 * @throws TypeError or RangeError for a wrong argument.
 * @example const wrapped = wrapDataKey(masterKey, generateKey());
 */
export function wrapDataKey(
  masterKey: Uint8Array,
  dataKey: Uint8Array,
): Uint8Array {
  checkKey(masterKey, 'masterKey');
  checkKey(dataKey, 'dataKey');
  return aeskw(masterKey).encrypt(dataKey);
}

/**
 * Unwraps a data key made by `wrapDataKey`, checking its integrity value
 * (RFC 3394 §2.2.3).
 *
 * @param masterKey - 32 bytes, the key it was wrapped under.
 * @param wrappedKey - 40 bytes.
 * @returns The 32-byte data key.
 * @throws DecryptionError if the wrapped key is not authentic under
 *   `masterKey`; TypeError or RangeError for a wrong argument.
 * @example const dataKey = unwrapDataKey(masterKey, wrapped);
 */
export function unwrapDataKey(
  masterKey: Uint8Array,
  wrappedKey: Uint8Array,
): Uint8Array {
  checkKey(masterKey, 'masterKey');
  checkBytes(wrappedKey, 'wrappedKey', WRAPPED_KEY_LENGTH);
  try {
    return aeskw(masterKey).decrypt(wrappedKey);
  } catch {
    throw new DecryptionError(); // vague on purpose, as in ./encryption.ts
  }
}

// ---------------------------------------------------------------------------
// Rows

interface StoreConfig {
  masterKey: Uint8Array;
  indexKey: Uint8Array;
  encrypted: ReadonlySet<string>;
  indexed: ReadonlySet<string>;
  plain: ReadonlySet<string>;
  indexLength: number;
  backend: StorageBackend;
}

function sealRecord(
  id: string,
  record: StoreRecord,
  masterKey: Uint8Array,
  config: StoreConfig,
): StoredRow {
  const dataKey = generateKey(); // a fresh data key per record
  const entries = Object.entries(record).filter(([, v]) => v !== undefined);
  const secret = entries.filter(([field]) => config.encrypted.has(field));

  const fields = secret.map(([field, value]) => {
    const json = JSON.stringify(value);
    const envelope = encrypt(dataKey, json, bindToRecord(id, field));
    return [field, bytesToBase64(envelope)];
  });
  const index = secret
    .filter(([field, value]) => config.indexed.has(field) && value !== null)
    .map(([field, value]) => {
      const blind = computeBlindIndex(config, field, value as string);
      return [field, bytesToBase64(blind)];
    });

  const row: StoredRow = {
    id,
    wrappedKey: bytesToBase64(wrapDataKey(masterKey, dataKey)),
    fields: Object.fromEntries(fields),
    plain: Object.fromEntries(
      entries.filter(([field]) => config.plain.has(field)),
    ),
    index: Object.fromEntries(index),
  };
  dataKey.fill(0);
  return row;
}

function openRecord(row: StoredRow, masterKey: Uint8Array): StoreRecord {
  // `row.id` is the id the row was read under (see `parseRow`), so a row
  // moved to another id fails here like any other tampering.
  const dataKey = unwrapDataKey(masterKey, base64ToBytes(row.wrappedKey));
  const fields = Object.entries(row.fields).map(([field, envelope]) => {
    const ad = bindToRecord(row.id, field);
    const json = decryptText(dataKey, base64ToBytes(envelope), ad);
    return [field, JSON.parse(json) as FieldValue];
  });
  dataKey.fill(0);
  return { ...row.plain, ...Object.fromEntries(fields) };
}

/**
 * The associated data of a field's envelope names its record and field, so
 * an envelope moved to another record or field fails to decrypt. A JSON
 * array encodes the pair one way only, whatever characters the id holds.
 */
function bindToRecord(id: string, field: string): string {
  return JSON.stringify(['record-store/v1', id, field]);
}

/**
 * HMAC-SHA-256 under the index key of the field name and the normalized
 * value, truncated (RFC 2104 §5). The field name keeps equal values in two
 * fields from matching each other.
 */
function computeBlindIndex(
  config: StoreConfig,
  field: string,
  value: string,
): Uint8Array {
  const message = JSON.stringify([field, normalizeForIndex(value)]);
  const mac = hmac(sha256, config.indexKey, new TextEncoder().encode(message));
  return mac.slice(0, config.indexLength);
}

/** Same text, same index: Unicode NFKC, no outer spaces, lower case. */
function normalizeForIndex(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

/** Reads a row from the backend; a malformed one is reported by its id. */
function parseRow(text: string, config: StoreConfig, id: string): StoredRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TypeError(`backend row ${JSON.stringify(id)}: not valid JSON`);
  }
  const row = checkRow(value, config, `backend row ${JSON.stringify(id)}`);
  return { ...row, id };
}

// ---------------------------------------------------------------------------
// Checks. Errors name the option, argument or snapshot path that is wrong.

function checkStoreOptions(options: unknown): StoreConfig {
  checkObject(options, 'options');
  const o = options as Partial<Record<keyof RecordStoreOptions, unknown>>;
  checkKey(o.masterKey, 'options.masterKey');
  checkKey(o.indexKey, 'options.indexKey');
  if (equalBytes(o.masterKey, o.indexKey)) {
    throw new RangeError(
      'options.indexKey: expected a key other than masterKey',
    );
  }

  const {
    encryptedFields,
    indexedFields = [],
    plainFields = [],
    indexLength = DEFAULT_INDEX_LENGTH,
    backend = createMemoryBackend(),
  } = o;
  const encrypted = checkFieldList(encryptedFields, 'options.encryptedFields');
  const indexed = checkFieldList(indexedFields, 'options.indexedFields');
  const plain = checkFieldList(plainFields, 'options.plainFields');
  for (const field of indexed) {
    if (!encrypted.has(field)) {
      throw new RangeError(
        `options.indexedFields: expected encrypted fields only, got ` +
          `${JSON.stringify(field)}, which is not in encryptedFields`,
      );
    }
  }
  for (const field of plain) {
    if (encrypted.has(field)) {
      throw new RangeError(
        `options.plainFields: ${JSON.stringify(field)} is also in ` +
          `encryptedFields; declare each field once`,
      );
    }
  }

  checkInteger(indexLength, 'options.indexLength', 1, 32);
  checkBackend(backend);
  const { masterKey, indexKey } = o;
  return {
    masterKey,
    indexKey: indexKey.slice(),
    encrypted,
    indexed,
    plain,
    indexLength,
    backend,
  };
}

function checkFieldList(value: unknown, name: string): ReadonlySet<string> {
  if (!Array.isArray(value)) {
    throw new TypeError(
      `${name}: expected an array of field names, got ${describe(value)}`,
    );
  }
  value.forEach((field, i) => checkFieldName(field, `${name}[${i}]`));
  return new Set(value as string[]);
}

function checkFieldName(value: unknown, name: string): void {
  checkString(value, name);
  if (value.length === 0 || value.length > MAX_FIELD_NAME_LENGTH) {
    throw new RangeError(
      `${name}: expected 1 to ${MAX_FIELD_NAME_LENGTH} characters, ` +
        `got ${value.length}`,
    );
  }
}

function checkBackend(value: unknown): asserts value is StorageBackend {
  const methods = ['get', 'put', 'delete', 'list'] as const;
  const b = value as Record<string, unknown> | null;
  if (typeof b !== 'object' || b === null) {
    throw new TypeError(
      `options.backend: expected an object with ${methods.join(', ')}, ` +
        `got ${describe(value)}`,
    );
  }
  const missing = methods.filter((m) => typeof b[m] !== 'function');
  if (missing.length > 0) {
    throw new TypeError(
      `options.backend: expected methods ${methods.join(', ')}, ` +
        `missing ${missing.join(', ')}`,
    );
  }
}

function checkId(id: unknown, name = 'id'): asserts id is string {
  checkString(id, name);
  if (id.length === 0 || id.length > MAX_ID_LENGTH) {
    throw new RangeError(
      `${name}: expected 1 to ${MAX_ID_LENGTH} characters, got ${id.length}`,
    );
  }
}

function checkRecord(record: unknown, config: StoreConfig) {
  checkObject(record, 'record');
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined) continue; // an absent field
    const name = `record.${field}`;
    if (!config.encrypted.has(field) && !config.plain.has(field)) {
      throw new RangeError(
        `${name}: not declared; add it to encryptedFields, or to ` +
          `plainFields if it holds no personal data`,
      );
    }
    // An indexed field holds text, or null for "no value" (then no index).
    if (config.indexed.has(field) && value !== null) checkString(value, name);
    checkFieldValue(value, name);
  }
}

function checkFieldValue(value: unknown, name: string): void {
  const type = typeof value;
  if (type === 'string' && (value as string).length > MAX_VALUE_LENGTH) {
    throw new RangeError(
      `${name}: expected at most ${MAX_VALUE_LENGTH} characters, ` +
        `got ${(value as string).length}`,
    );
  }
  if (type === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`${name}: expected a finite number, got ${value}`);
  }
  if (value !== null && !['string', 'number', 'boolean'].includes(type)) {
    throw new TypeError(
      `${name}: expected a string, number, boolean or null, ` +
        `got ${describe(value)}`,
    );
  }
}

function checkIndexedField(field: unknown, config: StoreConfig) {
  checkString(field, 'field');
  if (!config.indexed.has(field)) {
    const known = [...config.indexed].map((f) => JSON.stringify(f));
    throw new RangeError(
      `field: expected an indexed field (${known.join(', ') || 'none'}), ` +
        `got ${JSON.stringify(field.slice(0, 64))}`,
    );
  }
}

function checkSnapshot(snapshot: unknown, config: StoreConfig): StoredRow[] {
  checkObject(snapshot, 'snapshot');
  const s = snapshot as Record<string, unknown>;
  if (s.format !== 'record-store' || s.version !== 1) {
    throw new RangeError(
      `snapshot: expected format "record-store" version 1, ` +
        `got ${describe(s.format)} version ${describe(s.version)}`,
    );
  }
  if (!Array.isArray(s.rows)) {
    throw new TypeError(
      `snapshot.rows: expected an array, got ${describe(s.rows)}`,
    );
  }

  const rows = s.rows.map((row, i) =>
    checkRow(row, config, `snapshot.rows[${i}]`),
  );
  const ids = new Set(rows.map((row) => row.id));
  if (ids.size !== rows.length) {
    throw new RangeError('snapshot.rows: expected each id once');
  }
  return rows;
}

function checkRow(row: unknown, config: StoreConfig, path: string): StoredRow {
  checkObject(row, path);
  const r = row as Record<string, unknown>;
  checkId(r.id, `${path}.id`);
  checkBase64(r.wrappedKey, `${path}.wrappedKey`, WRAPPED_KEY_LENGTH);

  const fields = checkRowPart(r.fields, `${path}.fields`, config.encrypted);
  const plain = checkRowPart(r.plain, `${path}.plain`, config.plain);
  const index = checkRowPart(r.index, `${path}.index`, config.indexed);
  for (const [field, value] of Object.entries(fields)) {
    checkBase64(value, `${path}.fields.${field}`);
  }
  for (const [field, value] of Object.entries(plain)) {
    checkFieldValue(value, `${path}.plain.${field}`);
  }
  for (const [field, value] of Object.entries(index)) {
    checkBase64(value, `${path}.index.${field}`, config.indexLength);
  }
  return r as unknown as StoredRow;
}

function checkRowPart(
  part: unknown,
  path: string,
  allowed: ReadonlySet<string>,
): Record<string, unknown> {
  checkObject(part, path);
  for (const field of Object.keys(part)) {
    if (!allowed.has(field)) {
      throw new RangeError(
        `${path}: ${JSON.stringify(field)} is not a field declared here`,
      );
    }
  }
  return part as Record<string, unknown>;
}

function checkBase64(value: unknown, name: string, length?: number): void {
  checkString(value, name);
  const bytes = base64ToBytes(value, name);
  if (length !== undefined && bytes.length !== length) {
    throw new RangeError(
      `${name}: expected base64 of ${length} bytes, got ${bytes.length}`,
    );
  }
}

function checkKey(value: unknown, name: string): asserts value is Uint8Array {
  checkBytes(value, name, KEY_LENGTH);
}

function checkBytes(
  value: unknown,
  name: string,
  length: number,
): asserts value is Uint8Array {
  const what = `a Uint8Array of ${length} bytes`;
  if (!isBytes(value)) {
    throw new TypeError(`${name}: expected ${what}, got ${describe(value)}`);
  }
  if (value.length !== length) {
    throw new RangeError(`${name}: expected ${what}, got ${describe(value)}`);
  }
}

function checkObject(
  value: unknown,
  name: string,
): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${name}: expected an object, got ${describe(value)}`);
  }
}

function checkString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${name}: expected a string, got ${describe(value)}`);
  }
}

function checkInteger(
  value: unknown,
  name: string,
  min: number,
  max: number,
): asserts value is number {
  if (typeof value !== 'number') {
    throw new TypeError(`${name}: expected a number, got ${describe(value)}`);
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${name}: expected an integer from ${min} to ${max}, got ${value}`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isBytes(value)) return `Uint8Array of length ${value.length}`;
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// ---------------------------------------------------------------------------
// Base64 (RFC 4648 §4) without Node's Buffer: btoa and atob work on
// "binary strings", one character per byte.

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function base64ToBytes(text: string, name = 'base64'): Uint8Array {
  if (text.length % 4 !== 0 || !/^[\d+/a-z]*={0,2}$/i.test(text)) {
    throw new RangeError(`${name}: expected base64 text`);
  }
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
