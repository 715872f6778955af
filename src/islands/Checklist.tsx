// 注册清单: the steps of one profile with a status each, progress, the remittance deadline, and the
// reader's progress kept in localStorage (versioned, validated, merged with other tabs, never silently
// dropped). Every control that needs the island stays disabled until it has loaded (`ready`).
// State: checklist/use-store.ts (saved progress), use-link.ts (?tracks=, ?progress=), use-submitted-date.ts;
// the page's address follows the list (use-address.ts), so sharing it carries the progress;
// views: checklist/track-list.tsx (progress, tracks, steps), tools.tsx (share, export, import, reset).
import { useEffect, useState } from 'preact/hooks';
import { emptyProfileProgress, progress, statusLabels, statusMap, type Status } from '../lib/checklist.ts';
import { withShareParams } from '../lib/checklist-address.ts';
import { setField } from '../lib/checklist-merge.ts';
import { describeValue, fieldLabels, shownTracks, toggledTracks } from '../lib/checklist-view.ts';
import { formatChinese } from '../lib/deadline.ts';
import { isWeChat } from '../lib/wechat.ts';
import type { RuleLinks } from './rule-ref.tsx';
import { qrMedia, shareCode } from './share-actions.tsx';
import { useAddress } from './checklist/use-address.ts';
import { useShareCode } from './checklist/use-share-code.ts';
import { DeadlineField } from './checklist/deadline-field.tsx';
import { Notices } from './checklist/store-notices.tsx';
import { Tools } from './checklist/tools.tsx';
import { checkId } from './checklist/step-row.tsx';
import { ProgressLine, TrackChoice, TrackSection, type ChecklistTrackView } from './checklist/track-list.tsx';
import { useChecklistLink } from './checklist/use-link.ts';
import { useChecklistStore } from './checklist/use-store.ts';
import { useSubmittedDate } from './checklist/use-submitted-date.ts';

export type { ChecklistStep } from './checklist/step-row.tsx';
export type { ChecklistTrackView };
/** Sharing's code (share-progress, checklist-text), loaded with the share panel when first needed. */

export interface ChecklistProps {
  profile: string;
  profileLabel: string;
  tracks: ChecklistTrackView[];
  /** Days to remit (R20) when this profile verifies by remittance. */
  deadlineDays: number | null;
  links: RuleLinks;
  /** Links to the rules page entry of each cited rule. */
  ruleHrefs: RuleLinks;
}

// "继续上次的清单" links to #step-<id>: once unchosen tracks are gone the browser's scroll is off, so
// bring that step back into view and put focus on its checkbox.
function useStepFromAddress(ready: boolean) {
  useEffect(() => {
    const id = ready && location.hash.startsWith('#step-') ? location.hash.slice(6) : '';
    const box = id && document.getElementById(checkId(id));
    if (!box) return;
    box.closest('li')!.scrollIntoView({ block: 'start' });
    box.focus({ preventScroll: true });
  }, [ready]);
}

export default function Checklist({ profile, profileLabel, tracks, deadlineDays, links, ruleHrefs }: ChecklistProps) {
  const stepIds = tracks.flatMap((t) => t.steps.map((s) => s.id));
  const { store, data, info, sync, edit, unlock, discard } = useChecklistStore();
  const link = useChecklistLink(store, sync, profile, tracks, stepIds);
  const code = useShareCode(link.notes.length > 0 || link.linkLoaded || !!link.offer);
  const [ready, setReady] = useState(false);
  const [weChat, setWeChat] = useState(false);
  const [qr, setQr] = useState(false);
  useEffect(() => { setWeChat(isWeChat(navigator.userAgent)); setQr(matchMedia(qrMedia).matches); setReady(true); }, []);
  useStepFromAddress(ready);

  const mine = data.profiles[profile] ?? emptyProfileProgress();
  const set = (field: string, value: Status | string[] | string | null) => edit((d) => setField(d, profile, field, value, Date.now()));
  const date = useSubmittedDate(mine.submittedOn.value, (iso) => set('#date', iso), deadlineDays);
  const statusOf = statusMap(mine);
  const off = !ready || !!info.locked;
  const chosen = mine.tracks.value ?? [];
  const visible = ready ? shownTracks(tracks, chosen) : tracks;
  const p = progress(visible.flatMap((t) => t.steps.map((s) => s.id)), statusOf);
  const optional = tracks.filter((t) => t.optional);
  const labels = fieldLabels(tracks);
  const answerOffer = (use: boolean) => {
    if (use) set('#tracks', link.offer);
    link.setOffer(null);
  };
  useAddress(ready && link.settled, stepIds, mine);

  /** This page with the chosen tracks and the progress, to open on another device (share-progress.ts). */
  const shareUrl = () => new URL(location.pathname + withShareParams('', stepIds, mine, Date.now()), location.href).href;
  const { deadline } = date;
  const share = {
    url: shareUrl,
    text: async () => (await shareCode()).checklistText({
      profileLabel, tracks: visible, statusOf, statusLabels, progress: p, url: shareUrl(),
      deadline: deadline && deadlineDays !== null ? {
        submitted: formatChinese(deadline.submitted), safeDay: formatChinese(deadline.safeDay),
        lastPossibleDay: formatChinese(deadline.lastPossibleDay), deadlineDays,
      } : null,
    }),
  };
  const deadlineField = deadlineDays === null ? null
    : (stepId: string) => <DeadlineField stepId={stepId} date={date} deadlineDays={deadlineDays} off={off} links={links} />;

  return (
    <div class="checklist" data-ready={ready ? 'true' : undefined}>
      <div class="js-only">
        {!ready && <p class="calc-note checklist-loading">清单功能加载中，加载完成前不能记录进度。</p>}
        <Notices info={info} unlock={unlock} onDiscard={discard} exportFile={!weChat} />
        {code && <code.LinkNotices link={link} chosen={chosen} show={(v) => describeValue(v, labels)} off={off} answerOffer={answerOffer} />}
      </div>
      <ProgressLine progress={p} />
      {optional.length > 0 && (
        <TrackChoice optional={optional} chosen={(id) => !ready || chosen.includes(id)} off={off}
          toggle={(id, on) => set('#tracks', toggledTracks(tracks, chosen, id, on))} />
      )}
      {visible.map((t) => (
        <TrackSection track={t} statusOf={statusOf} labels={labels} off={off} set={set} ruleHrefs={ruleHrefs} deadlineField={deadlineField} />
      ))}
      <Tools data={data} profile={profile} profileLabel={profileLabel} labels={labels} edit={edit} ready={ready} off={off}
        share={share} weChat={weChat} qr={qr} incoming={link.incoming} linkDone={() => link.setIncoming(null)} />
    </div>
  );
}
