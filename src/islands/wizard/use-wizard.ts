// The 资格自查 island's state: the shown answers, what the address had that was ignored, the answers
// dropped by "更改" (remembered, to mark them when asked again), and the page around them. Each answer
// is a pushState, back/forward walk the questions, and focus moves to the step's heading.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EligibilityData } from '../../lib/eligibility/data.ts';
import { readAddress, type Ignored } from '../../lib/eligibility/address.ts';
import { stateTitle } from '../../lib/eligibility/outcome.ts';
import { nextQuestion, type Answers, type WizardState } from '../../lib/eligibility/questions.ts';
import { statePath, wizardRoot } from '../../lib/eligibility/state-path.ts';
import { withBase } from '../../lib/paths.ts';

type How = 'push' | 'replace' | 'none';

/** The page outside the island follows the state: the intro, the canonical link, the title. Returns the announcement. */
function updatePage(next: WizardState, data: EligibilityData, url: string, toolTitle: string): string {
  const title = stateTitle(next, data);
  const isStart = statePath(next, data) === wizardRoot;
  // The page's intro (start page only) is not repeated on the steps.
  document.querySelector('.wz-intro')?.toggleAttribute('hidden', !isStart);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (canonical) canonical.href = new URL(url, canonical.href).href;
  const site = document.title.split(' · ').pop();
  document.title = isStart ? `${toolTitle} · ${site}` : `${title} · ${toolTitle} · ${site}`;
  return nextQuestion(next.answers, data) === null ? `结果：${title}` : '';
}

export function useWizard(data: EligibilityData, base: string, initial: WizardState, toolTitle: string) {
  const [state, setState] = useState<WizardState>(initial);
  const [dropped, setDropped] = useState<Ignored[]>([]);
  // With JavaScript, answers dropped by "更改" are remembered and marked when asked again.
  const [remembered, setRemembered] = useState<Answers>({});
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  const current = useRef(initial); // the shown state, for handlers registered once (popstate)

  const href = (s: WizardState) => withBase(base, statePath(s, data));

  const show = (next: WizardState, how: How, notice: Ignored[] = [], focus = true) => {
    if (how === 'push') history.pushState(null, '', href(next));
    if (how === 'replace') history.replaceState(null, '', href(next));
    const before = current.current.answers;
    setRemembered((r) => ({ ...r, ...before }));
    current.current = next;
    setState(next);
    setDropped(notice);
    moveFocus.current = focus;
    setAnnouncement(updatePage(next, data, href(next), toolTitle));
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

  /** A link's click: shown in place (pushState), unless the reader opens it elsewhere (a modifier, another button). */
  const go = (next: WizardState) => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    show(next, 'push');
  };

  return { state, dropped, remembered, announcement, heading, href, go };
}
