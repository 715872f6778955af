// Every static 资格自查 page says what the engine says for the answers in its path, and the pages
// are exactly the engine's states: a reader without JavaScript reaches the same, correct outcome.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, htmlFiles, pagePath, read } from './helpers.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { eligibilityData } from '../../src/lib/eligibility/data.ts';
import { evaluate } from '../../src/lib/eligibility/outcome.ts';
import { outcomeSummary } from '../../src/lib/eligibility/summary.ts';
import { guideLabel, todayValues, type TodayValues } from '../../src/lib/now-text.ts';
import { nextQuestion, question, todaySubjectOf } from '../../src/lib/eligibility/questions.ts';
import { allStates, parseTokens, pathTokens, statePath } from '../../src/lib/eligibility/state-path.ts';

const data = eligibilityData(loadRuleSet());
const pages = new Map(htmlFiles().filter((f) => pagePath(f).startsWith('/tools/eligibility/')).map((f) => [pagePath(f), read(f)]));
/** The page's visible text (tags removed, entities decoded, whitespace collapsed), without the island's props. */
const textOf = (html: string) => decodeEntities(html.replace(/<astro-island[^>]*>/g, '<astro-island>').replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ''))
  .replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ');

test('the static pages are exactly the wizard\'s states', () => {
  const expected = allStates(data).map((s) => statePath(s, data)).sort();
  assert.deepEqual([...pages.keys()].sort(), expected);
});

test('every static page shows the question or the outcome the engine gives for its path', () => {
  const problems: string[] = [];
  for (const [path, html] of pages) {
    const parsed = parseTokens(pathTokens(path) ?? [], data);
    if (parsed.dropped.length) problems.push(`${path}: path does not parse cleanly`);
    const text = textOf(html);
    const expect = (snippet: string, what: string) => { if (!text.includes(squash(snippet))) problems.push(`${path}: missing ${what}: ${snippet}`); };
    // A help page shows the method's options (older help links come before 微信支付 is answered).
    const q = parsed.state.help ? 'path' : nextQuestion(parsed.state.answers, data);
    if (q) {
      const asked = question(q, parsed.state.answers, data);
      if (!parsed.state.help) expect(asked.title, 'question');
      for (const o of asked.options) {
        expect(o.label, 'option');
        const target = statePath({ answers: { ...parsed.state.answers, [q]: o.value }, help: false }, data);
        if (!html.includes(`href="${target}"`)) problems.push(`${path}: no plain link to ${target}`);
      }
      continue;
    }
    // A subject type the guide did not cover (海外主体): said once, then every row today's, with its sources.
    const today = todaySubjectOf(parsed.state.answers, data);
    if (today) {
      expect(today.headline, 'headline');
      expect(`${guideLabel(data.source.asOfDate)}：未涉及${today.label}`, 'that the guide does not cover it');
      for (const a of today.answers) {
        expect(a.label, 'row');
        expect(`现在：${a.text}`, 'row with today\'s value');
        for (const src of a.sources) if (!html.includes(`href="${src.url}"`)) problems.push(`${path}: ${a.label} does not link ${src.url}`);
      }
      today.next.forEach((st) => expect(st.text, 'next step'));
      continue;
    }
    const outcome = evaluate(parsed.state.answers, data);
    expect(outcome.headline, 'headline');
    // Where today differs, the guide's answer and today's are on the same line (only citations between them).
    // Several statements follow in order, each after the previous one's sources.
    const both = (guide: string, now: TodayValues, what: string) => {
      const guideText = squash(`${guideLabel(data.source.asOfDate)}：${guide}`);
      let at = text.indexOf(guideText);
      let gap = 60;
      if (at >= 0) at += guideText.length;
      for (const n of todayValues(now)) {
        const next = at < 0 ? -1 : text.indexOf(squash(`现在：${n.text}`), at);
        if (at < 0 || next < 0 || next - at > gap) { problems.push(`${path}: ${what} does not give today's value on its line: ${guide}`); return; }
        at = next + squash(`现在：${n.text}`).length;
        gap = 400;
      }
    };
    for (const r of outcomeSummary(outcome, parsed.state.answers, data)) {
      expect(`${r.label}${r.now ? `${guideLabel(data.source.asOfDate)}：` : ''}${r.text}`, 'summary row');
      both(r.text, r.now, 'summary row');
    }
    for (const r of outcome.reasons) {
      expect(r.text, 'reason');
      if (r.remedy) expect(r.remedy.text, 'what to do about it');
      for (const id of r.rules) if (!html.includes(`href="${data.rules[id]!.path}"`)) problems.push(`${path}: reason does not link ${id}`);
    }
    for (const s of outcome.sections) {
      expect(s.title, 'section');
      s.lines.forEach((l) => { expect(l.text, 'line'); both(l.text, l.now, 'line'); });
    }
    for (const r of outcome.reasons) both(r.text, r.now, 'reason');
    // 备案 is in every outcome's next steps, with what today's sources say about it.
    const filing = outcome.steps.find((st) => st.id === 'icp-filing');
    if (!filing?.now) problems.push(`${path}: 接下来 has no 备案 step with today's rule`);
    else expect(`现在：${filing.now.text}`, '备案 today');
    for (const m of outcome.members) expect(`${m.label}${m.developers}${m.testers}`, 'member quota');
    for (const s of outcome.steps) {
      const guideFirst = s.now && s.rules.length > 0 ? `${guideLabel(data.source.asOfDate)}：` : '';
      expect(`${s.condition ? `（选择${s.condition}时）` : ''}${guideFirst}${s.text}`, 'step');
      if (guideFirst) both(s.text, s.now, 'step');
      for (const id of s.rules) if (!html.includes(`href="${data.rules[id]!.path}"`)) problems.push(`${path}: step does not link ${id}`);
      if (s.deadline) expect(s.deadline.text, 'deadline');
    }
    // A reader who cannot register still sees the rest of the path, set apart as "满足以上条件后".
    if (outcome.canRegister === text.includes('满足以上条件后')) problems.push(`${path}: "满足以上条件后" shown wrongly`);
    if (outcome.otherSubject) expect(outcome.otherSubject.text, 'another subject type');
    if (!text.includes('2018 年后的已知变化')) problems.push(`${path}: no "2018 年后的已知变化" section`);
    // 备案 for every reader; 个人认证 for 个人 only (whatever the engine says, the page must say this).
    const note = (id: string) => data.superseded.find((n) => n.id === id)!.title;
    if (!text.includes(note('filing'))) problems.push(`${path}: no 备案 note`);
    if (text.includes(note('personal-certification')) !== (parsed.state.answers.subject === 'personal')) problems.push(`${path}: 个人认证 note shown wrongly`);
    for (const id of outcome.knownChanges) {
      const note = data.superseded.find((n) => n.id === id)!;
      expect(note.text, `superseded note ${id}`);
      for (const src of note.sources) if (!html.includes(`href="${src.url}"`)) problems.push(`${path}: note ${id} does not link its source`);
    }
    for (const d of outcome.decisions) expect(data.decisions[d]!.title, `decision ${d}`);
    if (!html.includes(`class="wz-verdict ${outcome.canRegister ? "wz-yes" : "wz-no"}"`)) problems.push(`${path}: verdict style does not match`);
  }
  assert.deepEqual(problems, []);
});
