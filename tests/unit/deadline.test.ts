import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, dateInZone, deadlineIcs, escapeIcsText, foldIcsLine, formatIso, lastDayToRemit, parseDate, remittanceDeadline,
  type PlainDate,
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

// D4: the submission day is day 1, so the last day is submission + (days - 1).
const lastDays: [submitted: string, last: string][] = [
  ['2024-03-01', '2024-03-10'], // within a month
  ['2024-01-25', '2024-02-03'], // across a month end
  ['2024-12-25', '2025-01-03'], // across a year end
  ['2024-02-20', '2024-02-29'], // ends on a leap day
  ['2024-02-29', '2024-03-09'], // starts on a leap day
  ['2023-02-20', '2023-03-01'], // no leap day in 2023
  ['2024-04-25', '2024-05-04'], // 30-day month
];
for (const [submitted, last] of lastDays) {
  test(`submitted ${submitted} -> last day to remit ${last}`, () => {
    assert.equal(formatIso(lastDayToRemit(d(submitted), days)), last);
  });
}

test('the deadline counts from the data, not a typed number', () => {
  assert.equal(formatIso(lastDayToRemit(d('2024-03-01'), 3)), '2024-03-03');
  assert.equal(formatIso(lastDayToRemit(d('2024-03-01'), 1)), '2024-03-01');
});

const statuses: [submitted: string, today: string, expected: unknown][] = [
  ['2024-02-29', '2024-02-29', { kind: 'open', daysLeft: days, isLastDay: false }],
  ['2024-02-29', '2024-03-08', { kind: 'open', daysLeft: 2, isLastDay: false }],
  ['2024-02-29', '2024-03-09', { kind: 'open', daysLeft: 1, isLastDay: true }],
  ['2024-02-29', '2024-03-10', { kind: 'overdue', daysOverdue: 1 }],
  ['2024-02-29', '2024-04-01', { kind: 'overdue', daysOverdue: 23 }],
  ['2024-03-05', '2024-03-01', { kind: 'not-yet-submitted', daysUntilSubmission: 4 }],
];
for (const [submitted, today, expected] of statuses) {
  test(`submitted ${submitted}, today ${today}`, () => {
    assert.deepEqual(remittanceDeadline(d(submitted), days, d(today)).status, expected);
  });
}

// Today is the date in China, whatever the reader's clock zone.
const clocks: [instant: string, china: string][] = [
  ['2024-02-28T15:59:59Z', '2024-02-28'], // 23:59:59 in Beijing
  ['2024-02-28T16:00:00Z', '2024-02-29'], // midnight in Beijing: already the leap day
  ['2024-12-31T16:30:00Z', '2025-01-01'], // New Year in China, still 31 Dec in Europe and America
  ['2024-03-01T03:00:00Z', '2024-03-01'],
];
for (const [instant, china] of clocks) {
  test(`at ${instant} the date in China is ${china}`, () => {
    assert.equal(formatIso(dateInZone(new Date(instant))), china);
  });
}

test('a reader in New York at 20:00 on 9 March sees the deadline as passed in China', () => {
  const now = new Date('2024-03-10T01:00:00Z'); // 2024-03-09 20:00 in New York, 2024-03-10 09:00 in Beijing
  assert.equal(formatIso(dateInZone(now, 'America/New_York')), '2024-03-09');
  assert.deepEqual(remittanceDeadline(d('2024-02-29'), days, dateInZone(now)).status, { kind: 'overdue', daysOverdue: 1 });
});

test('addDays crosses month, year and leap day', () => {
  assert.equal(formatIso(addDays(d('2024-02-28'), 1)), '2024-02-29');
  assert.equal(formatIso(addDays(d('2023-02-28'), 1)), '2023-03-01');
  assert.equal(formatIso(addDays(d('2024-12-31'), 1)), '2025-01-01');
  assert.equal(formatIso(addDays(d('2024-03-01'), -1)), '2024-02-29');
});

test('iCalendar text escaping', () => {
  assert.equal(escapeIcsText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
});

test('long lines fold at 75 octets without splitting a Chinese character', () => {
  const line = 'SUMMARY:' + '对公打款'.repeat(20);
  const folded = foldIcsLine(line);
  const parts = folded.split('\r\n');
  assert.ok(parts.length > 1);
  for (const [i, part] of parts.entries()) {
    assert.ok(Buffer.byteLength(part) <= 75, `part ${i} is ${Buffer.byteLength(part)} octets`);
    if (i > 0) assert.ok(part.startsWith(' '));
  }
  assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
  assert.ok(!folded.includes('\uFFFD'));
});

test('the .ics file is one all-day event on the last day, with CRLF lines', () => {
  const deadline = remittanceDeadline(d('2024-02-29'), days, d('2024-03-01'));
  const ics = deadlineIcs({
    deadline, summary: '对公打款最后一天', description: '第一行\n第二行, 含逗号; 分号', url: 'https://docs.example.com/tools/quotas/',
    uidDomain: 'docs.example.com', now: new Date('2024-03-01T02:03:04.567Z'),
  });
  assert.ok(ics.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends in CRLF');
  const lines = ics.split('\r\n').slice(0, -1);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  for (const expected of [
    'VERSION:2.0', 'BEGIN:VEVENT', 'END:VEVENT',
    'UID:remittance-20240229-20240309@docs.example.com',
    'DTSTAMP:20240301T020304Z',
    'DTSTART;VALUE=DATE:20240309', 'DTEND;VALUE=DATE:20240310',
    'DESCRIPTION:第一行\\n第二行\\, 含逗号\\; 分号',
  ]) assert.ok(lines.includes(expected), expected);
  assert.ok(lines.some((l) => l.startsWith('PRODID:')));
});
