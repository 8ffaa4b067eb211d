// An append-only audit log: who did what to which record, when, and for what
// purpose, so that a controller can show how personal data was used
// (accountability, GDPR Art. 5(2)) and notice misuse (Art. 32).
//
// - No raw personal data: an entry has a fixed set of fields; record and
//   subject identifiers are replaced by keyed pseudonyms (GDPR Art. 4(5)),
//   and every other value is refused if `findPersonalData` flags it.
// - Tamper evidence: each entry carries its sequence number and the SHA-256
//   hash of the entry before it, so editing, removing, inserting or
//   reordering an entry breaks the chain at that entry.
// - Checkpoints: a signed note of the log's size, its last hash and its
//   RFC 6962 Merkle Tree Hash. A checkpoint kept elsewhere also reveals a
//   cut-off tail, which a chain alone cannot: the shorter log is valid.
//   The root is what RFC 6962 inclusion and consistency proofs build on,
//   for verifiers that hold a checkpoint but not the log; this module does
//   not implement those proofs.
//
// A chain proves nothing against someone who rewrites every entry after the
// one they change and recomputes the hashes; only a checkpoint held outside
// their reach does. Checkpoints here are signed with HMAC-SHA-256, so a
// verifier needs the signing key. A real deployment signs with a public-key
// scheme (e.g. Ed25519, RFC 8032) so that verifiers cannot sign; no such
// library is available to these snippets.

import { equalBytes } from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  bytesToHex,
  concatBytes,
  hexToBytes,
  utf8ToBytes,
} from '@noble/hashes/utils.js';
import {
  encodeEntry,
  FORMAT,
  GENESIS,
  hashEntry,
  type AuditEntry,
} from './audit-entry.ts';
import { findPersonalData } from './classification.ts';
import { pseudonymize } from './pseudonymization.ts';

export { encodeEntry };
export type { AuditEntry };

/** What a caller records. Only these fields are accepted. */
export interface AuditEvent {
  /** Who acted: an account id, not a name or an email address. */
  actor: string;
  /** What they did, e.g. `read`, `update`, `export`. */
  action: string;
  /** The kind of record, e.g. `patient`. */
  resource: string;
  /** Which record. Stored only as a pseudonym. */
  recordId: string;
  /** Whose data it is, if known. Stored only as a pseudonym. */
  subjectId?: string;
  /** Why, e.g. `treatment`; see GDPR Art. 5(1)(b). */
  purpose: string;
  /** Free text, e.g. `exported 3 fields`. Refused if it holds personal data. */
  note?: string;
}

/** A signed note of the log's head at some moment. */
export interface Checkpoint {
  readonly size: number;
  /** Hash of entry `size - 1`, or 64 zeros for an empty log. */
  readonly head: string;
  /** RFC 6962 Merkle Tree Hash over the first `size` entries, in hex. */
  readonly root: string;
  /** HMAC-SHA-256 over size, head and root, in hex. */
  readonly signature: string;
}

/** How an entry failed verification. */
export type TamperReason =
  'changed' | 'removed' | 'inserted' | 'reordered' | 'truncated';

/** The outcome of `verify`. `index` is the first entry found wrong. */
export type VerifyResult =
  | { ok: true; size: number; head: string }
  | { ok: false; index: number; reason: TamperReason; message: string };

/** The log itself: entries can be added and read, never changed. */
export interface AuditLog {
  /** Adds an entry and returns it. Throws if the event is refused. */
  append(event: AuditEvent): AuditEntry;
  /** A copy of the entries, oldest first. */
  entries(): readonly AuditEntry[];
  /** Entries about one record or one subject, found by their pseudonym. */
  findEntries(query: {
    recordId?: string;
    subjectId?: string;
  }): readonly AuditEntry[];
}

/**
 * Thrown by `verify` when a checkpoint's signature does not match. It says
 * no more, like a failed decryption: which part was wrong is no business
 * of whoever forged it.
 */
export class CheckpointError extends Error {
  constructor() {
    super('checkpoint: signature could not be verified');
    this.name = 'CheckpointError';
  }
}

const MIN_KEY_LENGTH = 32; // RFC 2104 §3: at least the hash's output length

const FIELDS = [
  'actor',
  'action',
  'resource',
  'recordId',
  'subjectId',
  'purpose',
  'note',
];
// A short name: action, resource, purpose.
const NAME = /^[a-z][\w.-]{0,63}$/i;
const MAX_ID_LENGTH = 256;
const MAX_NOTE_LENGTH = 1000;

// Pseudonyms of records and of subjects use different contexts, so a record
// id that happens to equal a subject id does not link the two.
const RECORD_CONTEXT = 'audit-log/record';
const SUBJECT_CONTEXT = 'audit-log/subject';

/**
 * Creates an empty audit log.
 *
 * @param options.logKey At least 32 secret bytes for the pseudonyms. Keep
 *   it apart from the log: with it, anyone can test whether a given person
 *   appears in the log.
 * @param options.clock Returns the current time; inject one in tests.
 * @throws TypeError or RangeError for a missing or short key.
 * @example const log = createAuditLog({ logKey: generateKey() })
 */
export function createAuditLog(options: {
  logKey: Uint8Array;
  clock?: () => Date;
}): AuditLog {
  assertObject(options, 'options');
  const logKey = copyKey(options.logKey, 'options.logKey');
  const clock = options.clock ?? (() => new Date());
  if (typeof clock !== 'function') {
    throw new TypeError(
      `options.clock: expected a function, got ${describe(clock)}`,
    );
  }
  const entries: AuditEntry[] = [];

  function append(event: AuditEvent): AuditEntry {
    const { actor, action, resource, purpose, note } = readEvent(event);
    const entry = sealEntry({
      seq: entries.length,
      time: readTime(clock()),
      actor,
      action,
      resource,
      record: pseudonymOf(event.recordId, RECORD_CONTEXT)!,
      subject: pseudonymOf(event.subjectId, SUBJECT_CONTEXT) ?? null,
      purpose,
      note: note ?? null,
      prevHash: entries.at(-1)?.hash ?? GENESIS,
    });
    entries.push(entry);
    return entry;
  }

  function findEntries(query: { recordId?: string; subjectId?: string }) {
    assertObject(query, 'query');
    const { recordId, subjectId } = query;
    if (recordId === undefined && subjectId === undefined) {
      throw new TypeError('query: expected recordId or subjectId, got neither');
    }
    if (recordId !== undefined) readId(recordId, 'query.recordId');
    if (subjectId !== undefined) readId(subjectId, 'query.subjectId');

    const record = pseudonymOf(recordId, RECORD_CONTEXT);
    const subject = pseudonymOf(subjectId, SUBJECT_CONTEXT);
    return entries.filter(
      (e) =>
        (record === undefined || e.record === record) &&
        (subject === undefined || e.subject === subject),
    );
  }

  function pseudonymOf(id: string | undefined, context: string) {
    return id === undefined ? undefined : pseudonymize(id, logKey, context);
  }

  return Object.freeze({
    append,
    entries: () => [...entries],
    findEntries,
  });
}

/**
 * Checks a log, in order, and reports the first entry that is wrong.
 *
 * Each entry must match its own hash (else `changed`), carry the next
 * sequence number (a number already used: `inserted`; one skipped:
 * `removed`, or `reordered` if the skipped entry comes later), and name the
 * previous entry's hash. A broken link with both entries intact means the
 * earlier entry was replaced, hashes and all (`changed`), unless the entry
 * that should be there follows (`inserted`).
 *
 * Given a checkpoint, its signature is checked first; then a log shorter
 * than the checkpoint is `truncated`, and one whose first `size` entries do
 * not hash to the checkpoint was rewritten (`changed` at `size - 1`, the
 * furthest the checkpoint can place it).
 *
 * @param entries The log, e.g. from `log.entries()` or `parseJsonLines`.
 * @param options.checkpoint A checkpoint from `createCheckpoint`.
 * @param options.checkpointKey The key it was signed with.
 * @throws CheckpointError if the checkpoint's signature does not match;
 *   TypeError or RangeError for wrong arguments.
 * @example verify(log.entries()) // { ok: true, size: 3, head: '9f…' }
 */
export function verify(
  entries: readonly unknown[],
  options: { checkpoint?: Checkpoint; checkpointKey?: Uint8Array } = {},
): VerifyResult {
  assertArray(entries, 'entries');
  assertObject(options, 'options');
  const { checkpoint } = options;
  if (checkpoint !== undefined) {
    assertCheckpoint(checkpoint, options.checkpointKey);
  }

  const problem = findFirstProblem(entries);
  if (problem) return problem;
  if (checkpoint) {
    const mismatch = compareWithCheckpoint(entries, checkpoint);
    if (mismatch) return mismatch;
  }

  const head = (entries.at(-1) as AuditEntry | undefined)?.hash ?? GENESIS;
  return { ok: true, size: entries.length, head };
}

/**
 * Signs the current head of a log. Keep checkpoints where whoever can write
 * the log cannot: another system, a colleague's mailbox, a printout.
 *
 * @param entries The log; it must verify, or there is nothing to vouch for.
 * @param checkpointKey At least 32 secret bytes.
 * @throws RangeError if the log does not verify or the key is too short;
 *   TypeError for wrong types.
 * @example createCheckpoint(log.entries(), checkpointKey).size // 3
 */
export function createCheckpoint(
  entries: readonly AuditEntry[],
  checkpointKey: Uint8Array,
): Checkpoint {
  assertArray(entries, 'entries');
  assertKey(checkpointKey, 'checkpointKey');
  const result = verify(entries);
  if (!result.ok) {
    throw new RangeError(
      `entries: the log does not verify (${result.message}); not signing it`,
    );
  }

  const size = entries.length;
  const head = result.head;
  const root = bytesToHex(merkleTreeHash(entries.map(encodeEntry)));
  const signature = signCheckpoint(checkpointKey, size, head, root);
  return Object.freeze({ size, head, root, signature });
}

/**
 * RFC 6962 §2.1 Merkle Tree Hash: leaves hash as SHA-256(0x00 ‖ leaf),
 * nodes as SHA-256(0x01 ‖ left ‖ right), and the left subtree of n leaves
 * holds the largest power of two smaller than n.
 *
 * @param leaves The leaf data, in order.
 * @returns The 32-byte root; SHA-256 of nothing for no leaves.
 * @throws TypeError if `leaves` is not an array of Uint8Array.
 * @example bytesToHex(merkleTreeHash([])) // 'e3b0c442…b855'
 */
export function merkleTreeHash(leaves: readonly Uint8Array[]): Uint8Array {
  assertArray(leaves, 'leaves');
  leaves.forEach((leaf, i) => assertBytes(leaf, `leaves[${i}]`));
  return hashSubtree(leaves, 0, leaves.length);
}

/**
 * RFC 6962 §2.1 leaf hash: SHA-256(0x00 ‖ leaf). The prefix keeps a leaf
 * from ever being mistaken for an inner node (second-preimage attacks).
 *
 * @throws TypeError if `leaf` is not a Uint8Array.
 * @example merkleLeafHash(new Uint8Array(0)).length // 32
 */
export function merkleLeafHash(leaf: Uint8Array): Uint8Array {
  assertBytes(leaf, 'leaf');
  return sha256(concatBytes(Uint8Array.of(0x00), leaf));
}

/**
 * RFC 6962 §2.1 node hash: SHA-256(0x01 ‖ left ‖ right).
 *
 * @throws TypeError if `left` or `right` is not a Uint8Array.
 * @example merkleNodeHash(a, b).length // 32
 */
export function merkleNodeHash(
  left: Uint8Array,
  right: Uint8Array,
): Uint8Array {
  assertBytes(left, 'left');
  assertBytes(right, 'right');
  return sha256(concatBytes(Uint8Array.of(0x01), left, right));
}

/**
 * Writes entries as JSON Lines: one entry per line, fields in a fixed order.
 *
 * @throws TypeError if `entries` is not an array.
 * @example toJsonLines(log.entries()).split('\n').length // size + 1
 */
export function toJsonLines(entries: readonly AuditEntry[]): string {
  assertArray(entries, 'entries');
  return entries.map((entry) => JSON.stringify(entry) + '\n').join('');
}

/**
 * Reads JSON Lines back. It does not check the entries: pass the result to
 * `verify`, which reports a damaged entry instead of throwing.
 *
 * @throws TypeError if `text` is not a string; SyntaxError naming the line
 *   that is not JSON.
 * @example verify(parseJsonLines(toJsonLines(log.entries()))).ok // true
 */
export function parseJsonLines(text: string): unknown[] {
  if (typeof text !== 'string') {
    throw new TypeError(`text: expected a string, got ${describe(text)}`);
  }
  const lines = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (lines === '') return [];

  return lines.split('\n').map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new SyntaxError(`text: line ${i + 1} is not valid JSON`);
    }
  });
}

// --- The chain -----------------------------------------------------------

type Unsealed = Omit<AuditEntry, 'hash'>;

function sealEntry(fields: Unsealed): AuditEntry {
  return Object.freeze({ ...fields, hash: hashEntry(fields) });
}

function findFirstProblem(
  entries: readonly unknown[],
): VerifyResult | undefined {
  let prevHash = GENESIS;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isEntry(entry) || hashEntry(entry) !== entry.hash) {
      return fail(i, 'changed', `entry ${i} does not match its hash`);
    }
    if (entry.seq < i) return describeDuplicate(entries, i, entry);
    if (entry.seq > i) return describeGap(entries, i, entry);
    if (entry.prevHash !== prevHash) return describeBrokenLink(entries, i);
    prevHash = entry.hash;
  }
  return undefined;
}

// A sequence number used twice. If the two entries differ and the next
// entry chains to this one, this one is genuine and the one before it is
// the insertion.
function describeDuplicate(
  entries: readonly unknown[],
  i: number,
  entry: AuditEntry,
): VerifyResult {
  const before = entries[i - 1] as AuditEntry;
  const next = entries[i + 1] as Partial<AuditEntry> | undefined;
  const earlier =
    entry.seq === i - 1 &&
    before.hash !== entry.hash &&
    next?.prevHash === entry.hash;
  const index = earlier ? i - 1 : i;
  return fail(
    index,
    'inserted',
    `entry ${index} repeats sequence number ${entry.seq}`,
  );
}

function describeGap(
  entries: readonly unknown[],
  i: number,
  entry: AuditEntry,
): VerifyResult {
  const later = entries.slice(i + 1).some((e) => isEntry(e) && e.seq === i);
  if (later) {
    return fail(i, 'reordered', `entry ${entry.seq} stands where ${i} belongs`);
  }
  return fail(i, 'removed', `entry ${i} is missing; ${entry.seq} stands there`);
}

function describeBrokenLink(
  entries: readonly unknown[],
  i: number,
): VerifyResult {
  if (i === 0) return fail(0, 'changed', 'entry 0 does not start the chain');
  const next = entries[i + 1];
  if (isEntry(next) && next.seq === i) {
    return fail(
      i,
      'inserted',
      `entry ${i} was inserted before the real entry ${i}`,
    );
  }
  return fail(
    i - 1,
    'changed',
    `entry ${i - 1} is not the entry that entry ${i} was chained to`,
  );
}

function fail(
  index: number,
  reason: TamperReason,
  message: string,
): VerifyResult {
  return { ok: false, index, reason, message };
}

// --- Checkpoints ---------------------------------------------------------

function compareWithCheckpoint(
  entries: readonly unknown[],
  checkpoint: Checkpoint,
): VerifyResult | undefined {
  const { size } = checkpoint;
  if (entries.length < size) {
    return fail(
      entries.length,
      'truncated',
      `the checkpoint covers ${size} entries; entries from ` +
        `${entries.length} on are missing`,
    );
  }
  if (size === 0) return undefined;

  // The root is not recomputed: once entry size - 1 matches the head, the
  // chain has fixed every entry before it, so the root would match as well.
  const last = entries[size - 1] as AuditEntry;
  if (last.hash !== checkpoint.head) {
    return fail(
      size - 1,
      'changed',
      `the first ${size} entries do not match the checkpoint: the log was ` +
        `rewritten at or before entry ${size - 1}`,
    );
  }
  return undefined;
}

function signCheckpoint(
  key: Uint8Array,
  size: number,
  head: string,
  root: string,
): string {
  const message = `${FORMAT} checkpoint\n${size}\n${head}\n${root}\n`;
  return bytesToHex(hmac(sha256, key, utf8ToBytes(message)));
}

function assertCheckpoint(checkpoint: unknown, key: unknown): void {
  assertObject(checkpoint, 'options.checkpoint');
  const { size, head, root, signature } = checkpoint as Checkpoint;
  const wellFormed =
    Number.isSafeInteger(size) &&
    size >= 0 &&
    [head, root, signature].every(isHash);
  if (!wellFormed) {
    throw new TypeError(
      'options.checkpoint: expected { size, head, root, signature } ' +
        'from createCheckpoint',
    );
  }
  assertKey(key, 'options.checkpointKey');

  const expected = signCheckpoint(key, size, head, root);
  // Compare in constant time: a timing difference would let a forger
  // learn the signature byte by byte.
  if (!equalBytes(hexToBytes(expected), hexToBytes(signature))) {
    throw new CheckpointError();
  }
}

function hashSubtree(
  leaves: readonly Uint8Array[],
  start: number,
  end: number,
): Uint8Array {
  const n = end - start;
  if (n === 0) return sha256(new Uint8Array(0));
  if (n === 1) return merkleLeafHash(leaves[start]!);

  let k = 1; // the largest power of two smaller than n
  while (k * 2 < n) k *= 2;
  return merkleNodeHash(
    hashSubtree(leaves, start, start + k),
    hashSubtree(leaves, start + k, end),
  );
}

// --- Input checks --------------------------------------------------------

function readEvent(event: AuditEvent): AuditEvent {
  assertObject(event, 'event');
  for (const field of Object.keys(event)) {
    if (!FIELDS.includes(field)) {
      throw new TypeError(
        `event: unexpected field ${JSON.stringify(field)}; an audit entry ` +
          `holds only ${FIELDS.join(', ')}`,
      );
    }
  }

  const { actor, action, resource, purpose, note } = event;
  readText(actor, 'event.actor', MAX_ID_LENGTH);
  readName(action, 'event.action');
  readName(resource, 'event.resource');
  readName(purpose, 'event.purpose');
  if (note !== undefined) readText(note, 'event.note', MAX_NOTE_LENGTH);
  readId(event.recordId, 'event.recordId');
  if (event.subjectId !== undefined) readId(event.subjectId, 'event.subjectId');

  const stored = { actor, action, resource, purpose, note };
  for (const [field, value] of Object.entries(stored)) {
    if (value !== undefined) refusePersonalData(value, `event.${field}`);
  }
  return event;
}

// The message names the kinds found but never repeats the value: an error
// often ends up in a log of its own.
function refusePersonalData(value: string, argument: string): void {
  const findings = findPersonalData(value);
  if (findings.length === 0) return;
  const kinds = [...new Set(findings.map((f) => f.kind))].join(', ');
  throw new RangeError(
    `${argument}: looks like personal data (${kinds}); audit entries hold ` +
      'none, so put identifiers in recordId or subjectId, which are ' +
      'pseudonymized',
  );
}

function readName(value: unknown, argument: string): void {
  readText(value, argument, 64);
  if (!NAME.test(value as string)) {
    throw new RangeError(
      `${argument}: expected a short name such as "read" (a letter, then ` +
        'letters, digits, ".", "_" or "-")',
    );
  }
}

function readId(value: unknown, argument: string): void {
  readText(value, argument, MAX_ID_LENGTH);
}

function readText(value: unknown, argument: string, max: number): void {
  if (typeof value !== 'string') {
    throw new TypeError(
      `${argument}: expected a string, got ${describe(value)}`,
    );
  }
  if (value.length === 0 || value.length > max) {
    throw new RangeError(
      `${argument}: expected 1 to ${max} characters, got ${value.length}`,
    );
  }
}

function readTime(date: unknown): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError(
      `options.clock: expected a valid Date, got ${describe(date)}`,
    );
  }
  return date.toISOString();
}

function isEntry(value: unknown): value is AuditEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const strings = [e.time, e.actor, e.action, e.resource, e.record, e.purpose];
  return (
    Number.isSafeInteger(e.seq) &&
    (e.seq as number) >= 0 &&
    strings.every((s) => typeof s === 'string') &&
    (e.subject === null || typeof e.subject === 'string') &&
    (e.note === null || typeof e.note === 'string') &&
    isHash(e.prevHash) &&
    isHash(e.hash)
  );
}

function isHash(value: unknown): value is string {
  return typeof value === 'string' && /^[\da-f]{64}$/.test(value);
}

function copyKey(key: unknown, argument: string): Uint8Array {
  assertKey(key, argument);
  return key.slice();
}

function assertKey(key: unknown, argument: string): asserts key is Uint8Array {
  assertBytes(key, argument);
  if (key.length < MIN_KEY_LENGTH) {
    throw new RangeError(
      `${argument}: expected a Uint8Array of at least ${MIN_KEY_LENGTH} ` +
        `bytes, got Uint8Array of length ${key.length}`,
    );
  }
}

function assertBytes(
  value: unknown,
  argument: string,
): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(
      `${argument}: expected a Uint8Array, got ${describe(value)}`,
    );
  }
}

function assertArray(value: unknown, argument: string): void {
  if (!Array.isArray(value)) {
    throw new TypeError(
      `${argument}: expected an array, got ${describe(value)}`,
    );
  }
}

function assertObject(value: unknown, argument: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `${argument}: expected an object, got ${describe(value)}`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Uint8Array)
    return `Uint8Array of length ${value.length}`;
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'an invalid Date';
  return typeof value;
}
