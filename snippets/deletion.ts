// Deleting personal data on time: retention rules, purges, legal holds,
// erasure requests and crypto-shredding.
//
// - Storage limitation, GDPR Art. 5(1)(e): keep data no longer than its
//   purpose needs. A retention rule says, per data category, how long after
//   which event (collection, end of contract, last activity) a record goes.
// - A legal hold stops deletion of what a dispute or an investigation needs.
// - The right to erasure, Art. 17: answer within one month (Art. 12(3)),
//   and erase everything unless one of the Art. 17(3) exceptions applies.
// - Crypto-shredding: each subject's data is encrypted under a key of its
//   own; destroying the key makes every copy unreadable, backups included.
//   NIST SP 800-88 Rev. 1 §2.6 calls this cryptographic erase.
//
// Dates are handled in UTC.

import { decryptText, encrypt, generateKey } from './encryption.ts';

/** The events a retention period can be counted from. */
export const RETENTION_TRIGGERS = [
  'collected',
  'contract_end',
  'last_activity',
] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

/** A period of whole years, months and days. */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

/** A retention rule as written. */
export interface RetentionRule {
  /** The data category it covers, e.g. `invoice`. */
  category: string;
  /** The event the period is counted from. */
  trigger: RetentionTrigger;
  /** ISO 8601, e.g. `P6Y`, or `{ years, months, days }`. */
  duration: string | Partial<Duration>;
  /** Why this long, e.g. the law that requires it. */
  basis?: string;
}

/** A rule after validation, its duration parsed. */
export interface ScheduledRule {
  readonly category: string;
  readonly trigger: RetentionTrigger;
  readonly duration: Duration;
  readonly basis?: string;
}

/** A validated schedule; build one with `createRetentionSchedule`. */
export interface RetentionSchedule {
  readonly rules: ReadonlyMap<string, ScheduledRule>;
}

/** A stored record, as far as retention is concerned. */
export interface DataRecord {
  readonly id: string;
  readonly subjectId: string;
  readonly category: string;
  /** When each trigger happened: ISO 8601 dates or Dates. */
  readonly dates: Readonly<Partial<Record<RetentionTrigger, string | Date>>>;
}

/** Why a record goes or stays. */
export type RetentionReason =
  | 'expired'
  | 'retention_running'
  | 'awaiting_trigger'
  | 'no_rule'
  | 'legal_hold';

/** What retention says about one record at one moment. */
export interface RetentionDecision {
  readonly recordId: string;
  readonly category: string;
  readonly due: boolean;
  readonly reason: RetentionReason;
  /** From when the record may be deleted, if that is known. */
  readonly deleteFrom?: string;
  readonly basis?: string;
  /** The hold that keeps it, for `legal_hold`. */
  readonly holdId?: string;
}

/** Where records live: anything that can list and remove them. */
export interface RecordStore {
  list(): readonly DataRecord[];
  remove(recordId: string): void;
}

/** A hold on a subject's records or on one record. */
export interface LegalHold {
  readonly id: string;
  readonly target: { subjectId: string } | { recordId: string };
  readonly reason: string;
}

/** The holds in force. */
export interface LegalHoldRegister {
  placeLegalHold(target: LegalHold['target'], reason: string): LegalHold;
  releaseLegalHold(holdId: string): void;
  /** The holds that cover a record, oldest first. */
  holdsOn(record: DataRecord): readonly LegalHold[];
}

/**
 * The exceptions to the right to erasure, GDPR Art. 17(3), each with the
 * point that grants it.
 */
export const ERASURE_EXCEPTIONS = {
  /** (a) exercising the right of freedom of expression and information */
  freedom_of_expression: 'Art. 17(3)(a)',
  /** (b) a legal obligation, a public task or official authority */
  legal_obligation: 'Art. 17(3)(b)',
  /** (c) public interest in the area of public health */
  public_health: 'Art. 17(3)(c)',
  /** (d) archiving in the public interest, research or statistics */
  archiving_research: 'Art. 17(3)(d)',
  /** (e) the establishment, exercise or defence of legal claims */
  legal_claims: 'Art. 17(3)(e)',
} as const;
export type ErasureException = keyof typeof ERASURE_EXCEPTIONS;

/** A data subject's request to erase their data. */
export interface ErasureRequest {
  subjectId: string;
  receivedAt: string | Date;
  /** Whether the deadline was extended under Art. 12(3). */
  extended?: boolean;
}

/** What to do about an erasure request. */
export interface ErasureOutcome {
  readonly subjectId: string;
  /** The last day to answer, as YYYY-MM-DD. */
  readonly deadline: string;
  /** Ids of the subject's records to erase. */
  readonly erase: readonly string[];
  /** The subject's records to keep, each with the exception that allows it. */
  readonly retain: readonly {
    readonly recordId: string;
    readonly category: string;
    readonly exception: ErasureException;
    readonly article: string;
    readonly holdId?: string;
  }[];
}

/** Per-subject keys for crypto-shredding. */
export interface SubjectKeyStore {
  /** The subject's key, made on first use. */
  keyFor(subjectId: string): Uint8Array;
  /** The subject's key, or undefined if there is none (any more). */
  findKey(subjectId: string): Uint8Array | undefined;
  /** Destroys the subject's key. Returns whether there was one. */
  shred(subjectId: string): boolean;
}

/** Thrown when a subject's data is read after their key was destroyed. */
export class MissingKeyError extends Error {
  constructor() {
    super('subjectId: no key for this subject; it was shredded or never made');
    this.name = 'MissingKeyError';
  }
}

// ISO 8601-1 §5.5.2: PnYnMnD or PnW. The time part (T…) is refused: a
// retention period counted in hours is not one.
const DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,5})D)?$/;
const WEEKS = /^P(\d{1,4})W$/;
// YYYY-MM-DD, optionally followed by a time with its zone (RFC 3339 §5.6).
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME =
  /^(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const NAME = /^[a-z_][\w-]{0,63}$/i;
const MAX_TEXT_LENGTH = 256;

const schedules = new WeakSet<RetentionSchedule>();

// --- Retention -----------------------------------------------------------

/**
 * Parses an ISO 8601 duration of years, months, weeks or days, strictly.
 *
 * @param duration E.g. `P6Y`, `P1Y6M`, `P30D`, `P2W`.
 * @returns `{ years, months, days }`; a week counts as 7 days.
 * @throws TypeError if not a string; RangeError if not such a duration.
 * @example parseDuration('P1Y6M') // { years: 1, months: 6, days: 0 }
 */
export function parseDuration(duration: string): Duration {
  return readIsoDuration(duration, 'duration');
}

function readIsoDuration(value: unknown, argument: string): Duration {
  readString(value, argument);
  const text = value as string;
  const weeks = WEEKS.exec(text);
  if (weeks) return { years: 0, months: 0, days: 7 * Number(weeks[1]) };

  const match = DURATION.exec(text);
  if (!match || text === 'P') {
    const hint = text.includes('T') ? '; hours and less are not allowed' : '';
    throw new RangeError(
      `${argument}: expected an ISO 8601 duration in years, months, weeks ` +
        `or days such as "P6Y", "P1Y6M" or "P30D", got ${quote(text)}${hint}`,
    );
  }
  const [, years = '0', months = '0', days = '0'] = match;
  return { years: Number(years), months: Number(months), days: Number(days) };
}

/**
 * Adds a duration to a moment in calendar terms, in UTC: years and months
 * first, keeping the day of the month or, where the month is shorter, its
 * last day (Jan 31 + 1 month = Feb 28 or 29); then the days.
 *
 * @throws TypeError or RangeError for an invalid date or duration.
 * @example addDuration(new Date('2024-01-31'), parseDuration('P1M')) // Feb 29
 */
export function addDuration(start: Date, duration: Duration): Date {
  const from = readDate(start, 'start');
  const { years, months, days } = readDurationObject(duration, 'duration');

  const totalMonths = from.getUTCMonth() + 12 * years + months;
  const year = from.getUTCFullYear() + Math.floor(totalMonths / 12);
  const month = totalMonths % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

  const result = new Date(from);
  result.setUTCFullYear(year, month, Math.min(from.getUTCDate(), lastDay));
  result.setUTCDate(result.getUTCDate() + days);
  return result;
}

/**
 * Validates retention rules, one per data category.
 *
 * @throws TypeError for a wrong type; RangeError for an unknown trigger, a
 *   malformed duration or a category that has two rules.
 * @example createRetentionSchedule([{ category, trigger, duration: 'P6M' }])
 */
export function createRetentionSchedule(
  rules: readonly RetentionRule[],
): RetentionSchedule {
  readArray(rules, 'rules');
  const parsed = new Map<string, ScheduledRule>();

  rules.forEach((rule, i) => {
    const where = `rules[${i}]`;
    readObject(rule, where);
    readName(rule.category, `${where}.category`);
    readTrigger(rule.trigger, `${where}.trigger`);
    if (rule.basis !== undefined) readText(rule.basis, `${where}.basis`);
    if (parsed.has(rule.category)) {
      throw new RangeError(
        `${where}.category: ${quote(rule.category)} already has a rule`,
      );
    }
    const duration =
      typeof rule.duration === 'object'
        ? readDurationObject(rule.duration, `${where}.duration`)
        : readIsoDuration(rule.duration, `${where}.duration`);
    const { category, trigger, basis } = rule;
    parsed.set(category, Object.freeze({ category, trigger, duration, basis }));
  });
  const schedule = Object.freeze({ rules: parsed });
  schedules.add(schedule);
  return schedule;
}

/**
 * Decides whether one record may be deleted now, and why (not).
 *
 * @param holds Legal holds; a held record is never due.
 * @throws TypeError or RangeError for malformed arguments.
 * @example decideRetention(schedule, record, new Date()).reason // 'expired'
 */
export function decideRetention(
  schedule: RetentionSchedule,
  record: DataRecord,
  now: Date,
  holds?: LegalHoldRegister,
): RetentionDecision {
  readSchedule(schedule);
  readRecord(record, 'record');
  readDate(now, 'now');
  readHolds(holds, 'holds');
  const base = { recordId: record.id, category: record.category };

  const hold = holds?.holdsOn(record)[0];
  if (hold) {
    return { ...base, due: false, reason: 'legal_hold', holdId: hold.id };
  }
  const rule = schedule.rules.get(record.category);
  if (!rule) return { ...base, due: false, reason: 'no_rule' };

  const event = record.dates[rule.trigger];
  if (event === undefined) {
    return {
      ...base,
      due: false,
      reason: 'awaiting_trigger',
      basis: rule.basis,
    };
  }
  const start = readDate(event, `record.dates.${rule.trigger}`);
  const deleteFrom = addDuration(start, rule.duration);
  const due = now.getTime() >= deleteFrom.getTime();
  return {
    ...base,
    due,
    reason: due ? 'expired' : 'retention_running',
    deleteFrom: deleteFrom.toISOString(),
    basis: rule.basis,
  };
}

/**
 * Lists the records whose retention period has run out and that no legal
 * hold keeps.
 *
 * @throws TypeError or RangeError for malformed arguments.
 * @example dueForDeletion(schedule, records, new Date()).map((d) => d.recordId)
 */
export function dueForDeletion(
  schedule: RetentionSchedule,
  records: readonly DataRecord[],
  now: Date,
  options: { holds?: LegalHoldRegister } = {},
): RetentionDecision[] {
  readSchedule(schedule);
  readArray(records, 'records');
  readDate(now, 'now');
  const holds = readHoldsOption(options);
  return records
    .map((record) => decideRetention(schedule, record, now, holds))
    .filter((decision) => decision.due);
}

/**
 * Removes from a store every record that is due, and reports what it
 * removed and what it kept, with the reason for each.
 *
 * Every record is decided before the first is removed, so a malformed
 * record stops the purge before it has changed anything.
 *
 * @throws TypeError or RangeError for malformed arguments or records.
 * @example purge(store, schedule, new Date()).removed.length // 2
 */
export function purge(
  store: RecordStore,
  schedule: RetentionSchedule,
  now: Date,
  options: { holds?: LegalHoldRegister } = {},
): { removed: RetentionDecision[]; kept: RetentionDecision[] } {
  readStore(store);
  readSchedule(schedule);
  readDate(now, 'now');
  const holds = readHoldsOption(options);
  const decisions = store
    .list()
    .map((record) => decideRetention(schedule, record, now, holds));

  const removed = decisions.filter((d) => d.due);
  for (const decision of removed) store.remove(decision.recordId);
  return { removed, kept: decisions.filter((d) => !d.due) };
}

/**
 * An in-memory record store, for lessons and tests.
 *
 * @throws TypeError or RangeError for malformed records or duplicate ids.
 * @example createRecordStore([record]).list().length // 1
 */
export function createRecordStore(
  records: readonly DataRecord[] = [],
): RecordStore {
  readArray(records, 'records');
  const byId = new Map<string, DataRecord>();
  records.forEach((record, i) => {
    readRecord(record, `records[${i}]`);
    if (byId.has(record.id)) {
      throw new RangeError(`records[${i}].id: ${quote(record.id)} is taken`);
    }
    byId.set(record.id, record);
  });

  return Object.freeze({
    list: () => [...byId.values()],
    remove(recordId: string) {
      readText(recordId, 'recordId');
      byId.delete(recordId);
    },
  });
}

// --- Legal holds ---------------------------------------------------------

/**
 * Creates an empty register of legal holds. A hold covers one record
 * (`{ recordId }`) or all of a subject's records (`{ subjectId }`) until it
 * is released; while it stands, no purge or erasure removes them.
 *
 * @example holds.placeLegalHold({ subjectId: 's-1' }, 'case 2025-17')
 */
export function createLegalHoldRegister(): LegalHoldRegister {
  const holds = new Map<string, LegalHold>();
  let counter = 0;

  function placeLegalHold(target: LegalHold['target'], reason: string) {
    const readTarget = readHoldTarget(target);
    readText(reason, 'reason');
    const hold = Object.freeze({
      id: `hold-${++counter}`,
      target: readTarget,
      reason,
    });
    holds.set(hold.id, hold);
    return hold;
  }

  function releaseLegalHold(holdId: string) {
    readText(holdId, 'holdId');
    if (!holds.delete(holdId)) {
      throw new RangeError(`holdId: no hold ${quote(holdId)} is in force`);
    }
  }

  function holdsOn(record: DataRecord) {
    readRecord(record, 'record');
    return [...holds.values()].filter(({ target }) =>
      'recordId' in target
        ? target.recordId === record.id
        : target.subjectId === record.subjectId,
    );
  }

  return Object.freeze({ placeLegalHold, releaseLegalHold, holdsOn });
}

// --- Erasure requests ----------------------------------------------------

/**
 * The last day to answer a request: one month after receipt (GDPR Art.
 * 12(3)), or two further months when extended. A month ends on the same
 * date of the next month, or on its last day if it has no such date
 * (Regulation 1182/71 Art. 3(2)(c)): Jan 31 gives Feb 28, or 29.
 *
 * The extension is added to the first deadline, not to the receipt: Jan 31
 * gives Apr 28, not Apr 30. The earlier reading is never late. Weekends
 * and public holidays, which may move a deadline later (Art. 3(4)), are
 * not applied: they differ from one member state to another.
 *
 * @returns The deadline as YYYY-MM-DD, in UTC.
 * @throws TypeError or RangeError for an invalid date.
 * @example erasureDeadline('2025-01-31') // '2025-02-28'
 */
export function erasureDeadline(
  receivedAt: string | Date,
  options: { extended?: boolean } = {},
): string {
  const received = readDate(receivedAt, 'receivedAt');
  readObject(options, 'options');
  const extended = options.extended ?? false;
  if (typeof extended !== 'boolean') {
    throw new TypeError(
      `options.extended: expected a boolean, got ${describe(extended)}`,
    );
  }

  const oneMonth = { years: 0, months: 1, days: 0 };
  let deadline = addDuration(received, oneMonth);
  if (extended) deadline = addDuration(deadline, { ...oneMonth, months: 2 });
  return deadline.toISOString().slice(0, 10);
}

/**
 * Decides, for each of the subject's records, whether it is erased or kept
 * under an exception of GDPR Art. 17(3). A legal hold keeps a record under
 * (e), legal claims. Records of other subjects are left out.
 *
 * @param options.exceptions Per data category, the exception that applies.
 * @param options.holds Legal holds in force.
 * @throws TypeError or RangeError for malformed arguments or an unknown
 *   exception.
 * @example handleErasureRequest(request, records, { exceptions }).erase
 */
export function handleErasureRequest(
  request: ErasureRequest,
  records: readonly DataRecord[],
  options: {
    exceptions?: Readonly<Record<string, ErasureException>>;
    holds?: LegalHoldRegister;
  } = {},
): ErasureOutcome {
  readObject(request, 'request');
  readText(request.subjectId, 'request.subjectId');
  const deadline = erasureDeadline(request.receivedAt, {
    extended: request.extended,
  });
  readArray(records, 'records');
  const holds = readHoldsOption(options);
  const exceptions = readExceptions(options.exceptions);

  const erase: string[] = [];
  const retain: ErasureOutcome['retain'][number][] = [];
  records.forEach((record, i) => {
    readRecord(record, `records[${i}]`);
    if (record.subjectId !== request.subjectId) return;

    const { id: recordId, category } = record;
    const hold = holds?.holdsOn(record)[0];
    const exception = hold ? 'legal_claims' : exceptions.get(category);
    if (exception === undefined) {
      erase.push(recordId);
    } else {
      const article = ERASURE_EXCEPTIONS[exception];
      retain.push({ recordId, category, exception, article, holdId: hold?.id });
    }
  });
  return { subjectId: request.subjectId, deadline, erase, retain };
}

// --- Crypto-shredding ----------------------------------------------------

/**
 * Creates an in-memory store of per-subject keys. Shredding zeroes the key
 * and forgets it; every ciphertext made under it, in any copy or backup,
 * is then unreadable (NIST SP 800-88 Rev. 1 §2.6, cryptographic erase).
 *
 * This holds only if the key itself was never copied: back up this store
 * and the backup must be shredded too. And only data that was always
 * stored encrypted is erased; a plaintext copy made on the way stays.
 * JavaScript cannot promise that no copy of a key is left in memory.
 *
 * @example createSubjectKeyStore().keyFor('subject-1').length // 32
 */
export function createSubjectKeyStore(): SubjectKeyStore {
  const keys = new Map<string, Uint8Array>();

  function keyFor(subjectId: string): Uint8Array {
    readText(subjectId, 'subjectId');
    let key = keys.get(subjectId);
    if (key === undefined) {
      key = generateKey();
      keys.set(subjectId, key);
    }
    return key;
  }

  function findKey(subjectId: string): Uint8Array | undefined {
    readText(subjectId, 'subjectId');
    return keys.get(subjectId);
  }

  function shred(subjectId: string): boolean {
    const key = findKey(subjectId);
    if (key === undefined) return false;
    key.fill(0); // anyone holding this array now holds zeros
    return keys.delete(subjectId);
  }

  return Object.freeze({ keyFor, findKey, shred });
}

/**
 * Encrypts a value under its subject's key. The subject id is bound as
 * associated data, so the ciphertext cannot pass as another subject's.
 *
 * @throws TypeError or RangeError for malformed arguments.
 * @example encryptForSubject(keys, 'subject-1', 'ada@example.com')
 */
export function encryptForSubject(
  keys: SubjectKeyStore,
  subjectId: string,
  plaintext: string,
): Uint8Array {
  readKeyStore(keys);
  readText(subjectId, 'subjectId');
  readString(plaintext, 'plaintext');
  return encrypt(keys.keyFor(subjectId), plaintext, subjectAd(subjectId));
}

/**
 * Decrypts a value made by `encryptForSubject`.
 *
 * @throws MissingKeyError if the subject's key was shredded;
 *   DecryptionError (from ./encryption.ts) if the envelope is not
 *   authentic, or belongs to another subject or an older key.
 * @example decryptForSubject(keys, 'subject-1', envelope) // 'ada@example.com'
 */
export function decryptForSubject(
  keys: SubjectKeyStore,
  subjectId: string,
  envelope: Uint8Array,
): string {
  readKeyStore(keys);
  if (!(envelope instanceof Uint8Array)) {
    throw new TypeError(
      `envelope: expected a Uint8Array, got ${describe(envelope)}`,
    );
  }
  const key = keys.findKey(subjectId);
  if (key === undefined) throw new MissingKeyError();
  return decryptText(key, envelope, subjectAd(subjectId));
}

function subjectAd(subjectId: string): string {
  return `subject:${subjectId}`;
}

// --- Input checks --------------------------------------------------------

function readDurationObject(value: unknown, argument: string): Duration {
  readObject(value, argument);
  const parts = value as Record<string, unknown>;
  for (const key of Object.keys(parts)) {
    if (!['years', 'months', 'days'].includes(key)) {
      throw new TypeError(
        `${argument}: unexpected field ${quote(key)}; ` +
          'expected years, months and days',
      );
    }
  }
  const { years = 0, months = 0, days = 0 } = parts;
  for (const [key, n] of Object.entries({ years, months, days })) {
    if (typeof n !== 'number') {
      throw new TypeError(
        `${argument}.${key}: expected a number, got ${describe(n)}`,
      );
    }
    if (!Number.isInteger(n) || n < 0 || n > 99_999) {
      throw new RangeError(
        `${argument}.${key}: expected a whole number from 0 to 99999, got ${n}`,
      );
    }
  }
  return { years, months, days } as Duration;
}

// A Date, or an ISO 8601 date (YYYY-MM-DD, optionally with a time).
function readDate(value: unknown, argument: string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new RangeError(
        `${argument}: expected a valid Date, got Invalid Date`,
      );
    }
    return value;
  }
  if (typeof value !== 'string') {
    throw new TypeError(
      `${argument}: expected a Date or an ISO 8601 date string, ` +
        `got ${describe(value)}`,
    );
  }
  const day = DAY.exec(value);
  const date = new Date(value);
  // Date.UTC rolls 2025-02-30 over to March 2; a real day survives.
  const exists =
    day !== null &&
    TIME.test(value.slice(10)) &&
    new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!))
      .toISOString()
      .startsWith(day[0]);
  if (!exists || Number.isNaN(date.getTime())) {
    throw new RangeError(
      `${argument}: expected an ISO 8601 date such as "2025-01-31", ` +
        `got ${quote(value)}`,
    );
  }
  return date;
}

function readRecord(record: unknown, argument: string): void {
  readObject(record, argument);
  const { id, subjectId, category, dates } = record as DataRecord;
  readText(id, `${argument}.id`);
  readText(subjectId, `${argument}.subjectId`);
  readName(category, `${argument}.category`);
  readObject(dates, `${argument}.dates`);
}

function readSchedule(schedule: unknown): void {
  if (!schedules.has(schedule as RetentionSchedule)) {
    throw new TypeError(
      'schedule: expected a schedule made by createRetentionSchedule, ' +
        `got ${describe(schedule)}`,
    );
  }
}

function readStore(store: unknown): void {
  readObject(store, 'store');
  const { list, remove } = store as RecordStore;
  if (typeof list !== 'function' || typeof remove !== 'function') {
    throw new TypeError('store: expected an object with list() and remove()');
  }
}

function readKeyStore(keys: unknown): void {
  readObject(keys, 'keys');
  const { keyFor, findKey } = keys as SubjectKeyStore;
  if (typeof keyFor !== 'function' || typeof findKey !== 'function') {
    throw new TypeError('keys: expected a store from createSubjectKeyStore');
  }
}

function readHoldsOption(options: {
  holds?: LegalHoldRegister;
}): LegalHoldRegister | undefined {
  readObject(options, 'options');
  readHolds(options.holds, 'options.holds');
  return options.holds;
}

function readHolds(holds: unknown, argument: string): void {
  if (holds === undefined) return;
  if (typeof (holds as LegalHoldRegister | null)?.holdsOn !== 'function') {
    throw new TypeError(
      `${argument}: expected a register from createLegalHoldRegister, ` +
        `got ${describe(holds)}`,
    );
  }
}

function readHoldTarget(target: unknown): LegalHold['target'] {
  readObject(target, 'target');
  const { recordId, subjectId } = target as Record<string, unknown>;
  const keys = Object.keys(target as object);
  if (
    keys.length !== 1 ||
    (recordId === undefined) === (subjectId === undefined)
  ) {
    throw new TypeError(
      'target: expected { subjectId } or { recordId }, ' +
        `got fields ${keys.join(', ') || 'none'}`,
    );
  }
  if (recordId !== undefined) {
    readText(recordId, 'target.recordId');
    return Object.freeze({ recordId: recordId as string });
  }
  readText(subjectId, 'target.subjectId');
  return Object.freeze({ subjectId: subjectId as string });
}

function readExceptions(
  exceptions: unknown,
): ReadonlyMap<string, ErasureException> {
  const result = new Map<string, ErasureException>();
  if (exceptions === undefined) return result;
  readObject(exceptions, 'options.exceptions');

  // Own keys only, and values checked against the list: a category named
  // "constructor" is a category like any other.
  for (const [category, exception] of Object.entries(exceptions as object)) {
    const where = `options.exceptions.${category}`;
    if (!Object.hasOwn(ERASURE_EXCEPTIONS, exception as string)) {
      const allowed = Object.keys(ERASURE_EXCEPTIONS).join(', ');
      throw new RangeError(
        `${where}: expected one of ${allowed}, got ${quoteAny(exception)}`,
      );
    }
    result.set(category, exception as ErasureException);
  }
  return result;
}

function readTrigger(value: unknown, argument: string): void {
  readString(value, argument);
  if (!(RETENTION_TRIGGERS as readonly string[]).includes(value as string)) {
    throw new RangeError(
      `${argument}: expected one of ${RETENTION_TRIGGERS.join(', ')}, ` +
        `got ${quote(value as string)}`,
    );
  }
}

function readName(value: unknown, argument: string): void {
  readString(value, argument);
  if (!NAME.test(value as string)) {
    throw new RangeError(
      `${argument}: expected a name of letters, digits, "_" or "-", ` +
        `got ${quote(value as string)}`,
    );
  }
}

function readText(value: unknown, argument: string): void {
  readString(value, argument);
  const { length } = value as string;
  if (length === 0 || length > MAX_TEXT_LENGTH) {
    throw new RangeError(
      `${argument}: expected 1 to ${MAX_TEXT_LENGTH} characters, got ${length}`,
    );
  }
}

function readString(value: unknown, argument: string): void {
  if (typeof value !== 'string') {
    throw new TypeError(
      `${argument}: expected a string, got ${describe(value)}`,
    );
  }
}

function readArray(value: unknown, argument: string): void {
  if (!Array.isArray(value)) {
    throw new TypeError(
      `${argument}: expected an array, got ${describe(value)}`,
    );
  }
}

function readObject(value: unknown, argument: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `${argument}: expected an object, got ${describe(value)}`,
    );
  }
}

function quoteAny(value: unknown): string {
  return typeof value === 'string' ? quote(value) : describe(value);
}

function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Uint8Array)
    return `Uint8Array of length ${value.length}`;
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
