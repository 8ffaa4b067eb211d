import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { aessiv } from '@noble/ciphers/aes.js';
import { FF1 } from '@noble/ciphers/ff1.js';
import { bytesToHex, equalBytes, hexToBytes, utf8ToBytes } from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  TokenError,
  detokenize,
  formatPreservingDecrypt,
  formatPreservingEncrypt,
  pseudonymize,
  tokenize,
} from '../../../snippets/pseudonymization.ts';
import {
  emptyString,
  expectArgumentError,
  hugeString,
  notBytes,
  notStrings,
  wrongLengthKeys,
} from '../../support/wrong-inputs.ts';

// Keys 0x00, 0x01, … so that pinned outputs can be recomputed elsewhere.
// The pinned pseudonyms and token below were cross-checked with Python's
// `hmac` module and the `cryptography` package's AESSIV.
const hmacKey = Uint8Array.from({ length: 32 }, (_, i) => i);
const sivKey = Uint8Array.from({ length: 64 }, (_, i) => i);
const ff1Key = Uint8Array.from({ length: 32 }, (_, i) => i);

const vectorsDir = new URL('../../vectors/', import.meta.url);

function readVectors<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, vectorsDir), 'utf8')) as T;
}

/** Well-formed text: whole graphemes, never a lone surrogate. */
const text = (minLength = 1) => fc.string({ unit: 'grapheme', minLength, maxLength: 40 });

const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const key64 = fc.uint8Array({ minLength: 64, maxLength: 64 });

// ---------------------------------------------------------------------------

describe('pseudonymize', () => {
  test('returns the pinned HMAC-SHA-256 pseudonym for a known input', () => {
    expect(pseudonymize('ada@example.com', hmacKey)).toBe(
      '26219535b1f512f45b28132e66947022d9a431bd76f5ae5419cf3d0f5ea9dcc3',
    );
    expect(pseudonymize('ada@example.com', hmacKey, 'newsletter')).toBe(
      '03aca2c0093342d582dc92a3dc710ad99da1a37c62672c29df9674e7a648c3d3',
    );
  });

  test('is HMAC-SHA-256 over a length-prefixed context then the value', () => {
    const message = new Uint8Array([0, 0, 0, 2, 0x68, 0x72, 0x61, 0x64, 0x61]);
    const expected = bytesToHex(hmac(sha256, hmacKey, message));

    expect(pseudonymize('ada', hmacKey, 'hr')).toBe(expected);
  });

  test('returns 64 lowercase hex characters', () => {
    fc.assert(
      fc.property(text(), key32, (value, key) => {
        expect(pseudonymize(value, key)).toMatch(/^[0-9a-f]{64}$/);
      }),
    );
  });

  test('is deterministic: the same value, key and context give the same pseudonym', () => {
    fc.assert(
      fc.property(text(), key32, text(0), (value, key, context) => {
        expect(pseudonymize(value, key, context)).toBe(pseudonymize(value, key.slice(), context));
      }),
    );
  });

  test('gives unrelated pseudonyms in different contexts', () => {
    fc.assert(
      fc.property(text(), key32, text(0), text(0), (value, key, a, b) => {
        fc.pre(a !== b);
        expect(pseudonymize(value, key, a)).not.toBe(pseudonymize(value, key, b));
      }),
    );
  });

  test('gives unrelated pseudonyms under different keys', () => {
    fc.assert(
      fc.property(text(), key32, key32, (value, a, b) => {
        fc.pre(!equalBytes(a, b));
        expect(pseudonymize(value, a)).not.toBe(pseudonymize(value, b));
      }),
    );
  });

  test('does not let context and value bleed into each other', () => {
    expect(pseudonymize('c', hmacKey, 'ab')).not.toBe(pseudonymize('bc', hmacKey, 'a'));
  });

  test('treats a missing context as the empty context', () => {
    expect(pseudonymize('ada', hmacKey)).toBe(pseudonymize('ada', hmacKey, ''));
  });

  test('accepts keys longer than 32 bytes', () => {
    const long = new Uint8Array(100).fill(7);
    expect(pseudonymize('ada', long)).toBe(
      bytesToHex(hmac(sha256, long, utf8ToBytes('\0\0\0\0ada'))),
    );
  });

  test('refuses a lone surrogate, which UTF-8 would turn into U+FFFD', () => {
    expectArgumentError(() => pseudonymize('\uD800', hmacKey), RangeError, 'value');
    expectArgumentError(() => pseudonymize('ada', hmacKey, 'x\uDC00'), RangeError, 'context');
  });

  test('rejects wrong inputs, naming the argument', () => {
    for (const value of notStrings) {
      expectArgumentError(() => pseudonymize(value as string, hmacKey), TypeError, 'value');
    }
    for (const value of [emptyString, hugeString]) {
      expectArgumentError(() => pseudonymize(value, hmacKey), RangeError, 'value');
    }
    for (const key of notBytes) {
      expectArgumentError(() => pseudonymize('ada', key as Uint8Array), TypeError, 'key');
    }
    // Longer keys are fine for HMAC; only the short ones are wrong here.
    for (const key of wrongLengthKeys.filter((k) => k.length < 32)) {
      expectArgumentError(() => pseudonymize('ada', key), RangeError, 'key');
    }
    // `undefined` means "no context", so it is not a wrong input here.
    for (const context of notStrings.filter((c) => c !== undefined)) {
      expectArgumentError(
        () => pseudonymize('ada', hmacKey, context as string),
        TypeError,
        'context',
      );
    }
    expectArgumentError(() => pseudonymize('ada', hmacKey, hugeString), RangeError, 'context');
  });

  test('says what came without repeating the value', () => {
    expect(() => pseudonymize('ada', new Uint8Array(16))).toThrow(
      'key: expected a Uint8Array of at least 32 bytes, got Uint8Array of length 16',
    );
    expect(() => pseudonymize(42 as unknown as string, hmacKey)).toThrow(
      'value: expected a string, got number',
    );
  });
});

// ---------------------------------------------------------------------------

interface MacVector {
  tcId: number;
  comment: string;
  flags: string[];
  key: string;
  msg: string;
  tag: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface MacFile {
  numberOfTests: number;
  testGroups: { keySize: number; tagSize: number; tests: MacVector[] }[];
}

describe('Wycheproof hmac_sha256 through noble hmac (beneath pseudonymize)', () => {
  const file = readVectors<MacFile>('wycheproof/hmac_sha256_test.json');
  const tests = file.testGroups.flatMap((group) =>
    group.tests.map((vector) => ({ vector, tagBytes: group.tagSize / 8 })),
  );

  test('reads every test in the file', () => {
    expect(tests).toHaveLength(file.numberOfTests);
    expect(tests).toHaveLength(174);
  });

  test('matches every valid tag and no ModifiedTag one', () => {
    let valid = 0;
    let invalid = 0;
    for (const { vector, tagBytes } of tests) {
      const mac = hmac(sha256, hexToBytes(vector.key), hexToBytes(vector.msg));
      // Wycheproof's 128-bit groups check a truncated tag: the leading bytes.
      const matches = equalBytes(mac.slice(0, tagBytes), hexToBytes(vector.tag));

      expect(matches, `tcId ${vector.tcId}`).toBe(vector.result === 'valid');
      if (vector.result === 'valid') valid++;
      else {
        expect(vector.flags).toContain('ModifiedTag');
        invalid++;
      }
    }
    expect([valid, invalid]).toEqual([66, 108]);
  });
});

// ---------------------------------------------------------------------------

interface DaeadVector {
  tcId: number;
  comment: string;
  flags?: string[];
  key: string;
  aad: string;
  msg: string;
  ct: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface DaeadFile {
  numberOfTests: number;
  testGroups: { keySize: number; tests: DaeadVector[] }[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(hex: string): string | undefined {
  try {
    return strictUtf8.decode(hexToBytes(hex));
  } catch {
    return undefined;
  }
}

describe('Wycheproof aes_siv_cmac', () => {
  const file = readVectors<DaeadFile>('wycheproof/aes_siv_cmac_test.json');
  const tests = file.testGroups.flatMap((group) => group.tests);

  test('reads every test in the file', () => {
    expect(tests).toHaveLength(file.numberOfTests);
    expect(tests).toHaveLength(442);
  });

  test('noble aessiv encrypts every valid vector and rejects every invalid one', () => {
    for (const vector of tests) {
      const siv = () => aessiv(hexToBytes(vector.key), hexToBytes(vector.aad));
      const open = () => bytesToHex(siv().decrypt(hexToBytes(vector.ct)));

      if (vector.result === 'valid') {
        const sealed = siv().encrypt(hexToBytes(vector.msg));
        expect(bytesToHex(sealed), `tcId ${vector.tcId}`).toBe(vector.ct);
        expect(open(), `tcId ${vector.tcId}`).toBe(vector.msg);
      } else {
        expect(open, `tcId ${vector.tcId}`).toThrow();
      }
    }
  });

  test('covers the EdgeCaseSiv vectors, which are all valid', () => {
    const edge = tests.filter((v) => v.flags?.includes('EdgeCaseSiv'));
    expect(edge).toHaveLength(30);
    expect(edge.every((v) => v.result === 'valid')).toBe(true);
  });

  describe('through tokenize and detokenize, where the format allows', () => {
    // The tokenizer takes 64-byte keys and text: only the 512-bit group,
    // and only vectors whose message and associated data are valid UTF-8.
    const textual = file.testGroups
      .filter((group) => group.keySize === 512)
      .flatMap((group) => group.tests)
      .flatMap((vector) => {
        const value = decodeUtf8(vector.msg);
        const context = decodeUtf8(vector.aad);
        if (value === undefined || context === undefined) return [];
        return [{ vector, value, context, key: hexToBytes(vector.key) }];
      });

    test('finds the textual vectors: one valid, 108 with a bad tag', () => {
      const results = textual.map(({ vector }) => vector.result);
      expect(results.filter((r) => r === 'valid')).toHaveLength(1);
      expect(results.filter((r) => r === 'invalid')).toHaveLength(108);
    });

    test('detokenize rejects every tampered vector with a TokenError', () => {
      for (const { vector, key, context } of textual) {
        if (vector.result !== 'invalid') continue;
        expect(() => detokenize(key, vector.ct, context)).toThrow(TokenError);
      }
    });

    test('the valid one is an empty message, which tokenize refuses', () => {
      const [valid] = textual.filter((t) => t.vector.result === 'valid');
      expect(valid?.value).toBe('');
      expectArgumentError(
        () => tokenize(valid!.key, valid!.value, valid!.context),
        RangeError,
        'value',
      );
      // A token with no ciphertext cannot come from tokenize: refused too.
      expect(() => detokenize(valid!.key, valid!.vector.ct)).toThrow(TokenError);
    });
  });
});

// ---------------------------------------------------------------------------

describe('tokenize', () => {
  test('returns the pinned AES-SIV token for a known input', () => {
    expect(tokenize(sivKey, 'ada@example.com', 'users.email')).toBe(
      '8cb22af5872614ccd9cb9d2c436a9cc377316ff7ce7b9fe6b4aa0f35169fbd',
    );
  });

  test('is the hex of noble aessiv with the context as associated data', () => {
    fc.assert(
      fc.property(key64, text(), text(0), (key, value, context) => {
        const siv = aessiv(key, utf8ToBytes(context));
        expect(tokenize(key, value, context)).toBe(bytesToHex(siv.encrypt(utf8ToBytes(value))));
      }),
    );
  });

  test('is deterministic, so equal values give equal tokens', () => {
    fc.assert(
      fc.property(key64, text(), text(0), (key, value, context) => {
        expect(tokenize(key, value, context)).toBe(tokenize(key, value, context));
      }),
    );
  });

  test('gives different tokens in different contexts', () => {
    fc.assert(
      fc.property(key64, text(), text(0), text(0), (key, value, a, b) => {
        fc.pre(a !== b);
        expect(tokenize(key, value, a)).not.toBe(tokenize(key, value, b));
      }),
    );
  });

  test('makes a token of 32 + 2 × (UTF-8 bytes of the value) hex characters', () => {
    expect(tokenize(sivKey, 'é')).toHaveLength(32 + 4);
  });

  test('rejects wrong inputs, naming the argument', () => {
    for (const key of notBytes) {
      expectArgumentError(() => tokenize(key as Uint8Array, 'ada'), TypeError, 'key');
    }
    for (const key of [...wrongLengthKeys.filter((k) => k.length !== 64)]) {
      expectArgumentError(() => tokenize(key, 'ada'), RangeError, 'key');
    }
    expectArgumentError(() => tokenize(new Uint8Array(32), 'ada'), RangeError, 'key');
    for (const value of notStrings) {
      expectArgumentError(() => tokenize(sivKey, value as string), TypeError, 'value');
    }
    for (const value of [emptyString, hugeString, 'a\uD800']) {
      expectArgumentError(() => tokenize(sivKey, value), RangeError, 'value');
    }
    for (const context of notStrings.filter((c) => c !== undefined)) {
      expectArgumentError(() => tokenize(sivKey, 'ada', context as string), TypeError, 'context');
    }
    expectArgumentError(() => tokenize(sivKey, 'ada', hugeString), RangeError, 'context');
  });
});

describe('detokenize', () => {
  const token = tokenize(sivKey, 'ada@example.com', 'users.email');

  test('returns the value for the right key and context', () => {
    expect(detokenize(sivKey, token, 'users.email')).toBe('ada@example.com');
  });

  test('round-trips every well-formed string', () => {
    fc.assert(
      fc.property(key64, text(), text(0), (key, value, context) => {
        expect(detokenize(key, tokenize(key, value, context), context)).toBe(value);
      }),
    );
  });

  test('refuses the token under another context or key, saying only that', () => {
    const otherKey = sivKey.map((byte) => byte ^ 1);
    for (const call of [
      () => detokenize(sivKey, token, 'users.phone'),
      () => detokenize(sivKey, token),
      () => detokenize(otherKey, token, 'users.email'),
    ]) {
      expect(call).toThrow(TokenError);
      expect(call).toThrow(/^token: could not be authenticated$/);
    }
  });

  test('refuses every single-bit flip of a token', () => {
    const bytes = hexToBytes(token);
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const flipped = bytes.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      expect(() => detokenize(sivKey, bytesToHex(flipped), 'users.email')).toThrow(TokenError);
    }
  });

  test('refuses every truncation and extension of a token', () => {
    for (let length = 1; length < token.length; length++) {
      expect(() => detokenize(sivKey, token.slice(0, length), 'users.email')).toThrow(TokenError);
    }
    expect(() => detokenize(sivKey, token + '00', 'users.email')).toThrow(TokenError);
  });

  test('refuses tokens that are not lowercase hex', () => {
    for (const bad of [token.toUpperCase(), token.slice(0, -2) + 'zz']) {
      expect(() => detokenize(sivKey, bad, 'users.email')).toThrow(TokenError);
    }
  });

  test('does not echo the token or context in its error', () => {
    try {
      detokenize(sivKey, token, 'secret-context');
    } catch (error) {
      expect((error as Error).message).not.toContain(token);
      expect((error as Error).message).not.toContain('secret-context');
      expect((error as Error).name).toBe('TokenError');
    }
    expect.assertions(3);
  });

  test('rejects wrong inputs, naming the argument', () => {
    for (const key of notBytes) {
      expectArgumentError(() => detokenize(key as Uint8Array, token), TypeError, 'key');
    }
    for (const key of wrongLengthKeys.filter((k) => k.length !== 64)) {
      expectArgumentError(() => detokenize(key, token), RangeError, 'key');
    }
    for (const bad of notStrings) {
      expectArgumentError(() => detokenize(sivKey, bad as string), TypeError, 'token');
    }
    for (const bad of [emptyString, hugeString]) {
      expectArgumentError(() => detokenize(sivKey, bad), RangeError, 'token');
    }
    for (const context of notStrings.filter((c) => c !== undefined)) {
      expectArgumentError(() => detokenize(sivKey, token, context as string), TypeError, 'context');
    }
    expectArgumentError(() => detokenize(sivKey, token, hugeString), RangeError, 'context');
  });
});

// ---------------------------------------------------------------------------

interface NistSample {
  sample: number;
  key: string;
  radix: number;
  tweak: string;
  plaintext: string;
  ciphertext: string;
}

interface FpeVector {
  tcId: number;
  comment: string;
  flags: string[];
  key: string;
  tweak: string;
  msg: number[];
  ct: number[];
  result: 'valid' | 'invalid' | 'acceptable';
}
interface FpeFile {
  numberOfTests: number;
  testGroups: { keySize: number; msgSize: number; radix: number; tests: FpeVector[] }[];
}

const ALPHABET_36 = '0123456789abcdefghijklmnopqrstuvwxyz';

describe('NIST SP 800-38G FF1 samples', () => {
  const { samples } = readVectors<{ samples: NistSample[] }>('nist-ff1-samples.json');
  const decimal = samples.filter((s) => s.radix === 10);

  test('has the six radix-10 samples, all of ten digits (inside 10^6)', () => {
    expect(decimal.map((s) => s.sample)).toEqual([1, 2, 4, 5, 7, 8]);
    expect(decimal.every((s) => s.plaintext.length === 10)).toBe(true);
  });

  test.each(decimal)(
    'formatPreservingEncrypt and Decrypt reproduce sample $sample',
    ({ key, tweak, plaintext, ciphertext }) => {
      const keyBytes = hexToBytes(key);
      const tweakBytes = hexToBytes(tweak);

      expect(formatPreservingEncrypt(keyBytes, plaintext, tweakBytes)).toBe(ciphertext);
      expect(formatPreservingDecrypt(keyBytes, ciphertext, tweakBytes)).toBe(plaintext);
    },
  );

  test.each(samples.filter((s) => s.radix === 36))(
    'noble FF1 reproduces radix-36 sample $sample (the wrapper is decimal only)',
    ({ key, tweak, plaintext, ciphertext }) => {
      const cipher = FF1(36, hexToBytes(key), hexToBytes(tweak));
      const numerals = Array.from(plaintext, (c) => ALPHABET_36.indexOf(c));
      const encrypted = cipher.encrypt(numerals);

      expect(encrypted.map((n) => ALPHABET_36[n]).join('')).toBe(ciphertext);
      expect(cipher.decrypt(encrypted)).toEqual(numerals);
    },
  );
});

describe('Wycheproof aes_ff1_radix10', () => {
  const file = readVectors<FpeFile>('wycheproof/aes_ff1_radix10_test.json');
  const tests = file.testGroups.flatMap((group) => group.tests);
  const hasFlag = (vector: FpeVector, flag: string) => vector.flags.includes(flag);

  test('reads every test in the file', () => {
    expect(tests).toHaveLength(file.numberOfTests);
    expect(tests).toHaveLength(3845);
  });

  test('noble FF1 matches every valid vector and refuses every invalid one', () => {
    for (const vector of tests) {
      const run = () => {
        const cipher = FF1(10, hexToBytes(vector.key), hexToBytes(vector.tweak));
        return [cipher.encrypt(vector.msg), cipher.decrypt(vector.ct)];
      };
      if (vector.result === 'valid') {
        expect(run(), `tcId ${vector.tcId}`).toEqual([vector.ct, vector.msg]);
      } else {
        expect(run, `tcId ${vector.tcId}`).toThrow();
      }
    }
  });

  test('formatPreservingEncrypt and Decrypt match every valid vector of six digits or more', () => {
    const inDomain = tests.filter((v) => v.result === 'valid' && v.msg.length >= 6);
    expect(inDomain).toHaveLength(3312 - 12);

    for (const vector of inDomain) {
      const key = hexToBytes(vector.key);
      const tweak = hexToBytes(vector.tweak);
      const message = vector.msg.join('');
      const ciphertext = vector.ct.join('');

      expect(formatPreservingEncrypt(key, message, tweak)).toBe(ciphertext);
      expect(formatPreservingDecrypt(key, ciphertext, tweak)).toBe(message);
    }
  });

  test('refuses the SmallMessageSize vectors that noble alone accepts', () => {
    // Valid under the original SP 800-38G (radix^len ≥ 100), refused by
    // Rev. 1 §5.2 (radix^len ≥ 10^6): 2 to 5 digits.
    const small = tests.filter((v) => hasFlag(v, 'SmallMessageSize'));
    expect(small).toHaveLength(12);

    for (const vector of small) {
      expect(vector.msg.length).toBeLessThan(6);
      const key = hexToBytes(vector.key);
      const tweak = hexToBytes(vector.tweak);
      expectArgumentError(
        () => formatPreservingEncrypt(key, vector.msg.join(''), tweak),
        RangeError,
        'digits',
      );
      expectArgumentError(
        () => formatPreservingDecrypt(key, vector.ct.join(''), tweak),
        RangeError,
        'digits',
      );
    }
  });

  test('refuses the InvalidMessageSize and InvalidKeySize vectors', () => {
    const badSize = tests.filter((v) => hasFlag(v, 'InvalidMessageSize'));
    const badKey = tests.filter((v) => hasFlag(v, 'InvalidKeySize'));
    expect([badSize.length, badKey.length]).toEqual([6, 5]);

    for (const vector of badSize) {
      expectArgumentError(
        () =>
          formatPreservingEncrypt(
            hexToBytes(vector.key),
            vector.msg.join(''),
            hexToBytes(vector.tweak),
          ),
        RangeError,
        'digits',
      );
    }
    for (const vector of badKey) {
      expectArgumentError(
        () =>
          formatPreservingEncrypt(
            hexToBytes(vector.key),
            vector.msg.join(''),
            hexToBytes(vector.tweak),
          ),
        RangeError,
        'key',
      );
    }
  });

  test('has InvalidPlaintext vectors only with numerals a string cannot hold', () => {
    // Numerals outside 0-9 have no digit character; noble refuses them
    // (above) and the wrapper refuses non-digits (see its own tests).
    const invalid = tests.filter((v) => hasFlag(v, 'InvalidPlaintext'));
    expect(invalid).toHaveLength(522);
    for (const vector of invalid) {
      expect(vector.msg.some((n) => !(n >= 0 && n <= 9))).toBe(true);
    }
  });
});

describe('formatPreservingEncrypt', () => {
  test('keeps the length and the leading zeros', () => {
    expect(formatPreservingEncrypt(ff1Key, '000000')).toBe('920033');
    expect(formatPreservingEncrypt(ff1Key, '4111111111111111')).toBe('3480505043670686');
  });

  test('round-trips any digits with any tweak', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.stringMatching(/^\d{6,40}$/),
        fc.uint8Array({ maxLength: 24 }),
        (key, digits, tweak) => {
          const encrypted = formatPreservingEncrypt(key, digits, tweak);
          expect(encrypted).toMatch(/^\d+$/);
          expect(encrypted).toHaveLength(digits.length);
          expect(formatPreservingDecrypt(key, encrypted, tweak)).toBe(digits);
        },
      ),
    );
  });

  test('gives other digits under another tweak', () => {
    const tweak = utf8ToBytes('customers');
    expect(formatPreservingEncrypt(ff1Key, '4111111111111111', tweak)).not.toBe('3480505043670686');
  });

  test('refuses fewer than six digits and accepts six', () => {
    expectArgumentError(() => formatPreservingEncrypt(ff1Key, '12345'), RangeError, 'digits');
    expect(formatPreservingEncrypt(ff1Key, '123456')).toHaveLength(6);
  });

  test('refuses anything but the characters 0-9', () => {
    for (const bad of [
      '12345a',
      '-123456',
      ' 123456',
      '1234 5678',
      '１２３４５６', // full-width digits
      '١٢٣٤٥٦', // Arabic-Indic digits
    ]) {
      expectArgumentError(() => formatPreservingEncrypt(ff1Key, bad), RangeError, 'digits');
    }
  });

  test('does not repeat the digits in its error', () => {
    expect(() => formatPreservingEncrypt(ff1Key, '4111-1111-1111')).toThrow(
      'digits: expected only the characters 0-9, got other characters',
    );
  });
});

describe.each([
  ['formatPreservingEncrypt', formatPreservingEncrypt],
  ['formatPreservingDecrypt', formatPreservingDecrypt],
] as const)('%s wrong inputs', (_name, fn) => {
  test('rejects wrong inputs, naming the argument', () => {
    for (const key of notBytes) {
      expectArgumentError(() => fn(key as Uint8Array, '123456'), TypeError, 'key');
    }
    // 16, 24 and 32 bytes are all AES keys; the other lengths are wrong.
    const aesLengths = [16, 24, 32];
    for (const key of wrongLengthKeys.filter((k) => !aesLengths.includes(k.length))) {
      expectArgumentError(() => fn(key, '123456'), RangeError, 'key');
    }
    for (const digits of notStrings) {
      expectArgumentError(() => fn(ff1Key, digits as string), TypeError, 'digits');
    }
    for (const digits of [emptyString, hugeString, '1'.repeat(4097)]) {
      expectArgumentError(() => fn(ff1Key, digits), RangeError, 'digits');
    }
    for (const tweak of notBytes.filter((t) => t !== undefined)) {
      expectArgumentError(() => fn(ff1Key, '123456', tweak as Uint8Array), TypeError, 'tweak');
    }
  });
});
