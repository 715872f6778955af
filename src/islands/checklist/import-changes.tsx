// The changes an import would make to 注册清单, and the choice between merging and replacing: loaded
// with the share code when a preview opens (import-preview.tsx), so it imports nothing the list has loaded.
import type { ChecklistData } from '../../lib/checklist.ts';
import type { Change } from '../../lib/checklist-merge.ts';

/** An import awaiting the reader's answer. `name`: “the file's name”, or 链接中的进度 (`link`: then taken out of the address once answered). */
export interface Pending { name: string; imported: ChecklistData; replace: boolean; link?: boolean }

interface ChangesProps {
  diff: Change[];
  profile: string;
  /** Step id, track id, '#tracks' and '#date' -> its label. */
  labels: Record<string, string>;
  /** A stored value in words (checklist-view.ts, describeValue). */
  show: (value: unknown) => string;
  pending: Pending;
  setPending: (pending: Pending) => void;
}

export function ImportChanges({ diff, profile, labels, show, pending, setPending }: ChangesProps) {
  const here = diff.filter((c) => c.profile === profile);
  const elsewhere = diff.length - here.length;
  return (
    <>
      {here.length > 0 && (
        <ul class="checklist-diff">
          {here.map((c) => <li>{labels[c.field] ?? c.field}：{show(c.from)} → {show(c.to)}</li>)}
        </ul>
      )}
      {elsewhere > 0 && <p>另有 {elsewhere} 处属于其他帐号类型的清单。</p>}
      <fieldset class="calc-choice">
        <legend>导入方式</legend>
        <div class="calc-options">
          <label>
            <input type="radio" name="import-mode" checked={!pending.replace} onChange={() => setPending({ ...pending, replace: false })} />
            <span>合并：每一项保留较新的记录（推荐）</span>
          </label>
          <label>
            <input type="radio" name="import-mode" checked={pending.replace} onChange={() => setPending({ ...pending, replace: true })} />
            <span>替换：{pending.link ? '本清单' : '文件中的帐号类型'}完全按导入的内容</span>
          </label>
        </div>
      </fieldset>
    </>
  );
}
