// The outcome for a subject type the 2018 guide did not cover (海外主体, today.yaml's subjects): every
// row is today's rule with its sources, confidence and date, under one line saying the guide has
// nothing on it. Rendered at build time only, like the other outcomes (outcome-page.tsx).
import type { ComponentChildren } from 'preact';
import { YourAnswers } from '../../islands/wizard/answers-view.tsx';
import { StepHeading } from '../../islands/wizard/parts.tsx';
import type { EligibilityData } from '../../lib/eligibility/data.ts';
import type { WizardState } from '../../lib/eligibility/questions.ts';
import { guideLabel } from '../../lib/now-text.ts';
import type { TodaySubject } from '../../lib/rules/types.ts';
import { NowPart } from '../now/now-line.tsx';
import { outcomeContext } from './outcome-page.tsx';

interface Props {
  data: EligibilityData; state: WizardState; subject: TodaySubject; base: string;
  /** The hand-off buttons (an island), from the page's `share` slot. */
  share?: ComponentChildren;
}

export default function TodayOutcome({ data, state, subject, base, share }: Props) {
  const ctx = outcomeContext(data, state, base);
  const href = (h: string) => (h.startsWith('/') ? ctx.link(h) : h);
  const external = (h: string) => (h.startsWith('/') ? {} : { class: 'external', rel: 'noopener', target: '_blank' });
  return (
    <div class="wizard">
      <section class="wz-step" aria-labelledby="wz-heading">
        <div class="wz-verdict wz-yes">
          <StepHeading ctx={ctx}>{subject.headline}</StepHeading>
          <p class="wz-today-basis">
            <span class="guide-label">{guideLabel(data.source.asOfDate)}：</span>未涉及{subject.label}。以下每一行都是现在的规则，各附来源、可信度和核对日期。
          </p>
          <dl class="wz-summary">
            {subject.answers.map((a) => (
              <div>
                <dt>{a.label}</dt>
                <dd>
                  <NowPart now={a} />
                  {a.link && <a class="wz-today-link" href={href(a.link.href)}>{a.link.text}</a>}
                </dd>
              </div>
            ))}
          </dl>
          <p>写明“未核实”的，本站没有找到可靠来源；办理前请以微信官方文档为准。</p>
        </div>
        {share}
        <h3>接下来</h3>
        <ol class="wz-steps">
          {subject.next.map((s) => (
            <li>{s.text} <a href={href(s.link.href)} {...external(s.link.href)}>{s.link.text}</a></li>
          ))}
        </ol>
        <p class="wz-hint">本站的任务清单按指南的主体类型编排，暂无{subject.label}的清单。</p>
      </section>
      <YourAnswers ctx={ctx} />
    </div>
  );
}
