// How a note on today's rules is labelled for the reader: what kind of note it is, and how far its
// source can be trusted (RULE-HISTORY.md). Shared by the guide's component and the wizard island.
import type { Confidence, SupersededStatus } from './types.ts';

export const supersededStatusLabel: Record<SupersededStatus, string> = { changed: '现行规则已变化', unverified: '现行值未经核实', added: '指南之后新增的要求' };

export const confidenceLabel: Record<Confidence, string> = {
  high: '高（官方页面原文）',
  medium: '中（官方接口文档或官方社区帖子）',
  low: '低（第三方页面）',
};
