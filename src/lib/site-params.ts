// Every query parameter this site reads, in one place. Links shared in WeChat come back with
// parameters the site does not own (`from=singlemessage&isappinstalled=0`, `nsukey=…`, `utm_*`); a
// page ignores those silently, so the site's own names must never be one of them
// (tests/unit/site-params.test.ts checks this list against `trackerParams`).

/** A shared search, on any page (search/share.ts). */
export const searchParam = 'q';

/** The wizard's parameter: answers as path segments, "subject-personal/age-yes". */
export const wizardParam = 'answers';

/**
 * The wizard's parameter before it was renamed: WeChat adds its own `from`, so `from` is read as
 * answers only when it holds wizard segments (an old 404 hand-over), and is ignored otherwise.
 */
export const legacyWizardParam = 'from';

/** The site's own parameters, by the page (or script) that reads them. */
export const siteParams = {
  /** Any page: a shared search opens the search dialog with it (search/share.ts). */
  search: [searchParam],
  /**
   * /tools/categories/: the filter, the chosen category and the table's edition; its subject pages
   * (/tools/categories/enterprise/ …, qualification-filter.ts) read the same `q`, and `only=documents`.
   */
  categories: ['q', 'c', 'edition', 'only'],
  /** /tools/checklist/<profile>/: the optional tracks chosen, and a share link's progress (share-progress.ts). */
  checklist: ['tracks', 'progress'],
  /** /tools/quotas/: the calculators' inputs. */
  quotas: ['subject', 'certified', 'developers', 'testers', 'side', 'same', 'different', 'oaMonth', 'accounts', 'mpMonth', 'submitted', 'groups'],
  /** /tools/eligibility/: the answers of an address the 404 page handed over (see 404.astro). */
  eligibility: [wizardParam],
} as const;

/** Parameters WeChat and common trackers append to shared links; never used by this site. */
export const trackerParams = [
  'from', 'isappinstalled', 'nsukey', 'scene', 'clicktime', 'enterid', 'share_token', 'sharer_shareinfo',
  'sharer_shareinfo_first', 'ascene', 'devicetype', 'version', 'lang', 'pass_ticket', 'wx_header', 'key', 'uin',
  'exportkey', 'chksm', 'mpshare', 'srcid', 'sharer_sharetime', 'sharer_shareid', 'from_msgid', 'fbclid', 'gclid', 'spm',
] as const;

/** Tracker parameters are also any `utm_*`. */
export const isTrackerParam = (key: string) => (trackerParams as readonly string[]).includes(key) || key.toLowerCase().startsWith('utm_');
