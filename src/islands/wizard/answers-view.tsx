// Around the step of 资格自查: the notice of what the address had that was ignored, and the reader's
// answers so far, each with a link back to change it.
import type { Ignored } from '../../lib/eligibility/address.ts';
import { answerRows } from '../../lib/wizard-page.ts';
import type { WizardContext } from './parts.tsx';

/** The notice names this many ignored items, then counts the rest. */
const shownIgnored = 3;
const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export function IgnoredNotice({ dropped }: { dropped: Ignored[] }) {
  return (
    <div class="wz-notice" role="status">
      <p><strong>地址中有 {dropped.length} 处内容已忽略：</strong></p>
      <ul>
        {dropped.slice(0, shownIgnored).map((d) => <li>“<code>{shorten(d.token)}</code>”：{d.why}</li>)}
        {dropped.length > shownIgnored && <li>以及另外 {dropped.length - shownIgnored} 处</li>}
      </ul>
      <p>下面从仍然有效的回答继续。</p>
    </div>
  );
}

export function YourAnswers({ ctx }: { ctx: WizardContext }) {
  const rows = answerRows(ctx.answers, ctx.data);
  if (rows.length === 0) return null;
  return (
    <section class="wz-answers" aria-labelledby="wz-answers-heading">
      <h2 id="wz-answers-heading">你的回答</h2>
      <dl>
        {rows.map((r) => (
          <div>
            <dt>{r.name}</dt>
            <dd>
              <span>{r.answer}</span>
              {ctx.to({ answers: r.before, help: false }, <>更改<span class="visually-hidden">“{r.name}”</span></>)}
            </dd>
          </div>
        ))}
      </dl>
      <p>{ctx.to({ answers: {}, help: false }, '全部重新开始')}</p>
    </section>
  );
}
