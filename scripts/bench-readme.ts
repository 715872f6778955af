// The README's figures block (between the bench markers), rewritten by `npm run bench` from what it
// measured, so that each figure is stated once and cannot drift from the code: the stage times of the
// test command, then the JavaScript each kind of page loads beside its budget (scripts/budgets.ts).
import type { PageWeight } from './page-weight.ts';
import { approxOnDemand, cardsOnFirstQuery, guideBeforeInteraction, KB, searchOpen, toolBudget } from './budgets.ts';

export const blockStart = '<!-- bench:start (written by npm run bench; edit scripts/bench-readme.ts instead) -->';
export const blockEnd = '<!-- bench:end -->';

export interface MeasuredPage extends PageWeight { page: string }

/** The kinds of page the README reports, each with how its pages are found and which figure counts. */
interface Kind { label: string; pages: (p: MeasuredPage) => boolean; figure: 'before' | 'all'; budget: (p: string) => number }
const guideBudget = () => guideBeforeInteraction;
const isTool = (p: MeasuredPage) => p.page.startsWith('/tools/');
const embedsTool = (p: MeasuredPage) => p.jsAll.gzip > p.jsBeforeInteraction.gzip;
const isWizard = (p: MeasuredPage) => p.page.startsWith('/tools/eligibility/');
/** A question's page has the wizard's island; an outcome's page is a static document. */
const asksInPlace = (p: MeasuredPage) => p.jsFiles.some((f) => /[\\/]EligibilityWizard\.[\w-]+\.js$/.test(f));
export const kinds: Kind[] = [
  { label: '其他页面（章节、首页、规则依据、规则变迁…）', pages: (p) => !isTool(p) && !embedsTool(p), figure: 'before', budget: guideBudget },
  { label: '嵌入计算器或类目查询的章节，交互前', pages: (p) => !isTool(p) && embedsTool(p), figure: 'before', budget: guideBudget },
  { label: '资格自查的问题（在页内作答）', pages: (p) => isWizard(p) && asksInPlace(p), figure: 'all', budget: toolBudget },
  { label: '资格自查的结果（静态页面）', pages: (p) => isWizard(p) && !asksInPlace(p), figure: 'all', budget: toolBudget },
  { label: '配额计算', pages: (p) => p.page === '/tools/quotas/', figure: 'all', budget: toolBudget },
  { label: '注册清单（每种主体）', pages: (p) => /^\/tools\/checklist\/[^/]+\/$/.test(p.page), figure: 'all', budget: toolBudget },
  { label: '注册清单目录', pages: (p) => p.page === '/tools/checklist/', figure: 'all', budget: toolBudget },
  { label: '类目查询', pages: (p) => p.page === '/tools/categories/', figure: 'all', budget: toolBudget },
  { label: '类目与资质表', pages: (p) => /^\/tools\/categories\/[^/]+\/$/.test(p.page), figure: 'all', budget: toolBudget },
];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const range = (values: number[]) => {
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return kb(min) === kb(max) ? kb(max) : `${kb(min)}–${kb(max)}`;
};

/** One row per kind: pages, measured range, budget, and the smallest headroom. */
export function weightTable(pages: readonly MeasuredPage[], indexGzip: number): string {
  const rows = kinds.map((k) => {
    const mine = pages.filter(k.pages);
    if (mine.length === 0) return `| ${k.label} | 0 | – | – | – |`;
    const figure = (p: MeasuredPage) => (k.figure === 'before' ? p.jsBeforeInteraction : p.jsAll).gzip;
    const headroom = Math.min(...mine.map((p) => k.budget(p.page) - figure(p)));
    const budgets = [...new Set(mine.map((p) => kb(k.budget(p.page))))].join('、');
    const what = k.figure === 'before' ? '交互前' : '全部';
    return `| ${k.label} | ${mine.length} | ${what} ${range(mine.map(figure))} | ${budgets} | ${headroom.toLocaleString('en')} B |`;
  });
  const search = Math.max(...pages.map((p) => p.jsSearch.gzip));
  const share = pages.map((p) => p.jsShare.gzip).filter((b) => b > 0);
  const calendar = pages.map((p) => p.jsCalendar.gzip).filter((b) => b > 0);
  const approx = Math.max(0, ...pages.map((p) => p.jsApprox.gzip));
  const cards = Math.max(0, ...pages.map((p) => p.jsCards.gzip));
  return [
    '| 页面 | 页数 | JavaScript (gzip) | 预算 | 最小余量 |',
    '|---|---|---|---|---|',
    ...rows,
    `| 打开搜索（代码 + 索引，在页面之外） | – | ${kb(search)} + ${kb(indexGzip)} | ${kb(searchOpen)} | ${(searchOpen - search - indexGzip).toLocaleString('en')} B |`,
    `| 拼写容错 Fuse.js（有错拼的查询才加载，在页面和搜索之外） | – | ${approx ? kb(approx) : '–'} | ${kb(approxOnDemand)} | ${(approxOnDemand - approx).toLocaleString('en')} B |`,
    `| 答案卡片（搜索的第一次查询时加载，在打开搜索之外） | – | ${cards ? kb(cards) : '–'} | ${kb(cardsOnFirstQuery)} | ${(cardsOnFirstQuery - cards).toLocaleString('en')} B |`,
    `| 打开分享面板（在页面之外） | – | ${share.length ? range(share) : '–'} | – | – |`,
    `| 生成日历文件（在页面之外） | – | ${calendar.length ? range(calendar) : '–'} | – | – |`,
  ].join('\n');
}

/** The README with its figures block replaced (the markers stay); throws when the markers are missing. */
export function replaceBlock(readme: string, block: string): string {
  const start = readme.indexOf(blockStart);
  const end = readme.indexOf(blockEnd);
  if (start < 0 || end < start) throw new Error('README.md: the bench markers are missing');
  return `${readme.slice(0, start + blockStart.length)}\n${block}\n${readme.slice(end)}`;
}
