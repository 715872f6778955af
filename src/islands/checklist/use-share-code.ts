// What only a hand-off needs (a link's notices, an import's list of changes) loads with the share
// panel's code, when first needed (share-actions.tsx, shareCode).
import { useEffect, useState } from 'preact/hooks';
import { shareCode } from '../share-actions.tsx';

type ShareCode = typeof import('../share-panel.tsx');

/** The share code once `wanted`, else null. */
export function useShareCode(wanted: boolean): ShareCode | null {
  const [code, setCode] = useState<ShareCode | null>(null);
  useEffect(() => { if (wanted && !code) shareCode().then(setCode, () => {}); }, [wanted]);
  return code;
}
