// What 注册清单 says about its stored progress: unreadable (kept aside, or the list read-only when it
// could not be kept), migrated from an older version, or not saved at all in this browser.
import { saveFile } from '../deadline-view.tsx';
import type { StoreInfo } from './use-store.ts';

const originalName = '无法读取的注册清单数据.txt';
const download = (raw: string) => saveFile(raw, 'text/plain;charset=utf-8', originalName);

/** `exportFile`: whether 导出进度 is offered here (not in WeChat), so the note names only what is there. */
interface NoticesProps { info: StoreInfo; unlock: () => void; onDiscard: (key: string) => void; exportFile: boolean }

export function Notices({ info, unlock, onDiscard, exportFile }: NoticesProps) {
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
        <p class="calc-note" role="status">这个浏览器现在不允许本站保存数据（如无痕模式、禁用存储或空间已满）。清单照常可用，但关闭页面后不会记住进度；{exportFile ? '可用“导出进度”存到文件' : '可用“复制链接”留下带进度的链接'}。</p>
      )}
    </>
  );
}
