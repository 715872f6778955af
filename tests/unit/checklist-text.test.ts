import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistText, type ChecklistTextInput } from '../../src/lib/checklist-text.ts';
import { statusLabels } from '../../src/lib/checklist.ts';
import { isWeChat } from '../../src/lib/wechat.ts';

const tracks: ChecklistTextInput['tracks'] = [
  { label: '注册帐号', optional: false, steps: [{ id: 'a', label: '打开注册页面' }, { id: 'b', label: '激活邮箱' }] },
  { label: '微信支付', optional: true, steps: [{ id: 'c', label: '申请微信支付' }] },
];
const url = 'https://docs.example.com/tools/checklist/personal/?progress=1.210..t';
const deadline = { submitted: '2026年1月15日', safeDay: '2026年1月24日', lastPossibleDay: '2026年1月25日', deadlineDays: 10 };
const none = { done: 0, doing: 0, total: 2, percent: 0 };

const cases: [name: string, input: ChecklistTextInput, expected: string][] = [
  ['nothing done yet: every step 未开始, no deadline', { profileLabel: '个人', tracks: tracks.slice(0, 1), statusOf: {}, statusLabels, progress: none, deadline: null, url }, [
    '注册清单：个人',
    '已完成 0 / 2 步（0%）',
    '',
    '【注册帐号】',
    '1. [未开始] 打开注册页面',
    '2. [未开始] 激活邮箱',
    '',
    `清单链接（含进度）：${url}`,
  ].join('\n')],
  ['statuses, an optional track numbered on, the date and both deadline readings', { profileLabel: '企业 · 对公打款', tracks, statusOf: { a: 'done', c: 'doing' }, statusLabels, progress: { done: 1, doing: 1, total: 3, percent: 33 }, deadline, url }, [
    '注册清单：企业 · 对公打款',
    '已完成 1 / 3 步（33%），进行中 1 步',
    '',
    '【注册帐号】',
    '1. [已完成] 打开注册页面',
    '2. [未开始] 激活邮箱',
    '',
    '【微信支付（可选）】',
    '3. [进行中] 申请微信支付',
    '',
    '提交主体信息：2026年1月15日',
    '对公打款（指南：请在10天内完成汇款，否则将注册失败）：最稳妥 2026年1月24日 及以前（提交当天算第 1 天）；最晚可能 2026年1月25日（提交当天不计入）。日期按北京时间，两种算法都是本站的解读（D4）。',
    '',
    `清单链接（含进度）：${url}`,
  ].join('\n')],
];
for (const [name, input, expected] of cases) test(`checklistText: ${name}`, () => assert.equal(checklistText(input), expected));

test('checklistText: plain text only, no markup a chat would show as is', () => {
  const text = checklistText({ profileLabel: '个人', tracks, statusOf: { a: 'done' }, statusLabels, progress: none, deadline, url });
  assert.doesNotMatch(text, /[<>*#`]|\t/);
});

const agents: [ua: string, weChat: boolean][] = [
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN', true],
  ['Mozilla/5.0 (Linux; Android 13; V2055A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64', true],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090a13) XWEB/9129 Flue', true],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1', false],
  ['Mozilla/5.0 (Linux; Android 10; HarmonyOS) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0 Mobile Safari/537.36 wxwork/4.1.0 MicroMessenger/7.0.1', true],
  ['', false],
];
for (const [ua, expected] of agents) test(`isWeChat: ${ua.slice(0, 60) || '(empty)'}…`, () => assert.equal(isWeChat(ua), expected));
