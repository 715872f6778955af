// The chunk plan: deliberate chunks for browser code many pages share, so that importing a shared
// module does not leave a page with several small files, each paying gzip's overhead against its
// budget (tests/dist/budget.test.ts sums gzip per file, as a browser fetches them). Every group is
// measured with `npm run bench` before it stays: a group brings all of its code to every page that
// needs any of it (a broad "tool library" group once took the wizard to 25 KB), and Rolldown adds a
// group's dependencies to it unless a higher-priority group has claimed them.
// tests/dist/chunks.test.ts fails when a shared chunk under 1 KB appears outside these groups.

export interface ChunkGroup { name: string; test: RegExp; priority: number }

export const chunkGroups: ChunkGroup[] = [
  // What loads code on first use, which every page has (the search button): Vite's dynamic-import
  // helper (lean-preload.ts) and the site's loader (src/client/load-once.ts). Kept apart from Preact,
  // which would otherwise come with it to pages without islands. With them the site's parameter names
  // (site-params.ts), which every page reads for a shared search: left alone, the wizard's group
  // below took them, and the search with them.
  { name: 'loader', test: /preload-helper|src[\\/]client[\\/]load-once\.ts|src[\\/]lib[\\/]site-params\.ts/, priority: 20 },
  // The search engine's pieces that the site search and the category browser both use: the exact
  // scan and its match types, highlighting and pinyin (with the text normalising they share). Apart,
  // each was a chunk under 1 KB; together they cost the qualification tables, which need only the
  // normalising and pinyin, 1.3 KB of their 14 KB headroom (measured 2026-12-04).
  { name: 'search-engine', test: /src[\\/]lib[\\/]search[\\/](scan|match|highlight|pinyin-fields)\.ts/, priority: 15 },
  // What 资格自查's question pages (the island) and outcome pages (a static document's script) share:
  // reading answers from an address and the notice of what was ignored (2026-12-05).
  { name: 'wizard-address', test: /src[\\/](lib[\\/]eligibility[\\/]answer-tokens|client[\\/]wizard-notice)\.ts/, priority: 12 },
  // Preact, its hooks and JSX runtime with Astro's renderer: every island page needs all four.
  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 10 },
];
