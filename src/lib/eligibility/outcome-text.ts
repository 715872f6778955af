// 复制为文字: the outcome as plain text for a chat — the headline, the summary card, what is not met
// and what to do, the next steps and the page's address. Rule chips stay on the page (the link); the
// changes since 2018 are one line each, with their sources, dates and confidence, as the page has them.
import { confidenceGrade, supersededStatusLabel } from '../rules/superseded-labels.ts';
import type { SupersededNote } from '../rules/types.ts';
import type { EligibilityData } from './data.ts';
import type { Outcome } from './outcome.ts';
import type { Answers } from './questions.ts';
import { outcomeNotes, outcomeSummary } from './summary.ts';

export function outcomeText(o: Outcome, answers: Answers, data: EligibilityData, url: string): string {
  const out = [`微信小程序资格自查：${o.headline}`, `（按 ${data.source.asOfDate} 版《微信小程序接入指南》，办理前请以微信官方文档为准）`, ''];
  for (const r of outcomeSummary(o, answers, data)) {
    if (r.id === 'changes') out.push(`${r.label}：`, ...outcomeNotes(o, data).map(noteLine));
    else out.push(`${r.label}：${r.text}`);
  }
  if (!o.canRegister) {
    out.push('', '不符合的条件：');
    for (const r of o.reasons.filter((x) => x.tone === 'blocker')) out.push(`- ${r.text}${r.remedy ? r.remedy.text : ''}`);
  }
  out.push('', o.canRegister ? '接下来怎么做：' : '满足条件后的步骤：');
  o.steps.forEach((s, i) => out.push(`${i + 1}. ${s.condition ? `（选择${s.condition}时）` : ''}${s.text}`));
  out.push('', `每条结论的依据和原文：${url}`);
  return out.join('\n');
}

/** "- 个人帐号现在可以申请微信认证（现行规则已变化；来源：微信开放文档：小程序认证接口（现行版本），可信度：中）" */
const noteLine = (n: SupersededNote) => `- ${n.title}（${supersededStatusLabel[n.status]}；来源：${
  n.sources.map((src) => `${src.title}（${src.date}），可信度：${confidenceGrade[src.confidence]}`).join('；')}）`;
