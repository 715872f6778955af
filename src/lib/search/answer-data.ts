// The answer cards' curated data (content/search/answers.yaml): which subjects a rule's number applies
// to, and the questions the guide and its history do not cover (trigger words, the closest topic on the
// site, where the official answer lives). Validated like the rule data: a malformed file fails the build
// naming the entry and the field. Build time only (zod).
import { z } from 'astro/zod';
import type { UncoveredTopic } from './answer.ts';

const text = z.string().trim().min(1, '不能为空');
const word = '[\\p{Script=Han}A-Za-z0-9]+(/[\\p{Script=Han}A-Za-z0-9]+)*';
const words = z.string().trim().regex(new RegExp(`^${word}( ${word})*$`, 'u'), '一组词用空格分隔，同一位置的几个说法用“/”分隔；只能是汉字、字母或数字');
const place = z.object({ name: text, url: z.url().optional(), hint: text }).strict();
const topic = z.object({
  id: z.string().regex(/^[a-z-]+$/, '只用小写字母和连字符'),
  label: text,
  triggers: z.array(words).min(1, '至少一组触发词'),
  unless: z.array(z.string().trim().regex(/^[\p{Script=Han}A-Za-z0-9]+$/u, '一个词，只能是汉字、字母或数字')).optional(),
  closest: z.string().startsWith('/', '须是站内地址'),
  where: z.array(z.string()).min(1, '至少一个官方答案所在的地方'),
}).strict();
export const answerFile = z.object({
  scopes: z.record(z.string().regex(/^R\d+$/, '须是规则编号'), text),
  places: z.record(z.string(), place),
  uncovered: z.array(topic),
}).strict();
export type AnswerFile = z.infer<typeof answerFile>;

export class AnswerDataError extends Error {}

export interface AnswerDataChecks {
  /** addresses the rule data already names (source.yaml, today.yaml, history.yaml, superseded.yaml) */
  sourcedUrls?: ReadonlySet<string>;
  /** site addresses a search result links to */
  resultHrefs?: ReadonlySet<string>;
}

/** The file, validated: every url sourced, every closest topic a search result, every place named. */
export function parseAnswerData(raw: unknown, file: string, checks?: AnswerDataChecks): AnswerFile {
  const parsed = answerFile.safeParse(raw);
  if (!parsed.success) {
    throw new AnswerDataError(parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '文件'}：${i.message}`).join('\n'));
  }
  const data = parsed.data;
  const problems: string[] = [];
  for (const [id, p] of Object.entries(data.places)) {
    if (p.url && checks?.sourcedUrls && !checks.sourcedUrls.has(p.url)) problems.push(`${file}: places.${id}.url：“${p.url}”不是规则数据里写过的地址`);
  }
  const ids = new Set<string>();
  data.uncovered.forEach((t, n) => {
    const at = `${file}: uncovered 第 ${n + 1} 条（${t.id}）`;
    if (ids.has(t.id)) problems.push(`${at} id 重复`);
    ids.add(t.id);
    for (const w of t.where) if (!data.places[w]) problems.push(`${at} where：没有名为“${w}”的 places`);
    if (checks?.resultHrefs && !checks.resultHrefs.has(t.closest)) problems.push(`${at} closest：“${t.closest}”不是搜索结果中的地址`);
  });
  if (problems.length) throw new AnswerDataError(problems.join('\n'));
  return data;
}

/** The topics' triggers as the index carries them (answer.ts, UncoveredTriggers), in the file's order. */
export const uncoveredTriggers = (data: AnswerFile): string[] =>
  data.uncovered.map((t) => [...t.triggers, ...(t.unless ?? []).map((w) => `!${w}`)].join('|'));

/** What each topic's card says (/search-answers.json), in the same order. */
export const uncoveredTopics = (data: AnswerFile): UncoveredTopic[] => data.uncovered.map((t) => ({
  l: t.label, c: t.closest,
  w: t.where.map((id) => { const p = data.places[id]!; return { n: p.name, h: p.hint, ...(p.url ? { u: p.url } : {}) }; }),
}));
