// The wizard's answers as address segments ("subject-personal/age-yes"), for the scripts that only
// move an address along: the 404 page and an outcome's page hand what they cannot read to the start
// page, whose island reads it with the wizard's rules (address.ts). Small on purpose: an outcome's
// page loads it without the questions' wording.
import { legacyWizardParam, wizardParam } from '../site-params.ts';

export const wizardRoot = '/tools/eligibility/';
export const questionIds = ['subject', 'age', 'identity', 'realname', 'email', 'path', 'payment', 'unionid'] as const;
export type QuestionId = (typeof questionIds)[number];

/** "subject-personal/age-yes/" -> segments, percent-decoded where possible. */
export function splitTokens(rest: string): string[] {
  return rest.split('/').filter(Boolean).map((t) => {
    try { return decodeURIComponent(t); } catch { return t; }
  });
}

/** Whether a value holds wizard segments ("subject-personal/age-yes"), unlike WeChat's "singlemessage". */
export const holdsAnswers = (value: string) =>
  splitTokens(value).some((t) => questionIds.includes(/^([a-z]+)-/.exec(t)?.[1] as QuestionId));

/** Answers given in a query: `?answers=`, or an old `?from=` that holds wizard segments (WeChat adds its own `from`). */
export function answersInQuery(search: string): string[] {
  const params = new URLSearchParams(search);
  return [...params.getAll(wizardParam), ...params.getAll(legacyWizardParam).filter(holdsAnswers)];
}

/**
 * The start page's address (`root`, with the deploy base) that reads these segments (a path under the
 * wizard, answers from a query), in order.
 */
export function handOverAddress(root: string, parts: string[]): string {
  return `${root}?${wizardParam}=${encodeURIComponent(parts.filter(Boolean).join('/'))}`;
}
