// Reading a progress file the reader chose to import into 注册清单: loaded with the share code when a
// file is chosen (use-tools.ts), so it imports nothing the list has loaded (the decoder is handed in).
import type { ChecklistData } from '../../lib/checklist.ts';
import type { Decoded } from '../../lib/storage.ts';

const maxImportBytes = 1_000_000;

export type ImportRead = { ok: true; name: string; data: ChecklistData } | { ok: false; message: string };

/** The file's progress, or why it cannot be imported (in words for the reader). */
export async function readImportFile(file: File, decode: (text: string) => Decoded<ChecklistData>): Promise<ImportRead> {
  const name = file.name.slice(0, 60);
  const refuse = (why: string): ImportRead => ({ ok: false, message: `无法导入“${name}”：${why}你的进度没有改变。` });
  if (file.size > maxImportBytes) return refuse('文件太大，不是本站导出的进度文件。');
  let text: string;
  try { text = await file.text(); } catch { return refuse('文件读取失败。'); }
  const decoded = decode(text.trim());
  if (decoded.kind === 'empty') return refuse('文件是空的。');
  if (decoded.kind === 'unreadable') return refuse(`这不是本站导出的注册清单进度文件（${decoded.reason}）`);
  return { ok: true, name: `“${name}”`, data: decoded.data };
}
