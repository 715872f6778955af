// The code the category browser loads on demand, through the one loader (../load-once.ts): the
// edition view (when an edition is named or picked, or with the filter), the filter's matcher (the site
// search's one matcher, category-match.ts) on the reader's first use of the filter, and Fuse.js
// (fuse-match.ts, a chunk of its own, shared with the site search) only when a filter text needs typo
// tolerance (kuadi). A failure is said in the status line.
import type { CategoryMatcher } from '../../lib/category-match.ts';
import type { CategorySynonyms } from '../../lib/category-synonyms.ts';
import type { Item } from '../category-editions-view.ts';
import { once } from '../load-once.ts';

type View = typeof import('../category-editions-view.ts');

const viewCode = once(() => import('../category-editions-view.ts'));
const filterCode = once(() => import('../../lib/category-match.ts'));
const approxCode = once(() => import('../../lib/search/fuse-match.ts'));

/** The code loaded so far (null until it has). */
export interface Loaded { view: View | null; matcher: CategoryMatcher<Item> | null }

/** The browser's loaders; `ready` runs once the filter can filter (and again once typo tolerance can). */
export function createLoaders(status: HTMLElement, items: Item[], synonyms: CategorySynonyms, ready: () => void) {
  const loaded: Loaded = { view: null, matcher: null };
  const loadView = () => viewCode().then((m) => (loaded.view = m), (e: unknown) => {
    status.textContent = '版本切换功能加载失败；下方仍是默认显示的最新一版类目表。';
    throw e;
  });
  const filterReady = once(() => Promise.all([filterCode(), loadView()]).then(([{ createCategoryMatcher }]) => {
    loaded.matcher = createCategoryMatcher(items, synonyms);
    ready();
  }));
  const loadSearcher = () => filterReady().catch(() => { status.textContent = '筛选功能加载失败；下方仍是完整类目表。'; });
  /** Fuse, for a filter text with a typo: the filter runs again once it is there. */
  const loadApprox = () => approxCode().then((m) => { loaded.matcher?.setApprox(m.fuseMatcher); ready(); }, () => {});
  return { loaded, loadView, loadSearcher, loadApprox };
}
