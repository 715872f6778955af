import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockEnd, blockStart, replaceBlock, weightTable, type MeasuredPage } from '../../scripts/bench-readme.ts';

const bytes = (gzip: number) => ({ raw: gzip * 3, gzip });
const page = (path: string, before: number, all = before, search = 10_000, share = 0, jsFiles: string[] = []): MeasuredPage => ({
  page: path, html: bytes(5000), css: bytes(4000), jsBeforeInteraction: bytes(before), jsAll: bytes(all),
  jsSearch: bytes(search), jsShare: bytes(share), jsCalendar: bytes(0), jsApprox: bytes(7900), jsCards: bytes(2300), jsFiles, jsSearchFiles: [], jsShareFiles: [],
});
const island = ['dist/_astro/EligibilityWizard.AbC-12.js'];

test('the weight table gives each kind of page its range, budget and smallest headroom', () => {
  const table = weightTable([
    page('/', 1300), page('/guide/introduction/', 1800), page('/guide/registration/', 4000, 16000),
    page('/tools/eligibility/', 16000, 16000, 10000, 0, island), page('/tools/eligibility/subject-personal/', 16400, 16400, 10000, 0, island),
    page('/tools/eligibility/subject-government/email-no/', 11500, 11500, 10000, 5800),
    page('/tools/checklist/personal/', 23000, 23000, 10000, 5900),
  ], 16000);
  const row = (label: string) => table.split('\n').find((l) => l.startsWith(`| ${label} |`));
  assert.equal(row('其他页面（章节、首页、规则依据、规则变迁…）'), '| 其他页面（章节、首页、规则依据、规则变迁…） | 2 | 交互前 1.3 KB–1.8 KB | 6.0 KB | 4,344 B |');
  assert.equal(row('嵌入计算器或类目查询的章节，交互前'), '| 嵌入计算器或类目查询的章节，交互前 | 1 | 交互前 3.9 KB | 6.0 KB | 2,144 B |');
  assert.equal(row('资格自查的问题（在页内作答）'), '| 资格自查的问题（在页内作答） | 2 | 全部 15.6 KB–16.0 KB | 21.0 KB | 5,104 B |');
  assert.equal(row('资格自查的结果（静态页面）'), '| 资格自查的结果（静态页面） | 1 | 全部 11.2 KB | 21.0 KB | 10,004 B |');
  assert.equal(row('配额计算'), '| 配额计算 | 0 | – | – | – |');
  assert.equal(row('打开搜索（代码 + 索引，在页面之外）'), '| 打开搜索（代码 + 索引，在页面之外） | – | 9.8 KB + 15.6 KB | 40.0 KB | 14,960 B |');
  assert.equal(row('拼写容错 Fuse.js（有错拼的查询才加载，在页面和搜索之外）'), '| 拼写容错 Fuse.js（有错拼的查询才加载，在页面和搜索之外） | – | 7.7 KB | 8.0 KB | 292 B |');
  assert.equal(row('打开分享面板（在页面之外）'), '| 打开分享面板（在页面之外） | – | 5.7 KB–5.8 KB | – | – |');
});

test('replaceBlock rewrites only what is between the markers, and refuses a README without them', () => {
  const readme = `# T\n\nbefore\n${blockStart}\nold figures\n${blockEnd}\nafter\n`;
  assert.equal(replaceBlock(readme, 'new'), `# T\n\nbefore\n${blockStart}\nnew\n${blockEnd}\nafter\n`);
  assert.equal(replaceBlock(replaceBlock(readme, 'new'), 'new'), replaceBlock(readme, 'new'));
  assert.throws(() => replaceBlock('# T\n', 'x'), /markers/);
});
