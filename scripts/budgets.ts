// The byte budgets (gzip), written once: tests/dist/budget.test.ts and share-budget.test.ts assert
// them, and `npm run bench` prints each beside what was measured (README, Performance).
export const KB = 1024;

/** Every guide page, embedding a tool or not, before the reader interacts. */
export const guideBeforeInteraction = 6 * KB;
/** Opening the site search: its code plus the index. */
export const searchOpen = 40 * KB;
/**
 * Fuse.js, the typo tolerance of the site search and the category browser (src/lib/search/fuse-match.ts):
 * loaded only for a query with a typo (kuadi), beyond opening search or the category filter, as the
 * homophone table is; not part of a page's or the opened search's total.
 */
export const approxOnDemand = 8 * KB;
/**
 * The answer cards (src/client/search/search-cards.ts): loaded with the search's first query, beyond
 * opening search (2.3 KB on 2026-12-05; opening search had no room left for them once cards quoted
 * tables exactly and the vocabulary grew).
 */
export const cardsOnFirstQuery = 3 * KB;
/** Opening the share panel on a checklist. */
export const shareOpen = 8 * KB;
/**
 * HTML of a 资格自查 page (its CSS inlined, ~8 KB of it). 22 KB since issue 21: an outcome now gives
 * today's rule beside the guide's in its card, lines and steps, with sources (个人's longest outcome
 * measured 20.5 KB on 2026-12-05, up from 17.5 KB).
 */
export const eligibilityHtml = 22 * KB;
/** The home page's JavaScript in total (the chrome every page carries and the 问一句 box's hand-off to search: 1.4 KB on 2026-12-05). */
export const homeJs = 2 * KB;

// A tool page's budget: 21 KB gzip of JavaScript in total (20 KB until the site menu and the section
// bar joined the chrome every page carries). The hand-off buttons (复制链接 / 复制为文字 / 二维码, issue 14)
// load with the checklists and the wizard's outcomes; what they open is counted apart (jsShare,
// share-budget.test.ts). 资格自查 had 23 KB while its island ran the outcomes too; since its outcomes
// became static pages (2026-12-05: questions 15.8 KB, outcomes 11.3 KB) it is back under 21 KB. The
// checklists get 24 KB: merging tabs field by field, the import preview with undo, the read-only mode and
// the task-list rows cost ~2 KB, the share link with progress and the WeChat notices ~1.5 KB more.
// 配额计算 (four calculators) gets 22 KB: its deadline calculator says what to do instead of the .ics
// download in WeChat's browser.
export const toolBudgets = { checklist: 24 * KB, quotas: 22 * KB, other: 21 * KB };

/** The JavaScript budget, in total, of a page under /tools/. */
export function toolBudget(page: string): number {
  if (page.startsWith('/tools/checklist/') && page !== '/tools/checklist/') return toolBudgets.checklist;
  return page === '/tools/quotas/' ? toolBudgets.quotas : toolBudgets.other;
}
