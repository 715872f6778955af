// 注册清单's questions before a change: clear all progress, or import a file or a link's progress with
// a preview of what changes (merge by default, or replace). Each takes focus when it appears.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ChecklistData } from '../../lib/checklist.ts';
import { importMerge, importReplace } from '../../lib/checklist-merge.ts';
import { describeValue } from '../../lib/checklist-view.ts';
import type { Pending, useTools } from './use-tools.ts';

/** A group that takes focus when it appears (a question the reader must answer). */
export function Ask({ id, text, children }: { id: string; text: ComponentChildren; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="checklist-confirm" ref={ref} tabIndex={-1} role="group" aria-labelledby={id}>
      <p id={id}>{text}</p>
      {children}
    </div>
  );
}

interface PreviewProps {
  pending: Pending;
  tools: ReturnType<typeof useTools>;
  data: ChecklistData;
  profile: string;
  /** Step id, track id, '#tracks' and '#date' -> its label. */
  labels: Record<string, string>;
}

/** What importing a file or a link's progress would change, here and in other profiles' lists. */
export function ImportPreview({ pending, tools: t, data, profile, labels }: PreviewProps) {
  const diff = (pending.replace ? importReplace : importMerge)(data, pending.imported);
  const here = diff.filter((c) => c.profile === profile);
  const elsewhere = diff.length - here.length;
  const show = (v: unknown) => describeValue(v, labels);
  const summary = diff.length ? `将更改 ${diff.length} 处：` : '其中没有比现在更新的进度，不会有改变。';
  return (
    <Ask id="confirm-import-text" text={<><strong>导入{pending.name}？</strong>{summary}</>}>
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
            <input type="radio" name="import-mode" checked={!pending.replace} onChange={() => t.setPending({ ...pending, replace: false })} />
            <span>合并：每一项保留较新的记录（推荐）</span>
          </label>
          <label>
            <input type="radio" name="import-mode" checked={pending.replace} onChange={() => t.setPending({ ...pending, replace: true })} />
            <span>替换：{pending.link ? '本清单' : '文件中的帐号类型'}完全按导入的内容</span>
          </label>
        </div>
      </fieldset>
      <p class="calc-actions">
        <button type="button" class="button" onClick={t.importPending}>确定导入</button>
        <button type="button" class="button secondary" onClick={t.cancelImport}>取消</button>
      </p>
    </Ask>
  );
}
