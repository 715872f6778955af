// 注册清单's storage side: sharing, export, import, print and reset, and the message each leaves (with
// 撤销 where a change can be undone). The state is use-tools.ts; the import preview, import-preview.tsx.
import { useRef } from 'preact/hooks';
import type { ChecklistData } from '../../lib/checklist.ts';
import { moveSentence } from '../../lib/checklist-view.ts';
import { openInBrowserHint } from '../../lib/wechat.ts';
import ShareActions, { type ShareActionsProps } from '../share-actions.tsx';
import { Ask, ImportPreview } from './import-preview.tsx';
import type { Edit } from './use-store.ts';
import { useTools } from './use-tools.ts';

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
  /** The QR code is offered here (share-actions.tsx, qrMedia). */
  qr: boolean;
  /** Progress from a share link, not yet loaded or offered. */
  incoming: ChecklistData | null;
  /** The link's progress was loaded, or offered and answered: the address then follows the list. */
  linkDone: () => void;
}

/** What sharing the page's address carries (use-address.ts); WeChat's menu is not known to share the updated address everywhere. */
const addressNote = '本页地址随进度更新：转发本页或复制地址，和“复制链接”一样带着本清单的进度（步骤状态、可选项目、提交日期），'
  + '对方打开时可以合并或撤销。带的是发出那一刻的进度，之后的更改不会同步；其他帐号类型的清单不在其中。'
  + '微信右上角“···”转发时是否用更新后的地址，未核实；最稳妥用“复制链接”。';

const weChatNote = '在微信里打开时，通常无法下载文件或打印：请用上面的“复制链接”“复制为文字”，或';

export function Tools({ data, profile, profileLabel, labels, edit, ready, off, share, weChat, qr, incoming, linkDone }: ToolsProps) {
  const t = useTools({ data, profile, edit, off, incoming, linkDone });
  const resetRef = useRef<HTMLButtonElement>(null);
  const { message } = t;
  const closeReset = () => { t.setConfirming(false); resetRef.current?.focus(); };
  return (
    <div class="checklist-tools js-only no-print" id="checklist-share">
      <h2>分享、保存与清空</h2>
      <p class="calc-hint">
        进度只保存在这台设备的浏览器里{profileLabel ? `（${profileLabel}）` : ''}，不会上传。{moveSentence({ qr, exportFile: !weChat })}
      </p>
      <p class="calc-hint checklist-address">{addressNote}</p>
      <ShareActions {...share} disabled={!ready} />
      {weChat && <p class="calc-note share-wechat">{weChatNote}{openInBrowserHint}后再导出、打印。</p>}
      <div class="calc-actions">
        {!weChat && <button type="button" class="button secondary" disabled={!ready} onClick={t.exportFile}>导出进度（JSON 文件）</button>}
        <label class="button secondary file-button" aria-disabled={off ? 'true' : undefined}>
          导入进度文件
          <input type="file" accept="application/json,.json" class="visually-hidden" disabled={off} onChange={(e) => t.importFile(e.currentTarget)} />
        </label>
        {!weChat && <button type="button" class="button secondary" disabled={!ready} onClick={() => window.print()}>打印清单</button>}
        <button type="button" class="button secondary danger" disabled={off} ref={resetRef} aria-expanded={t.confirming}
          onClick={() => { t.setConfirming(true); t.setMessage(null); }}>清空进度</button>
      </div>
      {t.confirming && (
        <Ask id="confirm-reset-text" text={<><strong>确定要清空本清单的全部进度吗？</strong>所有步骤将回到“未开始”，提交日期也会清除；清空后可以撤销。</>}>
          <p class="calc-actions">
            <button type="button" class="button danger-solid" onClick={() => { t.reset(); resetRef.current?.focus(); }}>确定清空</button>
            <button type="button" class="button secondary" onClick={closeReset}>取消</button>
          </p>
        </Ask>
      )}
      {t.pending && <ImportPreview pending={t.pending} tools={t} data={data} profile={profile} labels={labels} />}
      <div aria-live="polite">
        {message && (
          <p class={message.error ? 'calc-error checklist-message' : 'checklist-message'}>
            {message.text}{message.undo && `更改了 ${message.undo.length} 处。`}
            {message.undo && message.undo.length > 0 && (
              <button type="button" class="button secondary" onClick={() => t.undo(message.undo!)}>撤销</button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
