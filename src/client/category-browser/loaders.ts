// The code the category browser loads on demand, through the one loader (../load-once.ts): the
// edition view (when an edition is named or picked, or with the filter), and the filter's query code
// with the synonyms' reading on the reader's first use of the filter. A failure is said in the status line.
import { categoryRecord } from '../../lib/categories.ts';
import type { Searcher } from '../../lib/search/query.ts';
import type { Item } from '../category-editions-view.ts';
import { once } from '../load-once.ts';

type View = typeof import('../category-editions-view.ts');
type Understand = typeof import('../../lib/category-synonyms.ts');

const viewCode = once(() => import('../category-editions-view.ts'));
const filterCode = once(() => Promise.all([import('../../lib/search/query.ts'), import('../../lib/category-synonyms.ts')]));

/** The code loaded so far (null until it has). */
export interface Loaded { view: View | null; searcher: Searcher<Item> | null; understand: Understand | null }

/** The browser's loaders; `ready` runs once the filter can filter. */
export function createLoaders(status: HTMLElement, items: Item[], ready: () => void) {
  const loaded: Loaded = { view: null, searcher: null, understand: null };
  const loadView = () => viewCode().then((m) => (loaded.view = m), (e: unknown) => {
    status.textContent = '版本切换功能加载失败；下方仍是默认显示的最新一版类目表。';
    throw e;
  });
  const filterReady = once(() => Promise.all([filterCode(), loadView()]).then(([[{ createIndex, createSearcher }, u]]) => {
    loaded.searcher = createSearcher(items, createIndex(items.map(categoryRecord)));
    loaded.understand = u;
    ready();
  }));
  const loadSearcher = () => filterReady().catch(() => { status.textContent = '筛选功能加载失败；下方仍是完整类目表。'; });
  return { loaded, loadView, loadSearcher };
}
