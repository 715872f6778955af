// Under the step of 资格自查 (a question, or an outcome's page): the reader's answers so far, each with
// a link back to change it.
import { answerRows } from '../../lib/wizard-page.ts';
import type { WizardContext } from './parts.tsx';

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
