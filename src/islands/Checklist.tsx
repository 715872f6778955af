// 注册清单: the steps of one profile with a status each, progress, the remittance deadline, and the
// reader's progress kept in localStorage (versioned, validated, merged with other tabs, never silently
// dropped). Every control that needs the island stays disabled until it has loaded (`ready`).
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checklistSchema, emptyProfileProgress, hasProgress, parseTracksParam, progress, statusLabels, statusMap,
  type ChecklistData, type ProfileProgress, type Status,
} from '../lib/checklist.ts';
import { setField } from '../lib/checklist-merge.ts';
import { chinaTimeZone, dateInZone, formatChinese, formatIso, isPastSafeDay, parseDate, remittanceDeadline, type PlainDate } from '../lib/deadline.ts';
import { Store } from '../lib/storage.ts';
import { RuleRef, type RuleLinks } from './rule-ref.tsx';
import { DeadlineSummary } from './deadline-view.tsx';
import { IcsButton } from './ics-button.tsx';
import { isWeChat } from '../lib/wechat.ts';
import { describe, Notices, Tools, type Edit, type StoreInfo } from './checklist-tools.tsx';
import { checkId, StepRow, type ChecklistStep } from './checklist-step.tsx';

export type { ChecklistStep };
/** Sharing's code (share-progress, checklist-text), loaded with the share panel when first needed. */
const shareCode = () => import('./share-panel.tsx');
export interface ChecklistTrackView { id: string; label: string; optional: boolean; steps: ChecklistStep[] }

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

export default function Checklist({ profile, profileLabel, tracks, deadlineDays, links, ruleHrefs }: ChecklistProps) {
  const store = useRef<Store<ChecklistData> | null>(null);
  const [data, setData] = useState<ChecklistData>(checklistSchema.empty());
  const [ready, setReady] = useState(false);
  const [info, setInfo] = useState<StoreInfo>({ persistent: true, locked: null, aside: [] });
  /** Tracks from a `?tracks=` link that differ from the saved ones, offered until the reader answers. */
  const [offer, setOffer] = useState<string[] | null>(null);
  /** What was ignored in the link, as sentences. */
  const [notes, setNotes] = useState<string[]>([]);
  /** Progress from a share link (`?progress=`), handed to Tools to load or offer. */
  const [incoming, setIncoming] = useState<ChecklistData | null>(null);
  /** A link's progress loaded without asking (nothing was saved): said at the top, as its 撤销 sits at the foot of a long list. */
  const [linkLoaded, setLinkLoaded] = useState(false);
  const [weChat, setWeChat] = useState(false);
  const [dateRaw, setDateRaw] = useState('');
  const [today, setToday] = useState<PlainDate | null>(null);

  const stepIds = tracks.flatMap((t) => t.steps.map((s) => s.id));
  const sync = () => {
    const s = store.current!;
    setData(s.current);
    setInfo((i) => ({ ...i, persistent: s.persistent, locked: s.locked, aside: s.keptAside() }));
  };
  const edit: Edit = (change) => { store.current?.update(change); sync(); };

  useEffect(() => {
    const s = new Store(checklistSchema, () => window.localStorage);
    store.current = s;
    const report = s.load();
    setInfo({ persistent: true, locked: null, aside: [], reason: report.unreadable?.reason, migratedFrom: report.migratedFrom });
    // ?tracks= (the eligibility wizard's hand-over) sets the tracks of a new list; over saved progress it is only offered.
    const params = new URLSearchParams(location.search);
    const link = parseTracksParam(params.get('tracks'), tracks);
    const found: string[] = [];
    const junk = link?.junk.join('、').slice(0, 100);
    if (junk) found.push(`链接中的“${junk}”不是本清单的可选项目，已忽略。`);
    // ?progress= (a share link, with its tracks) goes through the import preview. Its decoder comes
    // with the share code, loaded only for such a link.
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
        const r = decodeProgress(shared, stepIds, link ? link.ids : null, Date.now());
        if (r.ok) { setIncoming({ profiles: { [profile]: r.progress } }); setLinkLoaded(!hasProgress(s.current.profiles[profile])); }
        else refuse(`无法读取（${r.reason}）`);
      }, () => refuse('未能加载（网络问题），可刷新页面再试'));
    }
    setNotes(found);
    if (shared === null) applyTracks();
    sync();
    setToday(dateInZone(new Date(), chinaTimeZone));
    setWeChat(isWeChat(navigator.userAgent));
    setReady(true);

    const onStorage = (e: StorageEvent) => {
      if ((e.key === null || e.key === checklistSchema.key) && s.absorb(e.newValue)) sync();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // "继续上次的清单" links to #step-<id>: once unchosen tracks are gone the browser's scroll is off, so
  // bring that step back into view and put focus on its checkbox.
  useEffect(() => {
    const id = ready && location.hash.startsWith('#step-') ? location.hash.slice(6) : '';
    const box = id && document.getElementById(checkId(id));
    if (!box) return;
    box.closest('li')!.scrollIntoView({ block: 'start' });
    box.focus({ preventScroll: true });
  }, [ready]);

  const mine: ProfileProgress = data.profiles[profile] ?? emptyProfileProgress();
  const savedDate = mine.submittedOn.value;
  useEffect(() => setDateRaw(savedDate ?? ''), [savedDate]);
  const statusOf = statusMap(mine);
  const off = !ready || !!info.locked;

  const chosen = mine.tracks.value ?? [];
  const visible = ready ? tracks.filter((t) => !t.optional || chosen.includes(t.id)) : tracks;
  const p = progress(visible.flatMap((t) => t.steps.map((s) => s.id)), statusOf);
  const optional = tracks.filter((t) => t.optional);
  const labels: Record<string, string> = Object.fromEntries([['#tracks', '可选项目'], ['#date', '提交主体信息的日期'], ...tracks.flatMap((t) => [[t.id, t.label], ...t.steps.map((s) => [s.id, s.label])])]);

  const set = (field: string, value: Status | string[] | string | null) => edit((d) => setField(d, profile, field, value, Date.now()));
  const toggleTrack = (id: string, on: boolean) => set('#tracks', optional.map((t) => t.id).filter((t) => (t === id ? on : chosen.includes(t))));
  const onDate = (raw: string) => {
    setDateRaw(raw);
    const parsed = raw.trim() === '' ? null : parseDate(raw);
    if (!parsed) set('#date', null);
    else if (parsed.ok) set('#date', formatIso(parsed.date));
  };
  /** The link's settings are answered: take them out of the address, so a reload does not ask again. */
  const linkDone = () => {
    const url = new URL(location.href);
    url.searchParams.delete('tracks');
    url.searchParams.delete('progress');
    history.replaceState(history.state, '', url);
  };
  const answerOffer = (use: boolean) => {
    if (use) set('#tracks', offer);
    setOffer(null);
    linkDone();
  };

  const parsedDate = dateRaw.trim() === '' ? null : parseDate(dateRaw);
  const dateError = parsedDate && !parsedDate.ok ? parsedDate.message : null;
  const deadline = deadlineDays !== null && parsedDate?.ok && today ? remittanceDeadline(parsedDate.date, deadlineDays, today) : null;

  /** This page with the chosen tracks and the progress, to open on another device (share-progress.ts). */
  const shareUrl = async () => {
    const url = new URL(location.pathname, location.href);
    if (mine.tracks.value) url.searchParams.set('tracks', mine.tracks.value.join(','));
    url.searchParams.set('progress', (await shareCode()).encodeProgress(stepIds, mine, Date.now()));
    return url.href;
  };
  const share = {
    url: shareUrl,
    text: async () => (await shareCode()).checklistText({
      profileLabel, tracks: visible, statusOf, statusLabels, progress: p, url: await shareUrl(),
      deadline: deadline && deadlineDays !== null ? { submitted: formatChinese(deadline.submitted), safeDay: formatChinese(deadline.safeDay), lastPossibleDay: formatChinese(deadline.lastPossibleDay), deadlineDays } : null,
    }),
  };

  return (
    <div class="checklist" data-ready={ready ? 'true' : undefined}>
      <div class="js-only">
        {!ready && <p class="calc-note checklist-loading">清单功能加载中，加载完成前不能记录进度。</p>}
        <Notices info={info} unlock={() => { store.current?.unlock(); sync(); }}
          onDiscard={(key) => { store.current?.discardAside(key); setInfo((i) => ({ ...i, reason: undefined })); sync(); }} />
        {notes.map((n) => <p class="calc-note" role="status">{n}</p>)}
        {linkLoaded && <p class="calc-note" role="status">已载入链接中的进度，<a href="#checklist-share">可在页面下方撤销</a>。</p>}
        {offer && (
          <div class="calc-note checklist-offer" role="group" aria-labelledby="offer-text">
            <p id="offer-text"><strong>链接中的设置与你保存的不同</strong>：链接选择的可选项目：{describe(offer, labels)}；你保存的：{describe(chosen, labels)}。两种都会保留各步骤的进度。</p>
            <p class="calc-actions">
              <button type="button" class="button" disabled={off} onClick={() => answerOffer(true)}>使用链接的</button>
              <button type="button" class="button secondary" onClick={() => answerOffer(false)}>保留我的</button>
            </p>
          </div>
        )}
      </div>

      <div class="checklist-progress" aria-live="polite">
        <p class="checklist-progress-text">
          <span class="js-only-inline">已完成 <strong class="num">{p.done}</strong> / <span class="num">{p.total}</span> 步（{p.percent}%）{p.doing > 0 && <>，进行中 <span class="num">{p.doing}</span> 步</>}</span>
          <span class="nojs-only-inline">共 <span class="num">{p.total}</span> 步（含可选项目）。打印后可逐项勾选。</span>
        </p>
        <progress class="js-only" max={Math.max(1, p.total)} value={p.done} aria-label="完成进度">{p.percent}%</progress>
      </div>

      {optional.length > 0 && (
        <fieldset class="calc-choice checklist-tracks js-only">
          <legend>可选办理项目（勾选后加入清单）</legend>
          <div class="calc-options">
            {optional.map((t) => (
              <label>
                <input type="checkbox" checked={!ready || chosen.includes(t.id)} disabled={off} onChange={(e) => toggleTrack(t.id, (e.currentTarget as HTMLInputElement).checked)} />
                <span>{t.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {visible.map((t) => (
        <section class="checklist-track" aria-labelledby={`track-${t.id}`}>
          <h2 id={`track-${t.id}`}>{t.label}{t.optional && <span class="track-optional">可选</span>}</h2>
          <ol class="checklist-steps">
            {t.steps.map((s) => {
              const status: Status = statusOf[s.id] ?? 'todo';
              return (
                <StepRow step={s} status={status} off={off} set={(x) => set(s.id, x)} ruleHrefs={ruleHrefs}
                  until={s.blocked && { label: labels[s.blocked.until] ?? '', status: statusOf[s.blocked.until] ?? 'todo' }}>
                  {s.deadline && deadlineDays !== null && (
                    <div class="step-deadline">
                      <div class={dateError ? 'calc-field has-error' : 'calc-field'}>
                        <label for={`submitted-${s.id}`}>提交主体信息的日期（计算最后汇款日）</label>
                        {dateError && <p class="calc-error" id={`submitted-${s.id}-error`}><span class="visually-hidden">输入有误：</span>{dateError}</p>}
                        <input id={`submitted-${s.id}`} type="date" value={parsedDate?.ok ? formatIso(parsedDate.date) : dateRaw}
                          min="2000-01-01" max="2100-12-31" disabled={off} aria-invalid={dateError ? 'true' : undefined}
                          aria-describedby={dateError ? `submitted-${s.id}-error` : undefined}
                          onInput={(e) => onDate((e.currentTarget as HTMLInputElement).value)} />
                      </div>
                      <div aria-live="polite">
                        {deadline ? (
                          <div class={isPastSafeDay(deadline.status) ? 'calc-answer is-over' : 'calc-answer'}>
                            <p class="print-only">提交主体信息日期：{formatChinese(deadline.submitted)}</p>
                            <DeadlineSummary deadline={deadline} deadlineDays={deadlineDays} links={links} />
                            <IcsButton deadline={deadline} deadlineDays={deadlineDays} label="加入日历（.ics）" />
                          </div>
                        ) : (
                          <p class="calc-hint">填写日期后显示最稳妥和最晚可能的汇款日（本站解读 D4）。<RuleRef id="R20" links={links} /></p>
                        )}
                      </div>
                    </div>
                  )}
                </StepRow>
              );
            })}
          </ol>
        </section>
      ))}

      <Tools data={data} profile={profile} profileLabel={profileLabel} labels={labels} edit={edit} ready={ready} off={off}
        share={share} weChat={weChat} incoming={incoming} linkDone={() => { setIncoming(null); linkDone(); }} />
    </div>
  );
}
