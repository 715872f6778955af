// 注册清单's saved progress: the store in localStorage (versioned, validated, merged with other tabs,
// never silently dropped), what it reports about itself, and the edits that go through it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { checklistSchema, type ChecklistData } from '../../lib/checklist.ts';
import { Store, type KeptAside, type Locked } from '../../lib/storage.ts';

export type Edit = (change: (data: ChecklistData) => ChecklistData) => void;
export interface StoreInfo { persistent: boolean; locked: Locked | null; aside: KeptAside[]; reason?: string; migratedFrom?: number }

export function useChecklistStore() {
  const store = useRef<Store<ChecklistData> | null>(null);
  const [data, setData] = useState<ChecklistData>(checklistSchema.empty());
  const [info, setInfo] = useState<StoreInfo>({ persistent: true, locked: null, aside: [] });

  /** Shows what the store holds now. */
  const sync = () => {
    const s = store.current!;
    setData(s.current);
    setInfo((i) => ({ ...i, persistent: s.persistent, locked: s.locked, aside: s.keptAside() }));
  };
  const edit: Edit = (change) => { store.current?.update(change); sync(); };
  const unlock = () => { store.current?.unlock(); sync(); };
  const discard = (key: string) => { store.current?.discardAside(key); setInfo((i) => ({ ...i, reason: undefined })); sync(); };

  useEffect(() => {
    const s = new Store(checklistSchema, () => window.localStorage);
    store.current = s;
    const report = s.load();
    setInfo({ persistent: true, locked: null, aside: [], reason: report.unreadable?.reason, migratedFrom: report.migratedFrom });
    sync();
    const onStorage = (e: StorageEvent) => {
      if ((e.key === null || e.key === checklistSchema.key) && s.absorb(e.newValue)) sync();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return { store, data, info, sync, edit, unlock, discard };
}
