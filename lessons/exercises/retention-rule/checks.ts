import { assert } from 'chai';
import {
  isDueForDeletion,
  type Rule,
  type StoredRecord,
} from './exercise.ts';

const invoices: Rule = {
  category: 'invoice',
  trigger: 'collected',
  years: 10,
  months: 0,
};
const accounts: Rule = {
  category: 'customer_account',
  trigger: 'contract_end',
  years: 3,
  months: 0,
};

function invoice(collected: string, id = 'inv-1'): StoredRecord {
  return {
    id,
    subjectId: 's-ana',
    category: 'invoice',
    dates: { collected },
  };
}

function rule(years: number, months: number): Rule {
  return { ...invoices, years, months };
}

// Asks on two days: the last day it must be kept, and the
// first day it may go.
function assertBoundary(
  collected: string,
  r: Rule,
  lastKept: string,
  firstDue: string,
) {
  const record = invoice(collected);
  assert.isFalse(
    isDueForDeletion(record, r, [], lastKept),
    `${collected} + ${r.years}y ${r.months}m: not due on ${lastKept}`,
  );
  assert.isTrue(
    isDueForDeletion(record, r, [], firstDue),
    `${collected} + ${r.years}y ${r.months}m: due on ${firstDue}`,
  );
}

export const checks = {
  'a record past its retention period is due': () => {
    const record = invoice('2014-11-20');
    assert.isTrue(isDueForDeletion(record, invoices, [], '2025-06-01'));
  },
  'a record within its retention period is not due': () => {
    const record = invoice('2019-03-04');
    assert.isFalse(
      isDueForDeletion(record, invoices, [], '2025-06-01'),
    );
  },
  'is due on the day the period ends, not the day before': () => {
    assertBoundary(
      '2019-03-04',
      rule(6, 0),
      '2025-03-03',
      '2025-03-04',
    );
  },
  'adds calendar years: 2024-02-29 plus one year ends on 2025-02-28':
    () => {
      assertBoundary(
        '2024-02-29',
        rule(1, 0),
        '2025-02-27',
        '2025-02-28',
      );
      assertBoundary(
        '2024-02-29',
        rule(4, 0),
        '2028-02-28',
        '2028-02-29',
      );
    },
  'adds calendar months, ending on the last day of a shorter month':
    () => {
      assertBoundary(
        '2025-01-31',
        rule(0, 1),
        '2025-02-27',
        '2025-02-28',
      );
      assertBoundary(
        '2024-01-31',
        rule(0, 1),
        '2024-02-28',
        '2024-02-29',
      );
      assertBoundary(
        '2023-08-31',
        rule(0, 6),
        '2024-02-28',
        '2024-02-29',
      );
      assertBoundary(
        '2024-11-30',
        rule(1, 3),
        '2026-02-27',
        '2026-02-28',
      );
    },
  'counts from the rule’s trigger, not from collection': () => {
    const record: StoredRecord = {
      id: 'acct-ana',
      subjectId: 's-ana',
      category: 'customer_account',
      dates: { collected: '2016-04-09', contract_end: '2022-05-31' },
    };
    const r = accounts;
    assert.isFalse(
      isDueForDeletion(record, r, [], '2025-05-30'),
      'contract ended 2022-05-31, 3 years: not due on 2025-05-30',
    );
    assert.isTrue(
      isDueForDeletion(record, r, [], '2025-05-31'),
      'contract ended 2022-05-31, 3 years: due on 2025-05-31',
    );
  },
  'a record whose trigger has not happened is never due': () => {
    const record: StoredRecord = {
      id: 'acct-bob',
      subjectId: 's-bob',
      category: 'customer_account',
      dates: { collected: '2001-05-12' }, // still a customer
    };
    assert.isFalse(
      isDueForDeletion(record, accounts, [], '2025-06-01'),
      'no contract_end date yet: the clock has not started',
    );
  },
  'a record under a hold on its id is never due, even long past':
    () => {
      const record = invoice('1990-01-01', 'inv-old');
      const holds = [{ recordId: 'inv-old' }];
      assert.isFalse(
        isDueForDeletion(record, invoices, holds, '2025-06-01'),
        'a hold on inv-old keeps it',
      );
    },
  'a hold on the subject keeps every record of theirs': () => {
    const record = invoice('1990-01-01');
    const holds = [{ subjectId: 's-ana' }];
    assert.isFalse(
      isDueForDeletion(record, invoices, holds, '2025-06-01'),
      'a hold on s-ana keeps her records',
    );
  },
  'a hold on someone or something else does not keep it': () => {
    const record = invoice('1990-01-01');
    const holds = [{ subjectId: 's-bob' }, { recordId: 'inv-2' }];
    assert.isTrue(
      isDueForDeletion(record, invoices, holds, '2025-06-01'),
      'holds on s-bob and on inv-2 do not cover inv-1 of s-ana',
    );
  },
};
