// Write isValidIban: true when `value` is a well-formed IBAN whose
// check digits are right (ISO 13616, ISO 7064 MOD 97-10).
//
//   1. If value is not a string, return false.
//   2. Remove every space; make letters uppercase.
//   3. Check the shape: two letters (the country), two digits (the
//      check digits), then letters and digits only.
//   4. Check the length against ibanLengths; an unknown country fails.
//   5. Move the first four characters to the end.
//   6. Read letters as numbers, A = 10, B = 11, … Z = 35, and compute
//      the remainder of that long number divided by 97. It is 1 for a
//      valid IBAN.

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
  if (typeof value !== 'string') return false;

  // Steps 2 to 6 go here. Until then, nothing is valid.
  return false;
}
