// What 注册清单 shows of a profile's tracks: the labels of stored fields, a stored value as read, the
// tracks shown and the optional tracks chosen after a tick.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeValue, fieldLabels, moveSentence, shownTracks, toggledTracks } from '../../src/lib/checklist-view.ts';

const tracks = [
  { id: 'register', label: '注册', optional: false, steps: [{ id: 'account', label: '注册帐号' }] },
  { id: 'payment', label: '微信支付', optional: true, steps: [{ id: 'pay', label: '申请微信支付' }] },
  { id: 'open-platform', label: '开放平台', optional: true, steps: [] },
];
const labels = fieldLabels(tracks);

test('every stored field has its label', () => {
  assert.deepEqual(labels, {
    '#tracks': '可选项目', '#date': '提交主体信息的日期', register: '注册', account: '注册帐号',
    payment: '微信支付', pay: '申请微信支付', 'open-platform': '开放平台',
  });
});

const values: [value: unknown, read: string][] = [
  [['payment', 'open-platform'], '微信支付、开放平台'],
  [['unknown-track'], 'unknown-track'],
  [[], '（无）'],
  [null, '（无）'],
  [undefined, '（无）'],
  ['done', '已完成'],
  ['doing', '进行中'],
  ['todo', '未开始'],
  ['2024-05-01', '2024-05-01'],
];
for (const [value, read] of values) {
  test(`a stored ${JSON.stringify(value)} reads ${read}`, () => assert.equal(describeValue(value, labels), read));
}

const shown: [chosen: string[], ids: string[]][] = [
  [[], ['register']],
  [['open-platform'], ['register', 'open-platform']],
  [['payment', 'open-platform', 'gone'], ['register', 'payment', 'open-platform']],
];
for (const [chosen, ids] of shown) {
  test(`tracks shown with ${chosen.join(',') || 'none'} chosen`, () => assert.deepEqual(shownTracks(tracks, chosen).map((t) => t.id), ids));
}

const toggles: [chosen: string[], id: string, on: boolean, after: string[]][] = [
  [[], 'payment', true, ['payment']],
  [['open-platform'], 'payment', true, ['payment', 'open-platform']],
  [['payment', 'open-platform'], 'payment', false, ['open-platform']],
  [['gone', 'payment'], 'open-platform', false, ['payment']],
];
for (const [chosen, id, on, after] of toggles) {
  test(`ticking ${id} ${on ? 'on' : 'off'} over ${chosen.join(',') || 'none'}`, () => assert.deepEqual(toggledTracks(tracks, chosen, id, on), after));
}

// Issue 23: the list names only the ways of moving it that this device offers (no QR code on a phone, no export in WeChat).
const moves: [offers: { qr: boolean; exportFile: boolean }, sentence: string][] = [
  [{ qr: true, exportFile: true }, '换设备时，用带进度的链接或二维码，或导出文件再导入。'],
  [{ qr: false, exportFile: true }, '换设备时，用带进度的链接，或导出文件再导入。'],
  [{ qr: true, exportFile: false }, '换设备时，用带进度的链接或二维码。'],
  [{ qr: false, exportFile: false }, '换设备时，用带进度的链接（“复制链接”）。'],
];
for (const [offers, sentence] of moves) {
  test(`moveSentence: QR ${offers.qr ? 'offered' : 'not offered'}, export ${offers.exportFile ? 'offered' : 'not offered'}`, () => {
    assert.equal(moveSentence(offers), sentence);
  });
}
