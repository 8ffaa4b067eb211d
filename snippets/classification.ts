// Finding personal data in text and classifying the fields of a record.
//
// Every candidate is validated before it is reported, in the manner of
// Microsoft Presidio, with the checks in classification-validators.ts
// (Luhn, IBAN mod-97, the SSA's SSN rules, IPv4 and IPv6 forms).
// Categories follow the GDPR: Art. 4(1), special categories Art. 9(1),
// online identifiers Recital 30.
//
// Every pattern has only bounded quantifiers and asserts a boundary where
// it starts, so a scan runs in linear time whatever the input; the lint
// rules regexp/no-super-linear-backtracking and no-super-linear-move
// enforce this.
import {
  categoryPrecedence,
  contextWords,
  fieldNameWords,
  ibanLengths,
  kindCategories,
  lookAlikeWords,
} from './classification-data.ts';
import {
  isValidCardNumber,
  isValidIban,
  isValidIpv4,
  isValidIpv6,
  isValidUsSsn,
} from './classification-validators.ts';

export {
  isValidCardNumber,
  isValidIban,
  isValidIpv4,
  isValidIpv6,
  isValidLuhn,
  isValidUsSsn,
} from './classification-validators.ts';

/** The kinds of personal data that `findPersonalData` reports. */
export const personalDataKinds = [
  'email',
  'phone',
  'credit_card',
  'iban',
  'us_ssn',
  'ip_address',
] as const;

export type PersonalDataKind = (typeof personalDataKinds)[number];

/** The categories that `classifyRecord` puts a field in. */
export type PersonalDataCategory =
  | 'identifier'
  | 'contact'
  | 'financial'
  | 'special_category' // GDPR Art. 9(1)
  | 'location'
  | 'online_identifier' // GDPR Recital 30
  | 'demographic'
  | 'none';

/** One piece of personal data found in a text. */
export interface Finding {
  kind: PersonalDataKind;
  /** Index of the first character, as in `text.slice(start, end)`. */
  start: number;
  /** Index after the last character. */
  end: number;
  /** The matched text, `text.slice(start, end)`. */
  text: string;
  /** Confidence from 0 to 1; a context word just before raises it. */
  score: number;
}

export interface FindOptions {
  /** The kinds to look for; all of them when left out. */
  kinds?: readonly PersonalDataKind[];
}

/** The classification of one field of a record. */
export interface FieldClassification {
  field: string;
  category: PersonalDataCategory;
  /** The kinds of personal data found in the field's value. */
  kinds: PersonalDataKind[];
}

/** The longest text accepted: 10 MiB of UTF-16 code units. */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;

/** Added to a score when a context word precedes the match (Presidio). */
const CONTEXT_BOOST = 0.35;

/** How many words before a match are searched for context words. */
const CONTEXT_WORDS = 5;

/** How far back those words may be, in characters. */
const CONTEXT_CHARS = 40;

// ---------------------------------------------------------------------------
// Detectors: a pattern finds candidates, `accept` validates them.

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** The validated part of a candidate, or undefined to drop it. */
  accept: (candidate: string) => string | undefined;
  /** The score of a valid match without context. */
  score: number;
  /** Report only when a context word comes before the match. */
  needsContext?: boolean;
  /**
   * A candidate that fails validation still covers its span, so nothing
   * overlapping it is reported: the digits of a mistyped IBAN are no phone.
   */
  blocksWhenInvalid?: boolean;
}

const acceptIf =
  (isValid: (candidate: string) => boolean) => (candidate: string) =>
    isValid(candidate) ? candidate : undefined;

// Patterns are written in parts so each part can be read on its own line.
// Numbers start after no word character, sign, dot, comma or dash, and end
// before nothing that would continue them: "4111…1111.50", "1.2.3.4.5".
const NUMBER_START = String.raw`(?<![\w+.,-])`;
const NUMBER_END = String.raw`(?!\w|[.,-]\d)`;

const detectors: readonly Detector[] = [
  {
    kind: 'email',
    // The match starts at the rare '@' and looks behind for the local part,
    // so the engine skips through prose quickly. The local part has at most
    // 64 octets (RFC 5321 §4.5.3.1.1), a label 63 (RFC 1035 §2.3.4).
    pattern: new RegExp(
      [
        String.raw`@(?<=(?<![\w.%+-])(?<before>[\w.%+-]{1,64})@)`,
        String.raw`(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.){1,8}`,
        String.raw`[a-z]{2,63}(?![\w-])`,
      ].join(''),
      'gi',
    ),
    accept: acceptIf(isPlausibleEmail),
    score: 0.9,
  },
  {
    kind: 'phone',
    // International: +44 20 7946 0958, +33-6-12-34-56-78, +44 (0)20 …
    pattern: new RegExp(
      [
        String.raw`(?<![\w+])\+\d{1,3}`, // country code
        String.raw`(?:[ .-]?\(\d{1,4}\))?`, // (0) or an area code
        String.raw`[ .-]?\d{1,6}(?:[ .-]\d{1,6}){0,5}\b`,
      ].join(''),
      'g',
    ),
    accept: acceptIf(isInternationalPhone),
    score: 0.6,
  },
  {
    kind: 'phone',
    // North American: (212) 555-0123, 212-555-0123, 1-800-555-0199
    pattern: new RegExp(
      [
        String.raw`(?<![\w+.-])(?:\+?1[ .-]?)?`,
        String.raw`(?:\(\d{3}\) ?\d{3}[.-]|\d{3}([.-])\d{3}\1)`,
        String.raw`\d{4}`,
        NUMBER_END,
      ].join(''),
      'g',
    ),
    accept: acceptIf(isNorthAmericanPhone),
    score: 0.6,
  },
  {
    kind: 'phone',
    // National, with the trunk prefix 0: 020 7946 0958, (030) 1234567
    pattern: new RegExp(
      [
        NUMBER_START,
        // Not the tail of a longer group of numbers: "2024 0315 0004 8213".
        String.raw`(?<!\d[ /])`,
        String.raw`(?:\(0[1-9]\d{0,3}\) ?|0[1-9]\d{0,3}[ ./-])`, // area
        String.raw`\d{2,8}(?:[ .-]\d{2,8}){0,4}`,
        NUMBER_END,
      ].join(''),
      'g',
    ),
    accept: acceptIf(isNationalPhone),
    score: 0.5,
  },
  {
    kind: 'credit_card',
    // 4111111111111111, 4111 1111 1111 1111, 3782-822463-10005
    pattern: new RegExp(
      [
        NUMBER_START,
        String.raw`(?:\d{13,19}`,
        String.raw`|\d{4}(?: \d{3,6}){2,4}`,
        String.raw`|\d{4}(?:-\d{3,6}){2,4})`,
        NUMBER_END,
      ].join(''),
      'g',
    ),
    accept: acceptIf(isValidCardNumber),
    score: 0.8,
  },
  {
    kind: 'iban',
    // Country, check digits, then the electronic form or the paper form in
    // groups of four (ISO 13616-1).
    pattern: new RegExp(
      [
        String.raw`\b[A-Z]{2}\d{2}`,
        String.raw`(?:[A-Z\d]{11,30}`,
        String.raw`|(?: [A-Z\d]{4}){2,7}(?: [A-Z\d]{1,3})?)\b`,
      ].join(''),
      'g',
    ),
    accept: acceptIban,
    score: 0.9,
    blocksWhenInvalid: true,
  },
  {
    kind: 'us_ssn',
    // 536-90-4399 or 536 90 4399, the same separator twice.
    pattern: new RegExp(
      [NUMBER_START, String.raw`\d{3}([ -])\d{2}\1\d{4}`, NUMBER_END].join(''),
      'g',
    ),
    accept: acceptIf(isValidUsSsn),
    score: 0.5,
    blocksWhenInvalid: true, // 078-05-1120 is a voided SSN, not a phone
  },
  {
    kind: 'us_ssn',
    // Nine bare digits are an SSN only when the words before say so.
    pattern: new RegExp(
      [NUMBER_START, String.raw`\d{9}`, NUMBER_END].join(''),
      'g',
    ),
    accept: acceptIf(isValidUsSsn),
    score: 0.3,
    needsContext: true,
  },
  {
    kind: 'ip_address',
    // The look-behind keeps "v1.2.3.4" out; the look-ahead, "1.2.3.4.5".
    pattern: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)/g,
    accept: acceptIf(isValidIpv4),
    score: 0.6,
  },
  {
    kind: 'ip_address',
    // Hex groups and colons, matched from the first colon as the email is
    // from its '@'; isValidIpv6 sorts out times (12:30:45) and MACs.
    pattern: new RegExp(
      [
        String.raw`:(?<=(?<![\w:.])(?<before>[\da-f]{0,4}):)`,
        String.raw`(?:[\da-f]{0,4}:){1,6}`,
        String.raw`(?:\d{1,3}(?:\.\d{1,3}){3}|[\da-f]{1,4})?`, // last group
        String.raw`(?![\w:]|\.\d)`,
      ].join(''),
      'gi',
    ),
    accept: acceptIf(
      (candidate) => candidate !== '::' && isValidIpv6(candidate),
    ),
    score: 0.6,
  },
];

/** Dots may not start, end or double in a local part (RFC 5322 §3.2.3). */
function isPlausibleEmail(candidate: string): boolean {
  const local = candidate.slice(0, candidate.lastIndexOf('@'));
  const dotsFine = !local.startsWith('.') && !local.endsWith('.');
  // RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, brackets included.
  return dotsFine && !local.includes('..') && candidate.length <= 254;
}

/** ITU-T E.164 §6: at most 15 digits, country code included. */
function isInternationalPhone(candidate: string): boolean {
  const digits = countDigits(candidate.replace('(0)', ''));
  return digits >= 8 && digits <= 15 && usesOneSeparator(candidate);
}

/**
 * The North American Numbering Plan: area code and exchange start with 2–9,
 * and N11 area codes (411, 911) are service codes.
 */
function isNorthAmericanPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').slice(-10);
  const isN = (digit = '') => digit >= '2' && digit <= '9';
  const isServiceCode = digits.slice(1, 3) === '11';
  return isN(digits[0]) && !isServiceCode && isN(digits[3]);
}

/** 9 to 12 digits with the trunk 0, one kind of separator after the area. */
function isNationalPhone(candidate: string): boolean {
  const digits = countDigits(candidate);
  const afterArea = candidate.slice(candidate.search(/[ ./)]/) + 1);
  return digits >= 9 && digits <= 12 && usesOneSeparator(afterArea);
}

/** A date followed by a time ("01.02.2023 12") mixes separators. */
function usesOneSeparator(text: string): boolean {
  return new Set(text.match(/[ ./-]/g)).size <= 1;
}

function countDigits(text: string): number {
  return text.replace(/\D/g, '').length;
}

/**
 * A paper IBAN may run into a following group ("… 7034 2024"), so the
 * candidate is cut to its country's length where a group ends.
 */
function acceptIban(candidate: string): string | undefined {
  const country = candidate.slice(0, 2);
  if (!Object.hasOwn(ibanLengths, country)) return undefined;
  const length = ibanLengths[country] ?? 0;

  let end = 0;
  for (let count = 0; count < length && end < candidate.length; end++) {
    if (candidate[end] !== ' ') count++;
  }
  const endsAtGroup = end === candidate.length || candidate[end] === ' ';
  const iban = candidate.slice(0, end);
  return endsAtGroup && isValidIban(iban) ? iban : undefined;
}

// ---------------------------------------------------------------------------
// Finding

/**
 * Finds email addresses, phone numbers, card numbers, IBANs, US SSNs and
 * IP addresses in a text. Each match is validated; look-alikes (an order
 * number failing Luhn, a version string, an ISBN, a price, a date) are not
 * reported.
 * @param text - at most `MAX_TEXT_LENGTH` characters.
 * @param options - `kinds` to look for only some kinds.
 * @returns findings sorted by `start`, none overlapping another.
 * @throws TypeError if `text` is not a string or `options` is malformed;
 *   RangeError if `text` is too long or a kind is unknown.
 * @example findPersonalData('Mail ann@example.com')[0]?.kind // 'email'
 */
export function findPersonalData(
  text: string,
  options: FindOptions = {},
): Finding[] {
  checkText(text, 'text');
  const kinds = checkKinds(options);

  const lookAlikes = new Set<Finding>();
  const candidates = detectors.flatMap((detector) =>
    findMatches(text, detector, lookAlikes),
  );

  // Kinds are filtered last, so a span reads the same whatever is asked:
  // a card number is not reported as a phone when only phones are wanted.
  return removeOverlaps(candidates).filter(
    (finding) => !lookAlikes.has(finding) && kinds.has(finding.kind),
  );
}

function findMatches(
  text: string,
  detector: Detector,
  lookAlikes: Set<Finding>,
): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(detector.pattern)) {
    // A pattern that starts at a rare character looks behind for the rest
    // of the candidate and names it `before`.
    const before = match.groups?.before ?? '';
    const start = match.index - before.length;
    const candidate = before + match[0];

    const accepted = detector.accept(candidate);
    if (accepted === undefined) {
      if (detector.blocksWhenInvalid) {
        const lookAlike = createFinding(detector, start, candidate, 1);
        lookAlikes.add(lookAlike);
        findings.push(lookAlike);
      }
      continue;
    }

    const words = findWordsBefore(text, start);
    if (lookAlikeWords.includes(words.at(-1) ?? '')) continue;

    const kindWords = contextWords[detector.kind];
    const hasContext = words.some((word) => kindWords.includes(word));
    if (detector.needsContext && !hasContext) continue;

    const score = detector.score + (hasContext ? CONTEXT_BOOST : 0);
    findings.push(createFinding(detector, start, accepted, score));
  }
  return findings;
}

function createFinding(
  detector: Detector,
  start: number,
  text: string,
  score: number,
): Finding {
  const rounded = Math.min(1, Math.round(score * 100) / 100);
  const end = start + text.length;
  return { kind: detector.kind, start, end, text, score: rounded };
}

/**
 * The last few words before `start`, lowercased. Words start with a letter,
 * so numbers are skipped: "ISBN-13: 978…" reads as "isbn".
 */
function findWordsBefore(text: string, start: number): string[] {
  // Begin the window at a word boundary: "discard" must not read as "card".
  let from = Math.max(0, start - CONTEXT_CHARS);
  while (from > 0 && from < start && isWordChar(text[from - 1])) from++;

  const window = text.slice(from, start).toLowerCase();
  const words = window.match(/[a-z][a-z\d]{0,39}/g) ?? [];
  return words.slice(-CONTEXT_WORDS);
}

function isWordChar(char = ''): boolean {
  return /[a-z\d]/i.test(char);
}

/**
 * Where findings overlap, the higher score wins, then the longer one; a
 * span is one thing, not a phone and a card at once.
 */
function removeOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const kept: Finding[] = [];

  for (const finding of sorted) {
    const last = kept.at(-1);
    if (last === undefined || finding.start >= last.end) {
      kept.push(finding);
    } else if (isBetter(finding, last)) {
      kept[kept.length - 1] = finding;
    }
  }
  return kept;
}

function isBetter(a: Finding, b: Finding): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return a.end - a.start > b.end - b.start;
}

// ---------------------------------------------------------------------------
// Classifying records

/**
 * Classifies each field of a record from its name and its value. When both
 * suggest categories, the most sensitive wins (special categories first).
 * Strings and numbers are searched; other values are judged by name only.
 * @param record - a plain object, such as one row of a table.
 * @returns one entry per own enumerable field, in the record's order.
 * @throws TypeError if `record` is not a plain object; RangeError if a
 *   string value is longer than `MAX_TEXT_LENGTH`.
 * @example classifyRecord({ email: 'a@b.io' })[0]?.category // 'contact'
 */
export function classifyRecord(
  record: Record<string, unknown>,
): FieldClassification[] {
  checkRecord(record);

  return Object.entries(record).map(([field, value]) => {
    const kinds = findKindsIn(value, `record.${field}`);
    const categories = [
      ...findCategoriesInName(field),
      ...kinds.map((kind) => kindCategories[kind]),
    ];
    const category = categoryPrecedence.find((c) => categories.includes(c));
    return { field, category: category ?? 'none', kinds };
  });
}

function findKindsIn(value: unknown, name: string): PersonalDataKind[] {
  const isNumber = typeof value === 'number' || typeof value === 'bigint';
  const text = isNumber ? String(value) : value;
  if (typeof text !== 'string') return [];

  checkText(text, name);
  const kinds = findPersonalData(text).map((finding) => finding.kind);
  return [...new Set(kinds)];
}

const categoriesByWord = new Map(
  Object.entries(fieldNameWords).flatMap(([category, words]) =>
    words.map((word) => [word, category as PersonalDataCategory] as const),
  ),
);

/** `dateOfBirth`, `date_of_birth`: words and adjacent pairs ("e_mail"). */
function findCategoriesInName(field: string): PersonalDataCategory[] {
  const words = field
    .replace(/([a-z\d])([A-Z])/g, '$1 $2') // camelCase
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2') // IPAddress
    .toLowerCase()
    .split(/[^a-z\d]/)
    .filter(Boolean);
  const pairs = words.slice(1).map((word, i) => words[i] + word);

  return [...words, ...pairs].flatMap((word) => {
    const category = categoriesByWord.get(word);
    return category === undefined ? [] : [category];
  });
}

// ---------------------------------------------------------------------------
// Argument checks

function checkString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${name}: expected a string, got ${describe(value)}`);
  }
}

function checkText(value: unknown, name: string): asserts value is string {
  checkString(value, name);
  if (value.length > MAX_TEXT_LENGTH) {
    throw new RangeError(
      `${name}: expected at most ${MAX_TEXT_LENGTH} characters, ` +
        `got ${value.length}`,
    );
  }
}

function checkKinds(options: unknown): Set<PersonalDataKind> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `options: expected an object, got ${describe(options)}`,
    );
  }
  const { kinds = personalDataKinds } = options as FindOptions;
  if (!Array.isArray(kinds)) {
    throw new TypeError(
      `options.kinds: expected an array, got ${describe(kinds)}`,
    );
  }

  const known: readonly unknown[] = personalDataKinds;
  const index = kinds.findIndex((kind: unknown) => !known.includes(kind));
  if (index !== -1) {
    const kind: unknown = kinds[index];
    throw new RangeError(
      `options.kinds: expected kinds among ${personalDataKinds.join(', ')}, ` +
        `got ${typeof kind === 'string' ? `'${kind}'` : describe(kind)}`,
    );
  }
  return new Set(kinds);
}

function checkRecord(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `record: expected a plain object, got ${describe(value)}`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
