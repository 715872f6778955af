// The values the site search matches against, per record and field (t, y, k, p, i, b).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordValues } from '../../src/lib/search/record-values.ts';
import { distinctShortValues } from '../../src/lib/search/match.ts';
import type { SearchDoc } from '../../src/lib/search/types.ts';

const doc = (d: Partial<SearchDoc>): SearchDoc => ({ k: 'section', t: '', h: '/', c: '', s: '', ...d });
const pinyinWords = [{ w: '汇款', s: ['hui', 'kuan'] }];

test('a record: title, title pinyin and initials, keywords with context, domain-word pinyin, body', () => {
  const [values] = recordValues([doc({ t: '对公打款', s: 'dui gong da kuan', w: 'R19', c: '小程序注册' })], ['十日内完成汇款'], [], pinyinWords);
  assert.deepEqual(values, [['对公打款'], ['duigongdakuan', 'dgdk'], ['r19 小程序注册'], ['huikuan'], ['hk'], ['十日内完成汇款']]);
});

test('table: overrides and exceptions', () => {
  const cases: [name: string, d: Partial<SearchDoc>, body: string, title: string | undefined, field: number, expected: string[]][] = [
    ['a given title replaces the shown one', { t: '出行与交通 › 打车', k: 'qualification' }, '', '出行与交通 打车', 0, ['出行与交通 打车']],
    ['a documents line is searched with the body', { t: '打车', k: 'qualification', q: '需《网络预约出租汽车经营许可证》' }, '快车', undefined, 5, ['快车 需《网络预约出租汽车经营许可证》']],
    ['a history entry gets no initials', { t: '备案', s: 'bei an', k: 'history' }, '', undefined, 1, ['beian']],
    ['a long title gets no title pinyin', { t: '一'.repeat(17), s: 'yi '.repeat(17).trim() }, '', undefined, 1, []],
    ['no body, no body value', { t: '开发者' }, '', undefined, 5, []],
  ];
  for (const [name, d, body, title, field, expected] of cases) {
    assert.deepEqual(recordValues([doc(d)], [body], [title], pinyinWords)[0]![field], expected, name);
  }
});

test('short values with letters are listed once, with every record holding them; the body is left out', () => {
  const values = [[['a'], ['kaifazhe']], [['b'], ['kaifazhe']], [['c'], ['x']]];
  assert.deepEqual(distinctShortValues(values, 5), [{ key: 1, value: 'kaifazhe', refs: [0, 1] }]);
  assert.deepEqual(distinctShortValues([[['ab'], ['cd']]], 1), [{ key: 0, value: 'ab', refs: [0] }]);
});
