// A retention rule: records of one category may be kept for
// a number of years and months after an event, then they go
// (GDPR Art. 5(1)(e)). A legal hold keeps a record whatever
// the rule says.

export type Trigger = 'collected' | 'contract_end' | 'last_activity';

export interface Rule {
  category: string;
  /** The event the period is counted from. */
  trigger: Trigger;
  years: number;
  months: number;
}

export interface StoredRecord {
  id: string;
  subjectId: string;
  category: string;
  /** When each event happened, as YYYY-MM-DD (UTC). */
  dates: Partial<Record<Trigger, string>>;
}

/** A hold on one record, or on every record of one data subject. */
export type Hold = { recordId: string } | { subjectId: string };

/**
 * Whether `record` may be deleted on `today` (YYYY-MM-DD)
 * under `rule`.
 *
 * - The period ends `years` and `months` after the trigger
 *   date, on the same day of the month, or on the month's
 *   last day if it is shorter: 2025-01-31 + 1 month is
 *   2025-02-28, and 2024-02-29 + 1 year is 2025-02-28.
 * - The record is due from that day on, the day itself
 *   included.
 * - It is never due while its trigger has not happened, or
 *   while a hold covers it: a hold on its id or its subject.
 */
export function isDueForDeletion(
  record: StoredRecord,
  rule: Rule,
  holds: readonly Hold[],
  today: string,
): boolean {
  // A hold wins over every rule: check it first, so that no
  // date arithmetic can ever delete evidence.
  const held = holds.some((hold) =>
    'recordId' in hold
      ? hold.recordId === record.id
      : hold.subjectId === record.subjectId,
  );
  if (held) return false;

  // No event, no clock: a contract that has not ended keeps
  // its data.
  const start = record.dates[rule.trigger];
  if (start === undefined) return false;

  // YYYY-MM-DD strings compare in date order, so the
  // boundary day itself is due: deleteFrom <= today.
  const deleteFrom = addYearsAndMonths(start, rule.years, rule.months);
  return deleteFrom <= today;
}

// Calendar arithmetic on whole months. Days are not a unit
// here: a year is 365 or 366 days and a month 28 to 31, so
// counting days drifts by one for every leap year crossed.
// Date's own setUTCMonth overflows instead (Jan 31 + 1
// month gives Mar 3), so clamp to the last day of the
// target month.
function addYearsAndMonths(
  date: string,
  years: number,
  months: number,
): string {
  const [year, month, day] = date.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const total = year * 12 + (month - 1) + years * 12 + months;
  const y = Math.floor(total / 12);
  const m = total % 12; // 0 = January
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(day, lastDay);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${pad(m + 1)}-${pad(d)}`;
}
