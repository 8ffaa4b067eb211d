import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  classifyRecord,
  findPersonalData,
  isValidCardNumber,
  isValidIban,
  isValidIpv4,
  isValidIpv6,
  isValidLuhn,
  isValidUsSsn,
  personalDataKinds,
  type Finding,
} from '../../../snippets/classification.ts';
import { fieldNameWords, ibanLengths } from '../../../snippets/classification-data.ts';
import {
  emptyString,
  expectArgumentError,
  hugeString,
  notArrays,
  notObjects,
  notStrings,
} from '../../support/wrong-inputs.ts';

interface RegistryExample {
  country: string;
  length: number;
  iban: string;
}

/** The example IBAN of each country in the SWIFT IBAN Registry. */
const registry: RegistryExample[] = JSON.parse(
  readFileSync(new URL('../../vectors/iban/registry-examples.json', import.meta.url), 'utf8'),
).examples;

/** Published test card numbers of the major brands (not real accounts). */
const testCards = {
  visa: '4111111111111111',
  visa2: '4012888888881881',
  mastercard: '5555555555554444',
  mastercard2Series: '2223003122003222',
  amex: '378282246310005',
  discover: '6011111111111117',
  jcb: '3530111333300000',
  diners: '30569309025904',
};

/** Appends the digit that makes `body` pass Luhn. */
function withLuhnDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (isValidLuhn(body + digit)) return body + digit;
  }
  throw new Error('unreachable: one digit always fits');
}

/** Computes the check digits of an IBAN (ISO 7064 MOD 97-10) with BigInt. */
function withIbanCheck(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => parseInt(c, 36)).join('');
  const check = 98n - (BigInt(numeric) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** The kinds and texts of the findings, which most tests compare. */
function kindsAndTexts(text: string): [string, string][] {
  return findPersonalData(text).map((f) => [f.kind, f.text]);
}

describe('isValidLuhn', () => {
  test('accepts the published test numbers of each card brand', () => {
    for (const number of Object.values(testCards)) {
      expect(isValidLuhn(number), number).toBe(true);
    }
  });

  test('rejects a number with one digit changed', () => {
    expect(isValidLuhn('4111111111111112')).toBe(false);
    expect(isValidLuhn('5555555555554445')).toBe(false);
  });

  test('accepts only digits, at least two of them', () => {
    expect(isValidLuhn('0')).toBe(false);
    expect(isValidLuhn('00')).toBe(true);
    expect(isValidLuhn('4111 1111 1111 1111')).toBe(false);
    expect(isValidLuhn('411111111111111a')).toBe(false);
    expect(isValidLuhn(emptyString)).toBe(false);
  });

  test('the computed check digit always passes', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/), (body) => {
        expect(isValidLuhn(withLuhnDigit(body))).toBe(true);
      }),
    );
  });

  test('detects every change of a single digit', () => {
    const digit = fc.integer({ min: 0, max: 9 });
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/), fc.nat(), digit, (body, at, d) => {
        const number = withLuhnDigit(body);
        const index = at % number.length;
        const changed = number.slice(0, index) + d + number.slice(index + 1);
        expect(isValidLuhn(changed)).toBe(changed === number);
      }),
    );
  });

  test('throws a TypeError naming digits for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => isValidLuhn(value as string), TypeError, 'digits');
    }
  });
});

describe('isValidCardNumber', () => {
  test('accepts the test number of each brand, bare, spaced or dashed', () => {
    for (const number of Object.values(testCards)) {
      expect(isValidCardNumber(number), number).toBe(true);
    }
    expect(isValidCardNumber('4111 1111 1111 1111')).toBe(true);
    expect(isValidCardNumber('3782-822463-10005')).toBe(true);
  });

  test('rejects a Luhn-valid number outside every issuer range', () => {
    const isbnLike = withLuhnDigit('978030640615');
    expect(isValidLuhn(isbnLike)).toBe(true);
    expect(isValidCardNumber(isbnLike)).toBe(false);
    expect(isValidCardNumber(withLuhnDigit('100000000000000'))).toBe(false);
  });

  test('rejects a Luhn-valid number of a length its brand does not issue', () => {
    const amexOf16 = withLuhnDigit('340000000000000');
    expect(isValidLuhn(amexOf16)).toBe(true);
    expect(isValidCardNumber(amexOf16)).toBe(false);
  });

  test('rejects fewer than 13 and more than 19 digits', () => {
    expect(isValidCardNumber(withLuhnDigit('41111111111'))).toBe(false);
    expect(isValidCardNumber(withLuhnDigit('4111111111111111111'))).toBe(false);
    expect(isValidCardNumber(emptyString)).toBe(false);
    expect(isValidCardNumber(hugeString)).toBe(false);
  });

  test('throws a TypeError naming value for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => isValidCardNumber(value as string), TypeError, 'value');
    }
  });
});

describe('isValidIban', () => {
  test('accepts the registry example of every country, printed or electronic', () => {
    for (const { iban } of registry) {
      expect(isValidIban(iban), iban).toBe(true);
      expect(isValidIban(iban.replaceAll(' ', '')), iban).toBe(true);
      expect(isValidIban(iban.toLowerCase()), iban).toBe(true);
    }
  });

  test('knows the registered length of every example country', () => {
    for (const { country, length, iban } of registry) {
      expect(ibanLengths[country], country).toBe(length);
      expect(iban.replaceAll(' ', '')).toHaveLength(length);
    }
  });

  test('rejects a wrong check digit, country or length', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('DE88 3704 0044 0532 0130 00')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isValidIban('XX89 3704 0044 0532 0130 00')).toBe(false);
    expect(isValidIban(withIbanCheck('DE', '3704004405320130001'))).toBe(false);
    expect(isValidIban(withIbanCheck('DE', '370400440532013000'))).toBe(true);
  });

  test('rejects check digits outside 02 to 98 even when mod 97 is 1', () => {
    const bban = Array.from({ length: 200 }, (_, i) => String(i).padStart(18, '0')).find(
      (candidate) => withIbanCheck('DE', candidate).slice(2, 4) === '02',
    );
    expect(bban).toBeDefined();
    const valid = withIbanCheck('DE', bban!);
    const ninetyNine = `DE99${bban}`; // 99 ≡ 2 (mod 97)
    expect(isValidIban(valid)).toBe(true);
    expect(isValidIban(ninetyNine)).toBe(false);
  });

  test('rejects characters other than letters, digits and spaces', () => {
    expect(isValidIban('DE89-3704-0044-0532-0130-00')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 0Ö')).toBe(false);
    expect(isValidIban(emptyString)).toBe(false);
    expect(isValidIban(hugeString)).toBe(false);
  });

  test('detects every substitution of a digit by a digit or a letter by a letter', () => {
    const examples = registry.map((example) => example.iban.replaceAll(' ', ''));
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(), fc.nat({ max: 25 }), (iban, at, pick) => {
        const index = 2 + (at % (iban.length - 2)); // the country stays
        const old = iban[index]!;
        const isDigit = /\d/.test(old);
        const replacement = isDigit ? String(pick % 10) : String.fromCharCode(65 + pick);
        const changed = iban.slice(0, index) + replacement + iban.slice(index + 1);
        expect(isValidIban(changed)).toBe(replacement === old);
      }),
    );
  });

  test('throws a TypeError naming value for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => isValidIban(value as string), TypeError, 'value');
    }
  });
});

describe('isValidUsSsn', () => {
  test('accepts dashed, spaced and bare numbers', () => {
    expect(isValidUsSsn('536-90-4399')).toBe(true);
    expect(isValidUsSsn('536 90 4399')).toBe(true);
    expect(isValidUsSsn('536904399')).toBe(true);
  });

  test('accepts the area numbers opened by the 2011 randomization', () => {
    expect(isValidUsSsn('740-12-3456')).toBe(true);
    expect(isValidUsSsn('899-12-3456')).toBe(true);
  });

  test('rejects area 000, 666 and 900 to 999', () => {
    expect(isValidUsSsn('000-12-3456')).toBe(false);
    expect(isValidUsSsn('666-12-3456')).toBe(false);
    expect(isValidUsSsn('900-12-3456')).toBe(false);
    expect(isValidUsSsn('999-12-3456')).toBe(false);
  });

  test('rejects group 00 and serial 0000', () => {
    expect(isValidUsSsn('536-00-4399')).toBe(false);
    expect(isValidUsSsn('536-90-0000')).toBe(false);
  });

  test('rejects the numbers voided after appearing in advertising', () => {
    expect(isValidUsSsn('078-05-1120')).toBe(false);
    expect(isValidUsSsn('219-09-9999')).toBe(false);
  });

  test('rejects mixed separators and other shapes', () => {
    expect(isValidUsSsn('536-90 4399')).toBe(false);
    expect(isValidUsSsn('53-690-4399')).toBe(false);
    expect(isValidUsSsn('5369043999')).toBe(false);
    expect(isValidUsSsn(emptyString)).toBe(false);
    expect(isValidUsSsn(hugeString)).toBe(false);
  });

  test('throws a TypeError naming value for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => isValidUsSsn(value as string), TypeError, 'value');
    }
  });
});

describe('isValidIpv4', () => {
  test('accepts four numbers from 0 to 255', () => {
    for (const address of ['0.0.0.0', '192.0.2.1', '255.255.255.255', '10.0.0.1']) {
      expect(isValidIpv4(address), address).toBe(true);
    }
  });

  test('rejects numbers above 255, leading zeros and other shapes', () => {
    const wrong = ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.-4', ' 1.2.3.4', '1..2.3'];
    for (const address of [...wrong, emptyString, hugeString]) {
      expect(isValidIpv4(address), address).toBe(false);
    }
  });

  test('throws a TypeError naming value for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => isValidIpv4(value as string), TypeError, 'value');
    }
  });
});

describe('isValidIpv6', () => {
  test('accepts the three text forms of RFC 4291 §2.2', () => {
    const examples = [
      '2001:DB8:0:0:8:800:200C:417A',
      'ABCD:EF01:2345:6789:ABCD:EF01:2345:6789',
      '2001:DB8::8:800:200C:417A',
      'FF01::101',
      '::1',
      '::',
      '0:0:0:0:0:0:13.1.68.3',
      '::FFFF:129.144.52.38',
      '::13.1.68.3',
    ];
    for (const address of examples) {
      expect(isValidIpv6(address), address).toBe(true);
    }
  });

  test('rejects times, MAC addresses and malformed groups', () => {
    const wrong = [
      '12:30:45',
      '00:1A:2B:3C:4D:5E',
      '1::2::3',
      '2001:db8:::1',
      '1:2:3:4:5:6:7:8:9',
      '1:2:3:4:5:6:7',
      '12345::1',
      'g::1',
      ':1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:',
      '::ffff:256.1.1.1',
      '1.2.3.4::',
      'fe80::1%eth0',
    ];
    for (const address of [...wrong, emptyString, hugeString]) {
      expect(isValidIpv6(address), address).toBe(false);
    }
  });

  test('throws a TypeError naming value for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => isValidIpv6(value as string), TypeError, 'value');
    }
  });
});

describe('findPersonalData', () => {
  test('finds each kind with its position and text', () => {
    const text =
      'Ann (ann@example.com, +44 20 7946 0958) paid with 4111 1111 1111 1111 ' +
      'from DE89 3704 0044 0532 0130 00; SSN 536-90-4399; seen at 192.0.2.1.';
    expect(findPersonalData(text)).toEqual([
      { kind: 'email', start: 5, end: 20, text: 'ann@example.com', score: 0.9 },
      { kind: 'phone', start: 22, end: 38, text: '+44 20 7946 0958', score: 0.6 },
      { kind: 'credit_card', start: 50, end: 69, text: '4111 1111 1111 1111', score: 0.8 },
      { kind: 'iban', start: 75, end: 102, text: 'DE89 3704 0044 0532 0130 00', score: 0.9 },
      { kind: 'us_ssn', start: 108, end: 119, text: '536-90-4399', score: 0.85 },
      { kind: 'ip_address', start: 129, end: 138, text: '192.0.2.1', score: 0.6 },
    ]);
  });

  test('finds email addresses with subdomains, tags and dots', () => {
    expect(kindsAndTexts('to j.doe+news@mail.example.co.uk, <bob_1@example.org>.')).toEqual([
      ['email', 'j.doe+news@mail.example.co.uk'],
      ['email', 'bob_1@example.org'],
    ]);
  });

  test('does not report addresses with misplaced dots or no top-level domain', () => {
    expect(kindsAndTexts('.ann@example.com a..b@example.com ann@localhost')).toEqual([]);
  });

  test('finds international, North American and national phone numbers', () => {
    const text =
      'Call +44 20 7946 0958, +44 (0)20 7946 0958, +33-6-12-34-56-78, ' +
      '+1 (212) 555-0123, 212-555-0123, 1-800-555-0199, 020 7946 0958, ' +
      '(030) 1234567 or 06 12 34 56 78.';
    expect(kindsAndTexts(text)).toEqual([
      ['phone', '+44 20 7946 0958'],
      ['phone', '+44 (0)20 7946 0958'],
      ['phone', '+33-6-12-34-56-78'],
      ['phone', '+1 (212) 555-0123'],
      ['phone', '212-555-0123'],
      ['phone', '1-800-555-0199'],
      ['phone', '020 7946 0958'],
      ['phone', '(030) 1234567'],
      ['phone', '06 12 34 56 78'],
    ]);
  });

  test('does not report North American numbers with an impossible area or exchange', () => {
    expect(kindsAndTexts('Call 112-555-0123, 911-555-0123 or 212-155-0123.')).toEqual([]);
  });

  test('finds card numbers bare, spaced, dashed and in the Amex layout', () => {
    const text = '4111111111111111, 4111 1111 1111 1111, 4111-1111-1111-1111, 3782 822463 10005';
    expect(kindsAndTexts(text).map(([kind]) => kind)).toEqual(Array(4).fill('credit_card'));
  });

  test('does not report an order number that fails Luhn', () => {
    expect(kindsAndTexts('Order 4111 1111 1111 1112 shipped.')).toEqual([]);
    expect(kindsAndTexts('Order 4111-1111-1111-1112 shipped.')).toEqual([]);
  });

  test('reports no phone inside a card-shaped number that fails Luhn', () => {
    // The tail "0315 0004 8213" reads like a national phone number on its own.
    expect(kindsAndTexts('Order 2024 0315 0004 8213 shipped.')).toEqual([]);
    expect(kindsAndTexts('Call 0315 0004 8213 today.')).toEqual([['phone', '0315 0004 8213']]);
  });

  test('does not report a card number with mixed separators or glued to more digits', () => {
    expect(kindsAndTexts('4111 1111-1111 1111')).toEqual([]);
    expect(kindsAndTexts('41111111111111110')).toEqual([]);
    expect(kindsAndTexts('4111111111111111.50')).toEqual([]);
  });

  test('finds every registry example IBAN in a sentence, printed or electronic', () => {
    for (const { iban } of registry) {
      const electronic = iban.replaceAll(' ', '');
      expect(kindsAndTexts(`Pay to ${iban}.`), iban).toEqual([['iban', iban]]);
      expect(kindsAndTexts(`Pay to ${electronic}.`), iban).toEqual([['iban', electronic]]);
    }
  });

  test('cuts a printed IBAN at its length when another group follows', () => {
    expect(kindsAndTexts('BE68 5390 0754 7034 2024 paid')).toEqual([
      ['iban', 'BE68 5390 0754 7034'],
    ]);
  });

  test('reports nothing inside an IBAN with a wrong check', () => {
    expect(findPersonalData('IBAN DE89 3704 0044 0532 0130 01 please')).toEqual([]);
    expect(findPersonalData('IBAN DE89370400440532013001')).toEqual([]);
  });

  test('finds SSNs dashed or spaced, and bare only after a context word', () => {
    expect(kindsAndTexts('536-90-4399 and 536 90 4399')).toEqual([
      ['us_ssn', '536-90-4399'],
      ['us_ssn', '536 90 4399'],
    ]);
    expect(kindsAndTexts('Ref 536904399')).toEqual([]);
    expect(findPersonalData('SSN: 536904399')).toEqual([
      { kind: 'us_ssn', start: 5, end: 14, text: '536904399', score: 0.65 },
    ]);
  });

  test('does not report SSNs that break the SSA rules', () => {
    const text = '000-12-3456 666-12-3456 900-12-3456 536-00-4399 536-90-0000 078-05-1120';
    expect(kindsAndTexts(text)).toEqual([]);
  });

  test('finds IPv4 and IPv6 addresses', () => {
    const text = 'From 192.0.2.1, 2001:db8::1, fe80::1ff:fe23:4567:890a and ::ffff:192.0.2.1.';
    expect(kindsAndTexts(text)).toEqual([
      ['ip_address', '192.0.2.1'],
      ['ip_address', '2001:db8::1'],
      ['ip_address', 'fe80::1ff:fe23:4567:890a'],
      ['ip_address', '::ffff:192.0.2.1'],
    ]);
  });

  test('does not report version strings', () => {
    const text = 'version 1.2.3.4, Version: 10.0.0.1, v1.2.3.4, release 2.0.1.5, 1.2.3.4.5';
    expect(kindsAndTexts(text)).toEqual([]);
  });

  test('does not report dotted quads with numbers above 255', () => {
    expect(kindsAndTexts('300.1.2.3 and 1.2.3.256')).toEqual([]);
  });

  test('does not report times, MAC addresses or a bare ::', () => {
    expect(kindsAndTexts('at 12:30:45, MAC 00:1A:2B:3C:4D:5E, x :: Int')).toEqual([]);
  });

  test('does not report ISBNs', () => {
    const text =
      'ISBN 978-0-306-40615-7, ISBN-13: 9780306406157, ISBN 0-306-40615-2, ' +
      '978-3-16-148410-0, 0306406152';
    expect(kindsAndTexts(text)).toEqual([]);
  });

  test('does not report prices', () => {
    const text = '$1,234.56, 1 234,56 €, €1.234.567,89, USD 4111.11, 12 500 000 yen';
    expect(kindsAndTexts(text)).toEqual([]);
  });

  test('does not report dates or dates with times', () => {
    const text =
      '2024-03-15, 15.03.2024, 03/15/2024, 01-02-2023, 01.02.2023 12:00, ' +
      '2024-03-15T10:30:00Z, 15 March 2024';
    expect(kindsAndTexts(text)).toEqual([]);
  });

  test('raises the score when a context word comes shortly before', () => {
    const scoreOf = (text: string) => findPersonalData(text)[0]?.score;
    expect(scoreOf('4111 1111 1111 1111')).toBe(0.8);
    expect(scoreOf('Card: 4111 1111 1111 1111')).toBe(1);
    expect(scoreOf('my visa is 4111 1111 1111 1111')).toBe(1);
    expect(scoreOf('192.0.2.1')).toBe(0.6);
    expect(scoreOf('server 192.0.2.1')).toBe(0.95);
    expect(scoreOf('IBAN GB29 NWBK 6016 1331 9268 19')).toBe(1);
  });

  test('ignores context words that are too far back or cut in half', () => {
    const card = '4111 1111 1111 1111';
    expect(findPersonalData(`card${' '.repeat(60)}${card}`)[0]?.score).toBe(0.8);
    // The 40-character window starts inside "discard": "card" must not count.
    expect(findPersonalData(`discard${' '.repeat(36)}${card}`)[0]?.score).toBe(0.8);
    expect(findPersonalData(`card${' '.repeat(36)}${card}`)[0]?.score).toBe(1);
  });

  test('keeps the higher-scoring finding where two overlap', () => {
    // The IBAN's digits also read as a card-like run and a phone number.
    expect(kindsAndTexts('DE89370400440532013000')).toEqual([['iban', 'DE89370400440532013000']]);
  });

  test('returns only the kinds asked for, as the full result filtered', () => {
    const text = 'ann@example.com, 4111 1111 1111 1111, 192.0.2.1';
    expect(kindsAndTexts(text)).toHaveLength(3);
    const onlyCards = findPersonalData(text, { kinds: ['credit_card'] });
    expect(onlyCards.map((f) => f.text)).toEqual(['4111 1111 1111 1111']);
    expect(findPersonalData(text, { kinds: [] })).toEqual([]);
  });

  test('returns nothing for an empty text or one without personal data', () => {
    expect(findPersonalData(emptyString)).toEqual([]);
    expect(findPersonalData('The meeting moved to room 42 on floor 3.')).toEqual([]);
  });

  test('returns sorted, non-overlapping findings whose text is the slice', () => {
    const pieces = [
      'ann@example.com',
      '+44 20 7946 0958',
      '4111 1111 1111 1111',
      'DE89 3704 0044 0532 0130 00',
      '536-90-4399',
      '192.0.2.1',
      '2001:db8::1',
      'card',
      'version',
    ];
    const alphabet = [...'0123456789 .-:@+()aAxZ,/', ...pieces];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const findings = findPersonalData(input);
        findings.forEach((finding: Finding, i) => {
          expect(finding.text).toBe(input.slice(finding.start, finding.end));
          expect(finding.score).toBeGreaterThan(0);
          expect(finding.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
        });
        for (const kind of personalDataKinds) {
          const some = findPersonalData(input, { kinds: [kind] });
          expect(some).toEqual(findings.filter((finding) => finding.kind === kind));
        }
      }),
    );
  });

  test('finishes on pathological inputs of 100,000 characters', () => {
    const cases: [string, number][] = [
      ['1'.repeat(100_000), 0],
      ['@'.repeat(100_000), 0],
      ['a.'.repeat(50_000), 0],
      [':'.repeat(100_000), 0],
      ['1:'.repeat(50_000), 0],
      ['1.'.repeat(50_000), 0],
      ['a@'.repeat(50_000), 0],
      ['1-'.repeat(50_000), 0],
      ['+1'.repeat(50_000), 0],
      ['AB12 '.repeat(20_000), 0],
      ['a'.repeat(100_000) + '@example.com', 0],
      ['::1 '.repeat(25_000), 25_000],
    ];
    for (const [input, count] of cases) {
      expect(findPersonalData(input), input.slice(0, 8)).toHaveLength(count);
    }
  });

  test('throws a TypeError naming text for a non-string', () => {
    for (const value of notStrings) {
      expectArgumentError(() => findPersonalData(value as string), TypeError, 'text');
    }
  });

  test('throws a RangeError naming text for a text over 10 MiB', () => {
    expectArgumentError(() => findPersonalData(hugeString), RangeError, 'text');
  });

  test('throws naming options or options.kinds for malformed options', () => {
    for (const value of notObjects.filter((v) => v !== undefined)) {
      expectArgumentError(() => findPersonalData('x', value as object), TypeError, 'options');
    }
    for (const value of notArrays.filter((v) => v !== undefined)) {
      const options = { kinds: value } as never;
      expectArgumentError(() => findPersonalData('x', options), TypeError, 'options.kinds');
    }
    for (const kind of ['passport', '', null, 42]) {
      const options = { kinds: [kind] } as never;
      expectArgumentError(() => findPersonalData('x', options), RangeError, 'options.kinds');
    }
  });
});

describe('classifyRecord', () => {
  test('judges a field by its name', () => {
    const record = {
      firstName: 'Ann',
      email_address: 'n/a',
      mobile: '',
      iban: '',
      dateOfBirth: '1990-01-01',
      'home-city': 'Lyon',
      IPAddress: '',
      religion: 'none given',
      favouriteColour: 'blue',
    };
    expect(classifyRecord(record)).toEqual([
      { field: 'firstName', category: 'identifier', kinds: [] },
      { field: 'email_address', category: 'contact', kinds: [] },
      { field: 'mobile', category: 'contact', kinds: [] },
      { field: 'iban', category: 'financial', kinds: [] },
      { field: 'dateOfBirth', category: 'demographic', kinds: [] },
      { field: 'home-city', category: 'location', kinds: [] },
      { field: 'IPAddress', category: 'online_identifier', kinds: [] },
      { field: 'religion', category: 'special_category', kinds: [] },
      { field: 'favouriteColour', category: 'none', kinds: [] },
    ]);
  });

  test('judges a field by its value when the name says nothing', () => {
    const record = {
      notes: 'reach me at ann@example.com or +44 20 7946 0958',
      ref: 4111111111111111,
    };
    expect(classifyRecord(record)).toEqual([
      { field: 'notes', category: 'contact', kinds: ['email', 'phone'] },
      { field: 'ref', category: 'financial', kinds: ['credit_card'] },
    ]);
  });

  test('gives the most sensitive category when name and value differ', () => {
    const record = {
      healthNotes: 'ann@example.com',
      cardHolderName: 'Ann Lee',
      comment: 'SSN 536-90-4399, host 192.0.2.1',
    };
    expect(classifyRecord(record).map((c) => c.category)).toEqual([
      'special_category',
      'financial',
      'identifier',
    ]);
  });

  test('lists each kind once, in the order first found', () => {
    const record = { log: '192.0.2.1 a@b.io 10.0.0.1 c@d.io' };
    expect(classifyRecord(record)[0]?.kinds).toEqual(['ip_address', 'email']);
  });

  test('searches numbers and bigints, and judges other values by name only', () => {
    const record = { a: 536904399n, hivStatus: true, b: null, c: { email: 'x@y.io' } };
    expect(classifyRecord(record)).toEqual([
      { field: 'a', category: 'none', kinds: [] },
      { field: 'hivStatus', category: 'special_category', kinds: [] },
      { field: 'b', category: 'none', kinds: [] },
      { field: 'c', category: 'none', kinds: [] },
    ]);
  });

  test('gives no category to names such as __proto__ or constructor', () => {
    const record = JSON.parse('{"__proto__": "x", "constructor": 1, "toString": null}');
    expect(classifyRecord(record).map((c) => c.category)).toEqual(['none', 'none', 'none']);
  });

  test('returns an empty list for an empty record', () => {
    expect(classifyRecord({})).toEqual([]);
  });

  test('has no field-name word in two categories', () => {
    const words = Object.values(fieldNameWords).flat();
    expect(new Set(words).size).toBe(words.length);
  });

  test('throws a TypeError naming record for anything but a plain object', () => {
    for (const value of [...notObjects, [], [1, 2]]) {
      expectArgumentError(() => classifyRecord(value as never), TypeError, 'record');
    }
  });

  test('throws a RangeError naming the field for a value over 10 MiB', () => {
    expectArgumentError(() => classifyRecord({ notes: hugeString }), RangeError, 'record.notes');
  });
});
