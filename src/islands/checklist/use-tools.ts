// The state of 注册清单's tools: export, import (a preview of what changes, merge by default, undo),
// reset with a confirmation, and the message each leaves. A share link's progress takes the import
// path: loaded when nothing is saved here, else offered.
import { useEffect, useState } from 'preact/hooks';
import { checklistSchema, emptyProfileProgress, hasProgress, type ChecklistData } from '../../lib/checklist.ts';
import { applyChanges, importMerge, importReplace, type Change } from '../../lib/checklist-merge.ts';
import { decodeEnvelope } from '../../lib/storage.ts';
import { saveFile } from '../deadline-view.tsx';
import { shareCode } from '../share-actions.tsx';
import type { Edit } from './use-store.ts';

export type Message = { error?: boolean; text: string; undo?: Change[] } | null;
import type { Pending } from './import-changes.tsx';
export type { Pending } from './import-changes.tsx';

const fromLink = '链接中的进度';

interface ToolsState {
  data: ChecklistData;
  profile: string;
  edit: Edit;
  /** Editing is off: not hydrated yet, or the store is locked. */
  off: boolean;
  /** Progress from a share link, not yet loaded or offered. */
  incoming: ChecklistData | null;
  /** The link's progress was loaded, or offered and answered: the address then follows the list. */
  linkDone: () => void;
}

export function useTools({ data, profile, edit, off, incoming, linkDone }: ToolsState) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message>(null);

  /** Applies the changes as the reader's, now, and offers to undo them. */
  const apply = (changes: (d: ChecklistData) => Change[], text: string) => {
    let done: Change[] = [];
    edit((d) => applyChanges(d, (done = changes(d)), Date.now()));
    setMessage({ text, undo: done });
  };

  useEffect(() => {
    if (!incoming || off) return;
    if (!hasProgress(data.profiles[profile])) {
      apply((d) => importMerge(d, incoming), `已导入${fromLink}。`);
      linkDone();
    } else if (importMerge(data, incoming).length === 0) {
      linkDone(); // nothing newer than what is saved (the reader's own address, reloaded): nothing to ask
    } else setPending({ name: fromLink, imported: incoming, replace: false, link: true });
  }, [incoming, off]);

  const exportFile = () => {
    saveFile(JSON.stringify({ v: checklistSchema.version, data }, null, 2) + '\n', 'application/json', `注册清单进度-${profile}.json`);
    setMessage({ text: '已导出进度文件。换设备时可以在这里导入。' });
  };
  /** Reading the file comes with the share code (import-file.ts); if that cannot load, the page's bar says so. */
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await shareCode().then((m) => m.readImportFile(file, (text) => decodeEnvelope(text, checklistSchema)), () => null);
    if (!read) return;
    if (!read.ok) return setMessage({ error: true, text: read.message });
    setMessage(null);
    setPending({ name: read.name, imported: read.data, replace: false });
  };

  const answer = () => { if (pending?.link) linkDone(); setPending(null); };
  const importPending = () => {
    const { name, imported, replace } = pending!;
    apply((d) => (replace ? importReplace : importMerge)(d, imported), `已导入${name}。`);
    answer();
  };
  const cancelImport = () => { answer(); setMessage({ text: '已取消导入，你的进度没有改变。' }); };
  const reset = () => {
    apply((d) => importReplace(d, { profiles: { [profile]: emptyProfileProgress() } }), '已清空本清单的进度。');
    setConfirming(false);
  };
  const undo = (changes: Change[]) => {
    edit((d) => applyChanges(d, changes, Date.now(), 'from'));
    setMessage({ text: '已撤销。' });
  };

  return { confirming, setConfirming, pending, setPending, message, setMessage, exportFile, importFile, importPending, cancelImport, reset, undo };
}
