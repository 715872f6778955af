// 注册清单's storage side: notices about what was stored (unreadable, locked, migrated, not saved), and
// sharing, export, import (with a preview of what changes, merge by default, undo), print and reset.
// A share link's progress takes the import path: loaded when nothing is saved here, else offered.
import { useEffect, useRef, useState } from 'preact/hooks';
import { checklistSchema, emptyProfileProgress, hasProgress, statusLabels, type ChecklistData, type Status } from '../lib/checklist.ts';
import { openInBrowserHint } from '../lib/wechat.ts';
import ShareActions, { type ShareActionsProps } from './share-actions.tsx';
import { applyChanges, importMerge, importReplace, type Change } from '../lib/checklist-merge.ts';
import { decodeEnvelope, type KeptAside, type Locked } from '../lib/storage.ts';
import { saveFile } from './deadline-view.tsx';

export type Edit = (change: (data: ChecklistData) => ChecklistData) => void;
export interface StoreInfo { persistent: boolean; locked: Locked | null; aside: KeptAside[]; reason?: string; migratedFrom?: number }

const maxImportBytes = 1_000_000;

/** A stored value as the reader reads it: a status, the tracks' names, a date, or （无）. */
export const describe = (v: unknown, labels: Record<string, string>): string =>
  Array.isArray(v) && v.length ? v.map((t) => labels[t] ?? t).join('、') : !v || Array.isArray(v) ? '（无）' : statusLabels[v as Status] ?? String(v);
const originalName = '无法读取的注册清单数据.txt';
const download = (raw: string) => saveFile(raw, 'text/plain;charset=utf-8', originalName);

/** A group that takes focus when it appears (a question the reader must answer). */
function Ask({ id, text, children }: { id: string; text: preact.ComponentChildren; children: preact.ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="checklist-confirm" ref={ref} tabIndex={-1} role="group" aria-labelledby={id}>
      <p id={id}>{text}</p>
      {children}
    </div>
  );
}

export function Notices({ info, unlock, onDiscard }: { info: StoreInfo; unlock: () => void; onDiscard: (key: string) => void }) {
  const { locked, aside, reason } = info;
  // The reasons are sentences; inside （…） they lose their final 。
  const why = (locked?.reason ?? reason)?.replace(/。$/, '');
  return (
    <>
      {locked ? (
        <div class="calc-note checklist-warning" role="alert">
          <p><strong>之前保存的进度无法读取，清单暂时只读</strong>（{why}）。存储空间不足，无法先另存原数据；为免覆盖它，更改都不会保存。请先下载或复制原数据留档。</p>
          <p class="calc-actions">
            <button type="button" class="button secondary" onClick={() => download(locked.raw)}>下载原数据</button>
            <button type="button" class="button secondary danger" onClick={unlock}>已留档，删除原数据并开始使用</button>
          </p>
          <details>
            <summary>显示原数据（可全选复制）</summary>
            <textarea readOnly rows={4} aria-label="原数据" value={locked.raw} />
          </details>
        </div>
      ) : aside.length > 0 && (
        <div class="calc-note checklist-warning" role="alert">
          <p><strong>之前保存的进度无法读取</strong>{why && `（${why}）`}。原来的数据没有删除，已原样另存，可下载留档后再删除。清单已从空白开始。</p>
          {aside.map((item) => (
            <p class="calc-actions">
              <button type="button" class="button secondary" onClick={() => download(item.raw)}>下载无法读取的数据</button>
              <button type="button" class="button secondary" onClick={() => onDiscard(item.key)}>删除这份数据</button>
            </p>
          ))}
        </div>
      )}
      {info.migratedFrom && <p class="calc-note" role="status">已把旧版（第 {info.migratedFrom} 版）保存的进度升级，记录都已保留。</p>}
      {!info.persistent && (
        <p class="calc-note" role="status">这个浏览器现在不允许本站保存数据（如无痕模式、禁用存储或空间已满）。清单照常可用，但关闭页面后不会记住进度；可用“导出进度”存到文件。</p>
      )}
    </>
  );
}

interface ToolsProps {
  data: ChecklistData;
  profile: string;
  profileLabel: string;
  /** Step id, track id, '#tracks' and '#date' -> its label. */
  labels: Record<string, string>;
  edit: Edit;
  ready: boolean;
  /** Editing is off: not hydrated yet, or the store is locked. */
  off: boolean;
  share: Pick<ShareActionsProps, 'text' | 'url'>;
  /** In WeChat's browser: no downloads, no print. */
  weChat: boolean;
  /** Progress from a share link, not yet loaded or offered. */
  incoming: ChecklistData | null;
  /** The link's progress was loaded, offered and answered: the page takes it out of the address. */
  linkDone: () => void;
}

type Message = { error?: boolean; text: string; undo?: Change[] } | null;
/** `name`: “the file's name”, or 链接中的进度 (`link`: then taken out of the address once answered). */
interface Pending { name: string; imported: ChecklistData; replace: boolean; link?: boolean }
const fromLink = '链接中的进度';

export function Tools({ data, profile, profileLabel, labels, edit, ready, off, share, weChat, incoming, linkDone }: ToolsProps) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  const show = (v: unknown) => describe(v, labels);
  /** Applies the changes as the reader's, now, and offers to undo them. */
  const apply = (changes: (d: ChecklistData) => Change[], text: string) => {
    let done: Change[] = [];
    edit((d) => applyChanges(d, (done = changes(d)), Date.now()));
    setMessage({ text, undo: done });
  };

  useEffect(() => {
    if (!incoming || off) return;
    if (hasProgress(data.profiles[profile])) setPending({ name: fromLink, imported: incoming, replace: false, link: true });
    else {
      apply((d) => importMerge(d, incoming), `已导入${fromLink}。`);
      linkDone();
    }
  }, [incoming, off]);

  const exportFile = () => {
    saveFile(JSON.stringify({ v: checklistSchema.version, data }, null, 2) + '\n', 'application/json', `注册清单进度-${profile}.json`);
    setMessage({ text: '已导出进度文件。换设备时可以在这里导入。' });
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const name = file.name.slice(0, 60);
    const refuse = (why: string) => setMessage({ error: true, text: `无法导入“${name}”：${why}你的进度没有改变。` });
    if (file.size > maxImportBytes) return refuse('文件太大，不是本站导出的进度文件。');
    let text: string;
    try { text = await file.text(); } catch { return refuse('文件读取失败。'); }
    const decoded = decodeEnvelope(text.trim(), checklistSchema);
    if (decoded.kind === 'empty') return refuse('文件是空的。');
    if (decoded.kind === 'unreadable') return refuse(`这不是本站导出的注册清单进度文件（${decoded.reason}）`);
    setMessage(null);
    setPending({ name: `“${name}”`, imported: decoded.data, replace: false });
  };

  const answer = () => { if (pending?.link) linkDone(); setPending(null); };
  const diff = pending && (pending.replace ? importReplace : importMerge)(data, pending.imported);
  const here = diff?.filter((c) => c.profile === profile) ?? [];
  const elsewhere = (diff?.length ?? 0) - here.length;

  return (
    <div class="checklist-tools js-only no-print" id="checklist-share">
      <h2>分享、保存与清空</h2>
      <p class="calc-hint">进度只保存在这台设备的浏览器里{profileLabel ? `（${profileLabel}）` : ''}，不会上传。换设备时，用带进度的链接或二维码，或导出文件再导入。</p>
      <ShareActions {...share} disabled={!ready} />
      {weChat && <p class="calc-note share-wechat">在微信里打开时，通常无法下载文件或打印：请用上面的“复制链接”“复制为文字”，或{openInBrowserHint}后再导出、打印。</p>}
      <div class="calc-actions">
        {!weChat && <button type="button" class="button secondary" disabled={!ready} onClick={exportFile}>导出进度（JSON 文件）</button>}
        <label class="button secondary file-button" aria-disabled={off ? 'true' : undefined}>
          导入进度文件
          <input type="file" accept="application/json,.json" class="visually-hidden" disabled={off} onChange={(e) => importFile(e.currentTarget)} />
        </label>
        {!weChat && <button type="button" class="button secondary" disabled={!ready} onClick={() => window.print()}>打印清单</button>}
        <button type="button" class="button secondary danger" disabled={off} ref={resetRef} onClick={() => { setConfirming(true); setMessage(null); }} aria-expanded={confirming}>清空进度</button>
      </div>
      {confirming && (
        <Ask id="confirm-reset-text" text={<><strong>确定要清空本清单的全部进度吗？</strong>所有步骤将回到“未开始”，提交日期也会清除；清空后可以撤销。</>}>
          <p class="calc-actions">
            <button type="button" class="button danger-solid" onClick={() => {
              apply((d) => importReplace(d, { profiles: { [profile]: emptyProfileProgress() } }), '已清空本清单的进度。');
              setConfirming(false);
              resetRef.current?.focus();
            }}>确定清空</button>
            <button type="button" class="button secondary" onClick={() => { setConfirming(false); resetRef.current?.focus(); }}>取消</button>
          </p>
        </Ask>
      )}
      {pending && diff && (
        <Ask id="confirm-import-text" text={<><strong>导入{pending.name}？</strong>{diff.length ? `将更改 ${diff.length} 处：` : '其中没有比现在更新的进度，不会有改变。'}</>}>
          {here.length > 0 && (
            <ul class="checklist-diff">
              {here.map((c) => <li>{labels[c.field] ?? c.field}：{show(c.from)} → {show(c.to)}</li>)}
            </ul>
          )}
          {elsewhere > 0 && <p>另有 {elsewhere} 处属于其他帐号类型的清单。</p>}
          <fieldset class="calc-choice">
            <legend>导入方式</legend>
            <div class="calc-options">
              <label><input type="radio" name="import-mode" checked={!pending.replace} onChange={() => setPending({ ...pending, replace: false })} /><span>合并：每一项保留较新的记录（推荐）</span></label>
              <label><input type="radio" name="import-mode" checked={pending.replace} onChange={() => setPending({ ...pending, replace: true })} /><span>替换：{pending.link ? '本清单' : '文件中的帐号类型'}完全按导入的内容</span></label>
            </div>
          </fieldset>
          <p class="calc-actions">
            <button type="button" class="button" onClick={() => {
              const { imported, replace } = pending;
              apply((d) => (replace ? importReplace : importMerge)(d, imported), `已导入${pending.name}。`);
              answer();
            }}>确定导入</button>
            <button type="button" class="button secondary" onClick={() => { answer(); setMessage({ text: '已取消导入，你的进度没有改变。' }); }}>取消</button>
          </p>
        </Ask>
      )}
      <div aria-live="polite">
        {message && (
          <p class={message.error ? 'calc-error checklist-message' : 'checklist-message'}>
            {message.text}{message.undo && `更改了 ${message.undo.length} 处。`}
            {message.undo && message.undo.length > 0 && (
              <button type="button" class="button secondary" onClick={() => {
                const undo = message.undo!;
                edit((d) => applyChanges(d, undo, Date.now(), 'from'));
                setMessage({ text: '已撤销。' });
              }}>撤销</button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
