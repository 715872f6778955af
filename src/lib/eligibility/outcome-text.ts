// 复制为文字: the outcome as plain text for a chat — the headline, the summary card, what is not met
// and what to do, the next steps and the page's address. Rule chips stay on the page (the link); the
// changes since 2018 are one line each, with their sources, dates and confidence, as the page has them.
// Only strings come in (outcome-text-input.ts picks them from the outcome), so this loads with the
// share panel when the reader asks to copy, and imports nothing the wizard has loaded.

export interface OutcomeTextInput {
  headline: string;
  /** What the outcome rests on, when not the guide (海外主体: today's sources). */
  basis?: string;
  asOfDate: string;
  canRegister: boolean;
  /** The summary card's rows; the `changes` row is followed by one line per note. */
  rows: { id: string; label: string; text: string }[];
  /** Each change since the guide, its kind and its sources in words. */
  notes: { title: string; status: string; sources: { title: string; date: string; grade: string }[] }[];
  /** What is not met, each with what to do. */
  blockers: string[];
  steps: { condition?: string; text: string }[];
}

/** "- 个人帐号现在可以申请微信认证（现行规则已变化；来源：微信开放文档：小程序认证接口（现行版本），可信度：中）" */
const noteLine = (n: OutcomeTextInput['notes'][number]) =>
  `- ${n.title}（${n.status}；来源：${n.sources.map((src) => `${src.title}（${src.date}），可信度：${src.grade}`).join('；')}）`;

export function formatOutcomeText(input: OutcomeTextInput, url: string): string {
  const basis = input.basis ?? `按 ${input.asOfDate} 版《微信小程序接入指南》`;
  const out = [`微信小程序资格自查：${input.headline}`, `（${basis}，办理前请以微信官方文档为准）`, ''];
  for (const r of input.rows) {
    if (r.id === 'changes') out.push(`${r.label}：`, ...input.notes.map(noteLine));
    else out.push(`${r.label}：${r.text}`);
  }
  if (!input.canRegister) out.push('', '不符合的条件：', ...input.blockers.map((b) => `- ${b}`));
  out.push('', input.canRegister ? '接下来怎么做：' : '满足条件后的步骤：');
  input.steps.forEach((s, i) => out.push(`${i + 1}. ${s.condition ? `（选择${s.condition}时）` : ''}${s.text}`));
  out.push('', `每条结论的依据和原文：${url}`);
  return out.join('\n');
}
