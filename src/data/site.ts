// Site-wide navigation: the chapters come from content/guide, the tools are listed here.
import { getCollection } from 'astro:content';
import { withBase } from '../lib/paths.ts';

export const siteName = '小程序接入指南';

export const url = (path: string) => withBase(import.meta.env.BASE_URL, path);

export interface NavItem { href: string; title: string; description: string }

export async function getChapters(): Promise<NavItem[]> {
  const entries = await getCollection('guide');
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((e) => ({ href: `/guide/${e.id}/`, title: e.data.title, description: e.data.description }));
}

export const tools: NavItem[] = [
  // Each tool is listed here once its page exists.
  { href: '/tools/eligibility/', title: '资格自查', description: '回答几个问题，看你能否注册小程序、走哪种验证方式、能否用微信支付，以及接下来做什么。' },
  { href: '/tools/categories/', title: '类目查询', description: '查找面向个人开发者开放的服务类目：汉字、拼音、首字母都能搜。' },
  { href: '/tools/categories/enterprise/', title: '类目与资质', description: '按主体类型（企业等非个人、海外、个人）查官方类目表：类目是否开放、需要哪些资质文件，注明版本与出处。' },
  { href: '/tools/quotas/', title: '配额计算', description: '还能绑定几个开发者、公众号还能关联几个小程序、对公打款最后一天、功能页面组数。' },
  { href: '/tools/checklist/', title: '注册清单', description: '按主体类型和验证方式列出从注册到发布的每一步，记录进度、计算汇款期限、打印与导出。' },
];

export const references: NavItem[] = [
  { href: '/filing/', title: '小程序备案', description: '指南之后新增的一步：谁来备案、要准备什么、审核流程与时限、不备案会怎样，注明来源与可信度。' },
  { href: '/rules/', title: '规则依据', description: '本站引用的全部规则、出处和解读说明。' },
  { href: '/history/', title: '规则变迁', description: '指南中的规则从 2017 年到现在怎样变化：哪些已被取代、哪些是后来新增的要求，每条注明日期、来源和可信度。' },
];

/** Every page after the home page, in reading order: prev/next links and the sitemap follow it. */
export async function getReadingOrder(): Promise<NavItem[]> {
  return [...(await getChapters()), ...tools, ...references];
}
