// Masking and redaction of personal data, for screens, logs and support.
//
// Masking hides most of a value and keeps just enough to recognise it: of
// a card, only the last four digits (PCI DSS v4.0 Req. 3.4.1 allows the BIN
// and the last four at most). Redaction replaces every finding of
// `findPersonalData` with a label. Neither makes data anonymous: a masked
// value can still single a person out, so it is still personal data (GDPR
// Recital 26).
//
// Error messages describe a bad value without repeating it, because the
// value is personal data and errors end up in logs.
import {
  findPersonalData,
  personalDataKinds,
  type PersonalDataKind,
} from './classification.ts';

export interface MaskPhoneOptions {
  /** How many trailing digits stay visible: 0 to 4, 2 by default. */
  keep?: number;
}

export interface RedactOptions {
  /** The kinds to redact; all of them when left out. */
  kinds?: readonly PersonalDataKind[];
  /** Replacement per kind; `[EMAIL]`, `[CREDIT_CARD]`, … by default. */
  labels?: Partial<Record<PersonalDataKind, string>>;
}

/** What replaces hidden characters. */
const MASK = '*';

/**
 * Masks an email address, keeping the first character of the local part
 * and the domain. The mask has a fixed length, so it hides the length of
 * the local part too.
 * @param email - an address such as `jane.doe@example.com`.
 * @throws TypeError if `email` is not a string; RangeError if it has no
 *   local part or domain, or exceeds 254 characters (RFC 5321 §4.5.3.1.3).
 * @example maskEmail('jane.doe@example.com') // 'j***@example.com'
 */
export function maskEmail(email: string): string {
  checkString(email, 'email');
  if (email.length > 254) {
    throw new RangeError(
      `email: expected at most 254 characters, got ${email.length}`,
    );
  }

  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) {
    throw new RangeError(
      'email: expected an address like name@example.com, ' +
        'got a string without a local part and a domain around an @',
    );
  }

  const first = String.fromCodePoint(email.codePointAt(0) ?? 0);
  return first + MASK.repeat(3) + email.slice(at);
}

/**
 * Masks a card number, keeping the last four digits and the separators.
 * @param cardNumber - 12 to 19 digits, with single spaces or dashes.
 * @throws TypeError if `cardNumber` is not a string; RangeError if it is
 *   not 12 to 19 digits.
 * @example maskCardNumber('4111 1111 1111 1111') // '**** **** **** 1111'
 */
export function maskCardNumber(cardNumber: string): string {
  checkString(cardNumber, 'cardNumber');
  // ISO/IEC 7812-1: a card number has at most 19 digits.
  if (cardNumber.length > 37 || !/^\d(?:[ -]?\d){11,18}$/.test(cardNumber)) {
    throw new RangeError(
      'cardNumber: expected 12 to 19 digits with optional spaces or ' +
        `dashes, got ${describeText(cardNumber)}`,
    );
  }
  return maskDigits(cardNumber, 4);
}

/**
 * Masks a phone number, keeping its last digits, its `+` and separators.
 * @param phone - e.g. `+44 20 7946 0958`: digits, spaces, `().-`, and an
 *   optional leading `+`; 7 to 16 digits (E.164's 15, plus a trunk `(0)`).
 * @param options - `keep`: how many trailing digits to show, 0 to 4.
 * @throws TypeError if `phone` is not a string or `options` is not an
 *   object; RangeError if `phone` is malformed or `keep` out of range.
 * @example maskPhone('+44 20 7946 0958') // '+** ** **** **58'
 */
export function maskPhone(
  phone: string,
  options: MaskPhoneOptions = {},
): string {
  checkString(phone, 'phone');
  const keep = checkKeep(options);

  const digits = phone.replace(/\D/g, '').length;
  const shape = /^\+?[\d ().-]{7,40}$/.test(phone);
  if (!shape || digits < 7 || digits > 16) {
    throw new RangeError(
      'phone: expected 7 to 16 digits with an optional leading + and ' +
        `spaces, dots, dashes or parentheses, got ${describeText(phone)}`,
    );
  }
  return maskDigits(phone, keep);
}

/**
 * Replaces every finding of `findPersonalData` with a label and leaves
 * everything else exactly as it was.
 * @param text - at most `MAX_TEXT_LENGTH` characters.
 * @param options - `kinds` to redact only some kinds; `labels` to choose
 *   the replacement per kind.
 * @throws TypeError if `text` is not a string or an option has the wrong
 *   type; RangeError if `text` is too long or a kind is unknown.
 * @example redact('Mail ann@example.com') // 'Mail [EMAIL]'
 */
export function redact(text: string, options: RedactOptions = {}): string {
  checkOptions(options, 'options');
  const labels = checkLabels(options.labels);
  const findings = findPersonalData(text, { kinds: options.kinds });

  let redacted = '';
  let copiedUpTo = 0;
  for (const finding of findings) {
    redacted += text.slice(copiedUpTo, finding.start);
    redacted += labels[finding.kind] ?? `[${finding.kind.toUpperCase()}]`;
    copiedUpTo = finding.end;
  }
  return redacted + text.slice(copiedUpTo);
}

/** Replaces every digit except the last `keep` with the mask. */
function maskDigits(value: string, keep: number): string {
  let digitsToHide = value.replace(/\D/g, '').length - keep;
  return value.replace(/\d/g, (digit) => (digitsToHide-- > 0 ? MASK : digit));
}

// ---------------------------------------------------------------------------
// Argument checks

function checkString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${name}: expected a string, got ${describe(value)}`);
  }
}

function checkOptions(value: unknown, name: string): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${name}: expected an object, got ${describe(value)}`);
  }
}

function checkKeep(options: unknown): number {
  checkOptions(options, 'options');
  const { keep = 2 } = options as MaskPhoneOptions;
  if (typeof keep !== 'number') {
    throw new TypeError(
      `options.keep: expected a number, got ${describe(keep)}`,
    );
  }
  if (!Number.isInteger(keep) || keep < 0 || keep > 4) {
    throw new RangeError(
      `options.keep: expected an integer from 0 to 4, got ${keep}`,
    );
  }
  return keep;
}

function checkLabels(labels: unknown): Partial<Record<string, string>> {
  if (labels === undefined) return {};
  checkOptions(labels, 'options.labels');

  const known: readonly string[] = personalDataKinds;
  for (const [kind, label] of Object.entries(labels)) {
    if (!known.includes(kind)) {
      throw new RangeError(
        `options.labels: expected keys among ${known.join(', ')}, ` +
          `got '${kind}'`,
      );
    }
    checkString(label, `options.labels.${kind}`);
  }
  return labels as Partial<Record<string, string>>;
}

/** The length and classes of characters, never the characters themselves. */
function describeText(value: string): string {
  if (value === '') return 'an empty string';
  const hasOther = /[^\d +().-]/.test(value);
  const others = hasOther ? ' including other characters' : '';
  return `${value.length} characters${others}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
