// An account profile: the subject type and the verification path it takes. The wizard's outcome,
// the checklist and the calculators all speak in profiles; each has a stable slug for static pages.
// Profiles are the guide edition's: the site's addresses are built from them.
import { canOf } from './capabilities.ts';
import type { MethodId, RuleSet, Subject } from './rules/types.ts';

export interface Profile { subject: string; path: MethodId | null }

type ProfileRules = Pick<RuleSet, 'subjects' | 'can'>;
const methodsOf = (s: Subject, rules: ProfileRules) => canOf(s, rules.can).verification.methods;

/** Every valid profile: one per subject and verification method open to its group (personal: none). */
export function allProfiles(rules: ProfileRules): Profile[] {
  return rules.subjects.flatMap((s): Profile[] => {
    const methods = methodsOf(s, rules);
    return methods.length === 0 ? [{ subject: s.id, path: null }] : methods.map((m) => ({ subject: s.id, path: m }));
  });
}

/** "enterprise-remittance"; a subject with a single path (or none) is just its id: "government", "personal". */
export function profileSlug(profile: Profile, rules: ProfileRules): string {
  const subject = rules.subjects.find((s) => s.id === profile.subject);
  const methods = subject ? methodsOf(subject, rules) : [];
  return methods.length > 1 && profile.path ? `${profile.subject}-${profile.path}` : profile.subject;
}

export function profileFromSlug(slug: string, rules: ProfileRules): Profile | null {
  return allProfiles(rules).find((p) => profileSlug(p, rules) === slug) ?? null;
}
