// 成员名额: subject group + certified -> developer and tester limits, slots left, what would raise them.
// What each group can do (its tiers, whether 微信认证 is possible) comes in from capabilities.ts.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { GroupId, Limits } from '../lib/rules/types.ts';
import { memberQuota, type MemberCapabilities, type MemberResult, type Slot } from '../lib/quotas.ts';
import { readChoice } from '../lib/url-state.ts';
import {
  Calculator, Choice, fieldErrors, fieldValue, NumberField, readField, readUrlField, ResultArea, RuleRef, useUrlSync,
  type FieldState, type RuleLinks,
} from './ui.tsx';

export interface MembersCalculatorProps {
  idPrefix: string;
  members: Limits['members'];
  /** Each group with what its limits depend on (capabilities.ts, read at build time). */
  groups: { id: GroupId; label: string; can: MemberCapabilities }[];
  /** The group chosen before the reader chooses. */
  initialGroup: GroupId;
  links: RuleLinks;
  /** Mirror the inputs in the address (the tools page does; guide pages do not). */
  syncUrl?: boolean;
  /** Largest count accepted as a plausible answer. */
  maxCount: number;
  /** Fixed sentences, static HTML from the page (named slots): the note under the certification choice
   * where 认证 is unavailable, the two over-the-limit messages without a remedy, and the hint before any
   * count is typed. */
  personalNote?: ComponentChildren;
  personalOver?: ComponentChildren;
  highestOver?: ComponentChildren;
  emptyHint?: ComponentChildren;
}

const yesNo = ['yes', 'no'] as const;

export default function MembersCalculator(props: MembersCalculatorProps) {
  const { idPrefix, members, groups, syncUrl = false, maxCount, personalNote } = props;
  const [group, setGroup] = useState<GroupId>(props.initialGroup);
  const [certified, setCertified] = useState<'yes' | 'no'>('no');
  const [developers, setDevelopers] = useState(readField('', maxCount));
  const [testers, setTesters] = useState(readField('', maxCount));
  const [urlNote, setUrlNote] = useState<string | null>(null);

  useUrlSync(syncUrl, (search) => {
    const g = readChoice(search, 'subject', groups.map((x) => x.id));
    const c = readChoice(search, 'certified', yesNo);
    if (g.value) setGroup(g.value);
    if (c.value) setCertified(c.value);
    if (g.invalid || c.invalid) setUrlNote('链接里的主体类型或认证状态无法识别，已改用默认选项。');
    setDevelopers(readUrlField(search, 'developers', maxCount));
    setTesters(readUrlField(search, 'testers', maxCount));
  }, { subject: group, certified, developers: developers.raw, testers: testers.raw });

  const id = (name: string) => `${idPrefix}-${name}`;
  const can = groups.find((g) => g.id === group)!.can;
  const certifiable = can.members.certified !== null;
  const result = memberQuota({ members }, {
    can, certified: certified === 'yes', developers: fieldValue(developers) ?? 0, testers: fieldValue(testers) ?? 0,
  });
  const errors = fieldErrors([[id('developers'), '已绑定的开发者', developers], [id('testers'), '已绑定的体验者', testers]]);

  return (
    <Calculator titleId={id('title')} title="成员名额计算">
      {urlNote && <p class="calc-note" role="status">{urlNote}</p>}
      <Choice name={id('group')} legend="帐号主体" value={group} onChange={setGroup}
        options={groups.map((g) => ({ value: g.id, label: g.label }))} />
      <Choice name={id('certified')} legend="是否已通过微信认证" value={certifiable ? certified : 'no'} onChange={setCertified}
        options={[{ value: 'no', label: '未认证' }, { value: 'yes', label: '已认证', disabled: !certifiable }]}
        note={!certifiable && personalNote} />
      <div class="calc-fields">
        <NumberField id={id('developers')} label="已绑定的开发者（个）" field={developers}
          onInput={(raw) => setDevelopers(readField(raw, maxCount))} />
        <NumberField id={id('testers')} label="已绑定的体验者（个）" field={testers}
          onInput={(raw) => setTesters(readField(raw, maxCount))} />
      </div>
      <ResultArea errors={errors}>
        <MembersAnswer {...props} result={result} developers={developers} testers={testers} />
      </ResultArea>
    </Calculator>
  );
}

type AnswerProps = MembersCalculatorProps & { result: MemberResult; developers: FieldState; testers: FieldState };

/** The limits, the slots left of each kind, and what would raise the limits. */
function MembersAnswer({ members, links, result, developers, testers, personalOver, highestOver, emptyHint }: AnswerProps) {
  const tier = members[result.tier];
  const over = result.overLimit;
  const line = (name: string, s: Slot, filled: unknown) => filled && (
    <li class={s.over ? 'is-over' : undefined}>
      {name}：已绑定 <span class="num">{s.used}</span> 个，
      {s.over
        ? <strong class="over">超出上限 <span class="num">{s.over}</span> 个</strong>
        : s.left ? <>还可绑定 <strong class="num">{s.left}</strong> 个</> : <strong class="no">已满，不能再绑定</strong>}
    </li>
  );
  return (
    <div class={over ? 'calc-answer is-over' : 'calc-answer'}>
      <p class="calc-result-title">
        最多可绑定 <strong class="num">{tier.developers}</strong> 个开发者、<strong class="num">{tier.testers}</strong> 个体验者
        <RuleRef id={result.rule} links={links} />
      </p>
      {(developers.result || testers.result) ? (
        <ul>
          {line('开发者', result.developers, developers.result)}
          {line('体验者', result.testers, testers.result)}
        </ul>
      ) : emptyHint}
      <CertifyHint result={result} links={links} />
      {over && result.raise.kind === 'personal-cannot-certify' && personalOver}
      {over && result.raise.kind === 'highest' && highestOver}
    </div>
  );
}

/** Where 微信认证 would raise the limits: to what, and whether that is enough for the counts given. */
function CertifyHint({ result, links }: { result: MemberResult; links: RuleLinks }) {
  const raise = result.raise;
  if (raise.kind !== 'certify') return null;
  const over = result.overLimit;
  const certifyTo = <>上限{over ? '' : '会'}提高到 <span class="num">{raise.developers}</span> 个开发者、<span class="num">{raise.testers}</span> 个体验者</>;
  if (!over) return <p class="calc-hint">完成微信认证后，{certifyTo}。<RuleRef id={raise.rule} links={links} /></p>;
  const stillOver = result.developers.used > raise.developers || result.testers.used > raise.testers;
  return (
    <p>
      已超出上限。完成微信认证后，{certifyTo}
      {stillOver ? '，但仍不足以容纳你填写的人数。' : '。'}
      <RuleRef id={raise.rule} links={links} /><RuleRef id="R40" links={links} />
    </p>
  );
}
