// Pseudonymization: replacing an identifier with a value that cannot be
// linked back to the person without a separately kept key.
//
// GDPR Art. 4(5): data is pseudonymized when it "can no longer be attributed
// to a specific data subject without the use of additional information",
// kept separately. Here that information is the key. Three tools:
//
//   pseudonymize              one-way: HMAC-SHA-256 (RFC 2104), hex output
//   tokenize / detokenize     reversible: AES-SIV (RFC 5297), hex output
//   formatPreservingEncrypt   reversible, digits stay digits: FF1
//                             (NIST SP 800-38G and its Rev. 1 draft)
//
// All three are deterministic: the same input, key and context give the
// same output, so records still join. That is the point, and also the
// risk: equal outputs reveal equal inputs. Use a different context (or key)
// per purpose, so that tables link only where you intend them to.

import { aessiv } from '@noble/ciphers/aes.js';
import { FF1 } from '@noble/ciphers/ff1.js';
import {
  bytesToHex,
  bytesToUtf8,
  hexToBytes,
  isBytes,
  utf8ToBytes,
} from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

// RFC 2104 §3: keys shorter than the hash output (32 bytes) weaken HMAC.
const MIN_HMAC_KEY_LENGTH = 32;

// RFC 5297 §2.2: the key is split into K1 for S2V (CMAC) and K2 for CTR.
// 64 bytes make both halves AES-256 keys (AEAD_AES_SIV_CMAC_512, §6.3).
const SIV_KEY_LENGTH = 64;
const SIV_LENGTH = 16; // the synthetic IV that leads every token

// FF1 runs on AES (NIST SP 800-38G), with any of its three key sizes.
const FF1_KEY_LENGTHS = [16, 24, 32];

// NIST SP 800-38G Rev. 1 (draft) §5.2: radix^minlen ≥ 1,000,000. For
// decimal digits that is six. Smaller domains fall to known attacks.
const MIN_DIGITS = 6;
// FF1 cost grows with the square of the length; identifiers are short.
const MAX_DIGITS = 4096;

const MAX_VALUE_LENGTH = 1024 * 1024; // characters
const MAX_CONTEXT_LENGTH = 1024; // characters

/**
 * Thrown by `detokenize` when a token cannot be authenticated.
 *
 * It says the same thing for a wrong key, a wrong context and an altered or
 * cut token. Saying which would let an attacker probe tokens one change at
 * a time and learn from the answers.
 */
export class TokenError extends Error {
  constructor() {
    super('token: could not be authenticated');
    this.name = 'TokenError';
  }
}

/**
 * Replaces `value` with a keyed, one-way pseudonym: HMAC-SHA-256 over the
 * context and the value, as 64 lowercase hex characters.
 *
 * Without the key, nobody can compute the pseudonym of a guessed value;
 * a plain hash would let anyone hash every phone number and compare.
 *
 * @param value - The identifier, 1 to 1,048,576 characters. Empty is refused:
 *   its pseudonym would join every missing value across tables.
 * @param key - At least 32 secret bytes, stored apart from the data.
 * @param context - Names the purpose, e.g. `'study-42'`; the same value
 *   gets unrelated pseudonyms in different contexts. Default `''`.
 * @returns 64 hex characters.
 * @throws TypeError if an argument has the wrong type.
 * @throws RangeError if the key is shorter than 32 bytes, or the value or
 *   context is empty, too long, or not well-formed Unicode.
 * @example pseudonymize('ada@example.com', key, 'newsletter'); // 64 hex
 */
export function pseudonymize(
  value: string,
  key: Uint8Array,
  context = '',
): string {
  checkValue(value, 'value');
  checkHmacKey(key);
  checkContext(context);

  // The context goes first, after its length: ('ab', 'c') and ('a', 'bc')
  // must not produce the same message.
  const contextBytes = utf8ToBytes(context);
  const mac = hmac.create(sha256, key);
  mac.update(encodeLength(contextBytes.length));
  mac.update(contextBytes);
  mac.update(utf8ToBytes(value));

  return bytesToHex(mac.digest());
}

/**
 * Encrypts `value` into a token that `detokenize` turns back, with AES-SIV:
 * deterministic authenticated encryption (RFC 5297). The token is the
 * 16-byte synthetic IV followed by the ciphertext, as lowercase hex.
 *
 * @param key - 64 secret bytes (two AES-256 keys, RFC 5297 §2.2).
 * @param value - The text, 1 to 1,048,576 characters.
 * @param context - Associated data, e.g. `'patients.email'`: authenticated,
 *   not encrypted; `detokenize` needs the same. Default `''`.
 * @returns The token: 32 + 2 × (UTF-8 length of `value`) hex characters.
 * @throws TypeError if an argument has the wrong type.
 * @throws RangeError if the key is not 64 bytes, or the value or context is
 *   empty, too long, or not well-formed Unicode.
 * @example const token = tokenize(key, 'ada@example.com', 'users.email');
 */
export function tokenize(key: Uint8Array, value: string, context = ''): string {
  checkSivKey(key);
  checkValue(value, 'value');
  checkContext(context);

  // One associated-data string: the context (RFC 5297 §2.6 allows a vector).
  const siv = aessiv(key, utf8ToBytes(context));

  return bytesToHex(siv.encrypt(utf8ToBytes(value)));
}

/**
 * Checks and decrypts a token made by `tokenize`.
 *
 * @param key - The 64-byte key the token was made with.
 * @param token - The token's hex text.
 * @param context - The same context given to `tokenize`. Default `''`.
 * @returns The original value.
 * @throws TokenError if the token is not authentic or not well formed, for
 *   whatever reason (the error does not say which).
 * @throws TypeError if an argument has the wrong type.
 * @throws RangeError if the key is not 64 bytes, the token is empty or
 *   longer than any token, or the context is too long.
 * @example detokenize(key, token, 'users.email'); // 'ada@example.com'
 */
export function detokenize(
  key: Uint8Array,
  token: string,
  context = '',
): string {
  checkSivKey(key);
  checkToken(token);
  checkContext(context);

  const sealed = parseToken(token);
  const siv = aessiv(key, utf8ToBytes(context));

  // RFC 5297 §2.7: decryption recomputes the IV and fails if it differs
  // (noble compares the two in constant time): a wrong token, key or context.
  try {
    return bytesToUtf8(siv.decrypt(sealed));
  } catch {
    throw new TokenError();
  }
}

/**
 * Encrypts a string of decimal digits into another of the same length with
 * FF1 (NIST SP 800-38G), e.g. to test with realistic card or account
 * numbers. Leading zeros are kept.
 *
 * @param key - An AES key: 16, 24 or 32 secret bytes (32 recommended).
 * @param digits - 6 to 4,096 characters 0-9. Fewer than six are refused:
 *   SP 800-38G Rev. 1 §5.2 requires a domain of at least one million.
 * @param tweak - Public bytes that vary the permutation, e.g. a table name
 *   or the first digits kept in clear; decryption needs the same. Default
 *   empty.
 * @returns Digits of the same length.
 * @throws TypeError if an argument has the wrong type.
 * @throws RangeError if the key has the wrong length, or `digits` is too
 *   short, too long or holds anything but 0-9.
 * @example formatPreservingEncrypt(key, '4111111111111111'); // 16 digits
 */
export function formatPreservingEncrypt(
  key: Uint8Array,
  digits: string,
  tweak: Uint8Array = new Uint8Array(0),
): string {
  const numerals = checkFf1Arguments(key, digits, tweak);

  return joinDigits(FF1(10, key, tweak).encrypt(numerals));
}

/**
 * Reverses `formatPreservingEncrypt`.
 *
 * FF1 has no tag: a wrong key or tweak does not throw, it returns other
 * digits. Keep a check digit or a lookup if you need to detect that.
 *
 * @param key - The key used to encrypt.
 * @param digits - The encrypted digits, 6 to 4,096 characters 0-9.
 * @param tweak - The tweak used to encrypt. Default empty.
 * @returns The original digits.
 * @throws TypeError or RangeError, as `formatPreservingEncrypt`.
 * @example formatPreservingDecrypt(key, encrypted); // '4111111111111111'
 */
export function formatPreservingDecrypt(
  key: Uint8Array,
  digits: string,
  tweak: Uint8Array = new Uint8Array(0),
): string {
  const numerals = checkFf1Arguments(key, digits, tweak);

  return joinDigits(FF1(10, key, tweak).decrypt(numerals));
}

// --- Encoding -------------------------------------------------------------

function encodeLength(length: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, length); // big-endian
  return bytes;
}

function parseToken(token: string): Uint8Array {
  // A token is lowercase hex of the 16-byte IV and at least one byte of
  // ciphertext; anything else cannot have come from `tokenize`.
  const wellFormed =
    token.length % 2 === 0 &&
    token.length > 2 * SIV_LENGTH &&
    /^[0-9a-f]+$/.test(token);
  if (!wellFormed) throw new TokenError();

  return hexToBytes(token);
}

function splitDigits(digits: string): number[] {
  return Array.from(digits, (digit) => digit.charCodeAt(0) - 48);
}

function joinDigits(numerals: readonly number[]): string {
  return numerals.join('');
}

// --- Checks ---------------------------------------------------------------

function checkValue(value: unknown, name: string): void {
  checkString(value, name, MAX_VALUE_LENGTH);
  if (value === '') {
    throw new RangeError(`${name}: expected a non-empty string, got ''`);
  }
}

function checkContext(context: unknown): void {
  checkString(context, 'context', MAX_CONTEXT_LENGTH);
}

function checkString(
  value: unknown,
  name: string,
  maxLength: number,
): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${name}: expected a string, got ${describe(value)}`);
  }
  if (value.length > maxLength) {
    throw new RangeError(
      `${name}: expected at most ${maxLength} characters, ` +
        `got ${value.length}`,
    );
  }
  // A lone surrogate becomes U+FFFD in UTF-8, so two different strings
  // would share one pseudonym, and a token would not round-trip.
  if (/\p{Cs}/u.test(value)) {
    throw new RangeError(
      `${name}: expected well-formed Unicode, got a lone surrogate`,
    );
  }
}

function checkToken(token: unknown): asserts token is string {
  // Longest token: the IV plus 3 UTF-8 bytes per character, in hex.
  const maxLength = 2 * (SIV_LENGTH + 3 * MAX_VALUE_LENGTH);
  if (typeof token !== 'string') {
    throw new TypeError(`token: expected a string, got ${describe(token)}`);
  }
  if (token === '' || token.length > maxLength) {
    throw new RangeError(
      `token: expected 1 to ${maxLength} characters, got ${token.length}`,
    );
  }
}

function checkHmacKey(key: unknown): void {
  checkBytes(key, 'key');
  if (key.length < MIN_HMAC_KEY_LENGTH) {
    throw new RangeError(
      `key: expected a Uint8Array of at least ${MIN_HMAC_KEY_LENGTH} ` +
        `bytes, got Uint8Array of length ${key.length}`,
    );
  }
}

function checkSivKey(key: unknown): void {
  checkBytes(key, 'key');
  if (key.length !== SIV_KEY_LENGTH) {
    throw new RangeError(
      `key: expected a Uint8Array of ${SIV_KEY_LENGTH} bytes, ` +
        `got Uint8Array of length ${key.length}`,
    );
  }
}

function checkFf1Arguments(
  key: unknown,
  digits: unknown,
  tweak: unknown,
): number[] {
  checkBytes(key, 'key');
  if (!FF1_KEY_LENGTHS.includes(key.length)) {
    throw new RangeError(
      `key: expected a Uint8Array of 16, 24 or 32 bytes, ` +
        `got Uint8Array of length ${key.length}`,
    );
  }

  checkDigits(digits);
  checkBytes(tweak, 'tweak');

  return splitDigits(digits);
}

function checkDigits(digits: unknown): asserts digits is string {
  if (typeof digits !== 'string') {
    throw new TypeError(`digits: expected a string, got ${describe(digits)}`);
  }
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) {
    // SP 800-38G Rev. 1 §5.2: 10^length must be at least 1,000,000.
    throw new RangeError(
      `digits: expected ${MIN_DIGITS} to ${MAX_DIGITS} digits ` +
        `(FF1 needs a domain of at least 10^6), got ${digits.length}`,
    );
  }
  if (!/^\d+$/.test(digits)) {
    // The message does not repeat the input: it may be a card number.
    throw new RangeError(
      'digits: expected only the characters 0-9, got other characters',
    );
  }
}

function checkBytes(value: unknown, name: string): asserts value is Uint8Array {
  if (!isBytes(value)) {
    throw new TypeError(
      `${name}: expected a Uint8Array, got ${describe(value)}`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Uint8Array) {
    return `Uint8Array of length ${value.length}`;
  }
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  return typeof value;
}
