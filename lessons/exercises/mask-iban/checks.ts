import { assert } from 'chai';
import { maskIban } from './exercise.ts';

// Real IBAN layouts: paper form, electronic form, lowercase, and the
// shortest (Norway) with a space among its last four characters.
const ibans = [
  'DE89 3704 0044 0532 0130 00',
  'DE89370400440532013000',
  'GB82 WEST 1234 5698 7654 32',
  'FR14 2004 1010 0505 0001 3M02 606',
  'NO93 8601 1117 947',
  'CH93 0076 2011 6238 5295 7',
  'gb82 west 1234 5698 7654 32',
];

const withoutSpaces = (value: string) => value.replaceAll(' ', '');

export const checks = {
  'masks a printed German IBAN': () => {
    assert.equal(
      maskIban('DE89 3704 0044 0532 0130 00'),
      'DE** **** **** **** **30 00',
    );
  },
  'masks the electronic form': () => {
    assert.equal(
      maskIban('DE89370400440532013000'),
      'DE****************3000',
    );
  },
  'keeps the length and every space': () => {
    for (const iban of ibans) {
      const masked = maskIban(iban);
      assert.lengthOf(masked, iban.length, iban);
      for (let i = 0; i < iban.length; i++) {
        const space = iban[i] === ' ';
        assert.equal(masked[i] === ' ', space, `${iban}, at ${i}`);
      }
    }
  },
  'keeps the country code and hides the check digits': () => {
    for (const iban of ibans) {
      const masked = withoutSpaces(maskIban(iban));
      assert.equal(masked.slice(0, 2), iban.slice(0, 2), iban);
      assert.equal(masked.slice(2, 4), '**', iban);
    }
  },
  'shows the last four characters, counted without spaces': () => {
    assert.equal(maskIban('NO93 8601 1117 947'), 'NO** **** ***7 947');
    assert.equal(
      maskIban('BE68 5390 0754 7034'),
      'BE** **** **** 7034',
    );
  },
  'shows nothing but the country code and the last four': () => {
    for (const iban of ibans) {
      const plain = withoutSpaces(iban);
      const masked = withoutSpaces(maskIban(iban));
      const middle = masked.slice(2, -4);
      assert.match(middle, /^\*+$/, iban);
      assert.equal(masked.slice(-4), plain.slice(-4), iban);
    }
  },
  'masks completely a value shorter than any IBAN': () => {
    assert.equal(maskIban('DE89 3704 0044 05'), '**** **** **** **');
    assert.equal(maskIban('+420 601 234 567'), '**** *** *** ***');
    assert.equal(maskIban('12345'), '*****');
    assert.equal(maskIban(''), '');
  },
};
