// Write maskIban so that it keeps these guarantees:
//
//   1. The result is as long as the input, with a space exactly
//      where the input has one.
//   2. The first two characters, the country code, are kept.
//   3. The last four characters that are not spaces are kept.
//   4. Every other character that is not a space becomes '*'.
//   5. A value with fewer than 15 characters besides spaces, shorter
//      than any IBAN, is masked completely.

export function maskIban(iban: string): string {
  // This version shows the check digits, replaces the spaces, and
  // shows everything of a short value. Rewrite it.
  const hidden = Math.max(0, iban.length - 8);
  return iban.slice(0, 4) + '*'.repeat(hidden) + iban.slice(-4);
}
