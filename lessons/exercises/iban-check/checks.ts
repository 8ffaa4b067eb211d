import { assert } from 'chai';
import { isValidIban } from './exercise.ts';

// Example IBANs from the SWIFT IBAN Registry, as banks print them.
const valid = [
  'DE89 3704 0044 0532 0130 00',
  'GB82 WEST 1234 5698 7654 32',
  'FR14 2004 1010 0505 0001 3M02 606',
  'NL91 ABNA 0417 1643 00',
  'NO93 8601 1117 947',
  'CZ65 0800 0000 1920 0014 5399',
  'CH93 0076 2011 6238 5295 7',
  'BE68 5390 0754 7034',
];

function rejects(values: unknown[]) {
  for (const value of values) {
    assert.isFalse(
      isValidIban(value as string),
      `${JSON.stringify(value)} is not a valid IBAN`,
    );
  }
}

export const checks = {
  'accepts valid IBANs from eight countries, as printed': () => {
    for (const iban of valid) {
      assert.isTrue(isValidIban(iban), `${iban} is valid`);
    }
  },
  'accepts the electronic form, without spaces': () => {
    for (const iban of valid) {
      const compact = iban.replaceAll(' ', '');
      assert.isTrue(isValidIban(compact), `${compact} is valid`);
    }
  },
  'accepts lowercase letters': () => {
    assert.isTrue(isValidIban('gb82 west 1234 5698 7654 32'));
    assert.isTrue(isValidIban('fr1420041010050500013m02606'));
  },
  'rejects a wrong check digit': () => {
    rejects([
      'DE88 3704 0044 0532 0130 00',
      'GB83 WEST 1234 5698 7654 32',
      'NO94 8601 1117 947',
    ]);
  },
  'rejects a changed digit or letter in the account number': () => {
    rejects([
      'DE89 3704 0044 0532 0130 01',
      'GB82 WEST 1234 5698 7654 33',
      'GB82 WEBT 1234 5698 7654 32',
    ]);
  },
  'rejects two swapped neighbouring digits': () => {
    rejects([
      'DE89 3704 0044 0523 0130 00',
      'CZ65 0800 0000 1920 0041 5399',
      'GB82 WEST 1234 5698 7645 32',
    ]);
  },
  'rejects a right checksum at the wrong length for its country':
    () => {
      // Both pass mod 97: one digit too many, one character too few.
      rejects([
        'DE54 3704 0044 0532 0130 001',
        'NL58 ABNA 0417 1643 0',
      ]);
    },
  'rejects an unknown country even with a right checksum': () => {
    rejects(['XX46 3704 0044 0532 0130 00', 'QQ49 ABNA 0417 1643 00']);
  },
  'rejects dashes, other symbols, and text that is no IBAN': () => {
    rejects([
      'DE89-3704-0044-0532-0130-00',
      'DE89 3704 0044 0532 0130 0Ö',
      '89DE 3704 0044 0532 0130 00',
      'DEXX 3704 0044 0532 0130 00',
      'not an IBAN',
      'DE',
      '',
    ]);
  },
  'returns false, without throwing, for values that are not strings':
    () => {
      rejects([undefined, null, 89370400440532013000, {}, ['DE89']]);
    },
};
