// Authenticated encryption of personal data, in a self-describing envelope.
//
// Follows RFC 5116 (the AEAD interface), draft-irtf-cfrg-xchacha-03
// (XChaCha20-Poly1305, the default) and NIST SP 800-38D (AES-256-GCM).
// Keys from passwords come from Argon2id (RFC 9106). All cryptography is
// done by @noble/ciphers and @noble/hashes; this module only lays out bytes.
//
// Envelope layout, in bytes:
//
//   version (1) | nonce (24 or 12) | ciphertext (as long as the plaintext)
//   | tag (16)
//
//   0x01  XChaCha20-Poly1305, 24-byte nonce, 16-byte tag
//   0x02  AES-256-GCM,        12-byte nonce, 16-byte tag
//
// The bytes the AEAD authenticates besides the ciphertext are
// `version | associatedData` (see `bindVersion` below).

import { gcm } from '@noble/ciphers/aes.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { isBytes, randomBytes } from '@noble/ciphers/utils.js';
import { argon2id, argon2idAsync } from '@noble/hashes/argon2.js';

/** The algorithms an envelope can name. */
export type Algorithm = 'xchacha20-poly1305' | 'aes-256-gcm';

/** The parts of an envelope, as `parseEnvelope` returns them. */
export interface EnvelopeParts {
  version: number;
  algorithm: Algorithm;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
}

interface Suite {
  version: number;
  algorithm: Algorithm;
  nonceLength: number;
  aead: (key: Uint8Array, nonce: Uint8Array, aad: Uint8Array) => AeadCipher;
}

interface AeadCipher {
  encrypt(plaintext: Uint8Array): Uint8Array;
  decrypt(sealed: Uint8Array): Uint8Array;
}

const SUITES: readonly Suite[] = [
  // A 192-bit nonce may be drawn at random for as many messages as a key
  // will ever see (draft-irtf-cfrg-xchacha-03, "Motivation for XChaCha20").
  {
    version: 0x01,
    algorithm: 'xchacha20-poly1305',
    nonceLength: 24,
    aead: xchacha20poly1305,
  },
  // Random 96-bit nonces: at most 2^32 messages per key
  // (NIST SP 800-38D §8.3). Prefer XChaCha20 unless AES is required.
  { version: 0x02, algorithm: 'aes-256-gcm', nonceLength: 12, aead: gcm },
];

const DEFAULT_ALGORITHM: Algorithm = 'xchacha20-poly1305';
const KEY_LENGTH = 32;
const TAG_LENGTH = 16; // 128-bit tags: RFC 8439 §2.8, SP 800-38D §5.2.1.2
const MAX_PLAINTEXT_BYTES = 10 * 1024 * 1024;
const MAX_ASSOCIATED_DATA_BYTES = 64 * 1024;

/**
 * Thrown by `decrypt` when an envelope cannot be authenticated.
 *
 * The message is the same whatever went wrong: a wrong key, wrong associated
 * data, a flipped bit, a truncated envelope or an unknown version. Telling
 * these apart would hand an attacker an oracle: by sending altered envelopes
 * and reading the reply, they could learn which part they had hit. The
 * honest answer is the only one an AEAD can give: "not authentic".
 */
export class DecryptionError extends Error {
  constructor() {
    super('decrypt: the envelope could not be authenticated');
    this.name = 'DecryptionError';
  }
}

/**
 * Generates a random 256-bit key from the platform's CSPRNG.
 *
 * @returns 32 random bytes.
 * @example const key = generateKey();
 */
export function generateKey(): Uint8Array {
  return randomBytes(KEY_LENGTH);
}

/**
 * Encrypts and authenticates `plaintext` under `key`, with a fresh random
 * nonce, and returns the envelope.
 *
 * @param key - 32 bytes, e.g. from `generateKey`.
 * @param plaintext - Text (encoded as UTF-8) or bytes, at most 10 MiB.
 * @param associatedData - Text or bytes that are authenticated but not
 *   encrypted, such as a record id; `decrypt` must be given the same.
 * @param options.algorithm - `'xchacha20-poly1305'` (default) or
 *   `'aes-256-gcm'`.
 * @returns `version | nonce | ciphertext | tag`.
 * @throws TypeError or RangeError for an argument of the wrong type or size.
 * @example const envelope = encrypt(key, 'ada@example.com', 'user:42');
 */
export function encrypt(
  key: Uint8Array,
  plaintext: string | Uint8Array,
  associatedData?: string | Uint8Array,
  options: { algorithm?: Algorithm } = {},
): Uint8Array {
  checkOptionsObject(options);
  const suite = findSuiteByName(options.algorithm, 'options.algorithm');
  const nonce = randomBytes(suite.nonceLength); // fresh every call
  return _sealWithNonce(
    key,
    nonce,
    plaintext,
    bindVersion(suite.version, associatedData),
    suite.algorithm,
  );
}

/**
 * Checks and decrypts an envelope made by `encrypt`.
 *
 * @param key - The 32-byte key it was encrypted under.
 * @param envelope - The envelope's bytes.
 * @param associatedData - The same associated data given to `encrypt`.
 * @returns The plaintext bytes.
 * @throws DecryptionError if the envelope is not authentic, for any reason.
 * @throws TypeError or RangeError for an argument of the wrong type or size:
 *   those are mistakes in the calling code, not attacks, so they say what
 *   is wrong.
 * @example const bytes = decrypt(key, envelope, 'user:42');
 */
export function decrypt(
  key: Uint8Array,
  envelope: Uint8Array,
  associatedData?: string | Uint8Array,
): Uint8Array {
  checkBytes(key, 'key', KEY_LENGTH);
  checkEnvelope(envelope);
  const aad = bindVersion(envelope[0] ?? 0, associatedData);

  return _openWithAad(key, envelope, aad);
}

/**
 * `decrypt`, then decodes the plaintext as UTF-8.
 *
 * @param key - The 32-byte key it was encrypted under.
 * @param envelope - The envelope's bytes.
 * @param associatedData - The same associated data given to `encrypt`.
 * @returns The plaintext as a string.
 * @throws DecryptionError if the envelope is not authentic; TypeError if
 *   the authentic plaintext is not UTF-8 text; as `decrypt` otherwise.
 * @example decryptText(key, encrypt(key, 'Ada')); // 'Ada'
 */
export function decryptText(
  key: Uint8Array,
  envelope: Uint8Array,
  associatedData?: string | Uint8Array,
): string {
  const bytes = decrypt(key, envelope, associatedData);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Splits an envelope into its parts, so a lesson can show its bytes. It
 * does not check authenticity: only `decrypt` does that. The parts are views
 * into `envelope`, not copies.
 *
 * @param envelope - The envelope's bytes.
 * @returns `{ version, algorithm, nonce, ciphertext, tag }`.
 * @throws TypeError if `envelope` is not a Uint8Array; RangeError if it is
 *   too short for its version, or the version is unknown.
 * @example parseEnvelope(encrypt(key, 'Ada')).nonce.length; // 24
 */
export function parseEnvelope(envelope: Uint8Array): EnvelopeParts {
  checkEnvelope(envelope);
  const suite = SUITES.find((s) => s.version === envelope[0]);
  if (suite === undefined) {
    const known = SUITES.map((s) => hexByte(s.version)).join(', ');
    const got = envelope.length === 0 ? 'no bytes' : hexByte(envelope[0]!);
    throw new RangeError(`envelope: expected version ${known}, got ${got}`);
  }

  const minimum = 1 + suite.nonceLength + TAG_LENGTH;
  if (envelope.length < minimum) {
    throw new RangeError(
      `envelope: expected at least ${minimum} bytes for ` +
        `${suite.algorithm}, got ${envelope.length}`,
    );
  }

  const tagStart = envelope.length - TAG_LENGTH;
  return {
    version: suite.version,
    algorithm: suite.algorithm,
    nonce: envelope.subarray(1, 1 + suite.nonceLength),
    ciphertext: envelope.subarray(1 + suite.nonceLength, tagStart),
    tag: envelope.subarray(tagStart),
  };
}

/**
 * How many bytes an envelope adds to the plaintext: version, nonce and tag.
 *
 * @param algorithm - Defaults to `'xchacha20-poly1305'`.
 * @returns 41 for XChaCha20-Poly1305, 29 for AES-256-GCM.
 * @throws RangeError for an unknown algorithm.
 * @example getEnvelopeOverhead('aes-256-gcm'); // 29
 */
export function getEnvelopeOverhead(algorithm?: Algorithm): number {
  const suite = findSuiteByName(algorithm, 'algorithm');
  return 1 + suite.nonceLength + TAG_LENGTH;
}

/**
 * The AEAD step of `encrypt` with the nonce and the authenticated data given
 * explicitly, so published test vectors can be run through the same code.
 * Internal: reusing a nonce under one key breaks both algorithms. Call
 * `encrypt`, which draws a fresh nonce and binds the version byte.
 *
 * @param key - 32 bytes.
 * @param nonce - 24 bytes for XChaCha20-Poly1305, 12 for AES-256-GCM.
 * @param plaintext - Text or bytes, at most 10 MiB.
 * @param aad - Exactly the bytes the AEAD authenticates.
 * @param algorithm - Which AEAD, as for `encrypt`.
 * @returns `version | nonce | ciphertext | tag`.
 * @throws TypeError or RangeError for an argument of the wrong type or size.
 * @example _sealWithNonce(key, new Uint8Array(24), 'Ada', new Uint8Array());
 */
export function _sealWithNonce(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: string | Uint8Array,
  aad: Uint8Array,
  algorithm: Algorithm = DEFAULT_ALGORITHM,
): Uint8Array {
  const suite = findSuiteByName(algorithm, 'algorithm');
  checkBytes(key, 'key', KEY_LENGTH);
  checkBytes(nonce, 'nonce', suite.nonceLength);
  checkBytes(aad, 'aad');
  const message = toBytes(plaintext, 'plaintext', MAX_PLAINTEXT_BYTES);

  const sealed = suite.aead(key, nonce, aad).encrypt(message);

  const envelope = new Uint8Array(1 + nonce.length + sealed.length);
  envelope[0] = suite.version;
  envelope.set(nonce, 1);
  envelope.set(sealed, 1 + nonce.length);
  return envelope;
}

/**
 * The AEAD step of `decrypt` with the authenticated data given explicitly,
 * so published test vectors can be run through the same code. Internal:
 * call `decrypt`.
 *
 * @param key - 32 bytes.
 * @param envelope - `version | nonce | ciphertext | tag`.
 * @param aad - Exactly the bytes the AEAD authenticates.
 * @returns The plaintext bytes.
 * @throws DecryptionError if the envelope is not authentic, for any reason;
 *   TypeError or RangeError for an argument of the wrong type or size.
 * @example _openWithAad(key, envelope, new Uint8Array());
 */
export function _openWithAad(
  key: Uint8Array,
  envelope: Uint8Array,
  aad: Uint8Array,
): Uint8Array {
  checkBytes(key, 'key', KEY_LENGTH);
  checkEnvelope(envelope);
  checkBytes(aad, 'aad');

  const suite = SUITES.find((s) => s.version === envelope[0]);
  const minimum = 1 + (suite?.nonceLength ?? 0) + TAG_LENGTH;
  if (suite === undefined || envelope.length < minimum) {
    throw new DecryptionError();
  }

  const nonce = envelope.subarray(1, 1 + suite.nonceLength);
  const sealed = envelope.subarray(1 + suite.nonceLength);
  try {
    return suite.aead(key, nonce, aad).decrypt(sealed);
  } catch {
    // Arguments were checked above, so any failure here is the tag.
    throw new DecryptionError();
  }
}

/**
 * The version byte goes into the authenticated data as well as the header.
 * Otherwise someone could change 0x01 to another version byte and have the
 * same bytes read under a different algorithm or layout; an AEAD only
 * protects what it is given (RFC 5116 §2.1). With the version bound in, any
 * such change fails authentication. The version is one fixed-length byte,
 * so `version | associatedData` can be split only one way.
 */
function bindVersion(
  version: number,
  associatedData: string | Uint8Array | undefined,
): Uint8Array {
  const data =
    associatedData === undefined
      ? new Uint8Array(0)
      : toBytes(associatedData, 'associatedData', MAX_ASSOCIATED_DATA_BYTES);

  const aad = new Uint8Array(1 + data.length);
  aad[0] = version;
  aad.set(data, 1);
  return aad;
}

// ---------------------------------------------------------------------------
// Keys from passwords

/** Cost parameters for `deriveKeyFromPassword`. */
export interface PasswordKdfOptions {
  /** Memory in KiB. Default 19,456 (19 MiB); at least 1,024. */
  memoryKiB?: number;
  /** Passes over the memory. Default 2; at least 1. */
  iterations?: number;
}

const PASSWORD_DEFAULTS = { memoryKiB: 19_456, iterations: 2 };
const PASSWORD_FLOOR = { memoryKiB: 1024, iterations: 1 };
const PASSWORD_CEILING = { memoryKiB: 1024 * 1024, iterations: 64 };
const MIN_SALT_BYTES = 16; // RFC 9106 §3.1: 128 bits suggested
const MAX_SALT_BYTES = 1024;
const MAX_PASSWORD_LENGTH = 4096;

/**
 * Derives a 32-byte key from a password with Argon2id (RFC 9106).
 *
 * Defaults: 19 MiB of memory, 2 iterations, 1 lane. This is the first
 * Argon2id setting in the OWASP Password Storage Cheat Sheet; RFC 9106 §4's
 * own choices (2 GiB, or 64 MiB with 3 passes) take seconds in a browser
 * running JavaScript. One lane, because noble computes lanes one after
 * another: more would cost the user time without costing an attacker more.
 * Lessons may lower the cost to at least 1 MiB and 1 iteration, which is
 * fast and NOT safe for real passwords.
 *
 * The password is normalized to Unicode NFKC first, so the same password
 * typed on two keyboards gives the same key (NIST SP 800-63B §5.1.1.2).
 *
 * @param password - Non-empty, at most 4,096 characters.
 * @param salt - At least 16 random bytes, stored beside the ciphertext;
 *   use `generateSalt`.
 * @param options - `{ memoryKiB, iterations }`, see `PasswordKdfOptions`.
 * @returns A 32-byte key for `encrypt`.
 * @throws TypeError or RangeError for an argument of the wrong type or size.
 * @example const key = deriveKeyFromPassword('correct horse', salt);
 */
export function deriveKeyFromPassword(
  password: string,
  salt: Uint8Array,
  options: PasswordKdfOptions = {},
): Uint8Array {
  const { input, opts } = preparePasswordKdf(password, salt, options);
  return argon2id(input, salt, opts);
}

/**
 * `deriveKeyFromPassword` that yields to the event loop while it works, so
 * a page stays responsive. Same parameters, same key.
 *
 * @param password - Non-empty, at most 4,096 characters.
 * @param salt - At least 16 random bytes; use `generateSalt`.
 * @param options - `{ memoryKiB, iterations }`, see `PasswordKdfOptions`.
 * @returns A promise of the 32-byte key.
 * @throws Rejects with TypeError or RangeError for a wrong argument.
 * @example const key = await deriveKeyFromPasswordAsync('pw', salt);
 */
export async function deriveKeyFromPasswordAsync(
  password: string,
  salt: Uint8Array,
  options: PasswordKdfOptions = {},
): Promise<Uint8Array> {
  const { input, opts } = preparePasswordKdf(password, salt, options);
  return argon2idAsync(input, salt, { ...opts, asyncTick: 10 });
}

/**
 * Generates a random 16-byte salt for `deriveKeyFromPassword`.
 *
 * @returns 16 random bytes.
 * @example const salt = generateSalt();
 */
export function generateSalt(): Uint8Array {
  return randomBytes(MIN_SALT_BYTES);
}

function preparePasswordKdf(
  password: string,
  salt: Uint8Array,
  options: PasswordKdfOptions,
) {
  checkPassword(password);
  checkBytes(salt, 'salt');
  checkLength(salt, 'salt', MIN_SALT_BYTES, MAX_SALT_BYTES);
  checkOptionsObject(options);

  const { memoryKiB: m = PASSWORD_DEFAULTS.memoryKiB } = options;
  const { iterations: t = PASSWORD_DEFAULTS.iterations } = options;
  checkInteger(
    m,
    'options.memoryKiB',
    PASSWORD_FLOOR.memoryKiB,
    PASSWORD_CEILING.memoryKiB,
  );
  checkInteger(
    t,
    'options.iterations',
    PASSWORD_FLOOR.iterations,
    PASSWORD_CEILING.iterations,
  );

  const input = new TextEncoder().encode(password.normalize('NFKC'));
  return { input, opts: { m, t, p: 1, dkLen: KEY_LENGTH } };
}

// ---------------------------------------------------------------------------
// Argument checks: programming errors, so they say exactly what is wrong.

function findSuiteByName(algorithm: unknown, name: string): Suite {
  if (algorithm === undefined) algorithm = DEFAULT_ALGORITHM;
  const known = SUITES.map((s) => `'${s.algorithm}'`).join(' or ');
  if (typeof algorithm !== 'string') {
    throw new TypeError(
      `${name}: expected ${known}, got ${describe(algorithm)}`,
    );
  }

  const suite = SUITES.find((s) => s.algorithm === algorithm);
  if (suite !== undefined) return suite;
  const got = JSON.stringify(algorithm.slice(0, 40));
  throw new RangeError(`${name}: expected ${known}, got ${got}`);
}

function checkOptionsObject(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `options: expected an object, got ${describe(options)}`,
    );
  }
}

function checkEnvelope(envelope: unknown): asserts envelope is Uint8Array {
  checkBytes(envelope, 'envelope');
  const max = 1 + 24 + MAX_PLAINTEXT_BYTES + TAG_LENGTH;
  if (envelope.length > max) throwTooLong('envelope', max, envelope.length);
}

function checkBytes(
  value: unknown,
  name: string,
  length?: number,
): asserts value is Uint8Array {
  const what =
    length === undefined ? 'a Uint8Array' : `a Uint8Array of ${length} bytes`;
  if (!isBytes(value)) {
    throw new TypeError(`${name}: expected ${what}, got ${describe(value)}`);
  }
  if (length !== undefined && value.length !== length) {
    throw new RangeError(`${name}: expected ${what}, got ${describe(value)}`);
  }
}

function checkLength(
  value: { length: number },
  name: string,
  min: number,
  max: number,
): void {
  if (value.length < min || value.length > max) {
    throw new RangeError(
      `${name}: expected ${min} to ${max} bytes, got ${value.length}`,
    );
  }
}

function checkInteger(value: unknown, name: string, min: number, max: number) {
  if (typeof value !== 'number') {
    throw new TypeError(`${name}: expected a number, got ${describe(value)}`);
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${name}: expected an integer from ${min} to ${max}, got ${value}`,
    );
  }
}

function checkPassword(password: unknown): asserts password is string {
  if (typeof password !== 'string') {
    throw new TypeError(
      `password: expected a string, got ${describe(password)}`,
    );
  }
  if (password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
    throw new RangeError(
      `password: expected 1 to ${MAX_PASSWORD_LENGTH} characters, ` +
        `got ${password.length}`,
    );
  }
}

/** Text becomes UTF-8; bytes are used as they are. */
function toBytes(value: unknown, name: string, max: number): Uint8Array {
  if (typeof value === 'string') {
    // UTF-8 never has fewer bytes than the string has UTF-16 units, so an
    // over-long string is refused before it is encoded.
    if (value.length > max) throwTooLong(name, max, value.length);
    checkWellFormed(value, name);
    const bytes = new TextEncoder().encode(value);
    if (bytes.length > max) throwTooLong(name, max, bytes.length);
    return bytes;
  }

  if (!isBytes(value)) {
    throw new TypeError(
      `${name}: expected a string or a Uint8Array, got ${describe(value)}`,
    );
  }
  if (value.length > max) throwTooLong(name, max, value.length);
  return value;
}

/**
 * A lone surrogate has no UTF-8 form: TextEncoder would silently write
 * U+FFFD instead, and decryption would return different text.
 */
function checkWellFormed(text: string, name: string): void {
  const lone = /\p{Cs}/u.exec(text);
  if (lone !== null) {
    throw new RangeError(
      `${name}: expected well-formed Unicode text, got a lone surrogate ` +
        `at index ${lone.index}`,
    );
  }
}

function throwTooLong(name: string, max: number, got: number): never {
  throw new RangeError(`${name}: expected at most ${max} bytes, got ${got}`);
}

function hexByte(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0')}`;
}

/** Names a value the way the error messages above do. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isBytes(value)) return `Uint8Array of length ${value.length}`;
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return `string of length ${value.length}`;
  return typeof value;
}
