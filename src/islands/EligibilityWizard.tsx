// 资格自查: a thin view over src/lib/eligibility/. Rendered at build time for every static page
// (answers in the path, plain links, works without JavaScript); hydrated, it runs the same flow in
// place: pushState per answer, back/forward walk the questions, focus moves to the step's heading.
import type { ComponentChildren, JSX } from 'preact';
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EligibilityData } from '../lib/eligibility/data.ts';
import { pathComparison, type Cell } from '../lib/eligibility/comparison.ts';
import { evaluate, stateTitle, type Line, type Outcome, type Remedy, type Section } from '../lib/eligibility/outcome.ts';
import { answerLabel, answeredQuestions, answersBefore, helpApplies, nextQuestion, question, recommendCertification, recommendCertificationRules, type Answers, type Question, type WizardState } from '../lib/eligibility/questions.ts';
import { readAddress, type Ignored } from '../lib/eligibility/address.ts';
import { outcomeText } from '../lib/eligibility/outcome-text.ts';
import { outcomeSummary } from '../lib/eligibility/summary.ts';
import ShareActions from './share-actions.tsx';
import { statePath, wizardRoot } from '../lib/eligibility/state-path.ts';
import { withBase } from '../lib/paths.ts';
import { Cites, DecisionNotes, Lines, SupersededNotes, toneIcon, toneText } from './wizard-parts.tsx';

interface Props { data: EligibilityData; base: string; initial: WizardState; toolTitle: string }

/** The notice names this many ignored items, then counts the rest. */
const shownIgnored = 3;
const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export default function EligibilityWizard({ data, base, initial, toolTitle }: Props) {
  const [state, setState] = useState<WizardState>(initial);
  const [dropped, setDropped] = useState<Ignored[]>([]);
  // With JavaScript, answers dropped by "更改" are remembered and marked when asked again.
  const [remembered, setRemembered] = useState<Answers>({});
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  const current = useRef(initial); // the shown state, for handlers registered once (popstate)

  const href = (s: WizardState) => withBase(base, statePath(s, data));
  const link = (path: string) => withBase(base, path);

  const show = (next: WizardState, how: 'push' | 'replace' | 'none', notice: Ignored[] = [], focus = true) => {
    if (how === 'push') history.pushState(null, '', href(next));
    if (how === 'replace') history.replaceState(null, '', href(next));
    const before = current.current.answers;
    setRemembered((r) => ({ ...r, ...before }));
    current.current = next;
    setState(next);
    setDropped(notice);
    moveFocus.current = focus;
    const title = stateTitle(next, data);
    // The page's intro (start page only) is not repeated on the steps.
    document.querySelector('.wz-intro')?.toggleAttribute('hidden', statePath(next, data) !== wizardRoot);
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (canonical) canonical.href = new URL(href(next), canonical.href).href;
    const site = document.title.split(' · ').pop();
    document.title = statePath(next, data) === wizardRoot ? `${toolTitle} · ${site}` : `${title} · ${toolTitle} · ${site}`;
    setAnnouncement(nextQuestion(next.answers, data) === null ? `结果：${title}` : '');
  };

  /** Reads the address (the path, or ?answers= after a 404 redirect), ignoring whatever does not fit. */
  const readLocation = () => readAddress(location.pathname, location.search, base, data);

  useEffect(() => {
    const first = readLocation();
    if (first.dirty) show(first.state, 'replace', first.ignored, false);
    const onPop = () => {
      const now = readLocation();
      // A link within the page (#wz-changes, #wz-D4) is not a step: leave focus and scroll alone.
      if (!now.dirty && href(now.state) === href(current.current)) return;
      show(now.state, now.dirty ? 'replace' : 'none', now.ignored);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (moveFocus.current) { moveFocus.current = false; heading.current?.focus(); }
  }, [state]);

  const go = (next: WizardState) => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    show(next, 'push');
  };
  const to = (target: WizardState, children: ComponentChildren, cls?: string) =>
    <a class={cls} href={href(target)} onClick={go(target)}>{children}</a>;

  const ctx = { data, link };
  const cites = (rules: string[], decisions?: string[]) => <Cites rules={rules} decisions={decisions} ctx={ctx} />;
  const decisionNotes = (ids: string[]) => <DecisionNotes ids={ids} ctx={ctx} />;
  const supersededNotes = (ids: string[]) => <SupersededNotes ids={ids} ctx={ctx} />;
  const lines = (items: Line[]) => <Lines items={items} ctx={ctx} />;
  const remedy = (r: Remedy) => <span class="wz-remedy">{r.text}{r.link && <> {to(r.link.state, r.link.text)}</>}</span>;

  const sectionBlock = (sec: Section) => (
    <Fragment key={sec.id}><h3>{sec.title}</h3>{lines(sec.lines)}</Fragment>
  );

  const q = nextQuestion(state.answers, data);
  let body: JSX.Element;
  if (q && state.help && helpApplies(state.answers, data)) body = help(question('path', state.answers, data));
  else if (q) body = ask(question(q, state.answers, data));
  else body = result(evaluate(state.answers, data));

  function options(qq: Question) {
    return (
      <ul class="wz-options" aria-labelledby="wz-heading">
        {qq.options.map((o) => (
          <li>
            {to({ answers: { ...state.answers, [qq.id]: o.value }, help: false }, <><span class="wz-option-label">{o.label}{o.recommended && <span class="wz-recommended">推荐</span>}{remembered[qq.id] === o.value && state.answers[qq.id] === undefined && <span class="wz-previous">（之前的选择）</span>}</span>{o.hint && <span class="wz-option-hint">{o.hint}</span>}</>, "wz-option")}
          </li>
        ))}
      </ul>
    );
  }

  function ask(qq: Question) {
    return (
      <>
        <h2 id="wz-heading" class="wz-heading" tabIndex={-1} ref={heading}>{qq.title}</h2>
        {qq.hint && <p class="wz-hint">{qq.hint}{cites(qq.rules, qq.decisions)}</p>}
        {!qq.hint && <p class="wz-hint">请选择一项。{cites(qq.rules, qq.decisions)}</p>}
        {options(qq)}
        {qq.offersHelp && (
          <p class="wz-help-link">{to({ answers: state.answers, help: true }, '不确定？比较两种方式，帮我选择')}</p>
        )}
        {decisionNotes(qq.decisions)}
      </>
    );
  }

  function help(qq: Question) {
    const rows = pathComparison(data);
    const methods = qq.options;
    const cell = (c: Cell) => <>{c.text}{cites(c.rules, c.decisions)}</>;
    return (
      <>
        <h2 id="wz-heading" class="wz-heading" tabIndex={-1} ref={heading}>对公打款还是微信认证？</h2>
        <p class="wz-hint">下面是原文写明的两种方式的区别，选定后主体信息不可变更。{cites(['R12', 'R18'])}</p>
        <div class="wz-compare">
          {methods.map((m) => (
            <section class="wz-card" aria-labelledby={`wz-m-${m.value}`}>
              <h3 id={`wz-m-${m.value}`}>{m.label}</h3>
              <dl>
                {rows.map((r) => <div><dt>{r.aspect}</dt><dd>{cell(r[m.value as 'remittance' | 'certification'])}</dd></div>)}
              </dl>
            </section>
          ))}
        </div>
        {state.answers.payment !== 'no' && <p class="wz-hint">{state.answers.payment ? recommendCertification : '如果你需要微信支付：指南写的是已认证的小程序可申请，所以两种方式最终都要完成微信认证。'}{cites(state.answers.payment ? recommendCertificationRules : ['R40', 'R43'])}</p>}
        <h3 class="wz-choose">选择验证方式</h3>
        {options(qq)}
        {decisionNotes(['D4', ...qq.decisions])}
      </>
    );
  }

  function steps(o: Outcome) {
    return (
      <ol class="wz-steps">
        {o.steps.map((s) => (
          <li>
            {s.condition && <span class="wz-condition">（选择{s.condition}时）</span>}{s.text}{cites(s.rules)}
            {s.deadline && <strong class="wz-deadline">{s.deadline.text}{cites([], s.deadline.decisions)}</strong>}
          </li>
        ))}
      </ol>
    );
  }

  function result(o: Outcome) {
    const section = (id: string) => o.sections.find((s) => s.id === id)!;
    return (
      <>
        <div class={`wz-verdict ${o.canRegister ? 'wz-yes' : 'wz-no'}`}>
          <h2 id="wz-heading" class="wz-heading" tabIndex={-1} ref={heading}>{o.headline}</h2>
          <dl class="wz-summary">
            {outcomeSummary(o, state.answers, data).map((r) => (
              <div>
                <dt>{r.label}</dt>
                <dd>{r.text}{r.id === 'changes' ? <> <a class="wz-more" href="#wz-changes">来源见下方</a></> : cites(r.rules, r.decisions)}</dd>
              </div>
            ))}
          </dl>
          <p>按 {data.source.asOfDate} 版指南得出的结论；此后平台规则已有变化，办理前请以微信官方文档为准。</p>
        </div>
        <ShareActions text={() => outcomeText(o, state.answers, data, location.href)} url={() => location.href} />
        <h3>{o.canRegister ? '依据' : `需要满足的条件（${o.failed.length} 项不符合）`}</h3>
        <ul class="wz-lines">
          {o.reasons.map((r) => (
            <li class={`wz-line wz-${r.tone}`}>
              <span class="wz-icon" aria-hidden="true">{toneIcon[r.tone]}</span>
              <span>
                <span class="visually-hidden">{toneText[r.tone]}：</span>{r.text}{cites(r.rules, r.decisions)}
                {r.remedy && remedy(r.remedy)}
              </span>
            </li>
          ))}
        </ul>
        {o.otherSubject && <p class="wz-remedy">{remedy(o.otherSubject)}</p>}
        {!o.canRegister && (
          <section class="wz-pending" aria-labelledby="wz-pending-heading">
            <h3 id="wz-pending-heading">满足以上条件后</h3>
            <p class="wz-hint">以下是满足条件后的注册步骤，供你提前了解。</p>
            {steps(o)}
          </section>
        )}
        {o.canRegister && (
          <>
            {(['verification', 'payment', 'open-platform'] as const).map((id) => sectionBlock(section(id)))}
            <h3>{section('members').title}</h3>
            <div class="table-wrap">
              <table>
                <caption>成员名额上限</caption>
                <thead><tr><th scope="col">帐号状态</th><th scope="col">开发者</th><th scope="col">体验者</th><th scope="col">依据</th></tr></thead>
                <tbody>
                  {o.members.map((m) => (
                    <tr><th scope="row">{m.label}</th><td class="num">{m.developers}</td><td class="num">{m.testers}</td><td>{cites([m.rule])}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
            {lines(section('members').lines)}
            {sectionBlock(section('categories'))}
            <p class="wz-links">
              {o.categories?.kind === 'personal'
                ? <a href={link(o.categories.href)}>查看面向个人开放的服务类目</a>
                : o.categories && <a href={link(o.categories.href)}>查看非个人主体类目表及所需资质</a>}
              <a class="external" href={data.source.qualificationMaterials} rel="noopener" target="_blank">所需资质材料<span class="visually-hidden">（外部链接，在新窗口打开）</span></a>
            </p>
            <h3>接下来怎么做</h3>
            {steps(o)}
            <p class="wz-next">
              {o.checklistPath
                ? <a class="button" href={link(o.checklistPath)}>打开为你预填的注册清单</a>
                : <a class="button" href={link('/guide/registration/')}>阅读完整注册流程</a>}
            </p>
          </>
        )}
        <h3 id="wz-changes">2018 年后的已知变化</h3>
        <p class="wz-hint">与你有关的部分，各附来源和可信度；<a href={link('/history/')}>全部规则变迁</a>。</p>
        {supersededNotes(o.knownChanges)}
        <h3>说明</h3>
        {decisionNotes(o.decisions)}
      </>
    );
  }

  const asked = answeredQuestions(state.answers, data);
  return (
    <div class="wizard">
      {dropped.length > 0 && (
        <div class="wz-notice" role="status">
          <p><strong>地址中有 {dropped.length} 处内容已忽略：</strong></p>
          <ul>
            {dropped.slice(0, shownIgnored).map((d) => <li>“<code>{shorten(d.token)}</code>”：{d.why}</li>)}
            {dropped.length > shownIgnored && <li>以及另外 {dropped.length - shownIgnored} 处</li>}
          </ul>
          <p>下面从仍然有效的回答继续。</p>
        </div>
      )}
      <section class="wz-step" aria-labelledby="wz-heading">{body}</section>
      {asked.length > 0 && (
        <section class="wz-answers" aria-labelledby="wz-answers-heading">
          <h2 id="wz-answers-heading">你的回答</h2>
          <dl>
            {asked.map((id) => {
              const name = question(id, answersBefore(id, state.answers, data), data).name;
              return (
                <div>
                  <dt>{name}</dt>
                  <dd>
                    <span>{answerLabel(id, state.answers, data)}</span>
                    {to({ answers: answersBefore(id, state.answers, data), help: false }, <>更改<span class="visually-hidden">“{name}”</span></>)}
                  </dd>
                </div>
              );
            })}
          </dl>
          <p>{to({ answers: {}, help: false }, '全部重新开始')}</p>
        </section>
      )}
      <p class="visually-hidden" role="status">{announcement}</p>
    </div>
  );
}
