// The 资格自查 island's state: the question shown, and the answers dropped by "更改" (remembered, to mark
// them when asked again). Questions run in place: each answer is a pushState, back/forward walk the
// questions, focus moves to the step's heading. An outcome is a static page of its own: a link to it
// is followed, and an address that reads as one is replaced by it, its notice handed along.
import { useEffect, useRef, useState } from 'preact/hooks';
import { showIgnored, stashIgnored } from '../../client/wizard-notice.ts';
import type { QuestionData } from '../../lib/eligibility/data.ts';
import { readAddress, type Ignored } from '../../lib/eligibility/address.ts';
import type { Answers, WizardState } from '../../lib/eligibility/questions.ts';
import { readRemembered, statePath } from '../../lib/eligibility/state-path.ts';
import { withBase } from '../../lib/paths.ts';
import { questionStep, questionTitle, type QuestionStep } from '../../lib/wizard-page.ts';

type How = 'push' | 'replace' | 'none';

/** The page outside the island follows the step: the intro (start page only), the canonical link, the title. */
function updatePage(step: QuestionStep, isStart: boolean, url: string, toolTitle: string) {
  document.querySelector('.wz-intro')?.toggleAttribute('hidden', !isStart);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (canonical) canonical.href = new URL(url, canonical.href).href;
  const site = document.title.split(' · ').pop();
  document.title = isStart ? `${toolTitle} · ${site}` : `${questionTitle(step)} · ${toolTitle} · ${site}`;
}

export function useWizard(data: QuestionData, base: string, initial: WizardState, toolTitle: string) {
  const [state, setState] = useState<WizardState>(initial);
  // With JavaScript, answers dropped by "更改" are remembered and marked when asked again.
  const [remembered, setRemembered] = useState<Answers>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  const current = useRef(initial); // the shown state, for handlers registered once (popstate)

  const href = (s: WizardState) => withBase(base, statePath(s, data));

  /** Shows a question in place; an outcome's page is loaded instead, with the notice handed along. */
  const show = (next: WizardState, how: How, notice: Ignored[] = [], focus = true) => {
    const step = questionStep(next, data);
    if (!step) {
      stashIgnored(notice);
      location.replace(href(next));
      return;
    }
    if (how === 'push') history.pushState(null, '', href(next));
    if (how === 'replace') history.replaceState(null, '', href(next));
    const before = current.current.answers;
    setRemembered((r) => ({ ...r, ...before }));
    current.current = next;
    setState(next);
    showIgnored(notice);
    moveFocus.current = focus;
    updatePage(step, next.answers.subject === undefined, href(next), toolTitle);
  };

  /** Reads the address (the path, or ?answers= after a hand-over), ignoring whatever does not fit. */
  const readLocation = () => readAddress(location.pathname, location.search, base, data);

  useEffect(() => {
    const first = readLocation();
    // Back from an outcome's 更改: mark the answers it left, and carry on from the heading.
    const was = readRemembered(location.hash, data);
    if (Object.keys(was).length > 0) {
      history.replaceState(null, '', href(first.state));
      setRemembered(was);
      heading.current?.focus();
    }
    if (first.dirty) show(first.state, 'replace', first.ignored, false);
    const onPop = () => {
      const now = readLocation();
      // A link within the page (#wz-D4) is not a step: leave focus and scroll alone.
      if (!now.dirty && href(now.state) === href(current.current)) return;
      show(now.state, now.dirty ? 'replace' : 'none', now.ignored);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (moveFocus.current) { moveFocus.current = false; heading.current?.focus(); }
  }, [state]);

  /**
   * A link's click: a question is shown in place (pushState); an outcome's page, or a link opened
   * elsewhere (a modifier, another button), is left to the browser.
   */
  const go = (next: WizardState) => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || !questionStep(next, data)) return;
    e.preventDefault();
    show(next, 'push');
  };

  return { state, remembered, heading, href, go };
}
