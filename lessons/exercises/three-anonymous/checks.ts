import { assert } from 'chai';
import {
  equivalenceClasses,
  kAnonymity,
  type Row,
} from './anonymization.ts';
import { generalize } from './exercise.ts';

// The survey from exercise.ts, copied so that editing it there
// does not change what is checked.
const survey: readonly Row[] = Object.freeze(
  [
    [34, '10115', 'F', 'insomnia'],
    [38, '10117', 'F', 'sleep apnea'],
    [31, '10119', 'M', 'insomnia'],
    [36, '10178', 'M', 'narcolepsy'],
    [33, '10179', 'F', 'sleep apnea'],
    [39, '10115', 'M', 'insomnia'],
    [52, '12043', 'M', 'sleep apnea'],
    [57, '12045', 'F', 'insomnia'],
    [55, '12047', 'M', 'restless legs'],
    [51, '12049', 'F', 'sleep apnea'],
    [58, '12043', 'F', 'narcolepsy'],
    [46, '12045', 'M', 'insomnia'],
  ].map(([age, zip, sex, condition]) =>
    Object.freeze({ age, zip, sex, condition }),
  ),
);
const columns = ['age', 'zip', 'sex'];

/** Whether a generalized value still holds the original one. */
function covers(column: string, value: unknown, original: unknown) {
  if (value === original || value === '*') return true;
  if (typeof value !== 'string') return false;
  if (column === 'age') {
    const band = /^(\d+)-(\d+)$/.exec(value);
    const age = original as number;
    return band !== null && +band[1]! <= age && age <= +band[2]!;
  }
  if (column === 'zip') {
    const zip = original as string;
    return (
      value.length === zip.length &&
      [...value].every((c, i) => c === '*' || c === zip[i])
    );
  }
  return false;
}

export const checks = {
  'makes the table 3-anonymous on age, zip and sex': () => {
    const released = generalize(survey);
    const k = kAnonymity(released, columns);
    const smallest = equivalenceClasses(released, columns).sort(
      (a, b) => a.indexes.length - b.indexes.length,
    )[0];
    assert.isAtLeast(
      k,
      3,
      `k is ${k}: the class ${JSON.stringify(smallest?.values)} ` +
        `has only rows ${smallest?.indexes.join(', ')}`,
    );
  },
  'keeps every row, in order, with its condition': () => {
    const released = generalize(survey);
    assert.lengthOf(released, survey.length, 'no row may be removed');
    assert.deepEqual(
      released.map((row) => row.condition),
      survey.map((row) => row.condition),
    );
  },
  'keeps every quasi-identifier useful: two or more values each':
    () => {
      const released = generalize(survey);
      for (const column of columns) {
        const values = new Set(released.map((row) => row[column]));
        assert.isAtLeast(
          values.size,
          2,
          `${column} has one value left: it no longer says anything`,
        );
      }
    },
  'generalizes truthfully: each value still holds the original': () => {
    const released = generalize(survey);
    released.forEach((row, i) => {
      for (const column of columns) {
        const original = survey[i]![column];
        assert.isTrue(
          covers(column, row[column], original),
          `row ${i}: ${column} ${JSON.stringify(row[column])} ` +
            `does not hold ${JSON.stringify(original)}`,
        );
      }
    });
  },
};
