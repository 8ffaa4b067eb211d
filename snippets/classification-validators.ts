// Validators for the kinds of personal data that classification.ts finds.
// Each takes a string and says whether it is well formed and its checks
// pass: Luhn and issuer ranges for cards (ISO/IEC 7812), mod-97 for IBANs
// (ISO 13616, ISO 7064), the SSA's rules for SSNs, and the text forms of
// IPv4 and IPv6 (RFC 3986 §3.2.2, RFC 4291 §2.2). They do not say that a
// card, account or number exists, only that it could.
import { cardRanges, ibanLengths, voidedSsns } from './classification-data.ts';

/**
 * Checks the Luhn checksum (ISO/IEC 7812-1 Annex B) of a string of digits.
 * @param digits - decimal digits only, at least two of them.
 * @throws TypeError if `digits` is not a string.
 * @example isValidLuhn('4111111111111111') // true
 */
export function isValidLuhn(digits: string): boolean {
  checkString(digits, 'digits');
  if (!/^\d{2,}$/.test(digits)) return false;

  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right, every second digit is doubled; 2 × 7 = 14 counts 1+4.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Checks a payment card number: 13 to 19 digits, a known issuer range and
 * length, and the Luhn checksum. Spaces and dashes are ignored.
 * @param value - e.g. `4111 1111 1111 1111`.
 * @throws TypeError if `value` is not a string.
 * @example isValidCardNumber('4111-1111-1111-1111') // true
 */
export function isValidCardNumber(value: string): boolean {
  checkString(value, 'value');
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d{13,19}$/.test(digits)) return false;

  return isValidLuhn(digits) && hasCardRange(digits);
}

function hasCardRange(digits: string): boolean {
  return cardRanges.some((range) => {
    const prefix = digits.slice(0, range.from.length);
    const inRange = prefix >= range.from && prefix <= range.to;
    return inRange && range.lengths.includes(digits.length);
  });
}

/**
 * Checks an IBAN: a known country, that country's length and the mod-97
 * check digits. Spaces are ignored and letters may be in either case.
 * @param value - e.g. `GB82 WEST 1234 5698 7654 32`.
 * @throws TypeError if `value` is not a string.
 * @example isValidIban('DE89 3704 0044 0532 0130 00') // true
 */
export function isValidIban(value: string): boolean {
  checkString(value, 'value');
  const iban = value.replaceAll(' ', '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z\d]{11,30}$/.test(iban)) return false;

  const country = iban.slice(0, 2);
  if (!Object.hasOwn(ibanLengths, country)) return false;
  if (iban.length !== ibanLengths[country]) return false;

  // ISO 13616-1: check digits run from 02 to 98.
  const check = Number(iban.slice(2, 4));
  return check >= 2 && check <= 98 && computeIbanRemainder(iban) === 1;
}

/** ISO 7064 MOD 97-10 over the IBAN with its first four characters last. */
function computeIbanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    // Letters count as two digits: A = 10, B = 11, … Z = 35.
    const value = parseInt(char, 36);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}

/**
 * Checks a US Social Security number against the SSA's rules: no area
 * 000, 666 or 900–999, no group 00, no serial 0000, and none of the
 * numbers voided after appearing in advertising.
 * @param value - `123-45-6789`, `123 45 6789` or `123456789`.
 * @throws TypeError if `value` is not a string.
 * @example isValidUsSsn('536-90-4399') // true
 */
export function isValidUsSsn(value: string): boolean {
  checkString(value, 'value');
  const parts = /^(\d{3})([ -]?)(\d{2})\2(\d{4})$/.exec(value);
  if (parts === null) return false;

  const [, area = '', , group = '', serial = ''] = parts;
  // SSA, "Social Security Number Randomization" (2011): every other area
  // number can now be assigned.
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  if (group === '00' || serial === '0000') return false;
  return !voidedSsns.includes(area + group + serial);
}

/**
 * Checks dotted-decimal IPv4 (RFC 3986 §3.2.2 `IPv4address`): four numbers
 * from 0 to 255, without leading zeros, which some parsers read as octal.
 * @param value - e.g. `192.0.2.1`.
 * @throws TypeError if `value` is not a string.
 * @example isValidIpv4('192.0.2.1') // true
 */
export function isValidIpv4(value: string): boolean {
  checkString(value, 'value');
  const octets = value.split('.');
  if (octets.length !== 4) return false;

  return octets.every(
    (octet) => /^(?:0|[1-9]\d{0,2})$/.test(octet) && Number(octet) <= 255,
  );
}

/**
 * Checks the text forms of IPv6 in RFC 4291 §2.2: eight groups of one to
 * four hex digits, or fewer around one `::`, optionally ending in IPv4.
 * Zone identifiers (`%eth0`) are not accepted.
 * @param value - e.g. `2001:db8::1`.
 * @throws TypeError if `value` is not a string.
 * @example isValidIpv6('2001:db8::ff00:42:8329') // true
 */
export function isValidIpv6(value: string): boolean {
  checkString(value, 'value');
  if (value.length > 45) return false; // the longest form, with IPv4

  // A trailing IPv4 address stands for the last two groups (§2.2, form 3),
  // so it is checked and replaced by two groups of zeros.
  const tail = value.slice(value.lastIndexOf(':') + 1);
  const hasIpv4 = tail.includes('.');
  if (hasIpv4 && !isValidIpv4(tail)) return false;
  const hex = hasIpv4 ? value.slice(0, -tail.length) + '0:0' : value;

  const halves = hex.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half ? half.split(':') : []));

  if (!groups.every((group) => /^[\da-f]{1,4}$/i.test(group))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

function checkString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${name}: expected a string, got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
