// A link into 注册清单. `?tracks=` (the eligibility wizard's hand-over) sets the tracks of a new list;
// over saved progress it is only offered. `?progress=` (a share link, with its tracks) goes through the
// import preview; its decoder comes with the share code, loaded only for such a link. Once all that is
// answered (`settled`), the page's address follows the list (use-address.ts) and no longer holds the link.
import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { hasProgress, parseTracksParam, type ChecklistData } from '../../lib/checklist.ts';
import { setField } from '../../lib/checklist-merge.ts';
import { parseDate } from '../../lib/deadline.ts';
import type { Store } from '../../lib/storage.ts';
import type { TrackShape } from '../../lib/checklist-view.ts';
import { shareCode } from '../share-actions.tsx';

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
  /** A `?progress=` being decoded (its code loading): until then the address keeps it. */
  const [reading, setReading] = useState(true);

  // After the store's own effect (declared before this hook), so the saved progress is loaded.
  useEffect(() => {
    const s = store.current!;
    const params = new URLSearchParams(location.search);
    const link = parseTracksParam(params.get('tracks'), tracks);
    const found: string[] = [];
    const junk = link?.junk.join('、').slice(0, 100);
    if (junk) found.push(`链接中的“${junk}”不是本清单的可选项目，已忽略。`);
    const shared = params.get('progress');
    const applyTracks = () => {
      if (!link || !(link.ids.length || !link.junk.length)) return;
      const saved = s.current.profiles[profile];
      if (!hasProgress(saved)) { s.update((d) => setField(d, profile, '#tracks', link.ids, Date.now())); sync(); }
      else if (JSON.stringify(saved!.tracks.value ?? []) !== JSON.stringify(link.ids)) setOffer(link.ids);
    };
    // A refused progress still leaves the link's tracks, handled as a plain ?tracks= link.
    const refuse = (why: string) => { setNotes((n) => [...n, `链接中的进度${why}，已忽略；你的进度没有改变。`]); applyTracks(); };
    if (shared !== null) {
      shareCode().then(({ decodeProgress }) => {
        const r = decodeProgress(shared, stepIds, link ? link.ids : null, Date.now(), (iso) => parseDate(iso).ok);
        if (r.ok) { setIncoming({ profiles: { [profile]: r.progress } }); setLinkLoaded(!hasProgress(s.current.profiles[profile])); }
        else refuse(`无法读取（${r.reason}）`);
        setReading(false);
      }, () => refuse('未能加载（网络问题），可刷新页面再试')); // still `reading`: the address keeps the link to try again
    }
    setNotes(found);
    if (shared === null) { applyTracks(); setReading(false); }
    sync();
  }, []);

  /** Nothing of the link waits for an answer: the address may follow the list (and a reload then asks nothing). */
  const settled = !reading && !offer && !incoming;
  return { offer, setOffer, notes, incoming, setIncoming, linkLoaded, settled };
}
