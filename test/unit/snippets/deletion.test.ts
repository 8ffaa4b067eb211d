import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDuration,
  createLegalHoldRegister,
  createRecordStore,
  createRetentionSchedule,
  createSubjectKeyStore,
  decideRetention,
  decryptForSubject,
  dueForDeletion,
  encryptForSubject,
  ERASURE_EXCEPTIONS,
  erasureDeadline,
  handleErasureRequest,
  MissingKeyError,
  parseDuration,
  purge,
  type DataRecord,
  type RecordStore,
} from '../../../snippets/deletion.ts';
import { DecryptionError, decryptText } from '../../../snippets/encryption.ts';
import {
  emptyString,
  expectArgumentError,
  hugeString,
  notArrays,
  notBytes,
  notObjects,
  notStrings,
} from '../../support/wrong-inputs.ts';

const schedule = createRetentionSchedule([
  {
    category: 'invoice',
    trigger: 'collected',
    duration: 'P10Y',
    basis: 'tax law: ten years',
  },
  { category: 'contract', trigger: 'contract_end', duration: 'P6Y' },
  { category: 'newsletter', trigger: 'last_activity', duration: 'P2Y' },
  { category: 'application', trigger: 'collected', duration: { months: 6 } },
]);

function record(
  id: string,
  category: string,
  dates: DataRecord['dates'],
  subjectId = 's-ada',
): DataRecord {
  return { id, subjectId, category, dates };
}

const records = [
  record('inv-1', 'invoice', { collected: '2014-03-01' }),
  record('inv-2', 'invoice', { collected: '2020-03-01' }),
  record('con-1', 'contract', { collected: '2010-01-01' }),
  record('con-2', 'contract', {
    collected: '2010-01-01',
    contract_end: '2020-06-30',
  }),
  record('news-1', 'newsletter', { last_activity: '2022-01-15T08:00:00Z' }),
  record('cv-1', 'application', { collected: '2024-08-31' }, 's-bob'),
  record('misc-1', 'notes', { collected: '2001-01-01' }, 's-bob'),
];

const now = new Date('2025-03-01T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('parseDuration', () => {
  test.each([
    ['P6Y', { years: 6, months: 0, days: 0 }],
    ['P1Y6M', { years: 1, months: 6, days: 0 }],
    ['P18M', { years: 0, months: 18, days: 0 }],
    ['P30D', { years: 0, months: 0, days: 30 }],
    ['P1Y2M3D', { years: 1, months: 2, days: 3 }],
    ['P2W', { years: 0, months: 0, days: 14 }],
    ['P0D', { years: 0, months: 0, days: 0 }],
  ])('reads %s', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  test.each([
    'P',
    '6Y',
    'p6y',
    'P6y',
    'P1.5Y',
    'P1,5Y',
    'P-1Y',
    '-P1Y',
    'P1D1Y',
    'P1Y2W',
    'P1W2D',
    'P1YT1H',
    ' P1Y',
    'P1Y ',
    'P12345Y',
    'PY',
    emptyString,
  ])('refuses %j', (text) => {
    expectArgumentError(() => parseDuration(text), RangeError, 'duration');
  });

  test('explains that hours and less are not allowed', () => {
    expect(() => parseDuration('PT24H')).toThrow(
      new RangeError(
        'duration: expected an ISO 8601 duration in years, months, weeks ' +
          'or days such as "P6Y", "P1Y6M" or "P30D", got "PT24H"; ' +
          'hours and less are not allowed',
      ),
    );
  });

  test('reads back any duration it could have written', () => {
    const part = fc.nat(9999);
    fc.assert(
      fc.property(part, part, fc.nat(99_999), (years, months, days) => {
        expect(parseDuration(`P${years}Y${months}M${days}D`)).toEqual({
          years,
          months,
          days,
        });
      }),
    );
  });
});

describe('addDuration', () => {
  const months = (n: number) => ({ years: 0, months: n, days: 0 });

  test.each([
    ['2024-01-31', months(1), '2024-02-29'],
    ['2025-01-31', months(1), '2025-02-28'],
    ['2025-03-31', months(1), '2025-04-30'],
    ['2025-12-15', months(1), '2026-01-15'],
    ['2025-01-31', months(13), '2026-02-28'],
    ['2024-02-29', { years: 1, months: 0, days: 0 }, '2025-02-28'],
    ['2024-02-29', { years: 4, months: 0, days: 0 }, '2028-02-29'],
    ['2019-03-01', { years: 6, months: 0, days: 0 }, '2025-03-01'],
    ['2024-01-31', { years: 0, months: 1, days: 1 }, '2024-03-01'],
    ['2024-12-31', { years: 0, months: 0, days: 1 }, '2025-01-01'],
  ])('adds to %s %o and gives %s', (start, duration, expected) => {
    expect(addDuration(day(start), duration)).toEqual(day(expected));
  });

  test('keeps the time of day', () => {
    const start = new Date('2024-01-31T15:30:00.250Z');
    expect(addDuration(start, months(1)).toISOString()).toBe('2024-02-29T15:30:00.250Z');
  });

  test('does not change the start date', () => {
    const start = day('2024-01-31');
    addDuration(start, months(1));
    expect(start).toEqual(day('2024-01-31'));
  });

  test('keeps the day of the month, or the last day of a shorter month', () => {
    const date = fc.date({
      min: new Date('1970-01-01'),
      max: new Date('2200-01-01'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, fc.nat(1200), (start, n) => {
        const end = addDuration(start, months(n));
        const lastDay = new Date(
          Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0),
        ).getUTCDate();
        expect(end.getUTCDate()).toBe(Math.min(start.getUTCDate(), lastDay));
        expect(
          end.getUTCFullYear() * 12 +
            end.getUTCMonth() -
            (start.getUTCFullYear() * 12 + start.getUTCMonth()),
        ).toBe(n);
        expect(addDuration(start, { years: 1, months: 0, days: 0 })).toEqual(
          addDuration(start, months(12)),
        );
      }),
    );
  });
});

describe('createRetentionSchedule', () => {
  test('parses each rule and keeps its basis', () => {
    expect(schedule.rules.get('invoice')).toEqual({
      category: 'invoice',
      trigger: 'collected',
      duration: { years: 10, months: 0, days: 0 },
      basis: 'tax law: ten years',
    });
    expect(schedule.rules.get('application')?.duration).toEqual({
      years: 0,
      months: 6,
      days: 0,
    });
  });

  test('refuses a second rule for one category', () => {
    const rule = { category: 'cv', trigger: 'collected', duration: 'P6M' };
    expect(() => createRetentionSchedule([rule, { ...rule, duration: 'P1Y' }] as never)).toThrow(
      new RangeError('rules[1].category: "cv" already has a rule'),
    );
  });

  test('refuses an unknown trigger and lists the known ones', () => {
    expect(() =>
      createRetentionSchedule([{ category: 'cv', trigger: 'hired' as never, duration: 'P6M' }]),
    ).toThrow(
      new RangeError(
        'rules[0].trigger: expected one of collected, contract_end, ' +
          'last_activity, got "hired"',
      ),
    );
  });

  test('names the rule whose duration is malformed', () => {
    expectArgumentError(
      () =>
        createRetentionSchedule([{ category: 'cv', trigger: 'collected', duration: 'six months' }]),
      RangeError,
      'rules[0].duration',
    );
  });

  test.each([
    [{ weeks: 2 }, TypeError, 'rules[0].duration'],
    [{ years: -1 }, RangeError, 'rules[0].duration.years'],
    [{ months: 1.5 }, RangeError, 'rules[0].duration.months'],
    [{ days: '3' }, TypeError, 'rules[0].duration.days'],
    [null, TypeError, 'rules[0].duration'],
  ])('refuses the duration %o', (duration, errorClass, argument) => {
    expectArgumentError(
      () =>
        createRetentionSchedule([
          { category: 'cv', trigger: 'collected', duration: duration as never },
        ]),
      errorClass,
      argument,
    );
  });

  test('keeps rules in a Map, so prototype names are plain categories', () => {
    const tricky = createRetentionSchedule([
      { category: 'constructor', trigger: 'collected', duration: 'P1D' },
    ]);
    expect([...tricky.rules.keys()]).toEqual(['constructor']);
    const toString = record('r', 'toString', { collected: '2000-01-01' });
    expect(decideRetention(tricky, toString, now).reason).toBe('no_rule');
  });
});

describe('decideRetention', () => {
  const invoice = record('inv', 'invoice', { collected: '2015-03-01' });

  test('makes a record due on the day its period ends', () => {
    expect(decideRetention(schedule, invoice, now)).toEqual({
      recordId: 'inv',
      category: 'invoice',
      due: true,
      reason: 'expired',
      deleteFrom: '2025-03-01T00:00:00.000Z',
      basis: 'tax law: ten years',
    });
  });

  test('keeps it one millisecond earlier, and says until when', () => {
    const earlier = new Date(now.getTime() - 1);
    expect(decideRetention(schedule, invoice, earlier)).toMatchObject({
      due: false,
      reason: 'retention_running',
      deleteFrom: '2025-03-01T00:00:00.000Z',
    });
  });

  test('counts from the rule’s trigger, not from collection', () => {
    expect(decideRetention(schedule, records[3]!, now)).toMatchObject({
      due: false,
      reason: 'retention_running',
      deleteFrom: '2026-06-30T00:00:00.000Z',
    });
  });

  test('keeps a record whose trigger has not happened yet', () => {
    expect(decideRetention(schedule, records[2]!, now)).toEqual({
      recordId: 'con-1',
      category: 'contract',
      due: false,
      reason: 'awaiting_trigger',
      basis: undefined,
    });
  });

  test('keeps a record of a category that has no rule', () => {
    expect(decideRetention(schedule, records[6]!, now)).toEqual({
      recordId: 'misc-1',
      category: 'notes',
      due: false,
      reason: 'no_rule',
    });
  });

  test('keeps a record under a legal hold until the hold is released', () => {
    const holds = createLegalHoldRegister();
    const hold = holds.placeLegalHold({ subjectId: 's-ada' }, 'case 2025-17');
    expect(decideRetention(schedule, invoice, now, holds)).toEqual({
      recordId: 'inv',
      category: 'invoice',
      due: false,
      reason: 'legal_hold',
      holdId: hold.id,
    });
    holds.releaseLegalHold(hold.id);
    expect(decideRetention(schedule, invoice, now, holds).due).toBe(true);
  });

  test.each([
    '2015-02-30',
    '2015-13-01',
    '2015-3-1',
    '2015-03-01T10:00',
    '2015-03-01 10:00:00Z',
    '01/03/2015',
    'yesterday',
  ])('refuses the trigger date %j and names it', (collected) => {
    expectArgumentError(
      () => decideRetention(schedule, record('r', 'invoice', { collected }), now),
      RangeError,
      'record.dates.collected',
    );
  });

  test.each([
    ['2015-03-01T10:00:00Z', '2025-03-01T10:00:00.000Z'],
    ['2015-03-01T10:00:00.5+02:00', '2025-03-01T08:00:00.500Z'],
  ])('reads the timestamp %s', (collected, deleteFrom) => {
    const r = record('r', 'invoice', { collected });
    expect(decideRetention(schedule, r, now).deleteFrom).toBe(deleteFrom);
  });

  test('accepts a Date as the trigger date', () => {
    const r = record('r', 'invoice', { collected: day('2015-03-01') });
    expect(decideRetention(schedule, r, now).due).toBe(true);
  });
});

describe('dueForDeletion', () => {
  test('lists only the records that are due', () => {
    expect(dueForDeletion(schedule, records, now).map((d) => d.recordId)).toEqual([
      'inv-1',
      'news-1',
      'cv-1',
    ]);
  });

  test('leaves out records under a legal hold', () => {
    const holds = createLegalHoldRegister();
    holds.placeLegalHold({ recordId: 'news-1' }, 'complaint 4');
    expect(dueForDeletion(schedule, records, now, { holds }).map((d) => d.recordId)).toEqual([
      'inv-1',
      'cv-1',
    ]);
  });
});

describe('purge', () => {
  test('removes what is due and reports what it kept and why', () => {
    const store = createRecordStore(records);
    const holds = createLegalHoldRegister();
    holds.placeLegalHold({ subjectId: 's-bob' }, 'case 9');
    const report = purge(store, schedule, now, { holds });

    expect(report.removed.map((d) => d.recordId)).toEqual(['inv-1', 'news-1']);
    expect(report.kept.map((d) => [d.recordId, d.reason])).toEqual([
      ['inv-2', 'retention_running'],
      ['con-1', 'awaiting_trigger'],
      ['con-2', 'retention_running'],
      ['cv-1', 'legal_hold'],
      ['misc-1', 'legal_hold'],
    ]);
    expect(store.list().map((r) => r.id)).toEqual(['inv-2', 'con-1', 'con-2', 'cv-1', 'misc-1']);
  });

  test('removes nothing more when run again at the same moment', () => {
    const store = createRecordStore(records);
    purge(store, schedule, now);
    expect(purge(store, schedule, now).removed).toEqual([]);
  });

  test('works with any store that can list and remove', () => {
    const removed: string[] = [];
    const store: RecordStore = {
      list: () => records,
      remove: (id) => void removed.push(id),
    };
    purge(store, schedule, now);
    expect(removed).toEqual(['inv-1', 'news-1', 'cv-1']);
  });

  test('removes nothing if any record is malformed', () => {
    const removed: string[] = [];
    const bad = record('bad', 'invoice', { collected: 'soon' });
    const store: RecordStore = {
      list: () => [...records, bad],
      remove: (id) => void removed.push(id),
    };
    expect(() => purge(store, schedule, now)).toThrow(RangeError);
    expect(removed).toEqual([]);
  });
});

describe('createRecordStore', () => {
  test('lists copies and removes by id', () => {
    const store = createRecordStore(records.slice(0, 2));
    (store.list() as DataRecord[]).pop();
    expect(store.list()).toHaveLength(2);
    store.remove('inv-1');
    store.remove('no-such-record');
    expect(store.list().map((r) => r.id)).toEqual(['inv-2']);
  });

  test('refuses two records with one id', () => {
    expect(() => createRecordStore([records[0]!, records[0]!])).toThrow(
      new RangeError('records[1].id: "inv-1" is taken'),
    );
  });
});

describe('createLegalHoldRegister', () => {
  test('places holds on a subject or a record', () => {
    const holds = createLegalHoldRegister();
    const a = holds.placeLegalHold({ subjectId: 's-ada' }, 'case 1');
    const b = holds.placeLegalHold({ recordId: 'cv-1' }, 'case 2');
    expect(a).toEqual({ id: 'hold-1', target: { subjectId: 's-ada' }, reason: 'case 1' });
    expect(holds.holdsOn(records[0]!)).toEqual([a]);
    expect(holds.holdsOn(records[5]!)).toEqual([b]);
    expect(holds.holdsOn(records[6]!)).toEqual([]);
  });

  test('refuses to release a hold that is not in force', () => {
    const holds = createLegalHoldRegister();
    const hold = holds.placeLegalHold({ recordId: 'x' }, 'case 1');
    holds.releaseLegalHold(hold.id);
    expect(() => holds.releaseLegalHold(hold.id)).toThrow(
      new RangeError('holdId: no hold "hold-1" is in force'),
    );
  });

  test.each([{}, { subjectId: 'a', recordId: 'b' }, { person: 'a' }])(
    'refuses the target %o',
    (target) => {
      expectArgumentError(
        () => createLegalHoldRegister().placeLegalHold(target as never, 'x'),
        TypeError,
        'target',
      );
    },
  );
});

describe('erasureDeadline', () => {
  test.each([
    ['2025-01-15', '2025-02-15'],
    ['2025-01-31', '2025-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2025-03-31', '2025-04-30'],
    ['2025-12-31', '2026-01-31'],
    ['2025-01-31T23:59:59Z', '2025-02-28'],
  ])('gives one month from %s: %s', (received, deadline) => {
    expect(erasureDeadline(received)).toBe(deadline);
  });

  test.each([
    ['2025-01-15', '2025-04-15'],
    ['2025-01-31', '2025-04-28'],
    ['2024-11-30', '2025-02-28'],
  ])('adds two further months to the deadline from %s: %s', (received, deadline) => {
    expect(erasureDeadline(received, { extended: true })).toBe(deadline);
  });

  test('accepts a Date', () => {
    expect(erasureDeadline(day('2024-01-31'))).toBe('2024-02-29');
  });

  test('falls within 28 to 31 days, or 87 to 92 when extended', () => {
    const date = fc.date({
      min: new Date('2000-01-01'),
      max: new Date('2100-01-01'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, (received) => {
        const start = Date.UTC(
          received.getUTCFullYear(),
          received.getUTCMonth(),
          received.getUTCDate(),
        );
        const days = (iso: string) => (Date.parse(iso) - start) / 86_400_000;
        const plain = days(erasureDeadline(received));
        const extended = days(erasureDeadline(received, { extended: true }));
        expect(plain).toBeGreaterThanOrEqual(28);
        expect(plain).toBeLessThanOrEqual(31);
        expect(extended).toBeGreaterThanOrEqual(87);
        expect(extended).toBeLessThanOrEqual(92);
      }),
    );
  });
});

describe('handleErasureRequest', () => {
  const request = { subjectId: 's-ada', receivedAt: '2025-01-31' };

  test('erases every record of the subject when no exception applies', () => {
    expect(handleErasureRequest(request, records)).toEqual({
      subjectId: 's-ada',
      deadline: '2025-02-28',
      erase: ['inv-1', 'inv-2', 'con-1', 'con-2', 'news-1'],
      retain: [],
    });
  });

  test('keeps records of a category under its exception, with the article', () => {
    const outcome = handleErasureRequest(request, records, {
      exceptions: { invoice: 'legal_obligation' },
    });
    expect(outcome.erase).toEqual(['con-1', 'con-2', 'news-1']);
    expect(outcome.retain).toEqual([
      {
        recordId: 'inv-1',
        category: 'invoice',
        exception: 'legal_obligation',
        article: 'Art. 17(3)(b)',
        holdId: undefined,
      },
      {
        recordId: 'inv-2',
        category: 'invoice',
        exception: 'legal_obligation',
        article: 'Art. 17(3)(b)',
        holdId: undefined,
      },
    ]);
  });

  test('keeps a held record for legal claims', () => {
    const holds = createLegalHoldRegister();
    const hold = holds.placeLegalHold({ recordId: 'con-2' }, 'dispute');
    const outcome = handleErasureRequest(request, records, {
      holds,
      exceptions: { contract: 'archiving_research' },
    });
    expect(outcome.retain).toContainEqual({
      recordId: 'con-2',
      category: 'contract',
      exception: 'legal_claims',
      article: 'Art. 17(3)(e)',
      holdId: hold.id,
    });
    expect(outcome.retain.find((r) => r.recordId === 'con-1')?.exception).toBe(
      'archiving_research',
    );
  });

  test('gives the extended deadline when the request says so', () => {
    const outcome = handleErasureRequest({ ...request, extended: true }, []);
    expect(outcome.deadline).toBe('2025-04-28');
  });

  test('refuses an exception that Art. 17(3) does not list', () => {
    expect(() =>
      handleErasureRequest(request, records, {
        exceptions: { invoice: 'legitimate_interest' as never },
      }),
    ).toThrow(
      new RangeError(
        'options.exceptions.invoice: expected one of freedom_of_expression, ' +
          'legal_obligation, public_health, archiving_research, legal_claims, ' +
          'got "legitimate_interest"',
      ),
    );
  });

  test('reads exceptions from own keys only', () => {
    const own = JSON.parse('{"__proto__": "legal_claims"}');
    const r = [
      record('a', 'toString', { collected: '2020-01-01' }),
      record('b', '__proto__', { collected: '2020-01-01' }),
    ];
    const outcome = handleErasureRequest(request, r, { exceptions: own });
    expect(outcome.erase).toEqual(['a']);
    expect(outcome.retain.map((x) => x.recordId)).toEqual(['b']);
    expect(() =>
      handleErasureRequest(request, r, {
        exceptions: { constructor: 'valueOf' as never },
      }),
    ).toThrow(RangeError);
  });

  test('lists exactly the five exceptions of Art. 17(3)', () => {
    expect(ERASURE_EXCEPTIONS).toEqual({
      freedom_of_expression: 'Art. 17(3)(a)',
      legal_obligation: 'Art. 17(3)(b)',
      public_health: 'Art. 17(3)(c)',
      archiving_research: 'Art. 17(3)(d)',
      legal_claims: 'Art. 17(3)(e)',
    });
  });
});

describe('createSubjectKeyStore', () => {
  test('gives each subject one key of its own', () => {
    const keys = createSubjectKeyStore();
    const ada = keys.keyFor('s-ada');
    expect(ada).toHaveLength(32);
    expect(keys.keyFor('s-ada')).toBe(ada);
    expect(keys.keyFor('s-bob')).not.toEqual(ada);
    expect(keys.findKey('s-eve')).toBeUndefined();
  });

  test('zeroes and forgets a key when shredding it', () => {
    const keys = createSubjectKeyStore();
    const key = keys.keyFor('s-ada');
    expect(keys.shred('s-ada')).toBe(true);
    expect(key).toEqual(new Uint8Array(32));
    expect(keys.findKey('s-ada')).toBeUndefined();
    expect(keys.shred('s-ada')).toBe(false);
  });
});

describe('encryptForSubject and decryptForSubject', () => {
  test('round-trip any text', () => {
    const keys = createSubjectKeyStore();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const envelope = encryptForSubject(keys, 's-ada', text);
        expect(decryptForSubject(keys, 's-ada', envelope)).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  test('bind the ciphertext to its subject', () => {
    const keys = createSubjectKeyStore();
    const envelope = encryptForSubject(keys, 's-ada', 'ada@example.com');
    const key = keys.findKey('s-ada')!;
    expect(() => decryptText(key, envelope, 'subject:s-bob')).toThrow(DecryptionError);
    keys.keyFor('s-bob');
    expect(() => decryptForSubject(keys, 's-bob', envelope)).toThrow(DecryptionError);
  });

  test('leave a shredded subject’s old snapshot unreadable, others not', () => {
    const keys = createSubjectKeyStore();
    const live = {
      ada: ['ada@example.com', '+44 20 7946 0958'].map((v) => encryptForSubject(keys, 's-ada', v)),
      bob: [encryptForSubject(keys, 's-bob', 'bob@example.com')],
    };
    // A backup taken before the erasure: byte-for-byte copies.
    const snapshot = {
      ada: live.ada.map((e) => e.slice()),
      bob: live.bob.map((e) => e.slice()),
    };
    const adaKeyBefore = keys.findKey('s-ada')!;

    keys.shred('s-ada');

    for (const envelope of [...live.ada, ...snapshot.ada]) {
      expect(() => decryptForSubject(keys, 's-ada', envelope)).toThrow(MissingKeyError);
      // The array a caller kept holds zeros now, which open nothing.
      expect(() => decryptText(adaKeyBefore, envelope, 'subject:s-ada')).toThrow(DecryptionError);
    }
    // A returning subject gets a new key, which cannot open the old data.
    keys.keyFor('s-ada');
    expect(() => decryptForSubject(keys, 's-ada', snapshot.ada[0]!)).toThrow(DecryptionError);
    expect(decryptForSubject(keys, 's-bob', snapshot.bob[0]!)).toBe('bob@example.com');
  });

  test('say only that the key is missing', () => {
    expect(new MissingKeyError().message).toBe(
      'subjectId: no key for this subject; it was shredded or never made',
    );
  });
});

describe('wrong inputs', () => {
  const r = records[0]!;
  const holds = createLegalHoldRegister();
  const keys = createSubjectKeyStore();
  const store = createRecordStore([]);

  test('string arguments name themselves', () => {
    for (const bad of notStrings) {
      const s = bad as never;
      expectArgumentError(() => parseDuration(s), TypeError, 'duration');
      expectArgumentError(() => keys.keyFor(s), TypeError, 'subjectId');
      expectArgumentError(() => keys.findKey(s), TypeError, 'subjectId');
      expectArgumentError(() => keys.shred(s), TypeError, 'subjectId');
      expectArgumentError(() => encryptForSubject(keys, s, 'x'), TypeError, 'subjectId');
      expectArgumentError(() => encryptForSubject(keys, 'a', s), TypeError, 'plaintext');
      expectArgumentError(
        () => decryptForSubject(keys, s, new Uint8Array(60)),
        TypeError,
        'subjectId',
      );
      expectArgumentError(() => store.remove(s), TypeError, 'recordId');
      expectArgumentError(() => holds.releaseLegalHold(s), TypeError, 'holdId');
      expectArgumentError(() => holds.placeLegalHold({ subjectId: 'a' }, s), TypeError, 'reason');
    }
    for (const bad of [emptyString, hugeString]) {
      expectArgumentError(() => parseDuration(bad), RangeError, 'duration');
      expectArgumentError(() => keys.keyFor(bad), RangeError, 'subjectId');
      expectArgumentError(() => keys.shred(bad), RangeError, 'subjectId');
      expectArgumentError(
        () => holds.placeLegalHold({ recordId: bad }, 'x'),
        RangeError,
        'target.recordId',
      );
      expectArgumentError(
        () => holds.placeLegalHold({ subjectId: 'a' }, bad),
        RangeError,
        'reason',
      );
    }
  });

  test('decryptForSubject names a wrong envelope', () => {
    for (const bad of notBytes) {
      expectArgumentError(
        () => decryptForSubject(keys, 's-ada', bad as never),
        TypeError,
        'envelope',
      );
    }
  });

  test('object arguments name themselves', () => {
    for (const bad of notObjects) {
      const o = bad as never;
      expectArgumentError(() => addDuration(new Date(), o), TypeError, 'duration');
      expectArgumentError(() => decideRetention(o, r, now), TypeError, 'schedule');
      expectArgumentError(() => decideRetention(schedule, o, now), TypeError, 'record');
      expectArgumentError(() => purge(o, schedule, now), TypeError, 'store');
      expectArgumentError(() => purge(store, o, now), TypeError, 'schedule');
      expectArgumentError(() => holds.holdsOn(o), TypeError, 'record');
      expectArgumentError(() => holds.placeLegalHold(o, 'x'), TypeError, 'target');
      expectArgumentError(() => handleErasureRequest(o, []), TypeError, 'request');
      expectArgumentError(() => encryptForSubject(o, 'a', 'x'), TypeError, 'keys');
      expectArgumentError(() => decryptForSubject(o, 'a', new Uint8Array(60)), TypeError, 'keys');
      if (bad !== undefined) {
        expectArgumentError(() => dueForDeletion(schedule, [], now, o), TypeError, 'options');
        expectArgumentError(() => erasureDeadline('2025-01-01', o), TypeError, 'options');
        expectArgumentError(
          () =>
            handleErasureRequest({ subjectId: 'a', receivedAt: '2025-01-01' }, [], {
              exceptions: o,
            }),
          TypeError,
          'options.exceptions',
        );
      }
    }
    for (const bad of [null, 'holds', {}]) {
      const h = bad as never;
      expectArgumentError(
        () => purge(store, schedule, now, { holds: h }),
        TypeError,
        'options.holds',
      );
      expectArgumentError(() => decideRetention(schedule, r, now, h), TypeError, 'holds');
      expectArgumentError(
        () =>
          handleErasureRequest({ subjectId: 'a', receivedAt: now }, [], {
            holds: h,
          }),
        TypeError,
        'options.holds',
      );
    }
    for (const bad of notObjects) {
      expectArgumentError(() => dueForDeletion(bad as never, [], now), TypeError, 'schedule');
    }
    for (const bad of [...notStrings, emptyString, hugeString]) {
      const errorClass = typeof bad === 'string' ? RangeError : TypeError;
      expectArgumentError(
        () => handleErasureRequest({ subjectId: bad as never, receivedAt: now }, []),
        errorClass,
        'request.subjectId',
      );
    }
    expectArgumentError(
      () => decideRetention({ rules: new Map() } as never, r, now),
      TypeError,
      'schedule',
    );
  });

  test('array arguments name themselves', () => {
    for (const bad of notArrays) {
      const a = bad as never;
      if (bad !== undefined) {
        expectArgumentError(() => createRecordStore(a), TypeError, 'records');
      }
      expectArgumentError(() => createRetentionSchedule(a), TypeError, 'rules');
      expectArgumentError(() => dueForDeletion(schedule, a, now), TypeError, 'records');
      expectArgumentError(
        () => handleErasureRequest({ subjectId: 'a', receivedAt: now }, a),
        TypeError,
        'records',
      );
    }
  });

  test('dates name themselves: TypeError for a type, RangeError for a value', () => {
    const dates = [
      [null, TypeError],
      [42, TypeError],
      [{}, TypeError],
      [new Date(Number.NaN), RangeError],
      ['', RangeError],
      [hugeString, RangeError],
    ] as const;
    for (const [bad, errorClass] of dates) {
      const d = bad as never;
      expectArgumentError(() => addDuration(d, parseDuration('P1D')), errorClass, 'start');
      expectArgumentError(() => decideRetention(schedule, r, d), errorClass, 'now');
      expectArgumentError(() => purge(store, schedule, d), errorClass, 'now');
      expectArgumentError(() => erasureDeadline(d), errorClass, 'receivedAt');
    }
    expectArgumentError(
      () => erasureDeadline('2025-01-01', { extended: 'yes' as never }),
      TypeError,
      'options.extended',
    );
  });

  test('records name the field that is wrong', () => {
    const cases = [
      [{ ...r, id: 1 }, TypeError, 'record.id'],
      [{ ...r, subjectId: '' }, RangeError, 'record.subjectId'],
      [{ ...r, category: 'a b' }, RangeError, 'record.category'],
      [{ ...r, dates: null }, TypeError, 'record.dates'],
    ] as const;
    for (const [bad, errorClass, argument] of cases) {
      expectArgumentError(() => decideRetention(schedule, bad as never, now), errorClass, argument);
    }
    expectArgumentError(
      () => handleErasureRequest({ subjectId: 'a', receivedAt: now }, [null as never]),
      TypeError,
      'records[0]',
    );
  });

  test('rules name the field that is wrong', () => {
    const good = { category: 'cv', trigger: 'collected', duration: 'P1Y' };
    const cases = [
      [null, TypeError, 'rules[0]'],
      [{ ...good, category: 5 }, TypeError, 'rules[0].category'],
      [{ ...good, category: '' }, RangeError, 'rules[0].category'],
      [{ ...good, trigger: null }, TypeError, 'rules[0].trigger'],
      [{ ...good, duration: undefined }, TypeError, 'rules[0].duration'],
      [{ ...good, basis: 7 }, TypeError, 'rules[0].basis'],
    ] as const;
    for (const [bad, errorClass, argument] of cases) {
      expectArgumentError(() => createRetentionSchedule([bad as never]), errorClass, argument);
    }
  });
});
