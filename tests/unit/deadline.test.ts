import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, dateInZone, formatIso, isPastSafeDay, lastPossibleDayToRemit, parseDate, remittanceDeadline, safeDayToRemit,
  type DeadlineStatus, type PlainDate,
} from '../../src/lib/deadline.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const days = loadRuleSet().limits.remittance.deadlineDays;
const d = (iso: string): PlainDate => {
  const r = parseDate(iso);
  assert.ok(r.ok, iso);
  return r.date;
};

const parses: [input: string, iso: string | null][] = [
  ['2024-02-29', '2024-02-29'], ['2024/2/29', '2024-02-29'], ['2024年2月29日', '2024-02-29'], ['２０２４－０２－２９', '2024-02-29'],
  [' 2024-3-1 ', '2024-03-01'], ['2024.12.31', '2024-12-31'],
  // Pasted from a chat with invisible characters.
  ['\u200b2024-02-29', '2024-02-29'], ['2024\u200d-02-29\ufeff', '2024-02-29'], ['\u202e2024年2月29日\u202c', '2024-02-29'],
  ['\u200b', null],
  ['2023-02-29', null], ['2024-02-30', null], ['2024-13-01', null], ['2024-00-10', null], ['2024-04-31', null],
  ['', null], ['abc', null], ['24-02-29', null], ['1999-01-01', null], ['2024-02-29T00:00', null],
];
for (const [input, iso] of parses) {
  test(`parseDate(${JSON.stringify(input)})`, () => {
    const r = parseDate(input);
    if (iso === null) {
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(r.message.length > 0);
    } else {
      assert.ok(r.ok);
      if (r.ok) assert.equal(formatIso(r.date), iso);
    }
  });
}

// D4 gives two readings: the safe day counts the submission day as day 1 (submission + days - 1);
// the last possible day does not count it (开始的当日不计入, submission + days).
const readings: [submitted: string, safe: string, lastPossible: string][] = [
  ['2024-03-01', '2024-03-10', '2024-03-11'], // within a month
  ['2024-01-25', '2024-02-03', '2024-02-04'], // across a month end
  ['2024-01-22', '2024-01-31', '2024-02-01'], // the readings fall either side of a month end
  ['2024-12-25', '2025-01-03', '2025-01-04'], // across a year end
  ['2024-12-22', '2024-12-31', '2025-01-01'], // the readings fall either side of a year end
  ['2024-02-20', '2024-02-29', '2024-03-01'], // safe day on a leap day
  ['2024-02-29', '2024-03-09', '2024-03-10'], // starts on a leap day
  ['2023-02-20', '2023-03-01', '2023-03-02'], // no leap day in 2023
  ['2023-02-19', '2023-02-28', '2023-03-01'], // 2023: 28 February, then 1 March
  ['2024-04-25', '2024-05-04', '2024-05-05'], // 30-day month
];
for (const [submitted, safe, lastPossible] of readings) {
  test(`submitted ${submitted} -> safe day ${safe}, last possible day ${lastPossible}`, () => {
    assert.equal(formatIso(safeDayToRemit(d(submitted), days)), safe);
    assert.equal(formatIso(lastPossibleDayToRemit(d(submitted), days)), lastPossible);
    const deadline = remittanceDeadline(d(submitted), days, d(submitted));
    assert.equal(formatIso(deadline.safeDay), safe);
    assert.equal(formatIso(deadline.lastPossibleDay), lastPossible);
  });
}

test('the deadline counts from the data, not a typed number', () => {
  assert.equal(formatIso(safeDayToRemit(d('2024-03-01'), 3)), '2024-03-03');
  assert.equal(formatIso(lastPossibleDayToRemit(d('2024-03-01'), 3)), '2024-03-04');
  assert.equal(formatIso(safeDayToRemit(d('2024-03-01'), 1)), '2024-03-01');
  assert.equal(formatIso(lastPossibleDayToRemit(d('2024-03-01'), 1)), '2024-03-02');
});

// Where today stands against both readings, around each boundary.
const statuses: [submitted: string, today: string, expected: DeadlineStatus][] = [
  ['2024-02-29', '2024-02-29', { kind: 'open', daysLeft: days, isSafeDay: false }], // the submission day itself
  ['2024-02-29', '2024-03-08', { kind: 'open', daysLeft: 2, isSafeDay: false }],
  ['2024-02-29', '2024-03-09', { kind: 'open', daysLeft: 1, isSafeDay: true }], // the safe day
  ['2024-02-29', '2024-03-10', { kind: 'past-safe-day' }], // the reported case: in time only under the later reading
  ['2024-02-29', '2024-03-11', { kind: 'overdue', daysOverdue: 1 }], // late under both
  ['2024-02-29', '2024-04-01', { kind: 'overdue', daysOverdue: 22 }],
  ['2024-01-25', '2024-02-03', { kind: 'open', daysLeft: 1, isSafeDay: true }], // month end
  ['2024-01-25', '2024-02-04', { kind: 'past-safe-day' }],
  ['2024-01-25', '2024-02-05', { kind: 'overdue', daysOverdue: 1 }],
  ['2023-02-20', '2023-03-01', { kind: 'open', daysLeft: 1, isSafeDay: true }], // non-leap February
  ['2023-02-20', '2023-03-02', { kind: 'past-safe-day' }],
  ['2023-02-20', '2023-03-03', { kind: 'overdue', daysOverdue: 1 }],
  ['2024-12-22', '2024-12-31', { kind: 'open', daysLeft: 1, isSafeDay: true }], // year end
  ['2024-12-22', '2025-01-01', { kind: 'past-safe-day' }],
  ['2024-12-22', '2025-01-02', { kind: 'overdue', daysOverdue: 1 }],
  ['2024-03-05', '2024-03-01', { kind: 'not-yet-submitted', daysUntilSubmission: 4 }],
  ['2024-03-02', '2024-03-01', { kind: 'not-yet-submitted', daysUntilSubmission: 1 }],
];
for (const [submitted, today, expected] of statuses) {
  test(`submitted ${submitted}, today ${today}: ${expected.kind}`, () => {
    const { status } = remittanceDeadline(d(submitted), days, d(today));
    assert.deepEqual(status, expected);
    assert.equal(isPastSafeDay(status), expected.kind === 'past-safe-day' || expected.kind === 'overdue');
  });
}

test(`day ${days} after submission is past the safe day but within the last possible day; day ${days + 1} is late under both`, () => {
  const submitted = d('2024-02-29');
  assert.deepEqual(remittanceDeadline(submitted, days, addDays(submitted, days - 1)).status, { kind: 'open', daysLeft: 1, isSafeDay: true });
  assert.deepEqual(remittanceDeadline(submitted, days, addDays(submitted, days)).status, { kind: 'past-safe-day' });
  assert.deepEqual(remittanceDeadline(submitted, days, addDays(submitted, days + 1)).status, { kind: 'overdue', daysOverdue: 1 });
});

// Today is the date in China, whatever the reader's clock zone.
const clocks: [instant: string, china: string][] = [
  ['2024-02-28T15:59:59Z', '2024-02-28'], // 23:59:59 in Beijing
  ['2024-02-28T16:00:00Z', '2024-02-29'], // midnight in Beijing: already the leap day
  ['2024-03-09T16:30:00Z', '2024-03-10'], // 00:30 on 10 March in Beijing, still 9 March in Europe and America
  ['2024-12-31T16:30:00Z', '2025-01-01'], // New Year in China, still 31 Dec in Europe and America
  ['2024-03-01T03:00:00Z', '2024-03-01'],
];
for (const [instant, china] of clocks) {
  test(`at ${instant} the date in China is ${china}`, () => {
    assert.equal(formatIso(dateInZone(new Date(instant))), china);
  });
}

// The reported case, from devices in other zones: the answer follows the date in China.
const elsewhere: [instant: string, zone: string, local: string, expected: DeadlineStatus][] = [
  ['2024-03-09T15:59:00Z', 'Europe/London', '2024-03-09', { kind: 'open', daysLeft: 1, isSafeDay: true }], // 23:59 on 9 March in Beijing
  ['2024-03-09T16:30:00Z', 'Europe/London', '2024-03-09', { kind: 'past-safe-day' }], // 00:30 on 10 March in Beijing
  ['2024-03-10T01:00:00Z', 'America/New_York', '2024-03-09', { kind: 'past-safe-day' }], // 09:00 on 10 March in Beijing
  ['2024-03-10T16:00:00Z', 'America/Los_Angeles', '2024-03-10', { kind: 'overdue', daysOverdue: 1 }], // midnight on 11 March in Beijing
];
for (const [instant, zone, local, expected] of elsewhere) {
  test(`submitted 2024-02-29, a device in ${zone} at ${instant}: ${expected.kind}`, () => {
    const now = new Date(instant);
    assert.equal(formatIso(dateInZone(now, zone)), local);
    assert.deepEqual(remittanceDeadline(d('2024-02-29'), days, dateInZone(now)).status, expected);
  });
}

test('addDays crosses month, year and leap day', () => {
  assert.equal(formatIso(addDays(d('2024-02-28'), 1)), '2024-02-29');
  assert.equal(formatIso(addDays(d('2023-02-28'), 1)), '2023-03-01');
  assert.equal(formatIso(addDays(d('2024-12-31'), 1)), '2025-01-01');
  assert.equal(formatIso(addDays(d('2024-03-01'), -1)), '2024-02-29');
});
