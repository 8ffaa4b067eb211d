// Write isValidIban: true when `value` is a well-formed IBAN whose
// check digits are right (ISO 13616, ISO 7064 MOD 97-10).

/** IBAN lengths of some countries (SWIFT IBAN Registry). */
export const ibanLengths: Readonly<Record<string, number>> = {
  BE: 16,
  CH: 21,
  CZ: 24,
  DE: 22,
  ES: 24,
  FR: 27,
  GB: 22,
  IT: 27,
  NL: 18,
  NO: 15,
  PL: 28,
};

export function isValidIban(value: string): boolean {
  // Input from a form or a JSON file may be anything: say no, do not
  // throw, so the validator can filter a list of candidates.
  if (typeof value !== 'string') return false;

  // Printed IBANs come in groups of four; people type lowercase.
  const iban = value.replaceAll(' ', '').toUpperCase();

  // Country, check digits, then the account (BBAN). Anything else,
  // a dash or an accented letter, fails here.
  if (!/^[A-Z]{2}\d{2}[A-Z\d]+$/.test(iban)) return false;

  // Object.hasOwn, not `in`: "__proto__" or "constructor" must not
  // look like a country.
  const country = iban.slice(0, 2);
  if (!Object.hasOwn(ibanLengths, country)) return false;
  if (iban.length !== ibanLengths[country]) return false;

  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/**
 * The remainder of the rearranged IBAN, read as a number, divided by
 * 97. The number has 30 to 60 digits, far beyond what a JavaScript
 * number holds exactly (2^53, 16 digits), so it is reduced one digit
 * at a time: (r × 10 + d) mod 97 keeps r below 97 throughout.
 */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    // parseInt with radix 36 reads '0'–'9' as 0–9 and 'A'–'Z' as
    // 10–35. A letter stands for two digits, so shift by 100.
    const value = parseInt(char, 36);
    const shift = value < 10 ? 10 : 100;
    remainder = (remainder * shift + value) % 97;
  }
  return remainder;
}
