// A link into 注册清单. `?tracks=` (the eligibility wizard's hand-over) sets the tracks of a new list;
// over saved progress it is only offered. `?progress=` (a share link, with its tracks) goes through the
// import preview. Once that is answered (`settled`), the page's address follows the list
// (use-address.ts) and no longer holds the link; as the address then carries progress on almost every
// visit, its decoder loads with the list, not with the share code.
import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { hasProgress, parseTracksParam, type ChecklistData } from '../../lib/checklist.ts';
import { setField } from '../../lib/checklist-merge.ts';
import { parseDate } from '../../lib/deadline.ts';
import type { Store } from '../../lib/storage.ts';
import type { TrackShape } from '../../lib/checklist-view.ts';
import { decodeProgress } from '../../lib/share-progress.ts';

/** `store` and `sync`: use-store.ts's. */
export function useChecklistLink(
  store: RefObject<Store<ChecklistData> | null>, sync: () => void, profile: string, tracks: readonly TrackShape[], stepIds: string[],
) {
  /** Tracks from a `?tracks=` link that differ from the saved ones, offered until the reader answers. */
  const [offer, setOffer] = useState<string[] | null>(null);
  /** What was ignored in the link, as sentences. */
  const [notes, setNotes] = useState<string[]>([]);
  /** Progress from a share link (`?progress=`), handed to Tools to load or offer. */
  const [incoming, setIncoming] = useState<ChecklistData | null>(null);
  /** A link's progress loaded without asking (nothing was saved): said at the top, as its 撤销 sits at the foot of a long list. */
  const [linkLoaded, setLinkLoaded] = useState(false);
  /** The address not read yet: until then it is left as it came. */
  const [reading, setReading] = useState(true);

  // After the store's own effect (declared before this hook), so the saved progress is loaded.
  useEffect(() => {
    const s = store.current!;
    const params = new URLSearchParams(location.search);
    const link = parseTracksParam(params.get('tracks'), tracks);
    const found: string[] = [];
    const junk = link?.junk.join('、').slice(0, 100);
    if (junk) found.push(`链接中的“${junk}”不是本清单的可选项目，已忽略。`);
    const applyTracks = () => {
      if (!link || !(link.ids.length || !link.junk.length)) return;
      const saved = s.current.profiles[profile];
      if (!hasProgress(saved)) { s.update((d) => setField(d, profile, '#tracks', link.ids, Date.now())); sync(); }
      else if (JSON.stringify(saved!.tracks.value ?? []) !== JSON.stringify(link.ids)) setOffer(link.ids);
    };
    const shared = params.get('progress');
    const r = shared === null ? null : decodeProgress(shared, stepIds, link ? link.ids : null, Date.now(), (iso) => parseDate(iso).ok);
    if (r?.ok) { setIncoming({ profiles: { [profile]: r.progress } }); setLinkLoaded(!hasProgress(s.current.profiles[profile])); }
    else {
      // A refused progress still leaves the link's tracks, handled as a plain ?tracks= link.
      if (r) found.push(`链接中的进度无法读取（${r.reason}），已忽略；你的进度没有改变。`);
      applyTracks();
    }
    setNotes(found);
    setReading(false);
    sync();
  }, []);

  /**
   * No progress from the link waits for an answer: the address may follow the list (and a reload then
   * asks nothing). An offer of tracks does not hold it: it is a choice, not progress, and a reader who
   * ticks on without answering should still forward their progress.
   */
  const settled = !reading && !incoming;
  return { offer, setOffer, notes, incoming, setIncoming, linkLoaded, settled };
}
