// A retention rule: records of one category may be kept for
// a number of years and months after an event, then they go
// (GDPR Art. 5(1)(e)). A legal hold keeps a record whatever
// the rule says.
//
// Complete isDueForDeletion so that it follows the doc
// comment. This first try counts days, not calendar years
// and months, and it knows nothing about holds or about
// events that have not happened yet.

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
  const start = Date.parse(record.dates[rule.trigger] ?? '1970-01-01');
  const days = rule.years * 365 + rule.months * 30;
  const end = start + days * 24 * 60 * 60 * 1000;
  return Date.parse(today) >= end;
}
