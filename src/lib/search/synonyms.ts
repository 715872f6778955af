// Curated synonyms and short forms (content/search/synonyms.yaml): the words readers type (打钱, 上架,
// 公号, 外卖) and the guide's words they also search. Validated like the rule data: a malformed file
// fails the build naming the file, the entry and the field. Build time only (zod).
import { z } from 'astro/zod';

const word = z.string().trim().min(1, '不能为空').max(16, '最多 16 个字').regex(/^[\p{Script=Han}A-Za-z0-9]+$/u, '只能是汉字、字母或数字');
export const synonymEntry = z.object({
  words: z.array(word).min(1, '至少一个词'),
  means: z.array(word).min(1, '至少一个词'),
}).strict();
export const synonymFile = z.array(synonymEntry);

export class SynonymDataError extends Error {}

/**
 * The file's entries as one map, reader's word → the guide's words. `occurs` says whether a word is
 * in the site's content: every `means` word must be, or the synonym could never find anything.
 */
export function buildSynonyms(raw: unknown, file: string, occurs: (word: string) => boolean = () => true): Record<string, string[]> {
  const parsed = synonymFile.safeParse(raw);
  if (!parsed.success) {
    const where = (path: readonly PropertyKey[]) => (path.length ? `第 ${Number(path[0]) + 1} 条 ${path.slice(1).join('.')}` : '文件');
    throw new SynonymDataError(parsed.error.issues.map((i) => `${file}: ${where(i.path)}：${i.message}`).join('\n'));
  }
  const out: Record<string, string[]> = {};
  const problems: string[] = [];
  parsed.data.forEach((entry, n) => {
    for (const m of entry.means) if (!occurs(m)) problems.push(`${file}: 第 ${n + 1} 条 means：“${m}”在本站内容中没有出现`);
    for (const w of entry.words) {
      if (entry.means.includes(w)) problems.push(`${file}: 第 ${n + 1} 条 words：“${w}”与 means 重复`);
      if (out[w]) problems.push(`${file}: 第 ${n + 1} 条 words：“${w}”已在前面的条目中出现`);
      out[w] = [...entry.means];
    }
  });
  if (problems.length) throw new SynonymDataError(problems.join('\n'));
  return out;
}
