// Build time: what each qualification page shows — its table, edition, wording, and the other
// subjects' category names (for "not in this table, but in …"). Pages and tests share it.
import { qualifications } from '../../data/qualifications.ts';
import { url } from '../../data/site.ts';
import {
  categoriesByLevel1, countTable, qualificationPagePath, subjects, tableFor,
  type AskSubject, type QualificationPage, type Subject,
} from '../../lib/qualifications.ts';
import type { OtherTable } from '../../lib/qualification-filter.ts';

export interface QualificationPageView {
  page: QualificationPage;
  subject: Subject;
  title: string;
  description: string;
  /** "2018-11-15 版非个人主体类目表": how the filter names the table. */
  tableName: string;
  /** How the subject is called in a sentence, or null for the 2018-04 page. */
  intro: string;
}

const latest = (s: AskSubject) => tableFor(qualifications, s, '2018-11');
const shortLabel: Record<AskSubject, string> = { enterprise: '非个人主体表', personal: '个人主体表', overseas: '海外主体表' };

export const qualificationPages: QualificationPageView[] = [
  {
    page: 'enterprise', subject: 'enterprise', title: '非个人主体的服务类目与资质',
    description: '官方 2018-11-15 版非个人主体（企业、个体工商户、政府、媒体、其他组织）小程序开放的服务类目，每个类目的法务建议资质文件与备注，可按业务说法筛选。',
    tableName: '2018-11-15 版非个人主体类目表',
    intro: '企业、个体工商户（本站按企业读，见 D2）、政府、媒体和其他组织注册的小程序都是非个人主体。下表是官方“小程序开放的服务类目”页面中非个人主体的那张表：表中有的类目向非个人主体开放，资质文件一栏是法务建议提交的材料。',
  },
  {
    page: 'overseas', subject: 'overseas', title: '海外主体的服务类目与资质',
    description: '官方 2018-11-15 版海外主体小程序开放的服务类目，每个类目的法务建议资质文件与备注，可按业务说法筛选。',
    tableName: '2018-11-15 版海外主体类目表',
    intro: '下表是官方“小程序开放的服务类目”页面中海外主体的那张表：表中有的类目向海外主体开放，备注一栏写明了不得涉及的业务。',
  },
  {
    page: 'personal', subject: 'personal', title: '个人主体的服务类目与资质（2018-11 版）',
    description: '官方 2018-11-15 版个人主体小程序开放的服务类目及法务建议的资质文件，每个类目注明在哪几版个人类目表中开放；指南所附的 2018-04 版个人类目表见类目查询。',
    tableName: '2018-11-15 版个人主体类目表',
    intro: '下表是官方“小程序开放的服务类目”页面中个人主体的那张表（比指南晚半年）：类目与类目查询默认显示的最新一版相同，这里多了法务建议的资质文件。每个类目下注明它在哪几版个人类目表中开放；指南所附的 2018-04 版可在类目查询中切换。',
  },
  {
    page: 'special', subject: 'all', title: '特殊行业所需资质材料（指南同日版，不分主体）',
    description: '指南同日（2018-04-16）的官方页面“特殊行业所需资质材料”：需要资质材料的类目及法务建议的资质文件，可只看需资质的类目。',
    tableName: '2018-04-16 版特殊行业资质表（只列需要资质的类目）',
    intro: '这是与指南同日的官方页面“特殊行业所需资质材料”。它只列出需要资质材料的类目，不是开放类目的清单；页面也没有说明它适用于哪些主体类型。按主体查开放的类目，请选上方的主体类型（2018-11-15 版）。',
  },
];

export const pageView = (page: QualificationPage) => qualificationPages.find((p) => p.page === page)!;

/** The page's table, its groups and counts. */
export function pageTable(view: QualificationPageView) {
  const found = tableFor(qualifications, view.subject as AskSubject | 'all', view.subject === 'all' ? qualifications.guideEdition : '2018-11')!;
  return {
    edition: found.edition,
    table: found.table,
    groups: categoriesByLevel1(qualifications, view.subject as AskSubject | 'all', found.edition.id),
    counts: countTable(found.table),
  };
}

/** The other subjects' 2018-11 tables, names only (all three for the 2018-04 page). */
export function otherTables(view: QualificationPageView): OtherTable[] {
  return subjects.filter((s) => s !== view.subject).map((s) => ({
    label: shortLabel[s],
    href: url(qualificationPagePath[s]),
    paths: latest(s)!.table.records.map((r) => r.path.join('>')),
  }));
}
