// Addresses of tools that other branches build. Until a tool exists on this branch its constant is
// null and pages link to the matching guide heading instead, so every link on every branch resolves.
// INTEGRATOR: once the page exists, set the constant to its site-relative path (see COMMON contract).

/** The category browser: '/tools/categories/' (deep links add ?q=…&c=…). */
export const CATEGORY_BROWSER_PATH: string | null = '/tools/categories/';

/** The registration checklist: '/tools/checklist/' (one page per profile slug, ?tracks=… read with JS). */
export const CHECKLIST_PATH: string | null = '/tools/checklist/';

/** Where the guide lists the personal categories (R27-R28). */
export const CATEGORY_GUIDE_PATH = '/guide/preparation/#面向个人开发者开放的服务类目';
