import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate, remittanceDeadline, type PlainDate } from '../../src/lib/deadline.ts';
import { deadlineEventText, deadlineIcs, escapeIcsText, foldIcsLine } from '../../src/lib/ics.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const rules = loadRuleSet();
const days = rules.limits.remittance.deadlineDays;
const d = (iso: string): PlainDate => {
  const r = parseDate(iso);
  assert.ok(r.ok, iso);
  return r.date;
};

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

/** Undoes folding and TEXT escaping, to read a property back. */
function property(ics: string, name: string): string | undefined {
  const line = ics.replace(/\r\n /g, '').split('\r\n').find((l) => l.startsWith(`${name}:`));
  return line?.slice(name.length + 1).replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
}

test('the .ics file is one all-day event on the safe day, with CRLF lines', () => {
  const deadline = remittanceDeadline(d('2024-02-29'), days, d('2024-03-01'));
  const ics = deadlineIcs({
    deadline, deadlineDays: days, url: 'https://docs.example.com/tools/quotas/',
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
    'URL:https://docs.example.com/tools/quotas/',
  ]) assert.ok(lines.includes(expected), expected);
  assert.ok(lines.some((l) => l.startsWith('PRODID:')));
  for (const l of lines) assert.ok(Buffer.byteLength(l) <= 75, l);
  const { summary, description } = deadlineEventText(deadline, days);
  assert.equal(property(ics, 'SUMMARY'), summary);
  assert.equal(property(ics, 'DESCRIPTION'), description);
});

test('the event quotes the source as the source and names both dates as the site\'s reading', () => {
  const deadline = remittanceDeadline(d('2024-02-29'), days, d('2024-03-01'));
  const { summary, description } = deadlineEventText(deadline, days);
  const source = rules.rules.find((r) => r.id === 'R20')!.text; // 请在…天内完成汇款，否则将注册失败。
  assert.ok(description.includes(`原文：“${source}”`), description);
  assert.ok(description.includes('本站的解读（D4'), description);
  assert.ok(description.includes('2024年3月9日及以前汇款'), 'the safe day');
  assert.ok(description.includes('提交当天算第 1 天'));
  assert.ok(description.includes('最晚可能到2024年3月10日'), 'the last possible day');
  assert.ok(description.includes('提交主体信息日期：2024年2月29日'));
  assert.ok(!/按原文/.test(description + summary), 'the reading is never presented as the source');
  assert.ok(summary.includes('最稳妥'));
});
