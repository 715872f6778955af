// A subject type the 2018 guide did not cover (海外主体, today.yaml's subjects): the wizard offers it,
// marked as answered by today's rules, and goes straight to its outcome, every row of which names
// today's sources; the copied text says what it rests on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatOutcomeText } from '../../../src/lib/eligibility/outcome-text.ts';
import { todayOutcomeTextInput } from '../../../src/lib/eligibility/outcome-text-input.ts';
import { stateTitle } from '../../../src/lib/eligibility/outcome.ts';
import { nextQuestion, question, todaySubjectOf } from '../../../src/lib/eligibility/questions.ts';
import { parseTokens, statePath } from '../../../src/lib/eligibility/state-path.ts';
import { questionData } from '../../../src/lib/eligibility/data.ts';
import { data } from './fixture.ts';

const overseas = data.todaySubjects.find((s) => s.id === 'overseas')!;

test('海外主体 is offered after the guide\'s six subject types, marked as answered by today\'s rules', () => {
  const options = question('subject', {}, data).options;
  assert.deepEqual(options.map((o) => o.value), [...data.subjects.map((s) => s.id), 'overseas']);
  assert.deepEqual(options.filter((o) => o.today).map((o) => o.label), ['海外主体']);
  assert.match(options.at(-1)!.hint!, /指南未涉及/);
});

test('choosing it is the whole flow: no question of the guide follows', () => {
  assert.equal(nextQuestion({ subject: 'overseas' }, data), null);
  assert.equal(statePath({ answers: { subject: 'overseas' }, help: false }, data), '/tools/eligibility/subject-overseas/');
  assert.equal(stateTitle({ answers: { subject: 'overseas' }, help: false }, data), overseas.headline);
  // Answers of the guide's questions in its address do not apply, and are named as dropped.
  const { state, dropped } = parseTokens(['subject-overseas', 'email-yes', 'age-no'], data);
  assert.deepEqual(state.answers, { subject: 'overseas' });
  assert.deepEqual(dropped.map((d) => d.reason), ['not-applicable', 'not-applicable']);
  assert.equal(todaySubjectOf({ subject: 'enterprise' }, data), undefined);
});

test('every answer names its sources with a confidence, and says 未核实 where nothing reliable was found', () => {
  for (const a of overseas.answers) {
    assert.ok(a.sources.length > 0 && a.sources.every((s) => s.url.startsWith('https://') && s.confidence), a.id);
    assert.match(a.checked, /^\d{4}-\d{2}-\d{2}$/);
    assert.notEqual(a.checked, data.source.asOfDate);
    if (a.status === 'unverified') assert.match(a.text, /未(能)?核实/, a.id);
  }
  const ids = overseas.answers.map((a) => a.id);
  for (const topic of ['register', 'verification', 'filing', 'categories', 'payment']) assert.ok(ids.includes(topic), topic);
  assert.match(overseas.answers.find((a) => a.id === 'filing')!.text, /无需备案和年审/);
});

test('the questions carry the option, not the answers (they are read at build time)', () => {
  const q = questionData(data);
  assert.deepEqual(q.todaySubjects.map((s) => [s.id, s.answers.length, s.next.length]), [['overseas', 0, 0]]);
});

test('复制为文字 says the guide does not cover it, and gives each row with its source', () => {
  const text = formatOutcomeText(todayOutcomeTextInput(overseas, data.source.asOfDate), 'https://example.test/x/');
  assert.match(text, /^微信小程序资格自查：海外主体可以注册小程序/);
  assert.match(text, /2018-04-16 版《微信小程序接入指南》未涉及海外主体，以下按现行来源/);
  assert.match(text, /小程序备案与年审：现在：都不需要.*可信度高；\d{4}-\d{2}-\d{2} 核对）/);
  assert.match(text, /接下来怎么做：\n1\. 注册/);
});
