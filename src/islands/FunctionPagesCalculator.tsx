// 功能页面 (R35): groups configured -> within the limit or not.
import { useState } from 'preact/hooks';
import { functionPages } from '../lib/quotas.ts';
import { Calculator, fieldErrors, fieldValue, NumberField, readField, readUrlField, ResultArea, RuleRef, useUrlSync, type RuleLinks } from './ui.tsx';

export interface FunctionPagesCalculatorProps {
  idPrefix: string;
  maxGroups: number;
  links: RuleLinks;
  syncUrl?: boolean;
  maxCount: number;
}

export default function FunctionPagesCalculator({ idPrefix, maxGroups, links, syncUrl = false, maxCount }: FunctionPagesCalculatorProps) {
  const [groups, setGroups] = useState(readField('', maxCount, '组'));
  useUrlSync(syncUrl, (search) => setGroups(readUrlField(search, 'groups', maxCount, '组')), { groups: groups.raw });

  const id = (name: string) => `${idPrefix}-${name}`;
  const value = fieldValue(groups);
  const r = value === null ? null : functionPages({ review: { maxFunctionPageGroups: maxGroups } }, value);

  const roomLeft = (left: number) => (left > 0 ? <>，还可再加 <span class="num">{left}</span> 组</> : '，已到上限');

  return (
    <Calculator titleId={id('title')} title="功能页面组数检查">
      <NumberField id={id('groups')} label="准备配置的重要业务页面（组）" field={groups}
        onInput={(raw) => setGroups(readField(raw, maxCount, '组'))} />
      <ResultArea errors={fieldErrors([[id('groups'), '重要业务页面组数', groups]])}>
        {r ? (
            <div class={r.withinLimit ? 'calc-answer' : 'calc-answer is-over'}>
              <p class="calc-result-title">
                {r.withinLimit
                  ? <><strong class="yes">符合要求</strong>：不多于 <span class="num">{r.limit}</span> 组{roomLeft(r.left)}。</>
                  : <><strong class="no">超出上限</strong>：最多 <span class="num">{r.limit}</span> 组，请减少 <span class="num">{r.over}</span> 组。</>}
                <RuleRef id="R35" links={links} />
              </p>
            </div>
          ) : <p class="calc-hint">填写组数后显示结果。</p>}
      </ResultArea>
    </Calculator>
  );
}
