// The wizard's whole address -> a state, and what was ignored in it, said in Chinese. Answers come
// from the path, or from `?answers=` after the 404 page hands an unknown wizard path over (older
// links say `?from=`, which WeChat also adds to every shared link: it counts only when it holds
// wizard segments). Other parameters belong to WeChat, trackers or other scripts: ignored silently.
import { classifyParams } from '../query-params.ts';
import { legacyWizardParam, wizardParam } from '../site-params.ts';
import { holdsAnswers, splitTokens } from './answer-tokens.ts';
import type { QuestionData } from './data.ts';
import type { WizardState } from './questions.ts';
import { parseTokens, pathTokens, type DropReason } from './state-path.ts';

export interface Ignored { token: string; why: string }
export interface AddressReading {
  state: WizardState;
  /** What the reader is told was ignored, in address order. */
  ignored: Ignored[];
  /** Whether the address differs from the state's own page (so it is rewritten). */
  dirty: boolean;
}

const dropText: Record<DropReason, string> = {
  unknown: '无法识别',
  conflict: '与同一问题的另一个回答矛盾',
  'not-applicable': '不适用于前面的回答',
};

/** A whole path under the wizard is a long but legitimate value: the 404 page hands it over whole. */
const maxAnswersLength = 4096;


export function readAddress(pathname: string, search: string, base: string, data: QuestionData): AddressReading {
  const params = classifyParams(search, [wizardParam], maxAnswersLength);
  const answers = params.own.get(wizardParam);
  const used = [...(answers === undefined ? [] : [answers]), ...new URLSearchParams(search).getAll(legacyWizardParam).filter(holdsAnswers)];
  const parsed = parseTokens([...pathTokens(pathname, base) ?? [], ...used.flatMap(splitTokens)], data);
  const refused = params.refused.map((r) => ({ token: `${r.key}=${r.value}`, why: r.reason }));
  const ignored = [...parsed.dropped.map((d) => ({ token: d.token, why: dropText[d.reason] })), ...refused];
  return { state: parsed.state, ignored, dirty: used.length > 0 || ignored.length > 0 };
}
