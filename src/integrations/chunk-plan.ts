// The chunk plan: deliberate chunks for browser code many pages share, so that importing a shared
// module does not leave a page with several small files, each paying gzip's overhead against its
// budget (tests/dist/budget.test.ts sums gzip per file, as a browser fetches them). Every group is
// measured with `npm run bench` before it stays: a group brings all of its code to every page that
// needs any of it (a broad "tool library" group once took the wizard to 25 KB), and Rolldown adds a
// group's dependencies to it unless a higher-priority group has claimed them.
// tests/dist/chunks.test.ts fails when a shared chunk under 1 KB appears outside these groups.

export interface ChunkGroup { name: string; test: RegExp; priority: number }

/** The modules of the search engine's group (src/lib/search/). */
const searchEngine = [
  'engine', 'understand', 'intent', 'segment', 'homophone', 'variants', 'scan', 'match', 'score', 'results', 'record-values',
  'qualification-docs', 'highlight', 'pinyin-fields',
];

export const chunkGroups: ChunkGroup[] = [
  // What loads code on first use, which every page has (the search button): Vite's dynamic-import
  // helper (lean-preload.ts) and the site's loader (src/client/load-once.ts). Kept apart from Preact,
  // which would otherwise come with it to pages without islands. With them the site's parameter names
  // (site-params.ts), which every page reads for a shared search: left alone, the wizard's group
  // below took them, and the search with them.
  { name: 'loader', test: /preload-helper|src[\\/]client[\\/]load-once\.ts|src[\\/]lib[\\/]site-params\.ts/, priority: 20 },
  // The one search matcher that the site search and the category browser share (engine.ts): query
  // understanding, the exact scan and its match types, scoring and ordering, highlighting and pinyin
  // (with the text normalising they share). Fuse.js is not in it: fuse-match.ts, loaded with import()
  // only for a query with a typo, is a chunk of its own. Apart from the search dialog, the engine cost
  // opening search a file and 445 B more (2026-12-05); together, the qualification tables, which need
  // only the normalising and pinyin, load it too: 9.9 KB of their 21 KB (4.9 KB with those two in a
  // group of their own, which cost opening search 288 B).
  { name: 'search-engine', test: new RegExp(`src[\\\\/]lib[\\\\/]search[\\\\/](${searchEngine.join('|')})\\.ts`), priority: 15 },
  // What 资格自查's question pages (the island) and outcome pages (a static document's script) share:
  // reading answers from an address and the notice of what was ignored (2026-12-05).
  { name: 'wizard-address', test: /src[\\/](lib[\\/]eligibility[\\/]answer-tokens|client[\\/]wizard-notice)\.ts/, priority: 12 },
  // Preact, its hooks and JSX runtime with Astro's renderer: every island page needs all four.
  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 10 },
];
