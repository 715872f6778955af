// Shapes shared by the search index (built at build time) and the browser code that reads it.

/** qualification: a category of an official qualification table, per subject, with its documents. */
export type SearchKind = 'section' | 'rule' | 'history' | 'category' | 'tool' | 'qualification';

export const kindOrder: SearchKind[] = ['section', 'rule', 'history', 'category', 'tool', 'qualification'];

/** What a result shows. */
export interface SearchDoc {
  /** kind */
  k: SearchKind;
  /** title as shown */
  t: string;
  /** site-relative address, without the deploy base */
  h: string;
  /** context: chapter title, category path or rule id */
  c: string;
  /** pinyin of each character of the title, space separated ("" for none), for highlighting */
  s: string;
  /** keywords searched but not shown: a rule's id and heading ("R30 绑定开发者") */
  w?: string;
  /** a qualification's documents line, shown and searched ("需《网络预约出租汽车经营许可证》") */
  q?: string;
  /** a qualification's edition (an id of SearchIndex.qualifications.editions) */
  e?: string;
}

/** A record's searched values by key, as record-values.ts derives them (normalised text; pinyin and initials computed at build time). */
export interface SearchRecord {
  /** title, normalised */
  t: string;
  /** keywords: ids such as R30, context */
  k: string;
  /** the title's full pinyin and initials ("kuaidiwuliu", "kdwl"), for titles short enough to type */
  y: string[];
  /** full pinyin of the domain terms the record contains, without spaces */
  p: string[];
  /** initials of the same */
  i: string[];
  /** body text, normalised */
  b: string;
}

export const searchKeys = [
  { name: 't', weight: 4 },
  { name: 'y', weight: 3 },
  { name: 'k', weight: 1 },
  { name: 'p', weight: 2 },
  { name: 'i', weight: 1.5 },
  { name: 'b', weight: 1 },
] as const;

/**
 * The site search index (/search-index.json): what results show, and what the browser derives its
 * search fields from (rank.ts): normalised bodies, the segmentation vocabulary, the pinyin of domain
 * words and the synonyms. Built by build-index.ts.
 */
export interface SearchIndex {
  version: 2;
  docs: SearchDoc[];
  /** answer cards: by doc position, the number a rule answers (answer.ts) */
  answers: Record<string, import('./answer.ts').RuleAnswer>;
  /** each doc's body text, normalised ("" for none) */
  bodies: string[];
  /** the vocabulary for query segmentation, space separated */
  words: string;
  /** domain words and their syllables ("体验者", "ti yan zhe"), for pinyin and initials */
  pinyin: [word: string, syllables: string][];
  /** a reader's word and the guide's words it also searches (打钱 → 汇款, 打款), packed (synonym-pack.ts) */
  synonyms: string;
  /** the qualification tables, as compact rows the browser makes results of (qualification-entries.ts) */
  qualifications?: import('./qualification-entries.ts').QualificationIndex;
  /** questions the guide and its history do not cover (content/search/answers.yaml): their triggers, for the 指南未涉及 card */
  uncovered?: import('./answer.ts').UncoveredTriggers[];
}
