import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import {
  EXAMPLE_PATIENTS,
  GENERALIZATION_LEVELS,
  PrivacyBudgetError,
  anonymize,
  countPrivately,
  createPrivacyBudget,
  equivalenceClasses,
  generalizeAge,
  generalizeDate,
  generalizeRows,
  generalizeZip,
  kAnonymity,
  lDiversity,
  sampleDiscreteLaplace,
  type QuasiIdentifiers,
  type Row,
} from '../../../snippets/anonymization.ts';
import {
  badNumbers,
  emptyString,
  expectArgumentError,
  hugeString,
  notArrays,
  notObjects,
  notStrings,
} from '../../support/wrong-inputs.ts';

const patients: readonly Row[] = EXAMPLE_PATIENTS;
const ageAndZip: QuasiIdentifiers = { age: 'age', zip: 'zip' };

/** The example table with ages in 10-year bands and 3-digit ZIP codes. */
const banded = generalizeRows(patients, ageAndZip, { age: 2, zip: 2 });

/** A wrong number is a RangeError if it is a number, else a TypeError. */
function errorClassFor(value: unknown) {
  return typeof value === 'number' ? RangeError : TypeError;
}

/** Calls `call` with each wrong table, expecting errors naming `rows`. */
function expectRowsChecked(call: (rows: unknown) => unknown) {
  for (const rows of notArrays) {
    expectArgumentError(() => call(rows), TypeError, 'rows');
  }
  for (const row of notObjects) {
    expectArgumentError(() => call([row]), TypeError, 'rows[0]');
  }
}

/** Calls `call` with each wrong list of column names, naming `argument`. */
function expectColumnListChecked(call: (names: unknown) => unknown, argument: string) {
  for (const names of notArrays) {
    expectArgumentError(() => call(names), TypeError, argument);
  }
  for (const name of notStrings) {
    expectArgumentError(() => call([name]), TypeError, `${argument}[0]`);
  }
  for (const name of [emptyString, hugeString]) {
    expectArgumentError(() => call([name]), RangeError, `${argument}[0]`);
  }
}

/** A deterministic brute force: for each row, how many rows match it. */
function bruteForceK(rows: readonly Row[], columns: readonly string[]) {
  if (rows.length === 0) return 0;
  const sizes = rows.map((a) => rows.filter((b) => columns.every((c) => a[c] === b[c])).length);
  return Math.min(...sizes);
}

// Tables of people with every kind of quasi-identifier, for properties.
const isoDate = fc
  .date({
    min: new Date('1920-01-01'),
    max: new Date('2025-12-31'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const person = fc.record({
  age: fc.integer({ min: 0, max: 100 }),
  zip: fc.constantFrom('13053', '13068', '14850', '14853', '02139', '02141'),
  birthDate: isoDate,
  sex: fc.constantFrom('F', 'M'),
  diagnosis: fc.constantFrom('cancer', 'flu', 'asthma'),
});
const everyKind: QuasiIdentifiers = {
  age: 'age',
  zip: 'zip',
  birthDate: 'date',
  sex: 'category',
};

// ---------------------------------------------------------------------------

describe('equivalenceClasses', () => {
  test('groups the banded example into three classes of four', () => {
    expect(equivalenceClasses(banded, ['age', 'zip'])).toEqual([
      { values: { age: '20-29', zip: '130**' }, indexes: [0, 1, 2, 3] },
      { values: { age: '40-49', zip: '148**' }, indexes: [4, 5, 6, 7] },
      { values: { age: '30-39', zip: '130**' }, indexes: [8, 9, 10, 11] },
    ]);
  });

  test('keeps 1 and "1" apart, and null apart from "null"', () => {
    const rows = [{ a: 1 }, { a: '1' }, { a: null }, { a: 'null' }, { a: 1 }];
    expect(equivalenceClasses(rows, ['a']).map((c) => c.indexes)).toEqual([[0, 4], [1], [2], [3]]);
  });

  test('puts every row in one class when there is no quasi-identifier', () => {
    expect(equivalenceClasses(patients, [])).toEqual([
      { values: {}, indexes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
    ]);
  });

  test('returns no class for an empty table', () => {
    expect(equivalenceClasses([], ['age'])).toEqual([]);
  });

  test('handles a column named __proto__ as any other', () => {
    const rows = [JSON.parse('{"__proto__": "x"}') as Row];
    const [group] = equivalenceClasses(rows, ['__proto__']);
    expect(Object.getPrototypeOf(group!.values)).toBe(Object.prototype);
    expect(Object.hasOwn(group!.values, '__proto__')).toBe(true);
  });

  test('refuses a quasi-identifier missing from a row, naming both', () => {
    expect(() => equivalenceClasses(patients, ['ZIP'])).toThrow(
      'quasiIdentifiers: expected a column of every row, ' + 'got "ZIP", missing from rows[0]',
    );
    expectArgumentError(
      () => equivalenceClasses([{ a: 1 }, { b: 1 }], ['a']),
      RangeError,
      'rows[1]',
    );
  });

  test('refuses values that have no stable key', () => {
    for (const value of [undefined, {}, [], NaN, Infinity, 1n, () => 1]) {
      expectArgumentError(() => equivalenceClasses([{ a: value }], ['a']), TypeError, 'rows[0].a');
    }
  });

  test('rejects wrong inputs, naming the argument', () => {
    expectRowsChecked((rows) => equivalenceClasses(rows as Row[], ['age']));
    expectColumnListChecked(
      (names) => equivalenceClasses(patients, names as string[]),
      'quasiIdentifiers',
    );
  });
});

describe('kAnonymity', () => {
  test('is 1 for the example table: every (age, zip) is unique', () => {
    expect(kAnonymity(patients, ['age', 'zip'])).toBe(1);
  });

  test('is 4 once ages are in 10-year bands and ZIPs cut to three digits', () => {
    expect(kAnonymity(banded, ['age', 'zip'])).toBe(4);
  });

  test('is the table size with no quasi-identifier', () => {
    expect(kAnonymity(patients, [])).toBe(12);
  });

  test('returns 0 for an empty table, so a check for k >= 2 fails', () => {
    expect(kAnonymity([], ['age'])).toBe(0);
  });

  test('equals the smallest number of rows matching any row', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 40 }), (rows) => {
        for (const columns of [['age'], ['zip', 'sex'], ['zip', 'age']]) {
          expect(kAnonymity(rows, columns)).toBe(bruteForceK(rows, columns));
        }
      }),
    );
  });

  test('rejects wrong inputs, naming the argument', () => {
    expectRowsChecked((rows) => kAnonymity(rows as Row[], ['age']));
    expectColumnListChecked((names) => kAnonymity(patients, names as string[]), 'quasiIdentifiers');
  });
});

describe('lDiversity', () => {
  test('is 1 for the banded example: the 30-39 group all has cancer', () => {
    expect(lDiversity(banded, ['age', 'zip'], 'diagnosis')).toBe(1);
  });

  test('is 3 when grouping by ZIP area only', () => {
    expect(lDiversity(banded, ['zip'], 'diagnosis')).toBe(3);
  });

  test('returns 0 for an empty table', () => {
    expect(lDiversity([], ['age'], 'diagnosis')).toBe(0);
  });

  test('is never more than k', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 40 }), (rows) => {
        const l = lDiversity(rows, ['zip', 'sex'], 'diagnosis');
        expect(l).toBeGreaterThanOrEqual(1);
        expect(l).toBeLessThanOrEqual(kAnonymity(rows, ['zip', 'sex']));
      }),
    );
  });

  test('rejects wrong inputs, naming the argument', () => {
    expectRowsChecked((rows) => lDiversity(rows as Row[], ['age'], 'sex'));
    expectColumnListChecked(
      (names) => lDiversity(patients, names as string[], 'sex'),
      'quasiIdentifiers',
    );
    for (const name of notStrings) {
      expectArgumentError(
        () => lDiversity(patients, ['age'], name as string),
        TypeError,
        'sensitive',
      );
    }
    for (const name of [emptyString, hugeString, 'Diagnosis']) {
      expectArgumentError(() => lDiversity(patients, ['age'], name), RangeError, 'sensitive');
    }
  });
});

// ---------------------------------------------------------------------------

describe('generalizeAge', () => {
  test('returns the band that holds the age, starting at a multiple of the width', () => {
    expect(generalizeAge(34, 5)).toBe('30-34');
    expect(generalizeAge(35, 5)).toBe('35-39');
    expect(generalizeAge(34, 10)).toBe('30-39');
    expect(generalizeAge(0, 20)).toBe('0-19');
    expect(generalizeAge(150, 20)).toBe('140-159');
  });

  test('keeps the age for a width of 1', () => {
    expect(generalizeAge(34, 1)).toBe('34');
  });

  test('always returns a band that holds the age', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 2, max: 200 }),
        (age, width) => {
          const [low, high] = generalizeAge(age, width).split('-').map(Number);
          expect(low).toBeLessThanOrEqual(age);
          expect(high).toBeGreaterThanOrEqual(age);
          expect(high! - low! + 1).toBe(width);
        },
      ),
    );
  });

  test('rejects wrong inputs, naming the argument', () => {
    for (const value of [...badNumbers, 151]) {
      expectArgumentError(() => generalizeAge(value as number, 5), errorClassFor(value), 'age');
    }
    for (const value of [...badNumbers, 0]) {
      expectArgumentError(() => generalizeAge(30, value as number), errorClassFor(value), 'width');
    }
  });
});

describe('generalizeZip', () => {
  test('keeps the leading digits and masks the rest', () => {
    expect(generalizeZip('02139', 3)).toBe('021**');
    expect(generalizeZip('02139', 0)).toBe('*****');
    expect(generalizeZip('02139', 5)).toBe('02139');
  });

  test('rejects wrong inputs, naming the argument', () => {
    for (const value of notStrings) {
      expectArgumentError(() => generalizeZip(value as string, 3), TypeError, 'zip');
    }
    for (const value of [emptyString, hugeString, '0213a', '02139-4307']) {
      expectArgumentError(() => generalizeZip(value, 3), RangeError, 'zip');
    }
    for (const value of [...badNumbers, 6]) {
      expectArgumentError(
        () => generalizeZip('02139', value as number),
        errorClassFor(value),
        'keepDigits',
      );
    }
  });

  test('does not repeat the ZIP code in its error', () => {
    expect(() => generalizeZip('0213x', 3)).toThrow(
      'zip: expected 1 to 10 digits 0-9, got another string',
    );
  });
});

describe('generalizeDate', () => {
  test('cuts a date to its month or its year', () => {
    expect(generalizeDate('1984-03-12', 'month')).toBe('1984-03');
    expect(generalizeDate('1984-03-12', 'year')).toBe('1984');
  });

  test('accepts real leap days and refuses others', () => {
    for (const date of ['2024-02-29', '2000-02-29', '0000-02-29']) {
      expect(generalizeDate(date, 'year')).toBe(date.slice(0, 4));
    }
    for (const date of ['2023-02-29', '1900-02-29', '2024-02-30']) {
      expectArgumentError(() => generalizeDate(date, 'year'), RangeError, 'isoDate');
    }
  });

  test('refuses anything but a real YYYY-MM-DD date', () => {
    for (const date of [
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-04-00',
      '2024-4-01',
      '2024-04-01T00:00:00Z',
      '24-04-01',
      emptyString,
      hugeString,
    ]) {
      expectArgumentError(() => generalizeDate(date, 'month'), RangeError, 'isoDate');
    }
  });

  test('rejects wrong inputs, naming the argument', () => {
    for (const value of notStrings) {
      expectArgumentError(() => generalizeDate(value as string, 'year'), TypeError, 'isoDate');
    }
    for (const value of notStrings.filter((v) => typeof v !== 'string')) {
      expectArgumentError(
        () => generalizeDate('1984-03-12', value as 'year'),
        TypeError,
        'precision',
      );
    }
    for (const value of [emptyString, hugeString, 'day', 'Month']) {
      expectArgumentError(
        () => generalizeDate('1984-03-12', value as 'year'),
        RangeError,
        'precision',
      );
    }
  });
});

describe('generalizeRows', () => {
  test('generalizes the quasi-identifiers and copies the other columns', () => {
    expect(banded[0]).toEqual({
      age: '20-29',
      zip: '130**',
      birthDate: '1997-02-11',
      sex: 'F',
      diagnosis: 'heart disease',
    });
  });

  test('applies each level of each kind as GENERALIZATION_LEVELS names it', () => {
    const row = { age: 34, zip: '02139', birthDate: '1991-07-04', sex: 'F' };
    const at = (levels: Record<string, number>) => generalizeRows([row], everyKind, levels)[0];

    expect(GENERALIZATION_LEVELS.age.map((_, level) => at({ age: level })!.age)).toEqual([
      34,
      '30-34',
      '30-39',
      '20-39',
      '*',
    ]);
    expect(GENERALIZATION_LEVELS.zip.map((_, level) => at({ zip: level })!.zip)).toEqual([
      '02139',
      '0213*',
      '021**',
      '02***',
      '0****',
      '*',
    ]);
    expect(
      GENERALIZATION_LEVELS.date.map((_, level) => at({ birthDate: level })!.birthDate),
    ).toEqual(['1991-07-04', '1991-07', '1991', '*']);
    expect(GENERALIZATION_LEVELS.category.map((_, level) => at({ sex: level })!.sex)).toEqual([
      'F',
      '*',
    ]);
  });

  test('leaves columns without a level as they are, and the input unchanged', () => {
    const input = structuredClone(patients);
    expect(generalizeRows(input, ageAndZip)).toEqual(patients);
    expect(generalizeRows(input, ageAndZip, { zip: 5 })[3]).toEqual({
      ...patients[3],
      zip: '*',
    });
    expect(input).toEqual(patients);
  });

  test('keeps what a short ZIP code has at the 5-digit levels', () => {
    const [row] = generalizeRows([{ zip: '8001' }], { zip: 'zip' }, { zip: 1 });
    expect(row).toEqual({ zip: '8001' });
  });

  test('checks every value at level 0 too, naming the cell', () => {
    const cases: [Row, string, typeof TypeError][] = [
      [{ age: -1, zip: '13053' }, 'rows[0].age', RangeError],
      [{ age: 151, zip: '13053' }, 'rows[0].age', RangeError],
      [{ age: '34', zip: '13053' }, 'rows[0].age', TypeError],
      [{ age: 34, zip: 13053 }, 'rows[0].zip', TypeError],
      [{ age: 34, zip: '1305x' }, 'rows[0].zip', RangeError],
    ];
    for (const [row, place, errorClass] of cases) {
      expectArgumentError(() => generalizeRows([row], ageAndZip), errorClass, place);
    }
    expectArgumentError(
      () => generalizeRows([{ d: '2024-02-30' }], { d: 'date' }, { d: 0 }),
      RangeError,
      'rows[0].d',
    );
  });

  test('does not let a column named __proto__ change a prototype', () => {
    const rows = [JSON.parse('{"__proto__": "x", "age": 30}') as Row];
    // JSON.parse makes own "__proto__" keys; an object literal would not.
    const kinds = JSON.parse('{"__proto__": "category"}') as QuasiIdentifiers;
    const levels = JSON.parse('{"__proto__": 1}') as Record<string, number>;
    const [row] = generalizeRows(rows, kinds, levels);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.hasOwn(row!, '__proto__')).toBe(true);
    expect(row!['__proto__' as 'age']).toBe('*');
  });

  test('refuses levels out of range or for other columns', () => {
    for (const [kind, names] of Object.entries(GENERALIZATION_LEVELS)) {
      const rows = [{ c: kind === 'age' ? 30 : 'x' }];
      expectArgumentError(
        () =>
          generalizeRows(rows, { c: kind } as QuasiIdentifiers, {
            c: names.length,
          }),
        RangeError,
        'levels.c',
      );
    }
    for (const level of badNumbers) {
      expectArgumentError(
        () => generalizeRows(patients, ageAndZip, { age: level as number }),
        errorClassFor(level),
        'levels.age',
      );
    }
    expectArgumentError(
      () => generalizeRows(patients, ageAndZip, { sex: 1 }),
      RangeError,
      'levels.sex',
    );
  });

  test('rejects wrong inputs, naming the argument', () => {
    expectRowsChecked((rows) => generalizeRows(rows as Row[], ageAndZip));
    for (const value of [...notObjects.filter((v) => v !== undefined), []]) {
      expectArgumentError(
        () => generalizeRows(patients, value as QuasiIdentifiers),
        TypeError,
        'quasiIdentifiers',
      );
      if (value === null || typeof value !== 'object') {
        expectArgumentError(
          () => generalizeRows(patients, ageAndZip, value as never),
          TypeError,
          'levels',
        );
      }
    }
    for (const kind of [...notStrings, emptyString, hugeString, 'years']) {
      expectArgumentError(
        () => generalizeRows(patients, { age: kind } as never),
        RangeError,
        'quasiIdentifiers.age',
      );
    }
    expectArgumentError(
      () => generalizeRows(patients, { ['']: 'age' }),
      RangeError,
      'quasiIdentifiers',
    );
    expectArgumentError(
      () => generalizeRows(patients, { [hugeString]: 'age' }),
      RangeError,
      'quasiIdentifiers',
    );
  });
});

// ---------------------------------------------------------------------------

describe('anonymize', () => {
  test('reaches k = 4 on the example the way Datafly does', () => {
    const result = anonymize(patients, { quasiIdentifiers: ageAndZip, k: 4 });

    // Ages have the most distinct values, so they rise first (to 5-year,
    // then 10-, then 20-year bands); then ZIPs lose one digit.
    expect(result.levels).toEqual({ age: 3, zip: 1 });
    expect(result.suppressed).toEqual([]);
    expect(result.rows[0]).toEqual({ ...patients[0], age: '20-39', zip: '1305*' });
    expect(kAnonymity(result.rows, ['age', 'zip'])).toBe(4);
  });

  test('raises the column with the most distinct values first', () => {
    const rows = ['12341', '12342', '12343', '12344', '12345'].map((zip) => ({
      age: 30,
      zip,
    }));
    expect(anonymize(rows, { quasiIdentifiers: ageAndZip, k: 5 }).levels).toEqual({
      age: 0,
      zip: 1,
    });
  });

  test('suppresses an outlier within the budget instead of generalizing', () => {
    const rows = [
      ...Array.from({ length: 9 }, () => ({ age: 30, zip: '13053' })),
      { age: 87, zip: '99999' },
    ];

    const result = anonymize(rows, {
      quasiIdentifiers: ageAndZip,
      k: 3,
      maxSuppression: 0.1,
    });
    expect(result).toEqual({
      rows: rows.slice(0, 9),
      levels: { age: 0, zip: 0 },
      suppressed: [9],
    });
  });

  test('generalizes instead when the budget is too small', () => {
    const rows = [
      ...Array.from({ length: 9 }, () => ({ age: 30, zip: '13053' })),
      { age: 87, zip: '99999' },
    ];
    const result = anonymize(rows, { quasiIdentifiers: ageAndZip, k: 3 });

    expect(result.suppressed).toEqual([]);
    expect(result.rows).toHaveLength(10);
    expect(kAnonymity(result.rows, ['age', 'zip'])).toBeGreaterThanOrEqual(3);
  });

  test('never suppresses every row, even when the budget would allow it', () => {
    const rows = [20, 30, 40, 50, 60].map((age) => ({ age }));
    const result = anonymize(rows, {
      quasiIdentifiers: { age: 'age' },
      k: 5,
      maxSuppression: 1,
    });
    expect(result.rows).toHaveLength(5);
    expect(result.levels).toEqual({ age: 4 });
  });

  test('refuses a table with fewer rows than k, empty included', () => {
    expect(() => anonymize(patients, { quasiIdentifiers: ageAndZip, k: 13 })).toThrow(
      'rows: expected at least k = 13 rows, got 12',
    );
    expectArgumentError(
      () => anonymize([], { quasiIdentifiers: ageAndZip, k: 1 }),
      RangeError,
      'rows',
    );
  });

  test('output is k-anonymous, within the budget, and exactly the generalized input', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, k, maxSuppression) => {
          fc.pre(rows.length >= k);
          const result = anonymize(rows, {
            quasiIdentifiers: everyKind,
            k,
            maxSuppression,
          });

          const columns = Object.keys(everyKind);
          expect(kAnonymity(result.rows, columns)).toBeGreaterThanOrEqual(k);
          expect(result.suppressed.length).toBeLessThanOrEqual(
            Math.floor(maxSuppression * rows.length),
          );
          expect(result.rows.length + result.suppressed.length).toBe(rows.length);
          const kept = rows.filter((_, i) => !result.suppressed.includes(i));
          expect(result.rows).toEqual(generalizeRows(kept, everyKind, result.levels));
        },
      ),
    );
  });

  test('rejects wrong inputs, naming the argument', () => {
    const options = { quasiIdentifiers: ageAndZip, k: 2 };
    expectRowsChecked((rows) => anonymize(rows as Row[], options));
    for (const value of notObjects) {
      expectArgumentError(() => anonymize(patients, value as never), TypeError, 'options');
      expectArgumentError(
        () => anonymize(patients, { k: 2, quasiIdentifiers: value as never }),
        TypeError,
        'options.quasiIdentifiers',
      );
    }
    expectArgumentError(
      () => anonymize(patients, { k: 2, quasiIdentifiers: { age: 'old' as never } }),
      RangeError,
      'options.quasiIdentifiers.age',
    );
    for (const k of [...badNumbers, 0]) {
      expectArgumentError(
        () => anonymize(patients, { ...options, k: k as number }),
        errorClassFor(k),
        'options.k',
      );
    }
    for (const share of [...badNumbers.filter((v) => v !== null), 1.01]) {
      expectArgumentError(
        () => anonymize(patients, { ...options, maxSuppression: share as number }),
        errorClassFor(share),
        'options.maxSuppression',
      );
    }
    expectArgumentError(
      () => anonymize([{ age: 'old', zip: '13053' }], { ...options, k: 1 }),
      TypeError,
      'rows[0].age',
    );
  });
});

// ---------------------------------------------------------------------------

/** Makes crypto.getRandomValues hand out `words`, in order. */
function feedRandomWords(words: readonly number[]) {
  let next = 0;
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(((array: Uint32Array) => {
    for (let i = 0; i < array.length; i++) array[i] = words[next++]!;
    return array;
  }) as typeof crypto.getRandomValues);
}

const MAX = 0xffffffff;

describe('sampleDiscreteLaplace', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('draws from crypto.getRandomValues: zero bits give zero noise', () => {
    feedRandomWords([0, 0, 0, 0]);
    expect(sampleDiscreteLaplace(1)).toBe(0);
  });

  test('the largest uniform (1 − 2^−53) gives the longest tail, 53·ln 2 / ε', () => {
    // floor(53 · ln 2 / ε): 36 for ε = 1, 18 for ε = 2.
    feedRandomWords([MAX, MAX, 0, 0]);
    expect(sampleDiscreteLaplace(1)).toBe(36);
    feedRandomWords([0, 0, MAX, MAX]);
    expect(sampleDiscreteLaplace(1)).toBe(-36);
    feedRandomWords([MAX, MAX, 0, 0]);
    expect(sampleDiscreteLaplace(2)).toBe(18);
  });

  test('uses 53 bits: the top 26 of one word and the top 27 of another', () => {
    // Only the discarded low bits are set, so the uniform is still 0.
    feedRandomWords([0x3f, 0x1f, 0, 0]);
    expect(sampleDiscreteLaplace(1)).toBe(0);
    // u = 1/2: −ln(1 − 1/2) = ln 2 ≈ 0.69, so floor(0.69 / 0.5) = 1.
    feedRandomWords([0x80000000, 0, 0, 0]);
    expect(sampleDiscreteLaplace(0.5)).toBe(1);
  });

  test.each([
    [1, 0.1, [1.6, 2.1]],
    [0.1, 1, [170, 230]],
  ])(
    'at ε = %s: 20,000 draws are whole, centred on 0, with the expected variance',
    (epsilon, meanBound, [low, high]) => {
      // Variance of the discrete Laplace: 2q / (1 − q)² with q = e^−ε,
      // 1.84 for ε = 1 and 199.8 for ε = 0.1. The bounds are about ten
      // standard errors wide, so the test does not flake.
      const draws = Array.from({ length: 20_000 }, () => sampleDiscreteLaplace(epsilon));
      const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length;
      const variance = draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / draws.length;

      expect(draws.every(Number.isInteger)).toBe(true);
      expect(Math.abs(mean)).toBeLessThan(meanBound);
      expect(variance).toBeGreaterThan(low!);
      expect(variance).toBeLessThan(high!);
    },
  );

  test('puts (1 − q) / (1 + q) of the draws on 0', () => {
    // ε = 1: (1 − e^−1) / (1 + e^−1) ≈ 0.462; ±0.03 is about 9 std errors.
    const zeros = Array.from({ length: 20_000 }, () => sampleDiscreteLaplace(1)).filter(
      (x) => x === 0,
    ).length;
    expect(Math.abs(zeros / 20_000 - 0.4621)).toBeLessThan(0.03);
  });

  test('rejects wrong inputs, naming the argument', () => {
    for (const value of [...badNumbers.filter((v) => v !== 1.5), 0]) {
      expectArgumentError(
        () => sampleDiscreteLaplace(value as number),
        errorClassFor(value),
        'epsilon',
      );
    }
  });
});

describe('countPrivately', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const hasCancer = (row: Row) => row.diagnosis === 'cancer';

  test('adds the noise to the exact count', () => {
    feedRandomWords([0, 0, 0, 0]);
    expect(countPrivately(patients, hasCancer, 1)).toBe(5);
    feedRandomWords([MAX, MAX, 0, 0]);
    expect(countPrivately(patients, hasCancer, 1)).toBe(5 + 36);
  });

  test('averages to the exact count over many queries', () => {
    const answers = Array.from({ length: 5000 }, () => countPrivately(patients, hasCancer, 1));
    const mean = answers.reduce((sum, x) => sum + x, 0) / answers.length;
    expect(Math.abs(mean - 5)).toBeLessThan(0.2);
  });

  test('rejects wrong inputs, naming the argument', () => {
    expectRowsChecked((rows) => countPrivately(rows as Row[], hasCancer, 1));
    for (const value of [...notStrings.filter((v) => typeof v !== 'function')]) {
      expectArgumentError(
        () => countPrivately(patients, value as never, 1),
        TypeError,
        'predicate',
      );
    }
    for (const value of [...badNumbers.filter((v) => v !== 1.5), 0]) {
      expectArgumentError(
        () => countPrivately(patients, hasCancer, value as number),
        errorClassFor(value),
        'epsilon',
      );
    }
  });
});

describe('createPrivacyBudget', () => {
  const isFemale = (row: Row) => row.sex === 'F';

  test('keeps track of what is spent and what remains', () => {
    const budget = createPrivacyBudget(1);
    budget.count(patients, isFemale, 0.25);
    budget.count(patients, isFemale, 0.5);

    expect([budget.total, budget.spent, budget.remaining]).toEqual([1, 0.75, 0.25]);
  });

  test('refuses a query that would exceed the total, and spends nothing', () => {
    const budget = createPrivacyBudget(1);
    budget.count(patients, isFemale, 0.8);

    const refused = () => budget.count(patients, isFemale, 0.5);
    expect(refused).toThrow(PrivacyBudgetError);
    expect(refused).toThrow(RangeError);
    expect(refused).toThrow(
      'epsilon: 0.5 exceeds the remaining privacy budget of 0.19999999999999996',
    );
    expect(budget.spent).toBe(0.8);
    expect(budget.count(patients, isFemale, 0.2)).toEqual(expect.any(Number));
    expect(() => budget.count(patients, isFemale, 0.001)).toThrow(PrivacyBudgetError);
  });

  test('lets three queries of 0.1 fit a budget of 0.3 despite rounding', () => {
    const budget = createPrivacyBudget(0.3);
    for (let i = 0; i < 3; i++) budget.count(patients, isFemale, 0.1);
    expect(() => budget.count(patients, isFemale, 0.01)).toThrow(PrivacyBudgetError);
  });

  test('spends even when the predicate throws: it has seen the data', () => {
    const budget = createPrivacyBudget(1);
    expect(() =>
      budget.count(
        patients,
        () => {
          throw new Error('boom');
        },
        0.4,
      ),
    ).toThrow('boom');
    expect(budget.spent).toBe(0.4);
  });

  test('spends nothing on a call with wrong arguments', () => {
    const budget = createPrivacyBudget(1);
    expect(() => budget.count('rows' as never, isFemale, 0.5)).toThrow(TypeError);
    expect(budget.spent).toBe(0);
  });

  test('cannot be reset from outside', () => {
    const budget = createPrivacyBudget(1);
    budget.count(patients, isFemale, 1);
    expect(() => {
      (budget as { spent: number }).spent = 0;
    }).toThrow(TypeError);
    expect(budget.remaining).toBe(0);
  });

  test('rejects wrong inputs, naming the argument', () => {
    for (const value of [...badNumbers.filter((v) => v !== 1.5), 0]) {
      expectArgumentError(
        () => createPrivacyBudget(value as number),
        errorClassFor(value),
        'totalEpsilon',
      );
    }
    const budget = createPrivacyBudget(10);
    expectRowsChecked((rows) => budget.count(rows as Row[], isFemale, 1));
    expectArgumentError(() => budget.count(patients, 'sex' as never, 1), TypeError, 'predicate');
    for (const value of [...badNumbers.filter((v) => v !== 1.5), 0]) {
      expectArgumentError(
        () => budget.count(patients, isFemale, value as number),
        errorClassFor(value),
        'epsilon',
      );
    }
    expect(budget.spent).toBe(0);
  });
});
