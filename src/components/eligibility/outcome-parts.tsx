// The parts only an outcome of 资格自查 shows (rendered at build time, src/components/eligibility/): the
// tone of a line, the lines (with what to do about a condition not met) and steps of an outcome; and the context its views are given, the wizard's
// with the whole data (the steps and source the island is not given).
import type { EligibilityData } from '../../lib/eligibility/data.ts';
import type { Outcome, Reason, Remedy } from '../../lib/eligibility/outcome.ts';
import { Cites, type PartsContext, type WizardContext } from '../../islands/wizard/parts.tsx';
import { BothValues, NowPart } from '../now/now-line.tsx';

export interface OutcomeContext extends WizardContext { data: EligibilityData }
type OutcomePartsContext = PartsContext & { data: EligibilityData };

export const toneText = { ok: '符合', warn: '注意', blocker: '不符合', info: '' } as const;
export const toneIcon = { ok: '✓', warn: '!', blocker: '✗', info: '' } as const;

/** What to do about a condition not met, with a link to the answers that would meet it. */
export function RemedyText({ remedy: r, ctx }: { remedy: Remedy; ctx: OutcomeContext }) {
  return <span class="wz-remedy">{r.text}{r.link && <> {ctx.to(r.link.state, r.link.text)}</>}</span>;
}

/** An outcome's lines (a section's, or the conditions met and not met, each with what to do about it). */
export function Lines({ items, ctx }: { items: Reason[]; ctx: OutcomeContext }) {
  return (
    <ul class="wz-lines">
      {items.map((l) => (
        <li class={`wz-line wz-${l.tone}`}>
          {l.tone !== 'info' && <span class="wz-icon" aria-hidden="true">{toneIcon[l.tone]}</span>}
          <span>
            {l.tone !== 'info' && <span class="visually-hidden">{toneText[l.tone]}：</span>}
            <BothValues now={l.now} asOfDate={ctx.data.source.asOfDate}>{l.text}<Cites rules={l.rules} decisions={l.decisions} ctx={ctx} /></BothValues>
            {l.remedy && <RemedyText remedy={l.remedy} ctx={ctx} />}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The registration steps of an outcome, each with its condition, citations and deadline. */
export function Steps({ outcome, ctx }: { outcome: Outcome; ctx: OutcomePartsContext }) {
  return (
    <ol class="wz-steps">
      {outcome.steps.map((s) => (
        <li>
          {s.condition && <span class="wz-condition">（选择{s.condition}时）</span>}
          {/* A step of the guide gives both values; a step from after the guide (备案) has only today's. */}
          {s.rules.length > 0
            ? <BothValues now={s.now} asOfDate={ctx.data.source.asOfDate}>{s.text}<Cites rules={s.rules} ctx={ctx} /></BothValues>
            : <>{s.text}{s.now && <NowPart now={s.now} />}</>}
          {s.deadline && <strong class="wz-deadline">{s.deadline.text}<Cites rules={[]} decisions={s.deadline.decisions} ctx={ctx} /></strong>}
        </li>
      ))}
    </ol>
  );
}
