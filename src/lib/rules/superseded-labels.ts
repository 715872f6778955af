// How a note on today's rules is labelled for the reader: what kind of note it is, and how far its
// source can be trusted (RULE-HISTORY.md). Shared by the guide's component and the wizard island.
import type { Confidence, SupersededStatus } from './types.ts';

export const supersededStatusLabel: Record<SupersededStatus, string> = { changed: '现行规则已变化', unverified: '现行值未经核实', added: '指南之后新增的要求' };

/** The grade alone ("中"), where a line has no room for what it means (the wizard's summary card, copied text). */
export const confidenceGrade: Record<Confidence, string> = { high: '高', medium: '中', low: '低' };

export const confidenceLabel: Record<Confidence, string> = {
  high: `${confidenceGrade.high}（官方页面原文）`,
  medium: `${confidenceGrade.medium}（官方接口文档或官方社区帖子）`,
  low: `${confidenceGrade.low}（第三方页面）`,
};
