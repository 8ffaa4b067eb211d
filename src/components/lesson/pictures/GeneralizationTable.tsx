// Lesson 4's picture: the example patients, generalized to the levels the reader picks, grouped
// into equivalence classes with k and l worked out by the snippet's own functions. Each class has
// a letter and a row count in its first cell; colour only repeats what the letter says.
import { useId, useState } from 'react';
import {
  EXAMPLE_PATIENTS,
  GENERALIZATION_LEVELS,
  equivalenceClasses,
  generalizeRows,
  kAnonymity,
  lDiversity,
} from '../../../../snippets/anonymization.ts';
import styles from './GeneralizationTable.module.css';

const QUASI_IDENTIFIERS = { age: 'age', zip: 'zip', birthDate: 'date', sex: 'category' } as const;
type Column = keyof typeof QUASI_IDENTIFIERS;
type Levels = Record<Column, number>;

const COLUMNS: readonly Column[] = ['age', 'zip', 'birthDate', 'sex'];
const LABELS: Record<Column, string> = {
  age: 'Age',
  zip: 'ZIP code',
  birthDate: 'Birth date',
  sex: 'Sex',
};
const NBSP = '\u00a0';
const TINTS = [styles.blue, styles.green, styles.orange, styles.purple, styles.red];

const PRESETS: readonly { name: string; levels: Levels }[] = [
  { name: 'As collected', levels: { age: 0, zip: 0, birthDate: 0, sex: 0 } },
  { name: 'k = 4, l = 1', levels: { age: 2, zip: 2, birthDate: 3, sex: 1 } },
  { name: 'k = 4, l = 3', levels: { age: 3, zip: 1, birthDate: 3, sex: 1 } },
];

export default function GeneralizationTable() {
  const id = useId();
  const [levels, setLevels] = useState<Levels>(PRESETS[0]!.levels);

  const rows = generalizeRows(EXAMPLE_PATIENTS, QUASI_IDENTIFIERS, levels);
  const classes = equivalenceClasses(rows, COLUMNS);
  const k = kAnonymity(rows, COLUMNS);
  const l = lDiversity(rows, COLUMNS, 'diagnosis');
  const levelNames = (column: Column) => GENERALIZATION_LEVELS[QUASI_IDENTIFIERS[column]];

  return (
    <figure className={`not-content ${styles.figure}`}>
      <fieldset className={styles.controls}>
        <legend>Generalize each quasi-identifier</legend>
        {COLUMNS.map((column) => (
          <label key={column} className={styles.control}>
            <span>{LABELS[column]}</span>
            <select
              value={levels[column]}
              onChange={(event) => setLevels({ ...levels, [column]: Number(event.target.value) })}
            >
              {levelNames(column).map((name, level) => (
                <option key={name} value={level}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <div className={styles.presets} role="group" aria-label="Presets">
          {PRESETS.map((preset) => (
            <button
              key={preset.name}
              type="button"
              className="pdl-button pdl-secondary"
              onClick={() => setLevels(preset.levels)}
            >
              {preset.name}
            </button>
          ))}
        </div>
      </fieldset>

      <p className={styles.summary} role="status">
        <strong>
          k{NBSP}={NBSP}
          {k}
        </strong>
        : {classes.length} classes, the smallest with {k}{' '}
        {k === 1 ? 'row, so someone is singled out' : 'rows'}.{' '}
        <strong>
          l{NBSP}={NBSP}
          {l}
        </strong>
        {l === 1 ? ': in some class everyone has the same diagnosis.' : '.'}
      </p>

      <p className={styles.title} id={`${id}-title`}>
        The twelve example patients, grouped by equal quasi-identifiers
      </p>
      <div className={styles.scroll} role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Diagnosis (sensitive)</th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {LABELS[column]}
                </th>
              ))}
              <th scope="col">Row</th>
            </tr>
          </thead>
          {classes.map((group, index) => {
            const letter = String.fromCharCode(65 + index);
            const size = group.indexes.length;
            const diagnoses = new Set(group.indexes.map((i) => rows[i]!.diagnosis)).size;
            return (
              <tbody key={letter} className={TINTS[index % TINTS.length]}>
                {group.indexes.map((rowIndex, position) => (
                  <tr key={rowIndex}>
                    {position === 0 && (
                      <th scope="rowgroup" rowSpan={size}>
                        {letter}
                        <span className={styles.size}>{count(size, 'row', 'rows')}</span>
                        <span className={styles.size}>
                          {size > 1 && diagnoses === 1 ? (
                            <strong>all one diagnosis</strong>
                          ) : (
                            count(diagnoses, 'diagnosis', 'diagnoses')
                          )}
                        </span>
                      </th>
                    )}
                    <td>{String(rows[rowIndex]!.diagnosis)}</td>
                    {COLUMNS.map((column) => (
                      <td key={column}>{String(rows[rowIndex]![column])}</td>
                    ))}
                    <td>{rowIndex + 1}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
      <figcaption>
        Rows that share every quasi-identifier form a class: someone who knows a patient's age, ZIP
        code, birth date and sex can narrow them down to that class, and no further. k is the size
        of the smallest class, l the fewest different diagnoses in any class. Computed with{' '}
        <code>generalizeRows</code>, <code>equivalenceClasses</code>, <code>kAnonymity</code> and{' '}
        <code>lDiversity</code>.
      </figcaption>
    </figure>
  );
}

/** "1 row", "4 rows", with a space that does not break. */
function count(n: number, one: string, many: string): string {
  return `${n}${NBSP}${n === 1 ? one : many}`;
}
