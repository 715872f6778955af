// 公众号关联: for a 公众号 (R50, R52) or for a mini program (R51, R52), what can still be associated.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Limits } from '../lib/rules/types.ts';
import {
  miniProgramAssociations, officialAccountAssociations, type MiniProgramResult, type OfficialAccountResult, type Slot,
} from '../lib/quotas.ts';
import { readChoice } from '../lib/url-state.ts';
import { Calculator, Choice, fieldErrors, fieldValue, NumberField, readField, readUrlField, ResultArea, useUrlSync, type FieldState } from './ui.tsx';

export interface AssociationCalculatorProps {
  idPrefix: string;
  association: Limits['association'];
  syncUrl?: boolean;
  maxCount: number;
  /** The limits behind each kind of result (static HTML from the page), shown under it. */
  oaLimits?: ComponentChildren;
  mpLimits?: ComponentChildren;
}

const sides = ['oa', 'mp'] as const;
type Side = (typeof sides)[number];

export default function AssociationCalculator({ idPrefix, association, syncUrl = false, maxCount, oaLimits, mpLimits }: AssociationCalculatorProps) {
  const empty = readField('', maxCount);
  const [side, setSide] = useState<Side>('oa');
  const [same, setSame] = useState(empty);
  const [different, setDifferent] = useState(empty);
  const [oaMonth, setOaMonth] = useState(empty);
  const [accounts, setAccounts] = useState(empty);
  const [mpMonth, setMpMonth] = useState(empty);
  const [urlNote, setUrlNote] = useState<string | null>(null);

  const oa = side === 'oa';
  useUrlSync(syncUrl, (search) => {
    const s = readChoice(search, 'side', sides);
    if (s.value) setSide(s.value);
    if (s.invalid) setUrlNote('链接里的计算对象无法识别，已改用“公众号”。');
    const f = (key: string) => readUrlField(search, key, maxCount);
    setSame(f('same')); setDifferent(f('different')); setOaMonth(f('oaMonth'));
    setAccounts(f('accounts')); setMpMonth(f('mpMonth'));
  }, {
    side,
    same: oa ? same.raw : null, different: oa ? different.raw : null, oaMonth: oa ? oaMonth.raw : null,
    accounts: oa ? null : accounts.raw, mpMonth: oa ? null : mpMonth.raw,
  });

  const id = (name: string) => `${idPrefix}-${name}`;
  const fields: [key: string, label: string, state: FieldState, set: (f: FieldState) => void][] = oa
    ? [
      ['same', '已关联的同主体小程序（个）', same, setSame],
      ['different', '已关联的不同主体小程序（个）', different, setDifferent],
      ['oaMonth', '本月已新增关联（次）', oaMonth, setOaMonth],
    ]
    : [['accounts', '已关联的公众号（个）', accounts, setAccounts], ['mpMonth', '本月已新增关联（次）', mpMonth, setMpMonth]];
  const errors = fieldErrors(fields.map(([key, label, state]) => [id(key), label, state]));
  const values = fields.map(([, , state]) => fieldValue(state));
  let answer = null;
  if (values.every((v) => v !== null)) {
    const [x, y, z] = values as number[];
    answer = oa
      ? <OfficialAccountAnswer limits={oaLimits}
        r={officialAccountAssociations({ association }, { sameSubject: x!, differentSubject: y!, addedThisMonth: z! })} />
      : <MiniProgramAnswer limits={mpLimits} r={miniProgramAssociations({ association }, { officialAccounts: x!, addedThisMonth: y! })} />;
  }

  return (
    <Calculator titleId={id('title')} title="公众号关联计算">
      {urlNote && <p class="calc-note" role="status">{urlNote}</p>}
      <Choice name={id('side')} legend="要计算的是" value={side} onChange={setSide}
        options={[{ value: 'oa', label: '一个公众号能再关联几个小程序' }, { value: 'mp', label: '一个小程序能再关联几个公众号' }]} />
      <div class="calc-fields">
        {fields.map(([key, label, state, set]) => (
          <NumberField key={key} id={id(key)} label={label} field={state} onInput={(raw) => set(readField(raw, maxCount))} />
        ))}
      </div>
      <ResultArea errors={errors}>
        {answer ?? <p class="calc-hint">填写上面{fields.length === 3 ? '三' : '两'}项后显示结果（没有的填 0）。</p>}
      </ResultArea>
    </Calculator>
  );
}

const yes = (ok: boolean) => (ok ? <strong class="yes">可以</strong> : <strong class="no">不可以</strong>);
const left = (s: Slot) => <>还剩 <span class="num">{s.left}</span> 个名额{s.over > 0 && <>，已超出 <span class="num">{s.over}</span> 个</>}）</>;
const month = (m: Slot, possible: number, what: string) => (
  <li>本月还可新增关联 <strong class="num">{m.left}</strong> 次；按名额和次数，本月最多还能再关联 <strong class="num">{possible}</strong> 个{what}。</li>
);

/** A 公众号's answer (R50, R52), with the limits behind it. */
function OfficialAccountAnswer({ r, limits }: { r: OfficialAccountResult; limits: ComponentChildren }) {
  return (
    <div class="calc-answer">
      <ul>
        <li>再关联 1 个同主体小程序：{yes(r.canAddSame)}（同主体{left(r.sameSubject)}</li>
        <li>再关联 1 个不同主体小程序：{yes(r.canAddDifferent)}（不同主体{left(r.differentSubject)}</li>
        {month(r.month, r.possibleThisMonth, '小程序')}
      </ul>
      {limits}
    </div>
  );
}

/** A mini program's answer (R51, R52), with the limits behind it. */
function MiniProgramAnswer({ r, limits }: { r: MiniProgramResult; limits: ComponentChildren }) {
  return (
    <div class="calc-answer">
      <ul>
        <li>再关联 1 个公众号：{yes(r.canAdd)}（{left(r.total)}</li>
        {month(r.month, r.possibleThisMonth, '公众号')}
      </ul>
      {limits}
    </div>
  );
}
