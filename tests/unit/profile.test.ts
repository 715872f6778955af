import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allProfiles, profileFromSlug, profileSlug } from '../../src/lib/profile.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const rules = loadRuleSet();

test('there are eight profiles: personal, two paths for each enterprise type, certification for the rest', () => {
  assert.deepEqual(allProfiles(rules).map((p) => profileSlug(p, rules)), [
    'personal', 'enterprise-remittance', 'enterprise-certification',
    'individual-business-remittance', 'individual-business-certification', 'government', 'media', 'other',
  ]);
});

const slugs: [slug: string, subject: string | null, path: string | null][] = [
  ['personal', 'personal', null],
  ['enterprise-remittance', 'enterprise', 'remittance'],
  ['individual-business-certification', 'individual-business', 'certification'],
  ['government', 'government', 'certification'],
  ['personal-remittance', null, null],
  ['government-remittance', null, null],
  ['enterprise', null, null],
  ['', null, null],
  ['<script>', null, null],
];
for (const [slug, subject, path] of slugs) {
  test(`profileFromSlug("${slug}")`, () => {
    const profile = profileFromSlug(slug, rules);
    assert.deepEqual(profile, subject === null ? null : { subject, path });
  });
}
