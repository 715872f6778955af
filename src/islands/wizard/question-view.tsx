// A step of 资格自查 that asks: the question with its options (each a link to the next state), or the
// comparison of the two verification methods that helps the reader choose between them.
import { pathComparison, type Cell } from '../../lib/eligibility/comparison.ts';
import { recommendCertification, recommendCertificationRules, type Question } from '../../lib/eligibility/questions.ts';
import { Cites, DecisionNotes, StepHeading, type WizardContext } from './parts.tsx';
import { questionTitle } from '../../lib/wizard-page.ts';

interface ViewProps { question: Question; ctx: WizardContext }

const paymentUnanswered = '如果你需要微信支付：指南写的是已认证的小程序可申请，所以两种方式最终都要完成微信认证。';

function Options({ question: qq, ctx }: ViewProps) {
  const { answers, remembered } = ctx;
  return (
    <ul class="wz-options" aria-labelledby="wz-heading">
      {qq.options.map((o) => {
        const previous = remembered[qq.id] === o.value && answers[qq.id] === undefined;
        const label = (
          <>
            <span class="wz-option-label">
              {o.label}
              {o.recommended && <span class="wz-recommended">推荐</span>}
              {o.today && <span class="wz-today">按现行规则</span>}
              {previous && <span class="wz-previous">（之前的选择）</span>}
            </span>
            {o.hint && <span class="wz-option-hint">{o.hint}</span>}
          </>
        );
        return <li>{ctx.to({ answers: { ...answers, [qq.id]: o.value }, help: false }, label, 'wz-option')}</li>;
      })}
    </ul>
  );
}

export function Ask({ question: qq, ctx }: ViewProps) {
  return (
    <>
      <StepHeading ctx={ctx}>{qq.title}</StepHeading>
      {qq.hint && <p class="wz-hint">{qq.hint}<Cites rules={qq.rules} decisions={qq.decisions} ctx={ctx} /></p>}
      {!qq.hint && <p class="wz-hint">请选择一项。<Cites rules={qq.rules} decisions={qq.decisions} ctx={ctx} /></p>}
      <Options question={qq} ctx={ctx} />
      {qq.offersHelp && (
        <p class="wz-help-link">{ctx.to({ answers: ctx.answers, help: true }, '不确定？比较两种方式，帮我选择')}</p>
      )}
      <DecisionNotes ids={qq.decisions} ctx={ctx} />
    </>
  );
}

export function Help({ question: qq, ctx }: ViewProps) {
  const rows = pathComparison(ctx.data);
  const { payment } = ctx.answers;
  const cell = (c: Cell) => <>{c.text}<Cites rules={c.rules} decisions={c.decisions} ctx={ctx} /></>;
  return (
    <>
      <StepHeading ctx={ctx}>{questionTitle({ kind: 'help', question: qq })}</StepHeading>
      <p class="wz-hint">下面是原文写明的两种方式的区别，选定后主体信息不可变更。<Cites rules={['R12', 'R18']} ctx={ctx} /></p>
      <div class="wz-compare">
        {qq.options.map((m) => (
          <section class="wz-card" aria-labelledby={`wz-m-${m.value}`}>
            <h3 id={`wz-m-${m.value}`}>{m.label}</h3>
            <dl>
              {rows.map((r) => <div><dt>{r.aspect}</dt><dd>{cell(r[m.value as 'remittance' | 'certification'])}</dd></div>)}
            </dl>
          </section>
        ))}
      </div>
      {payment !== 'no' && (
        <p class="wz-hint">
          {payment ? recommendCertification : paymentUnanswered}
          <Cites rules={payment ? recommendCertificationRules : ['R40', 'R43']} ctx={ctx} />
        </p>
      )}
      <h3 class="wz-choose">选择验证方式</h3>
      <Options question={qq} ctx={ctx} />
      <DecisionNotes ids={['D4', ...qq.decisions]} ctx={ctx} />
    </>
  );
}
