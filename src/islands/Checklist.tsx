// 注册清单: the steps of one profile with a status each, progress, the remittance deadline, and the
// reader's progress kept in localStorage (versioned, validated, never silently dropped).
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checklistSchema, emptyProfileProgress, mergeImported, parseTracksParam, progress, statusLabels, statuses,
  type ChecklistData, type ProfileProgress, type Status,
} from '../lib/checklist.ts';
import { chinaTimeZone, dateInZone, formatChinese, formatIso, isPastSafeDay, parseDate, remittanceDeadline, type PlainDate } from '../lib/deadline.ts';
import { decodeEnvelope, Store, type KeptAside } from '../lib/storage.ts';
import { RuleRef, type RuleLinks } from './ui.tsx';
import { DeadlineSummary, downloadIcs, saveFile } from './deadline-view.tsx';

export interface ChecklistStep { id: string; label: string; href: string; rules: string[]; deadline: boolean }
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

const maxImportBytes = 1_000_000;
type Message = { kind: 'ok' | 'error'; text: string } | null;

export default function Checklist({ profile, profileLabel, tracks, deadlineDays, links, ruleHrefs }: ChecklistProps) {
  const store = useRef<Store<ChecklistData> | null>(null);
  const [data, setData] = useState<ChecklistData>(checklistSchema.empty());
  const [ready, setReady] = useState(false);
  const [persistent, setPersistent] = useState(true);
  const [unreadableReason, setUnreadableReason] = useState<string | null>(null);
  const [aside, setAside] = useState<KeptAside[]>([]);
  const [migratedFrom, setMigratedFrom] = useState<number | null>(null);
  const [urlTracks, setUrlTracks] = useState<string[] | null>(null);
  const [dateRaw, setDateRaw] = useState('');
  const [today, setToday] = useState<PlainDate | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const s = new Store(checklistSchema, () => window.localStorage);
    store.current = s;
    const report = s.load();
    let loaded = report.data;
    setPersistent(report.persistent);
    if (report.unreadable) setUnreadableReason(report.unreadable.reason);
    if (report.migratedFrom !== undefined) setMigratedFrom(report.migratedFrom);
    setAside(s.keptAside());
    // ?tracks= from the eligibility wizard preselects optional tracks (and is remembered).
    const fromUrl = parseTracksParam(new URLSearchParams(location.search).get('tracks'), tracks);
    if (fromUrl) {
      setUrlTracks(fromUrl);
      const current = loaded.profiles[profile] ?? emptyProfileProgress();
      loaded = { profiles: { ...loaded.profiles, [profile]: { ...current, tracks: fromUrl } } };
      s.save(loaded);
      setPersistent(s.persistent);
    }
    setData(loaded);
    setDateRaw(loaded.profiles[profile]?.submittedOn ?? '');
    setToday(dateInZone(new Date(), chinaTimeZone));
    setReady(true);

    const onStorage = (e: StorageEvent) => {
      if (e.key !== null && e.key !== checklistSchema.key) return;
      const decoded = decodeEnvelope(e.newValue, checklistSchema);
      if (decoded.kind === 'unreadable') return; // the other tab's problem is reported when this page loads again
      setData(decoded.data);
      setDateRaw(decoded.data.profiles[profile]?.submittedOn ?? '');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => { if (confirming) confirmRef.current?.focus(); }, [confirming]);

  const mine: ProfileProgress = data.profiles[profile] ?? emptyProfileProgress();
  const update = (next: ProfileProgress) => {
    const all: ChecklistData = { profiles: { ...data.profiles, [profile]: next } };
    setData(all);
    if (store.current) {
      store.current.save(all);
      setPersistent(store.current.persistent);
    }
  };

  const chosen = mine.tracks ?? urlTracks ?? [];
  const visible = ready ? tracks.filter((t) => !t.optional || chosen.includes(t.id)) : tracks;
  const stepIds = visible.flatMap((t) => t.steps.map((s) => s.id));
  const p = progress(stepIds, mine.statuses);
  const optional = tracks.filter((t) => t.optional);

  const setStatus = (id: string, status: Status) => update({ ...mine, statuses: { ...mine.statuses, [id]: status } });
  const toggleTrack = (id: string, on: boolean) => {
    const next = optional.map((t) => t.id).filter((t) => (t === id ? on : chosen.includes(t)));
    update({ ...mine, tracks: next });
  };
  const onDate = (raw: string) => {
    setDateRaw(raw);
    const parsed = raw.trim() === '' ? null : parseDate(raw);
    if (raw.trim() === '') update({ ...mine, submittedOn: null });
    else if (parsed?.ok) update({ ...mine, submittedOn: formatIso(parsed.date) });
  };

  const exportFile = () => {
    saveFile(JSON.stringify({ v: checklistSchema.version, data }, null, 2) + '\n', 'application/json', `注册清单进度-${profile}.json`);
    setMessage({ kind: 'ok', text: '已导出进度文件。换设备时可以在这里导入。' });
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refuse = (why: string) => setMessage({ kind: 'error', text: `无法导入“${file.name.slice(0, 60)}”：${why}你的进度没有改变。` });
    if (file.size > maxImportBytes) return refuse('文件太大，不是本站导出的进度文件。');
    let text: string;
    try { text = await file.text(); } catch { return refuse('文件读取失败。'); }
    const decoded = decodeEnvelope(text.trim(), checklistSchema);
    if (decoded.kind === 'empty') return refuse('文件是空的。');
    if (decoded.kind === 'unreadable') return refuse(`这不是本站导出的注册清单进度文件（${decoded.reason}）`);
    const merged = mergeImported(data, decoded.data);
    setData(merged);
    setDateRaw(merged.profiles[profile]?.submittedOn ?? '');
    store.current?.save(merged);
    if (store.current) setPersistent(store.current.persistent);
    const count = Object.keys(decoded.data.profiles).length;
    setMessage({ kind: 'ok', text: `已导入 ${count} 个帐号类型的进度。` });
  };
  const reset = () => {
    update(emptyProfileProgress());
    setDateRaw('');
    setConfirming(false);
    setMessage({ kind: 'ok', text: '已清空本清单的进度。' });
    resetRef.current?.focus();
  };
  const downloadAside = (item: KeptAside) => saveFile(item.raw, 'text/plain;charset=utf-8', '无法读取的注册清单数据.txt');
  const discardAside = (item: KeptAside) => {
    store.current?.discardAside(item.key);
    setAside(store.current?.keptAside() ?? []);
    setUnreadableReason(null);
  };

  const parsedDate = dateRaw.trim() === '' ? null : parseDate(dateRaw);
  const dateError = parsedDate && !parsedDate.ok ? parsedDate.message : null;
  const deadline = deadlineDays !== null && parsedDate?.ok && today ? remittanceDeadline(parsedDate.date, deadlineDays, today) : null;

  return (
    <div class="checklist" data-ready={ready ? 'true' : undefined}>
      <div class="js-only">
        {(aside.length > 0 || unreadableReason) && (
          <div class="calc-note checklist-warning" role="alert">
            <p><strong>之前保存的进度无法读取</strong>{unreadableReason ? `（${unreadableReason}）` : ''}。原来的数据没有删除，已原样另存；你可以下载留档，确认不需要后再删除。清单已从空白开始。</p>
            {aside.map((item) => (
              <p class="calc-actions">
                <button type="button" class="button secondary" onClick={() => downloadAside(item)}>下载无法读取的数据</button>
                <button type="button" class="button secondary" onClick={() => discardAside(item)}>删除这份数据</button>
              </p>
            ))}
          </div>
        )}
        {migratedFrom !== null && <p class="calc-note" role="status">已把旧版（第 {migratedFrom} 版）保存的进度升级到当前格式，原有记录都已保留。</p>}
        {ready && !persistent && (
          <p class="calc-note" role="status">这个浏览器现在不允许本站保存数据（例如无痕模式、已禁用存储或空间已满）。本次访问中清单照常可用，但关闭页面后不会记住进度；可以用“导出进度”保存到文件。</p>
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
                <input type="checkbox" checked={!ready || chosen.includes(t.id)} onChange={(e) => toggleTrack(t.id, (e.currentTarget as HTMLInputElement).checked)} />
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
              const status: Status = mine.statuses[s.id] ?? 'todo';
              return (
                <li class="checklist-step" data-status={status} data-step={s.id}>
                  <span class="check-box" aria-hidden="true" />
                  <div class="step-main">
                    <a href={s.href}>{s.label}</a>
                    {s.rules.map((r) => <a class="calc-rule" href={ruleHrefs[r]}><span class="visually-hidden">规则 </span>{r}</a>)}
                    <span class="status-print">{statusLabels[status]}</span>
                    {s.deadline && deadlineDays !== null && (
                      <div class="step-deadline">
                        <div class={dateError ? 'calc-field has-error' : 'calc-field'}>
                          <label for={`submitted-${s.id}`}>提交主体信息的日期（计算最后汇款日）</label>
                          {dateError && <p class="calc-error" id={`submitted-${s.id}-error`}><span class="visually-hidden">输入有误：</span>{dateError}</p>}
                          <input id={`submitted-${s.id}`} type="date" value={parsedDate?.ok ? formatIso(parsedDate.date) : dateRaw}
                            min="2000-01-01" max="2100-12-31" aria-invalid={dateError ? 'true' : undefined}
                            aria-describedby={dateError ? `submitted-${s.id}-error` : undefined}
                            onInput={(e) => onDate((e.currentTarget as HTMLInputElement).value)} />
                        </div>
                        <div aria-live="polite">
                          {deadline ? (
                            <div class={isPastSafeDay(deadline.status) ? 'calc-answer is-over' : 'calc-answer'}>
                              <p class="print-only">提交主体信息日期：{formatChinese(deadline.submitted)}</p>
                              <DeadlineSummary deadline={deadline} deadlineDays={deadlineDays} links={links} />
                              <p class="calc-actions no-print">
                                <button type="button" class="button secondary" onClick={() => downloadIcs(deadline, deadlineDays, location.href)}>加入日历（.ics）</button>
                              </p>
                            </div>
                          ) : (
                            <p class="calc-hint">填写日期后显示最稳妥和最晚可能的汇款日（本站解读 D4）。<RuleRef id="R20" links={links} /></p>
                          )}
                        </div>
                      </div>
                    )}
                  </div>
                  <label class="step-status js-only">
                    <span class="visually-hidden">{s.label}：</span>
                    <select value={status} onChange={(e) => setStatus(s.id, (e.currentTarget as HTMLSelectElement).value as Status)}>
                      {statuses.map((x) => <option value={x}>{statusLabels[x]}</option>)}
                    </select>
                  </label>
                </li>
              );
            })}
          </ol>
        </section>
      ))}

      <div class="checklist-tools js-only no-print">
        <h2>保存、打印与清空</h2>
        <p class="calc-hint">进度只保存在这台设备的浏览器里{profileLabel ? `（${profileLabel}）` : ''}，不会上传。换设备时请导出文件再导入。</p>
        <div class="calc-actions">
          <button type="button" class="button secondary" onClick={exportFile}>导出进度（JSON 文件）</button>
          <label class="button secondary file-button">
            导入进度文件
            <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => importFile(e.currentTarget as HTMLInputElement)} />
          </label>
          <button type="button" class="button secondary" onClick={() => window.print()}>打印清单</button>
          <button type="button" class="button secondary danger" ref={resetRef} onClick={() => { setConfirming(true); setMessage(null); }} aria-expanded={confirming}>清空进度</button>
        </div>
        {confirming && (
          <div class="checklist-confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="confirm-reset-text">
            <p id="confirm-reset-text"><strong>确定要清空本清单的全部进度吗？</strong>所有步骤将回到“未开始”，提交日期也会清除；此操作不能撤销。如需留底，请先导出。</p>
            <p class="calc-actions">
              <button type="button" class="button danger-solid" onClick={reset}>确定清空</button>
              <button type="button" class="button secondary" onClick={() => { setConfirming(false); resetRef.current?.focus(); }}>取消</button>
            </p>
          </div>
        )}
        <div aria-live="polite">
          {message && <p class={message.kind === 'error' ? 'calc-error checklist-message' : 'checklist-message'}>{message.text}</p>}
        </div>
      </div>
    </div>
  );
}
