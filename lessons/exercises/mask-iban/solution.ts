// Write maskIban so that it keeps these guarantees:
//
//   1. The result is as long as the input, with a space exactly
//      where the input has one.
//   2. The first two characters, the country code, are kept.
//   3. The last four characters that are not spaces are kept.
//   4. Every other character that is not a space becomes '*'.
//   5. A value with fewer than 15 characters besides spaces, shorter
//      than any IBAN, is masked completely.

const MASK = '*';

/** Norway's IBANs are the shortest: 15 characters. */
const SHORTEST_IBAN = 15;

export function maskIban(iban: string): string {
  // Spaces are layout, not data: count only the other characters.
  const characters = iban.replaceAll(' ', '').length;

  // Too short to be an IBAN, so it is something else (a typo, a
  // pasted phone number): keeping six of its characters could show
  // most of it. Hide every character and keep the spaces (5).
  if (characters < SHORTEST_IBAN) return iban.replace(/[^ ]/g, MASK);

  // Walk the input by UTF-16 unit, so that one unit in gives one
  // unit out and the length never changes (1). `seen` counts the
  // characters before this one, spaces left out.
  let masked = '';
  let seen = 0;
  for (let i = 0; i < iban.length; i++) {
    const char = iban[i]!;
    if (char === ' ') {
      masked += char; // the groups stay where they were (1)
      continue;
    }
    const isCountry = seen < 2; // (2)
    const isLastFour = seen >= characters - 4; // (3)
    masked += isCountry || isLastFour ? char : MASK; // (4)
    seen++;
  }
  return masked;
}
