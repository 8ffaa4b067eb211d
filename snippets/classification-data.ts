// Tables behind classification.ts: IBAN lengths per country, card number
// ranges, the words that give a match its context, and the field-name
// keywords that suggest a category. Kept apart so the detectors stay short.
import type {
  PersonalDataCategory,
  PersonalDataKind,
} from './classification.ts';

/**
 * IBAN length per country code, from the SWIFT IBAN Registry, which is the
 * registration authority of ISO 13616. An IBAN of another length is invalid.
 */
// prettier-ignore
export const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22,
  BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27,
  DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28,
  LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22,
  MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** A range of issuer identification numbers (ISO/IEC 7812) of one brand. */
export interface CardRange {
  brand: string;
  /** Lowest and highest prefix, of equal length: '51' to '55'. */
  from: string;
  to: string;
  /** The number lengths the brand issues in this range. */
  lengths: readonly number[];
}

const sixteenToNineteen = [16, 17, 18, 19];

/**
 * The card ranges that are reported. A Luhn-valid number outside every
 * range is more likely an order or account number than a card.
 */
export const cardRanges: readonly CardRange[] = [
  { brand: 'Visa', from: '4', to: '4', lengths: [13, 16, 19] },
  { brand: 'Mastercard', from: '51', to: '55', lengths: [16] },
  { brand: 'Mastercard', from: '2221', to: '2720', lengths: [16] },
  { brand: 'American Express', from: '34', to: '34', lengths: [15] },
  { brand: 'American Express', from: '37', to: '37', lengths: [15] },
  { brand: 'Diners Club', from: '300', to: '305', lengths: [14, 16, 19] },
  { brand: 'Diners Club', from: '36', to: '36', lengths: [14, 16, 19] },
  { brand: 'Diners Club', from: '38', to: '39', lengths: [16, 19] },
  { brand: 'Discover', from: '6011', to: '6011', lengths: sixteenToNineteen },
  { brand: 'Discover', from: '644', to: '649', lengths: sixteenToNineteen },
  { brand: 'Discover', from: '65', to: '65', lengths: sixteenToNineteen },
  { brand: 'JCB', from: '3528', to: '3589', lengths: sixteenToNineteen },
  { brand: 'UnionPay', from: '62', to: '62', lengths: sixteenToNineteen },
  { brand: 'Maestro', from: '5018', to: '5018', lengths: sixteenToNineteen },
  { brand: 'Maestro', from: '5020', to: '5020', lengths: sixteenToNineteen },
  { brand: 'Maestro', from: '5038', to: '5038', lengths: sixteenToNineteen },
  { brand: 'Maestro', from: '6304', to: '6304', lengths: sixteenToNineteen },
  { brand: 'Maestro', from: '6759', to: '6759', lengths: sixteenToNineteen },
  { brand: 'Maestro', from: '6761', to: '6763', lengths: sixteenToNineteen },
  { brand: 'Mir', from: '2200', to: '2204', lengths: sixteenToNineteen },
];

/**
 * SSNs that pass the SSA's structural rules but were invalidated after
 * they appeared on sample cards and in advertising.
 */
export const voidedSsns: readonly string[] = ['078051120', '219099999'];

/**
 * Words that, among the five words before a match, make it more likely to
 * be what it looks like (Presidio calls them context words).
 */
export const contextWords: Readonly<
  Record<PersonalDataKind, readonly string[]>
> = {
  email: ['email', 'mail', 'contact', 'address', 'write', 'reach'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'cell', 'call', 'fax'],
  credit_card: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex'],
  iban: ['iban', 'bank', 'account', 'transfer', 'sepa', 'pay'],
  us_ssn: ['ssn', 'social', 'security', 'ssa', 'taxpayer'],
  ip_address: ['ip', 'ipv4', 'ipv6', 'address', 'host', 'server', 'client'],
};

/**
 * Words that, right before a match, say it is something else: an ISBN, a
 * version, a build number. "version 1.2.3.4" is not an IP address.
 */
export const lookAlikeWords: readonly string[] = [
  'isbn',
  'issn',
  'doi',
  'version',
  'ver',
  'v',
  'release',
  'build',
  'firmware',
];

/**
 * Words in a field's name that suggest its category. A name is split into
 * words first: `customerEmail` and `customer_email` both give `email`.
 */
// prettier-ignore
export const fieldNameWords: Readonly<
  Record<Exclude<PersonalDataCategory, 'none'>, readonly string[]>
> = {
  // GDPR Art. 9(1): racial or ethnic origin, political opinions, religious
  // or philosophical beliefs, trade union membership, genetic and biometric
  // data, health, sex life or sexual orientation.
  special_category: [
    'health', 'medical', 'diagnosis', 'disease', 'illness', 'disability',
    'allergy', 'allergies', 'medication', 'prescription', 'pregnancy',
    'religion', 'religious', 'faith', 'belief', 'beliefs', 'philosophical',
    'ethnicity', 'ethnic', 'race', 'racial', 'political', 'politics',
    'union', 'biometric', 'biometrics', 'fingerprint', 'genetic', 'dna',
    'sexual', 'sexuality', 'orientation', 'hiv',
  ],
  financial: [
    'iban', 'bic', 'swift', 'card', 'credit', 'debit', 'cvv', 'cvc', 'bank',
    'account', 'salary', 'income', 'wage', 'payment', 'balance', 'loan',
  ],
  identifier: [
    'name', 'firstname', 'lastname', 'surname', 'forename', 'fullname',
    'nickname', 'ssn', 'passport', 'license', 'licence', 'nino', 'tin',
    'username', 'login', 'signature', 'national',
  ],
  contact: ['email', 'mail', 'phone', 'telephone', 'tel', 'mobile', 'fax'],
  // GDPR Recital 30: IP addresses, cookie identifiers, device identifiers.
  online_identifier: [
    'ip', 'ipv4', 'ipv6', 'cookie', 'device', 'imei', 'mac', 'session',
    'useragent', 'idfa', 'gaid',
  ],
  location: [
    'address', 'street', 'city', 'town', 'zip', 'zipcode', 'postcode',
    'postal', 'country', 'region', 'latitude', 'longitude', 'lat', 'lng',
    'lon', 'geo', 'gps', 'location', 'coordinates',
  ],
  demographic: [
    'age', 'birth', 'birthday', 'birthdate', 'dob', 'gender', 'sex',
    'nationality', 'citizenship', 'marital', 'language', 'occupation',
    'education',
  ],
};

/** The category each kind of finding puts its field in. */
export const kindCategories: Readonly<
  Record<PersonalDataKind, PersonalDataCategory>
> = {
  email: 'contact',
  phone: 'contact',
  credit_card: 'financial',
  iban: 'financial',
  us_ssn: 'identifier',
  ip_address: 'online_identifier',
};

/**
 * Categories from most to least sensitive. A field that fits several gets
 * the first: `ip_address` is an online identifier before it is a location.
 */
export const categoryPrecedence: readonly PersonalDataCategory[] = [
  'special_category',
  'financial',
  'identifier',
  'contact',
  'online_identifier',
  'location',
  'demographic',
  'none',
];
