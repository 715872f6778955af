// What an outcome of 资格自查 says when the reader can register: verification, 微信支付 and the open
// platform, the members table, the categories with links to their tables, and what to do next.
import type { Outcome, Section } from '../../lib/eligibility/outcome.ts';
import { Cites } from '../../islands/wizard/parts.tsx';
import { Lines, Steps, type OutcomeContext } from './outcome-parts.tsx';

interface ViewProps { outcome: Outcome; ctx: OutcomeContext }

function SectionBlock({ section: sec, ctx }: { section: Section; ctx: OutcomeContext }) {
  return <><h3>{sec.title}</h3><Lines items={sec.lines} ctx={ctx} /></>;
}

function MembersTable({ outcome: o, ctx }: ViewProps) {
  return (
    <div class="table-wrap stack">
      <table>
        <caption>成员名额上限</caption>
        <thead><tr><th scope="col">帐号状态</th><th scope="col">开发者</th><th scope="col">体验者</th><th scope="col">依据</th></tr></thead>
        <tbody>
          {o.members.map((m) => (
            <tr>
              <th scope="row">{m.label}</th><td class="num" data-label="开发者">{m.developers}</td><td class="num" data-label="体验者">{m.testers}</td>
              <td data-label="依据"><Cites rules={[m.rule]} ctx={ctx} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CategoryLinks({ outcome: o, ctx }: ViewProps) {
  const { link } = ctx;
  return (
    <p class="wz-links">
      {o.categories?.kind === 'personal'
        ? <a href={link(o.categories.href)}>查看面向个人开放的服务类目</a>
        : o.categories && <a href={link(o.categories.href)}>查看非个人主体类目表及所需资质</a>}
      <a class="external" href={ctx.data.source.qualificationMaterials} rel="noopener" target="_blank">
        所需资质材料<span class="visually-hidden">（外部链接，在新窗口打开）</span>
      </a>
    </p>
  );
}

export function RegisterSections({ outcome: o, ctx }: ViewProps) {
  const section = (id: string) => o.sections.find((s) => s.id === id)!;
  return (
    <>
      {(['verification', 'payment', 'open-platform'] as const).map((id) => <SectionBlock key={id} section={section(id)} ctx={ctx} />)}
      <h3>{section('members').title}</h3>
      <MembersTable outcome={o} ctx={ctx} />
      <Lines items={section('members').lines} ctx={ctx} />
      <SectionBlock section={section('categories')} ctx={ctx} />
      <CategoryLinks outcome={o} ctx={ctx} />
      <h3>接下来怎么做</h3>
      <Steps outcome={o} ctx={ctx} />
      <p class="wz-next">
        {o.checklistPath
          ? <a class="button" href={ctx.link(o.checklistPath)}>打开为你预填的注册清单</a>
          : <a class="button" href={ctx.link('/guide/registration/')}>阅读完整注册流程</a>}
      </p>
    </>
  );
}
