// Tables for anonymization.ts: the generalization hierarchies (what each
// level of each kind of quasi-identifier does) and a small example table.
//
// A hierarchy runs from level 0 (the value as it is) to a last level that
// hides the value entirely ('*'), as in Sweeney's "Achieving k-anonymity
// privacy protection using generalization and suppression" (2002).

/** The kinds of quasi-identifier that `anonymization.ts` can generalize. */
export type QuasiIdentifierKind = 'age' | 'zip' | 'date' | 'category';

/** Width in years of the age band at levels 0 to 3; level 4 hides it. */
export const AGE_BAND_WIDTHS: readonly number[] = [1, 5, 10, 20];

/** Leading ZIP digits kept at levels 0 to 4; level 5 hides the code. */
export const ZIP_DIGITS_KEPT: readonly number[] = [5, 4, 3, 2, 1];

/** Precision of a date at levels 0 to 2; level 3 hides it. */
export const DATE_PRECISIONS: readonly ('day' | 'month' | 'year')[] = [
  'day',
  'month',
  'year',
];

/**
 * What each level means, per kind: index = level. A lesson can show these
 * beside a slider, and `levels.age` may be any index of `age`'s list.
 */
export const GENERALIZATION_LEVELS: Readonly<
  Record<QuasiIdentifierKind, readonly string[]>
> = {
  age: ['exact age', '5-year band', '10-year band', '20-year band', 'hidden'],
  zip: ['5 digits', '4 digits', '3 digits', '2 digits', '1 digit', 'hidden'],
  date: ['day', 'month', 'year', 'hidden'],
  category: ['exact value', 'hidden'],
};

/** A row of the example table (a type, so it fits `Row`'s index). */
export type ExamplePatient = {
  age: number;
  zip: string;
  birthDate: string;
  sex: string;
  diagnosis: string;
};

/**
 * Twelve invented patients, for lessons and tests, ages as of 2026-01-01.
 * As they are, every row is unique on (age, zip): k = 1. With ages in
 * 10-year bands and ZIP codes cut to three digits, k = 4, yet everyone in
 * the 30-39 group has cancer (l = 1): the homogeneity attack that
 * Machanavajjhala et al. describe.
 */
export const EXAMPLE_PATIENTS: readonly ExamplePatient[] = [
  row(28, '13053', '1997-02-11', 'F', 'heart disease'),
  row(29, '13068', '1996-07-30', 'F', 'heart disease'),
  row(21, '13068', '2004-01-05', 'M', 'viral infection'),
  row(23, '13053', '2002-09-17', 'M', 'viral infection'),
  row(41, '14853', '1984-03-22', 'F', 'cancer'),
  row(45, '14853', '1980-11-02', 'M', 'heart disease'),
  row(47, '14850', '1978-06-14', 'M', 'viral infection'),
  row(49, '14850', '1976-12-25', 'F', 'viral infection'),
  row(31, '13053', '1994-04-08', 'M', 'cancer'),
  row(37, '13053', '1988-08-19', 'F', 'cancer'),
  row(36, '13068', '1989-10-01', 'M', 'cancer'),
  row(35, '13068', '1990-05-27', 'F', 'cancer'),
];

function row(
  age: number,
  zip: string,
  birthDate: string,
  sex: string,
  diagnosis: string,
): ExamplePatient {
  return Object.freeze({ age, zip, birthDate, sex, diagnosis });
}
