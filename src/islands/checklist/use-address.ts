// 注册清单's own address kept in step with the list (checklist-address.ts): replaced, never pushed,
// so back still leaves the page. Only once the link the page was opened with is answered (`settled`),
// so a reload before that still finds the link's progress in the address.
import { useEffect } from 'preact/hooks';
import { addressSearch } from '../../lib/checklist-address.ts';
import type { ProfileProgress } from '../../lib/checklist.ts';

export function useAddress(settled: boolean, stepIds: readonly string[], mine: ProfileProgress) {
  useEffect(() => {
    if (!settled) return;
    const search = addressSearch(location.search, stepIds, mine);
    if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
  }, [settled, mine]);
}
