// 注册清单's questions before a change: clear all progress, or import a file or a link's progress with
// a preview of what changes (merge by default, or replace). Each takes focus when it appears.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ChecklistData } from '../../lib/checklist.ts';
import { importMerge, importReplace } from '../../lib/checklist-merge.ts';
import { describeValue } from '../../lib/checklist-view.ts';
import type { Pending, useTools } from './use-tools.ts';
import { useShareCode } from './use-share-code.ts';

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

/**
 * What importing a file or a link's progress would change, here and in other profiles' lists: the
 * question and its answers load with the list; the list of changes and the choice of mode come with the
 * share code (import-changes.tsx), which a hand-off needs only then.
 */
export function ImportPreview({ pending, tools: t, data, profile, labels }: PreviewProps) {
  const diff = (pending.replace ? importReplace : importMerge)(data, pending.imported);
  const code = useShareCode(true);
  const summary = diff.length ? `将更改 ${diff.length} 处：` : '其中没有比现在更新的进度，不会有改变。';
  return (
    <Ask id="confirm-import-text" text={<><strong>导入{pending.name}？</strong>{summary}</>}>
      {code && (
        <code.ImportChanges diff={diff} profile={profile} labels={labels} show={(v) => describeValue(v, labels)}
          pending={pending} setPending={t.setPending} />
      )}
      <p class="calc-actions">
        <button type="button" class="button" onClick={t.importPending}>确定导入</button>
        <button type="button" class="button secondary" onClick={t.cancelImport}>取消</button>
      </p>
    </Ask>
  );
}
