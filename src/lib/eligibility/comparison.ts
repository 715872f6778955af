// "Help me choose": the trade-off between the two verification paths, as the seed states it.
import type { QuestionData } from './data.ts';
import { profileOpening } from './profile-step.ts';

export interface Cell { text: string; rules: string[]; decisions?: string[] }
export interface ComparisonRow { aspect: string; remittance: Cell; certification: Cell }

export function pathComparison(data: QuestionData): ComparisonRow[] {
  const { remittance, certification, members } = data.limits;
  const u = members.unverified;
  const v = members.verified;
  return [
    {
      aspect: '怎样验证',
      remittance: { text: '用公司的对公账户向腾讯公司打款，打款信息在提交主体信息后可以看到。', rules: ['R13'] },
      certification: { text: '通过微信认证验证主体身份。', rules: ['R14'] },
    },
    {
      aspect: '费用',
      remittance: { text: '向指定帐号汇入页面指定的金额（原文未写明金额）。', rules: ['R19'] },
      certification: { text: `需支付 ${certification.enterpriseFeeYuan} 元认证费。`, rules: ['R14'] },
    },
    {
      aspect: '期限',
      remittance: { text: `须在 ${remittance.deadlineDays} 天内完成汇款，否则注册失败。`, rules: ['R20'], decisions: ['D4'] },
      certification: { text: '完成注册后请尽快进行微信认证（原文未规定期限）。', rules: ['R21'] },
    },
    {
      aspect: '可用功能',
      remittance: profileOpening('remittance'),
      certification: { text: `认证通过前部分功能暂无法使用；${profileOpening('certification').text}`, rules: ['R21', 'R25'] },
    },
    {
      aspect: '微信支付',
      remittance: { text: '帐号未认证；指南写的是已认证的小程序可申请，可按需再申请微信认证，通过后申请。', rules: ['R40', 'R43'] },
      certification: { text: '认证通过后可以申请。', rules: ['R43'] },
    },
    {
      aspect: '成员名额',
      remittance: { text: `未认证：最多 ${u.developers} 个开发者、${u.testers} 个体验者。`, rules: [u.rule] },
      certification: { text: `认证通过后：最多 ${v.developers} 个开发者、${v.testers} 个体验者（认证前按未认证计）。`, rules: [v.rule, u.rule] },
    },
  ];
}
