import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { maskCardNumber, maskEmail, maskPhone, redact } from '../../../snippets/masking.ts';
import { findPersonalData } from '../../../snippets/classification.ts';
import {
  badNumbers,
  emptyString,
  expectArgumentError,
  hugeString,
  notArrays,
  notObjects,
  notStrings,
} from '../../support/wrong-inputs.ts';

const definedNotObjects = notObjects.filter((value) => value !== undefined);

/** The digits of a string, in order. */
function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** Asserts that `call` throws a RangeError whose message does not echo `secret`. */
function expectQuietRangeError(call: () => unknown, argument: string, secret: string) {
  expectArgumentError(call, RangeError, argument);
  try {
    call();
  } catch (error) {
    expect((error as Error).message).not.toContain(secret);
  }
}

/** 12 to 19 digits, with single spaces or dashes between some of them. */
const cardNumbers = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('', '', ' ', '-')), {
    minLength: 12,
    maxLength: 19,
  })
  .map((pairs) =>
    pairs.map(([digit, separator], i) => (i === 0 ? '' : separator) + digit).join(''),
  );

/** Phone numbers: an optional +, 7 to 15 digits, some separators. */
const phoneNumbers = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('', '', ' ', '-', '.')), {
      minLength: 7,
      maxLength: 15,
    }),
  )
  .map(
    ([plus, pairs]) =>
      (plus ? '+' : '') +
      pairs.map(([digit, separator], i) => (i === 0 ? '' : separator) + digit).join(''),
  );

describe('maskEmail', () => {
  test('keeps the domain and the first letter', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j***@example.com');
  });

  test('hides the length of the local part', () => {
    expect(maskEmail('a@example.com')).toBe('a***@example.com');
    expect(maskEmail('abcdefghijklmnop@example.com')).toBe('a***@example.com');
  });

  test('splits at the last @, so a quoted local part is hidden too', () => {
    expect(maskEmail('"a@b"@example.com')).toBe('"***@example.com');
  });

  test('keeps a first character outside the BMP whole', () => {
    expect(maskEmail('😀ann@example.com')).toBe('😀***@example.com');
  });

  test('reveals only the first character of the local part, whatever it is', () => {
    const local = fc.string({ minLength: 1, maxLength: 64 }).filter((s) => !s.includes('@'));
    const domain = fc.domain();
    fc.assert(
      fc.property(local, domain, (l, d) => {
        const first = String.fromCodePoint(l.codePointAt(0)!);
        expect(maskEmail(`${l}@${d}`)).toBe(`${first}***@${d}`);
      }),
    );
  });

  test('throws a RangeError without the address when it has no local part or domain', () => {
    const wrong: [email: string, secret: string][] = [
      ['jane.doe', 'jane'],
      ['@mail.test', 'mail.test'],
      ['jane.doe@', 'jane'],
    ];
    for (const [email, secret] of wrong) {
      expectQuietRangeError(() => maskEmail(email), 'email', secret);
    }
    expectArgumentError(() => maskEmail(emptyString), RangeError, 'email');
  });

  test('throws a RangeError naming email for more than 254 characters', () => {
    expectArgumentError(() => maskEmail(`${'a'.repeat(250)}@x.io`), RangeError, 'email');
    expectArgumentError(() => maskEmail(hugeString), RangeError, 'email');
  });

  test('throws a TypeError naming email for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => maskEmail(value as string), TypeError, 'email');
    }
  });
});

describe('maskCardNumber', () => {
  test('keeps the last four digits and the separators', () => {
    expect(maskCardNumber('4111 1111 1111 1111')).toBe('**** **** **** 1111');
    expect(maskCardNumber('3782-822463-10005')).toBe('****-******-*0005');
    expect(maskCardNumber('4111111111111111')).toBe('************1111');
  });

  test('never shows a digit other than the last four', () => {
    fc.assert(
      fc.property(cardNumbers, (number) => {
        const masked = maskCardNumber(number);
        expect(masked).toHaveLength(number.length);
        expect(digitsOf(masked)).toBe(digitsOf(number).slice(-4));
        expect(masked.replace(/\d/g, '*')).toBe(number.replace(/\d/g, '*'));
      }),
    );
  });

  test('throws a RangeError without the digits for a malformed number', () => {
    const wrong = [
      '4111 1111 111', // 11 digits
      '4111 1111 1111 1111 1111', // 20 digits
      '4111  1111 1111 1111',
      ' 4111 1111 1111 1111',
      '4111 1111 1111 111x',
      emptyString,
    ];
    for (const number of wrong) {
      expectQuietRangeError(() => maskCardNumber(number), 'cardNumber', '4111 1111');
    }
    expectArgumentError(() => maskCardNumber(hugeString), RangeError, 'cardNumber');
  });

  test('throws a TypeError naming cardNumber for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => maskCardNumber(value as string), TypeError, 'cardNumber');
    }
  });
});

describe('maskPhone', () => {
  test('keeps the last two digits, the + and the separators', () => {
    expect(maskPhone('+44 20 7946 0958')).toBe('+** ** **** **58');
    expect(maskPhone('(212) 555-0123')).toBe('(***) ***-**23');
    expect(maskPhone('+44 (0)20 7946 0958')).toBe('+** (*)** **** **58');
  });

  test('keeps as many digits as asked, from 0 to 4', () => {
    expect(maskPhone('+44 20 7946 0958', { keep: 0 })).toBe('+** ** **** ****');
    expect(maskPhone('+44 20 7946 0958', { keep: 4 })).toBe('+** ** **** 0958');
  });

  test('never shows a digit other than the last ones it keeps', () => {
    fc.assert(
      fc.property(phoneNumbers, fc.integer({ min: 0, max: 4 }), (phone, keep) => {
        const masked = maskPhone(phone, { keep });
        expect(digitsOf(masked)).toBe(keep === 0 ? '' : digitsOf(phone).slice(-keep));
        expect(masked.replace(/\d/g, '*')).toBe(phone.replace(/\d/g, '*'));
      }),
    );
  });

  test('throws a RangeError without the digits for a malformed number', () => {
    const wrong = [
      '020 79',
      '+44 20 7946 0958 1234 5',
      'call 020 7946 0958',
      '++44 20 7946',
      emptyString,
    ];
    for (const phone of wrong) {
      expectQuietRangeError(() => maskPhone(phone), 'phone', '7946');
    }
    expectArgumentError(() => maskPhone(hugeString), RangeError, 'phone');
  });

  test('throws naming options.keep for a keep that is not 0 to 4', () => {
    for (const keep of [...badNumbers, 5, -0.5]) {
      const errorClass = typeof keep === 'number' ? RangeError : TypeError;
      const options = { keep } as never;
      expectArgumentError(() => maskPhone('+44 20 7946 0958', options), errorClass, 'options.keep');
    }
  });

  test('throws a TypeError naming phone or options for the wrong type', () => {
    for (const value of notStrings) {
      expectArgumentError(() => maskPhone(value as string), TypeError, 'phone');
    }
    for (const value of definedNotObjects) {
      expectArgumentError(
        () => maskPhone('+44 20 7946 0958', value as never),
        TypeError,
        'options',
      );
    }
  });
});

describe('redact', () => {
  const sample =
    'Ann (ann@example.com, +44 20 7946 0958) paid with 4111 1111 1111 1111 ' +
    'from DE89 3704 0044 0532 0130 00; SSN 536-90-4399; seen at 192.0.2.1.';

  test('replaces every finding with the label of its kind', () => {
    expect(redact(sample)).toBe(
      'Ann ([EMAIL], [PHONE]) paid with [CREDIT_CARD] from [IBAN]; ' +
        'SSN [US_SSN]; seen at [IP_ADDRESS].',
    );
  });

  test('leaves everything else byte for byte, tabs, CRLF and emoji included', () => {
    const text = 'Grüße 👋\r\n\tmail: ann@example.com\u00a0 \r\nversion 1.2.3.4 ✓';
    expect(redact(text)).toBe('Grüße 👋\r\n\tmail: [EMAIL]\u00a0 \r\nversion 1.2.3.4 ✓');
  });

  test('returns a text without findings unchanged', () => {
    const text = 'Order 4111 1111 1111 1112, ISBN 978-0-306-40615-7, due 2024-03-15, $1,234.56.';
    expect(redact(text)).toBe(text);
    expect(redact(emptyString)).toBe('');
  });

  test('redacts only the kinds asked for', () => {
    expect(redact(sample, { kinds: ['email', 'ip_address'] })).toBe(
      'Ann ([EMAIL], +44 20 7946 0958) paid with 4111 1111 1111 1111 ' +
        'from DE89 3704 0044 0532 0130 00; SSN 536-90-4399; seen at [IP_ADDRESS].',
    );
  });

  test('uses a custom label where given and the default elsewhere', () => {
    const labels = { email: '<email removed>', credit_card: '' };
    expect(redact('ann@example.com paid with 4111111111111111 at 192.0.2.1', { labels })).toBe(
      '<email removed> paid with  at [IP_ADDRESS]',
    );
  });

  test('changes nothing outside the findings, for any text', () => {
    const pieces = ['ann@example.com', '+44 20 7946 0958', '4111 1111 1111 1111', '536-90-4399'];
    const alphabet = [...'0123456789 .-:@+()aZ,é\n', ...pieces];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 50 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const output = redact(input);
        let at = 0;
        let copied = 0;
        for (const finding of findPersonalData(input)) {
          const between = input.slice(copied, finding.start);
          expect(output.slice(at, at + between.length)).toBe(between);
          const label = `[${finding.kind.toUpperCase()}]`;
          expect(output.slice(at + between.length, at + between.length + label.length)).toBe(label);
          at += between.length + label.length;
          copied = finding.end;
        }
        expect(output.slice(at)).toBe(input.slice(copied));
      }),
    );
  });

  test('leaves no finding behind between plain words', () => {
    const values = [
      'ann@example.com',
      '+44 20 7946 0958',
      '(212) 555-0123',
      '4111 1111 1111 1111',
      '378282246310005',
      'GB29 NWBK 6016 1331 9268 19',
      '536-90-4399',
      '192.0.2.1',
      '2001:db8::1',
    ];
    const words = fc.constantFrom('the', 'card', 'ssn', 'call', 'email', 'at', 'and', 'ok.');
    const gap = fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => ` ${w.join(' ')} `);
    const parts = fc.array(fc.tuple(gap, fc.constantFrom(...values)), { maxLength: 6 });
    fc.assert(
      fc.property(parts, gap, (pairs, last) => {
        const input = pairs.map(([g, value]) => g + value).join('') + last;
        const output = redact(input);
        expect(findPersonalData(output)).toEqual([]);
        for (const [, value] of pairs) expect(output).not.toContain(value);
      }),
    );
  });

  test('throws a TypeError or RangeError naming text', () => {
    for (const value of notStrings) {
      expectArgumentError(() => redact(value as string), TypeError, 'text');
    }
    expectArgumentError(() => redact(hugeString), RangeError, 'text');
  });

  test('throws naming the option that is malformed', () => {
    for (const value of definedNotObjects) {
      expectArgumentError(() => redact('x', value as never), TypeError, 'options');
    }
    for (const kinds of notArrays.filter((value) => value !== undefined)) {
      expectArgumentError(() => redact('x', { kinds } as never), TypeError, 'options.kinds');
    }
    expectArgumentError(
      () => redact('x', { kinds: ['name'] } as never),
      RangeError,
      'options.kinds',
    );
    for (const labels of [null, 'text', 42, []]) {
      expectArgumentError(() => redact('x', { labels } as never), TypeError, 'options.labels');
    }
    const unknownKind = { labels: { passport: '[P]' } } as never;
    expectArgumentError(() => redact('x', unknownKind), RangeError, 'options.labels');
    const notALabel = { labels: { email: 42 } } as never;
    expectArgumentError(() => redact('x', notALabel), TypeError, 'options.labels.email');
  });
});
