// findPersonalData throughput on about 4 MB of generated mixed text: prose
// with emails, phones, cards, IBANs, SSNs and IP addresses, and their
// look-alikes (failing cards and IBANs, versions, ISBNs, prices, dates).
// The reference is one simple regular-expression scan (/\d/g) over the
// same text, measured in the same run.
import { findPersonalData } from '../../snippets/classification.ts';
import { createRandom, medianMs, type BenchRow } from '../lib.ts';

const TARGET_LENGTH = 4_000_000;
const GOAL_MB_PER_S = 20;

export async function bench(): Promise<BenchRow[]> {
  const text = generateText(TARGET_LENGTH, 20_260_101);
  const megabytes = new TextEncoder().encode(text).length / 1e6;

  const findMs = await medianMs(() => findPersonalData(text), { samples: 7 });
  const scanMs = await medianMs(() => text.match(/\d/g)?.length, {
    samples: 7,
  });

  const throughput = megabytes / (findMs / 1000);
  return [
    {
      name: `findPersonalData, ${megabytes.toFixed(1)} MB mixed text`,
      value: throughput,
      unit: 'MB/s',
      reference: { name: 'one /\\d/g scan', value: megabytes / (scanMs / 1000) },
      goal: `≥ ${GOAL_MB_PER_S} MB/s`,
      met: throughput >= GOAL_MB_PER_S,
    },
  ];
}

/**
 * Generates prose in which two sentences in five hold a value or a
 * look-alike: denser than most real text, so the figure errs low.
 */
export function generateText(length: number, seed: number): string {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const digits = (count: number) =>
    Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

  const valueSentences: (() => string)[] = [
    () => `Please write to ${pick(names)}@example.${pick(['com', 'org', 'co.uk'])} about it.`,
    () => `Call ${pick(['+44 20 7946 ', '020 7946 ', '+49 30 1234 '])}${digits(4)} after lunch.`,
    () => `Or try (212) 555-${digits(4)} for the New York office.`,
    () => `Card ${groupDigits(createCardNumber(digits), ' ')} was charged.`,
    () => `Order ${groupDigits(createCardNumber(digits, false), '-')} shipped.`,
    () => `Wire it to IBAN ${groupDigits(createIban(digits), ' ')} today.`,
    () => `A typo: DE${digits(2)} ${digits(4)} ${digits(4)} ${digits(4)} 0130 00.`,
    () => `The SSN on file is ${pick(['536', '212', '078'])}-${digits(2)}-${digits(4)}.`,
    () => `Login from 10.${byte(random)}.${byte(random)}.${byte(random)} at 12:30:45.`,
    () => `Seen at 2001:db8::${digits(2)}:${digits(3)}, MAC 00:1A:2B:3C:4D:5E.`,
    () => `Upgrade to version 1.${digits(1)}.${digits(2)}.4 or v2.0.1 soon.`,
    () => `ISBN 978-0-306-40615-${digits(1)} costs $${digits(2)}.99 (1 234,56 €).`,
    () => `Due 2024-03-${digits(2)} or 15.03.2024, ref ${digits(6)}.`,
  ];

  const parts: string[] = [];
  let total = 0;
  while (total < length) {
    const sentence = random() < 0.6 ? pick(prose) : pick(valueSentences)();
    parts.push(sentence);
    total += sentence.length + 1;
  }
  return parts.join(' ');
}

const prose = [
  'The quarterly review of retention periods is due next month.',
  'Our processor confirmed that the backups are encrypted at rest.',
  'Each purpose must be documented before any collection begins.',
  'The team met on Tuesday to discuss the new consent banner.',
  'Access to the archive is limited to the records office.',
  'Nobody could explain why the export job ran twice last week.',
];

const names = ['ann.lee', 'bob', 'chen.wei', 'd.garcia', 'eve+news'];

function byte(random: () => number): number {
  return Math.floor(random() * 256);
}

function groupDigits(value: string, separator: string): string {
  return (value.match(/.{1,4}/g) ?? []).join(separator);
}

/** A Visa number whose check digit passes Luhn, or deliberately fails it. */
function createCardNumber(digits: (n: number) => string, valid = true): string {
  const body = `4${digits(14)}`;
  const check = (luhnCheckDigit(body) + (valid ? 0 : 1)) % 10;
  return body + check;
}

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** A German IBAN with correct check digits (ISO 7064 MOD 97-10). */
function createIban(digits: (n: number) => string): string {
  const bban = digits(18);
  const remainder = Number(BigInt(`${bban}131400`) % 97n); // D=13, E=14
  return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
}
