// Measuring and reducing the risk that rows of a table point to a person.
//
//   kAnonymity, lDiversity   Sweeney (2002); Machanavajjhala et al. (2007)
//   generalize*, anonymize   generalization and suppression, searched the
//                            way Sweeney's Datafly does
//   countPrivately, budget   differential privacy (Dwork & Roth 2014)
//
// GDPR Recital 26: data is anonymous, and outside the Regulation, only if
// no one can identify a person "by all the means reasonably likely to be
// used". k and l measure two known risks; they do not prove anonymity.
// Differential privacy instead bounds what any answer can reveal.

import {
  AGE_BAND_WIDTHS,
  DATE_PRECISIONS,
  GENERALIZATION_LEVELS,
  ZIP_DIGITS_KEPT,
  type QuasiIdentifierKind,
} from './anonymization-data.ts';

export {
  EXAMPLE_PATIENTS,
  GENERALIZATION_LEVELS,
  type QuasiIdentifierKind,
} from './anonymization-data.ts';

/** A row of a table: column name to value. */
export type Row = Readonly<Record<string, unknown>>;

/** The quasi-identifier columns and the kind of each. */
export type QuasiIdentifiers = Readonly<Record<string, QuasiIdentifierKind>>;

/** A generalization level per quasi-identifier; see GENERALIZATION_LEVELS. */
export type Levels = Readonly<Record<string, number>>;

/** Rows that share every quasi-identifier value. */
export interface EquivalenceClass {
  /** The shared values, by column. */
  values: Record<string, unknown>;
  /** Positions of the rows in the table, ascending. */
  indexes: number[];
}

/** What `anonymize` returns. */
export interface AnonymizeResult {
  /** The generalized rows, without the suppressed ones, in order. */
  rows: Row[];
  /** The level chosen for each quasi-identifier. */
  levels: Record<string, number>;
  /** Positions, in the input, of the rows that were removed. */
  suppressed: number[];
}

/** Thrown by a privacy budget asked to spend more than it has left. */
export class PrivacyBudgetError extends RangeError {
  constructor(epsilon: number, remaining: number) {
    super(
      `epsilon: ${epsilon} exceeds the remaining privacy budget ` +
        `of ${remaining}`,
    );
    this.name = 'PrivacyBudgetError';
  }
}

const KINDS = Object.keys(GENERALIZATION_LEVELS);
const MAX_NAME_LENGTH = 256;
const MAX_AGE = 150;
const MAX_ROWS = 2 ** 26; // keeps groupRows' arithmetic exact
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Rounding slack when adding up epsilons: 0.1 + 0.1 + 0.1 > 0.3 in floats.
const BUDGET_TOLERANCE = 1e-9;

// --- Measuring --------------------------------------------------------------

/**
 * Groups rows that share all quasi-identifier values, in order of first
 * appearance. A lesson can colour a table by these groups.
 *
 * @param rows - Objects; every one must have every named column, with a
 *   string, finite number, boolean or null in it.
 * @param quasiIdentifiers - Column names, e.g. `['age', 'zip']`.
 * @returns The groups, each with its shared values and row positions.
 * @throws TypeError if `rows` is not an array of objects, a name is not a
 *   string, or a value is not one of the types above.
 * @throws RangeError if a column is missing from a row, or a name is empty
 *   or longer than 256 characters.
 * @example equivalenceClasses(rows, ['age', 'zip'])[0]; // { values, indexes }
 */
export function equivalenceClasses(
  rows: readonly Row[],
  quasiIdentifiers: readonly string[],
): EquivalenceClass[] {
  const columns = readColumns(rows, quasiIdentifiers, 'quasiIdentifiers');

  return groupRows(columns, rows.length).map((indexes) => {
    const first = indexes[0]!;
    const values = quasiIdentifiers.map((name, i) => [
      name,
      columns[i]![first],
    ]);
    return { values: Object.fromEntries(values), indexes };
  });
}

/**
 * Measures k-anonymity: the size of the smallest group of rows that share
 * all quasi-identifier values (Sweeney 2002). Each person is then hidden
 * among at least k rows.
 *
 * An empty table returns 0: it has no group, and 0 makes a check such as
 * `kAnonymity(rows, qis) >= 5` fail rather than pass by default.
 *
 * @param rows - As for `equivalenceClasses`.
 * @param quasiIdentifiers - Column names, e.g. `['age', 'zip', 'sex']`.
 * @returns k, from 1 to `rows.length`, or 0 for no rows.
 * @throws TypeError or RangeError, as `equivalenceClasses`.
 * @example kAnonymity(EXAMPLE_PATIENTS, ['age', 'zip']); // 1: all unique
 */
export function kAnonymity(
  rows: readonly Row[],
  quasiIdentifiers: readonly string[],
): number {
  const columns = readColumns(rows, quasiIdentifiers, 'quasiIdentifiers');
  const groups = groupRows(columns, rows.length);

  return smallest(groups.map((group) => group.length));
}

/**
 * Measures distinct l-diversity: the fewest different sensitive values in
 * any group (Machanavajjhala et al. 2007). With l = 1, everyone in
 * some group shares the sensitive value, so k alone did not protect it.
 *
 * @param rows - As for `equivalenceClasses`, plus the sensitive column.
 * @param quasiIdentifiers - Column names.
 * @param sensitive - The sensitive column, e.g. `'diagnosis'`.
 * @returns l, or 0 for an empty table (as `kAnonymity`).
 * @throws TypeError or RangeError, as `equivalenceClasses`, naming
 *   `sensitive` for a problem with that column.
 * @example lDiversity(generalized, ['age', 'zip'], 'diagnosis'); // 1
 */
export function lDiversity(
  rows: readonly Row[],
  quasiIdentifiers: readonly string[],
  sensitive: string,
): number {
  checkColumnName(sensitive, 'sensitive');
  const columns = readColumns(rows, quasiIdentifiers, 'quasiIdentifiers');
  const [values] = readColumns(rows, [sensitive], 'sensitive');
  const groups = groupRows(columns, rows.length);

  const diversity = groups.map(
    (group) => new Set(group.map((index) => values![index])).size,
  );
  return smallest(diversity);
}

/** The named columns of a table, one array of values per column. */
function readColumns(
  rows: unknown,
  names: unknown,
  argument: string,
): unknown[][] {
  checkRows(rows);
  checkColumnList(names, argument);

  return names.map((name) =>
    rows.map((row, index) => readCell(row, index, name, argument)),
  );
}

/** Positions of the rows that share values in every column, grouped. */
function groupRows(
  columns: readonly (readonly unknown[])[],
  rowCount: number,
): number[][] {
  // Refine column by column: two rows keep one id while they agree. The
  // pair (id, code) becomes one number, id · rowCount + code, which is
  // exact while rowCount² < 2^53 (checkRows caps rows at 2^26).
  let ids = new Array<number>(rowCount).fill(0);
  for (const column of columns) {
    const codes = numberValues(column);
    ids = numberValues(ids.map((id, row) => id * rowCount + codes[row]!));
  }

  // Ids count up from 0 in order of first appearance, and so do groups.
  const groups: number[][] = [];
  ids.forEach((id, row) => (groups[id] ??= []).push(row));
  return groups;
}

/** Numbers distinct values 0, 1, 2, … in order of first appearance. */
function numberValues(values: readonly unknown[]): number[] {
  // A Map compares keys as === does, so 1 and '1' get different numbers.
  const numbers = new Map<unknown, number>();
  return values.map((value) => {
    let number = numbers.get(value);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(value, number);
    }
    return number;
  });
}

// --- Generalizing -----------------------------------------------------------

/**
 * Replaces an age with the band of `width` years that holds it, bands
 * starting at multiples of the width.
 *
 * @param age - Whole years, 0 to 150.
 * @param width - Band width in years, 1 or more (1 keeps the age).
 * @returns The band, e.g. `'30-34'`, or the age itself for width 1.
 * @throws TypeError if an argument is not a number.
 * @throws RangeError if it is not a whole number in range.
 * @example generalizeAge(34, 5); // '30-34'
 */
export function generalizeAge(age: number, width: number): string {
  checkWholeNumber(age, 'age', 0, MAX_AGE);
  checkWholeNumber(width, 'width', 1, Number.MAX_SAFE_INTEGER);
  if (width === 1) return String(age);

  const low = Math.floor(age / width) * width;
  return `${low}-${low + width - 1}`;
}

/**
 * Keeps the first digits of a postal code and masks the rest with `*`.
 *
 * @param zip - 1 to 10 digits, e.g. `'02139'`.
 * @param keepDigits - How many leading digits to keep, 0 to `zip.length`.
 * @returns The masked code, as long as the original.
 * @throws TypeError if an argument has the wrong type.
 * @throws RangeError if `zip` is not 1 to 10 digits or `keepDigits` is
 *   out of range.
 * @example generalizeZip('02139', 3); // '021**'
 */
export function generalizeZip(zip: string, keepDigits: number): string {
  checkZip(zip, 'zip');
  checkWholeNumber(keepDigits, 'keepDigits', 0, zip.length);

  return zip.slice(0, keepDigits) + '*'.repeat(zip.length - keepDigits);
}

/**
 * Cuts an ISO 8601 calendar date down to its month or year.
 *
 * @param isoDate - `YYYY-MM-DD`, a real date, e.g. `'1984-03-12'`.
 * @param precision - `'month'` or `'year'`.
 * @returns `'YYYY-MM'` or `'YYYY'`.
 * @throws TypeError if an argument is not a string.
 * @throws RangeError if the date is not a real `YYYY-MM-DD` date, or the
 *   precision is neither `'month'` nor `'year'`.
 * @example generalizeDate('1984-03-12', 'month'); // '1984-03'
 */
export function generalizeDate(
  isoDate: string,
  precision: 'month' | 'year',
): string {
  checkIsoDate(isoDate, 'isoDate');
  if (precision === 'month') return isoDate.slice(0, 7);
  if (precision === 'year') return isoDate.slice(0, 4);

  const got = describeOption(precision);
  const message = `precision: expected 'month' or 'year', got ${got}`;
  if (typeof precision !== 'string') throw new TypeError(message);
  throw new RangeError(message);
}

/**
 * Generalizes the quasi-identifiers of every row to the given levels; other
 * columns are copied unchanged. This is the step a learner drives by hand,
 * picking a level per column (see GENERALIZATION_LEVELS for their names).
 *
 * @param rows - Objects holding every quasi-identifier column.
 * @param quasiIdentifiers - Column to kind, e.g. `{ age: 'age' }`.
 * @param levels - Column to level, 0 (as is) up to the kind's last level
 *   (hidden, `'*'`). Columns left out stay at 0.
 * @returns New rows; the input is not changed.
 * @throws TypeError if an argument or a value has the wrong type.
 * @throws RangeError if a level is out of range or names another column,
 *   a column is missing, or a value is not a valid age, ZIP or date.
 * @example generalizeRows(rows, { age: 'age' }, { age: 2 }); // '30-39', …
 */
export function generalizeRows(
  rows: readonly Row[],
  quasiIdentifiers: QuasiIdentifiers,
  levels: Levels = {},
): Row[] {
  checkRows(rows);
  checkQuasiIdentifiers(quasiIdentifiers, 'quasiIdentifiers');
  const resolved = resolveLevels(quasiIdentifiers, levels);

  return rows.map((row, index) => {
    const generalized: Record<string, unknown> = { ...row };
    for (const [column, level] of resolved) {
      const kind = quasiIdentifiers[column]!;
      const value = readCell(row, index, column, 'quasiIdentifiers');
      checkCell(kind, value, index, column); // at level 0 too: fail early

      // An own property, copied by the spread: even '__proto__' is safe.
      generalized[column] = generalizeCell(kind, value, level);
    }
    return generalized;
  });
}

/** Generalizes one value, already checked, to a level of its kind. */
function generalizeCell(
  kind: QuasiIdentifierKind,
  value: unknown,
  level: number,
): unknown {
  if (level === 0) return value;
  if (level === GENERALIZATION_LEVELS[kind].length - 1) return '*';

  if (kind === 'age') {
    return generalizeAge(value as number, AGE_BAND_WIDTHS[level]!);
  }
  if (kind === 'zip') {
    // The levels assume five digits; a shorter code keeps what it has.
    const zip = value as string;
    return generalizeZip(zip, Math.min(ZIP_DIGITS_KEPT[level]!, zip.length));
  }
  // kind === 'date': 'category' has only levels 0 and 1, handled above.
  const precision = DATE_PRECISIONS[level] as 'month' | 'year';
  return generalizeDate(value as string, precision);
}

// --- Reaching k -------------------------------------------------------------

/**
 * Generalizes and suppresses rows until the table is k-anonymous, the way
 * Sweeney's Datafly does (1997; 2002): while more rows sit in groups smaller
 * than k than the suppression budget allows, raise by one level the
 * quasi-identifier with the most distinct values; then remove the rows
 * still in small groups.
 *
 * It always succeeds when there are at least k rows: at the last levels
 * every quasi-identifier is '*' and all rows form one group. Datafly is
 * simple, not optimal: it may generalize more than needed.
 *
 * @param rows - As for `generalizeRows`.
 * @param options.quasiIdentifiers - Column to kind, e.g.
 *   `{ age: 'age', zip: 'zip', birthDate: 'date', sex: 'category' }`.
 * @param options.k - The k to reach, 1 or more.
 * @param options.maxSuppression - The largest share of rows that may be
 *   removed, 0 to 1. Default 0: generalize only.
 * @returns The rows, the levels chosen and the positions suppressed;
 *   `kAnonymity(result.rows, columns)` is at least k.
 * @throws TypeError if an argument or a value has the wrong type.
 * @throws RangeError if an option is out of range, a value is invalid, or
 *   there are fewer rows than k (no table that small can be k-anonymous).
 * @example anonymize(rows, { quasiIdentifiers, k: 5, maxSuppression: 0.02 });
 */
export function anonymize(
  rows: readonly Row[],
  options: {
    quasiIdentifiers: QuasiIdentifiers;
    k: number;
    maxSuppression?: number;
  },
): AnonymizeResult {
  checkRows(rows);
  checkObject(options, 'options');
  const { quasiIdentifiers, k, maxSuppression = 0 } = options;
  checkQuasiIdentifiers(quasiIdentifiers, 'options.quasiIdentifiers');
  checkWholeNumber(k, 'options.k', 1, Number.MAX_SAFE_INTEGER);
  checkFraction(maxSuppression, 'options.maxSuppression');
  if (rows.length < k) {
    throw new RangeError(
      `rows: expected at least k = ${k} rows, got ${rows.length}`,
    );
  }

  generalizeRows(rows, quasiIdentifiers); // checks every value, once

  // The search works on columns: one level up changes one column only.
  const names = Object.keys(quasiIdentifiers);
  const kinds = names.map((name) => quasiIdentifiers[name]!);
  const levels = names.map(() => 0);
  const columns = names.map((name) => rows.map((row) => row[name]));
  const budget = Math.floor(maxSuppression * rows.length);

  for (;;) {
    const outliers = groupRows(columns, rows.length)
      .filter((group) => group.length < k)
      .flat()
      .sort((a, b) => a - b);

    // Suppress only a minority: removing every row is no way to reach k.
    if (outliers.length <= budget && outliers.length < rows.length) {
      const chosen = Object.fromEntries(names.map((n, i) => [n, levels[i]!]));
      const removed = new Set(outliers);
      const kept = rows.filter((_, index) => !removed.has(index));
      return {
        rows: generalizeRows(kept, quasiIdentifiers, chosen),
        levels: chosen,
        suppressed: outliers,
      };
    }

    // Always found: below the last levels, some column can still rise.
    const i = pickColumnToGeneralize(columns, kinds, levels);
    const level = ++levels[i]!;
    columns[i] = rows.map((row) =>
      generalizeCell(kinds[i]!, row[names[i]!], level),
    );
  }
}

/** Datafly's choice: the column with the most distinct values left. */
function pickColumnToGeneralize(
  columns: readonly (readonly unknown[])[],
  kinds: readonly QuasiIdentifierKind[],
  levels: readonly number[],
): number {
  let best = -1;
  let mostDistinct = -1;
  columns.forEach((column, i) => {
    const top = GENERALIZATION_LEVELS[kinds[i]!].length - 1;
    const distinct = new Set(column).size;
    if (levels[i]! < top && distinct > mostDistinct) {
      [best, mostDistinct] = [i, distinct];
    }
  });
  return best;
}

// --- Differential privacy ---------------------------------------------------

/**
 * Draws noise from the discrete Laplace distribution, P(x) ∝ e^(−ε·|x|),
 * using the platform's CSPRNG. Added to a count (which one person changes
 * by at most 1), it makes the count ε-differentially private.
 *
 * It is the difference of two geometric draws, each from the inverse CDF
 * of a uniform double. The logarithm is floating point, so the tails are
 * approximate (cut near 36.7 / ε); an exact sampler (Canonne, Kamath and
 * Steinke 2020) needs only integers, at the cost of a longer routine.
 *
 * @param epsilon - The privacy parameter, a finite number above 0.
 * @returns A whole number, 0 most often, symmetric around 0.
 * @throws TypeError if `epsilon` is not a number.
 * @throws RangeError if it is not finite and above 0.
 * @example count + sampleDiscreteLaplace(0.5);
 */
export function sampleDiscreteLaplace(epsilon: number): number {
  checkEpsilon(epsilon, 'epsilon');

  return sampleGeometric(epsilon) - sampleGeometric(epsilon);
}

/**
 * Counts the rows for which `predicate` is true, plus discrete Laplace
 * noise: an ε-differentially private count. Every call spends `epsilon`;
 * use `createPrivacyBudget` to keep track.
 *
 * @param rows - The table, an array of objects.
 * @param predicate - Says whether a row counts.
 * @param epsilon - The privacy parameter, a finite number above 0. Smaller
 *   means more noise: the standard deviation is about √2 / ε.
 * @returns The noisy count. It may be negative; raising it to 0 afterwards
 *   costs no privacy (post-processing), though it biases small counts.
 * @throws TypeError or RangeError for arguments of the wrong type or range.
 * @example countPrivately(rows, (row) => row.diagnosis === 'cancer', 1);
 */
export function countPrivately(
  rows: readonly Row[],
  predicate: (row: Row) => unknown,
  epsilon: number,
): number {
  checkRows(rows);
  checkFunction(predicate, 'predicate');
  checkEpsilon(epsilon, 'epsilon');

  let count = 0;
  for (const row of rows) if (predicate(row)) count++;

  return count + sampleDiscreteLaplace(epsilon);
}

/** A total epsilon that private queries draw from until it is spent. */
export interface PrivacyBudget {
  readonly total: number;
  readonly spent: number;
  readonly remaining: number;
  /** `countPrivately`, refused with a PrivacyBudgetError once spent. */
  count(
    rows: readonly Row[],
    predicate: (row: Row) => unknown,
    epsilon: number,
  ): number;
}

/**
 * Creates a privacy budget. Under sequential composition (Dwork & Roth
 * 2014, §3.5) the epsilons of the answers add up, so the budget
 * refuses any query that would take the sum past the total.
 *
 * @param totalEpsilon - The total, a finite number above 0.
 * @returns The budget; `budget.count(rows, predicate, epsilon)` spends.
 * @throws TypeError or RangeError if `totalEpsilon` is not a finite number
 *   above 0; `budget.count` throws a PrivacyBudgetError (a RangeError)
 *   when `epsilon` exceeds what remains, and then spends nothing.
 * @example createPrivacyBudget(1).count(rows, (r) => r.sex === 'F', 0.25);
 */
export function createPrivacyBudget(totalEpsilon: number): PrivacyBudget {
  checkEpsilon(totalEpsilon, 'totalEpsilon');
  let spent = 0;
  const remaining = () => Math.max(0, totalEpsilon - spent);

  return Object.freeze({
    total: totalEpsilon,
    get spent() {
      return spent;
    },
    get remaining() {
      return remaining();
    },
    count(
      rows: readonly Row[],
      predicate: (row: Row) => unknown,
      epsilon: number,
    ): number {
      checkRows(rows);
      checkFunction(predicate, 'predicate');
      checkEpsilon(epsilon, 'epsilon');
      if (spent + epsilon > totalEpsilon + BUDGET_TOLERANCE) {
        throw new PrivacyBudgetError(epsilon, remaining());
      }

      // Spent before the query runs: even a predicate that throws has
      // looked at the data.
      spent += epsilon;
      return countPrivately(rows, predicate, epsilon);
    },
  });
}

/** Geometric on {0, 1, …}: P(g) = (1 − q)·q^g with q = e^(−ε). */
function sampleGeometric(epsilon: number): number {
  // −ln(1 − u) is exponential with mean 1; floor(E / ε) ≥ g has chance
  // e^(−ε·g) = q^g. log1p keeps precision for small u and gives +0 at 0.
  return Math.floor(-Math.log1p(-randomUnit()) / epsilon);
}

/** A uniform double in [0, 1), from 53 bits of crypto.getRandomValues. */
function randomUnit(): number {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2));

  // 26 + 27 = 53 random bits: a double represents every multiple of 2^−53
  // in [0, 1) exactly, so each of the 2^53 results is equally likely.
  // Dividing 64 bits by 2^64 instead would round, and bunch some results.
  return ((high! >>> 6) * 2 ** 27 + (low! >>> 5)) / 2 ** 53;
}

// --- Checks -----------------------------------------------------------------

function smallest(sizes: readonly number[]): number {
  // A loop, not Math.min(...sizes): browsers cap the number of arguments.
  let min = Infinity;
  for (const size of sizes) if (size < min) min = size;
  return sizes.length === 0 ? 0 : min;
}

function resolveLevels(
  quasiIdentifiers: QuasiIdentifiers,
  levels: unknown,
): Map<string, number> {
  checkObject(levels, 'levels');
  for (const column of Object.keys(levels)) {
    if (!Object.hasOwn(quasiIdentifiers, column)) {
      throw new RangeError(
        `levels.${shorten(column)}: expected a quasi-identifier column, ` +
          `got a column not in quasiIdentifiers`,
      );
    }
  }

  const resolved = new Map<string, number>();
  for (const [column, kind] of Object.entries(quasiIdentifiers)) {
    const level = Object.hasOwn(levels, column) ? levels[column] : 0;
    const top = GENERALIZATION_LEVELS[kind].length - 1;
    checkWholeNumber(level, `levels.${shorten(column)}`, 0, top);
    resolved.set(column, level);
  }
  return resolved;
}

function readCell(
  row: Row,
  index: number,
  column: string,
  argument: string,
): unknown {
  if (!Object.hasOwn(row, column)) {
    throw new RangeError(
      `${argument}: expected a column of every row, ` +
        `got "${shorten(column)}", missing from rows[${index}]`,
    );
  }

  const value = row[column];
  const ok =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value));
  if (!ok) {
    throw new TypeError(
      `rows[${index}].${shorten(column)}: expected a string, finite ` +
        `number, boolean or null, got ${describe(value)}`,
    );
  }
  return value;
}

function checkCell(
  kind: QuasiIdentifierKind,
  value: unknown,
  index: number,
  column: string,
): void {
  if (isValidCell(kind, value)) return;

  // Only now build the message: most cells are fine, and tables are long.
  const place = `rows[${index}].${shorten(column)}`;
  if (kind === 'age') checkWholeNumber(value, place, 0, MAX_AGE);
  if (kind === 'zip') checkZip(value, place);
  checkIsoDate(value, place);
}

function isValidCell(kind: QuasiIdentifierKind, value: unknown): boolean {
  if (kind === 'age') {
    return (
      Number.isInteger(value) &&
      (value as number) >= 0 &&
      (value as number) <= MAX_AGE
    );
  }
  if (kind === 'zip') return typeof value === 'string' && isZip(value);
  if (kind === 'date') return typeof value === 'string' && isIsoDate(value);
  return true; // a category may hold any value readCell accepts
}

function checkRows(rows: unknown): asserts rows is readonly Row[] {
  if (!Array.isArray(rows)) {
    throw new TypeError(`rows: expected an array, got ${describe(rows)}`);
  }
  if (rows.length > MAX_ROWS) {
    throw new RangeError(
      `rows: expected at most ${MAX_ROWS} rows, got ${rows.length}`,
    );
  }
  rows.forEach((row, index) => {
    if (!isObject(row)) checkObject(row, `rows[${index}]`); // throws
  });
}

function checkColumnList(
  names: unknown,
  argument: string,
): asserts names is readonly string[] {
  if (!Array.isArray(names)) {
    throw new TypeError(
      `${argument}: expected an array of column names, ` +
        `got ${describe(names)}`,
    );
  }
  names.forEach((name, i) => checkColumnName(name, `${argument}[${i}]`));
}

function checkQuasiIdentifiers(
  value: unknown,
  argument: string,
): asserts value is QuasiIdentifiers {
  checkObject(value, argument);
  for (const [column, kind] of Object.entries(value)) {
    checkColumnName(column, argument);
    if (!KINDS.includes(kind as string)) {
      throw new RangeError(
        `${argument}.${shorten(column)}: expected one of ` +
          `${KINDS.join(', ')}, got ${describeOption(kind)}`,
      );
    }
  }
}

function checkColumnName(name: unknown, argument: string): void {
  if (typeof name !== 'string') {
    throw new TypeError(
      `${argument}: expected a column name, got ${describe(name)}`,
    );
  }
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new RangeError(
      `${argument}: expected a column name of 1 to ${MAX_NAME_LENGTH} ` +
        `characters, got ${name.length}`,
    );
  }
}

function checkZip(value: unknown, argument: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(
      `${argument}: expected a string of digits, got ${describe(value)}`,
    );
  }
  if (!isZip(value)) {
    // The message does not repeat the value: it is personal data.
    throw new RangeError(
      `${argument}: expected 1 to 10 digits 0-9, got another string`,
    );
  }
}

function checkIsoDate(
  value: unknown,
  argument: string,
): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(
      `${argument}: expected a YYYY-MM-DD string, got ${describe(value)}`,
    );
  }

  if (!isIsoDate(value)) {
    throw new RangeError(
      `${argument}: expected a real YYYY-MM-DD date, got another string`,
    );
  }
}

function isZip(value: string): boolean {
  return /^\d{1,10}$/.test(value);
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];

  // ISO 8601 counts Gregorian leap years also before 1582.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return lastDay !== undefined && day >= 1 && day <= lastDay;
}

function checkWholeNumber(
  value: unknown,
  argument: string,
  min: number,
  max: number,
): asserts value is number {
  if (typeof value !== 'number') {
    throw new TypeError(
      `${argument}: expected a whole number, got ${describe(value)}`,
    );
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${argument}: expected a whole number from ${min} to ${max}, ` +
        `got ${value}`,
    );
  }
}

function checkFraction(value: unknown, argument: string): void {
  if (typeof value !== 'number') {
    throw new TypeError(
      `${argument}: expected a number, got ${describe(value)}`,
    );
  }
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(
      `${argument}: expected a number from 0 to 1, got ${value}`,
    );
  }
}

function checkEpsilon(value: unknown, argument: string): void {
  if (typeof value !== 'number') {
    throw new TypeError(
      `${argument}: expected a number, got ${describe(value)}`,
    );
  }
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(
      `${argument}: expected a finite number above 0, got ${value}`,
    );
  }
}

function checkFunction(value: unknown, argument: string): void {
  if (typeof value !== 'function') {
    throw new TypeError(
      `${argument}: expected a function, got ${describe(value)}`,
    );
  }
}

function checkObject(
  value: unknown,
  argument: string,
): asserts value is Record<string, unknown> {
  if (!isObject(value)) {
    throw new TypeError(
      `${argument}: expected an object, got ${describe(value)}`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

function describeOption(value: unknown): string {
  // Options are code, not personal data: showing them helps.
  return typeof value === 'string' ? `'${shorten(value)}'` : describe(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
