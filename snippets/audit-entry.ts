// The format of one audit log entry: its fields, the bytes its hash is
// computed over, and that hash. It is kept apart from auditing.ts, which
// decides what may be logged, so that anything checking a chain (a
// verifier, or lesson 9's picture) needs only this and SHA-256.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** One entry of the log, as stored and as serialized. */
export interface AuditEntry {
  /** Position in the log, from 0. */
  readonly seq: number;
  /** ISO 8601 time in UTC. */
  readonly time: string;
  readonly actor: string;
  readonly action: string;
  readonly resource: string;
  /** Pseudonym of the record id. */
  readonly record: string;
  /** Pseudonym of the subject id, or null. */
  readonly subject: string | null;
  readonly purpose: string;
  readonly note: string | null;
  /** Hash of the entry before, or 64 zeros for the first. */
  readonly prevHash: string;
  /** SHA-256 of this entry's canonical encoding, in hex. */
  readonly hash: string;
}

/** The `prevHash` of the first entry: 64 zeros. */
export const GENESIS = '0'.repeat(64);

/** A tag hashed into every entry and checkpoint, naming this format. */
export const FORMAT = 'pdl-audit/1';

// One encoder for every entry: noble's utf8ToBytes builds a new one per
// call, which dominates the time of verifying a long log.
const utf8 = new TextEncoder();

/**
 * The bytes an entry's hash is computed over: a JSON array of a format tag
 * and every field but `hash`, in a fixed order, so that the same entry
 * always gives the same bytes whatever order its keys came in.
 *
 * @example bytesToHex(sha256(encodeEntry(entry))) === entry.hash // true
 */
export function encodeEntry(entry: Omit<AuditEntry, 'hash'>): Uint8Array {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    const got =
      entry === null ? 'null' : Array.isArray(entry) ? 'array' : typeof entry;
    throw new TypeError(`entry: expected an object, got ${got}`);
  }
  return utf8.encode(
    JSON.stringify([
      FORMAT,
      entry.seq,
      entry.time,
      entry.actor,
      entry.action,
      entry.resource,
      entry.record,
      entry.subject,
      entry.purpose,
      entry.note,
      entry.prevHash,
    ]),
  );
}

/** SHA-256 of `encodeEntry(entry)`, in hex: what `entry.hash` must be. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  return bytesToHex(sha256(encodeEntry(entry)));
}
