// The official editions of the personal category table (content/categories/personal-editions.yaml):
// counting, diffing two editions, merging them into one tree for the browser, and the browser's
// ?edition= parameter and sentences. Pure and browser-safe: no DOM, no file system, no zod.
import type { TreeCounts } from './categories.ts';

/** A category as the editions hold it (CategoryNode from the rule data fits too). */
export interface EditionNode { name: string; children: readonly EditionNode[] }

/** What the browser needs to know about an edition (no tree). */
export interface EditionRef { id: string; date: string }

export const pathSeparator = '>';
const shown = (path: readonly string[]) => path.join(' › ');

export function countTree(tree: readonly EditionNode[]): TreeCounts {
  const level2 = tree.flatMap((n) => n.children);
  return { level1: tree.length, level2: level2.length, level3: level2.flatMap((n) => n.children).length };
}

export const countsText = (c: TreeCounts) => `共 ${c.level1} 个一级类目、${c.level2} 个二级类目、${c.level3} 个三级类目。`;

// ── diff ────────────────────────────────────────────────────────────────────────────────────────

export interface DiffEntry { path: string[]; level: number }
export interface Rename { from: string[]; to: string[] }
export interface EditionDiff {
  /** Every category of `to` not in `from`, at every level, in `to`'s order (a new parent and its children). */
  added: DiffEntry[];
  /** Every category of `from` not in `to`, at every level, in `from`'s order. */
  removed: DiffEntry[];
  /** A category whose name changed in place: same parent, a shared "/"-part of the name, one candidate each way. */
  renamed: Rename[];
  from: TreeCounts;
  to: TreeCounts;
}

const parts = (name: string) => new Set(name.split(/[/／、]/).map((s) => s.trim()).filter(Boolean));
const sharePart = (a: string, b: string) => { const pa = parts(a); return [...parts(b)].some((p) => pa.has(p)); };

function entries(node: EditionNode, path: string[]): DiffEntry[] {
  const own = [...path, node.name];
  return [{ path: own, level: own.length }, ...node.children.flatMap((c) => entries(c, own))];
}

function diffLevel(from: readonly EditionNode[], to: readonly EditionNode[], fromPath: string[], toPath: string[], out: EditionDiff) {
  const toNames = new Set(to.map((n) => n.name));
  const fromNames = new Set(from.map((n) => n.name));
  const gone = from.filter((n) => !toNames.has(n.name));
  const fresh = to.filter((n) => !fromNames.has(n.name));
  // A rename is only taken when it is unambiguous both ways.
  const renames = new Map<EditionNode, EditionNode>();
  for (const g of gone) {
    const candidates = fresh.filter((f) => sharePart(g.name, f.name));
    if (candidates.length !== 1) continue;
    const f = candidates[0]!;
    if (gone.filter((h) => sharePart(h.name, f.name)).length === 1) renames.set(g, f);
  }
  const renamedTo = new Set(renames.values());
  for (const n of from) {
    const match = to.find((m) => m.name === n.name);
    if (match) diffLevel(n.children, match.children, [...fromPath, n.name], [...toPath, n.name], out);
    else if (renames.has(n)) {
      const m = renames.get(n)!;
      out.renamed.push({ from: [...fromPath, n.name], to: [...toPath, m.name] });
      diffLevel(n.children, m.children, [...fromPath, n.name], [...toPath, m.name], out);
    } else out.removed.push(...entries(n, fromPath));
  }
  for (const m of to) if (!fromNames.has(m.name) && !renamedTo.has(m)) out.added.push(...entries(m, toPath));
}

/** What changed from one edition to another. Order changes are not differences. */
export function diffTrees(from: readonly EditionNode[], to: readonly EditionNode[]): EditionDiff {
  const out: EditionDiff = { added: [], removed: [], renamed: [], from: countTree(from), to: countTree(to) };
  diffLevel(from, to, [], [], out);
  const order = (tree: readonly EditionNode[]) => new Map(tree.flatMap((n) => entries(n, [])).map((e, i) => [e.path.join(pathSeparator), i]));
  const toOrder = order(to);
  out.added.sort((a, b) => toOrder.get(a.path.join(pathSeparator))! - toOrder.get(b.path.join(pathSeparator))!);
  return out;
}

/** Entries with no ancestor among them, each with its descendants' names (for "法律服务（含法律咨询、在线法律服务）"). */
export function topmost(list: readonly DiffEntry[]): { path: string[]; within: string[] }[] {
  const ids = new Set(list.map((e) => e.path.join(pathSeparator)));
  const hasAncestor = (e: DiffEntry) => e.path.slice(0, -1).some((_, i) => ids.has(e.path.slice(0, i + 1).join(pathSeparator)));
  return list.filter((e) => !hasAncestor(e)).map((e) => ({
    path: e.path,
    within: list
      .filter((d) => d.path.length > e.path.length && d.path.slice(0, e.path.length).join(pathSeparator) === e.path.join(pathSeparator))
      .map((d) => d.path.at(-1)!),
  }));
}

/** Top-most entries grouped by their parent, for one line per parent: "生活服务 › 票务、生活缴费、外送". */
export function groupByParent(list: readonly DiffEntry[]): { parent: string[]; items: { name: string; within: string[] }[] }[] {
  const groups: { parent: string[]; items: { name: string; within: string[] }[] }[] = [];
  for (const t of topmost(list)) {
    const parent = t.path.slice(0, -1);
    let g = groups.find((x) => x.parent.join(pathSeparator) === parent.join(pathSeparator));
    if (!g) { g = { parent, items: [] }; groups.push(g); }
    g.items.push({ name: t.path.at(-1)!, within: t.within });
  }
  return groups;
}

/** "与 2018-04 版指南相比：新增 13 项，删除 8 项" (every level counts; renames are named apart). */
export function diffSummary(diff: EditionDiff, guideId: string): string {
  if (!diff.added.length && !diff.removed.length && !diff.renamed.length) return `与 ${guideId} 版指南相比：类目相同。`;
  return `与 ${guideId} 版指南相比：新增 ${diff.added.length} 项，删除 ${diff.removed.length} 项` +
    (diff.renamed.length ? `，改名 ${diff.renamed.length} 项` : '') + '。';
}

export const renameText = (r: Rename) => `${shown(r.from)} → ${r.to.at(-1)}`;

// ── one tree for every edition ──────────────────────────────────────────────────────────────────

export interface UnionNode {
  name: string;
  path: string[];
  id: string;
  /** Per edition (in the order given): the position among its siblings, or null when absent. */
  positions: (number | null)[];
  children: UnionNode[];
}

/**
 * Every category of every edition in one tree, so the browser switches edition by showing, hiding
 * and reordering what the server rendered. Siblings follow the first edition given (the guide's),
 * and a category the first lacks follows its preceding sibling in the edition that has it.
 */
export function unionTree(trees: readonly (readonly EditionNode[])[], lead = 0, parent: string[] = []): UnionNode[] {
  const order = [lead, ...trees.map((_, i) => i).filter((i) => i !== lead)];
  const names: string[] = [];
  for (const e of order) {
    const list = trees[e]!;
    list.forEach((n, i) => {
      if (names.includes(n.name)) return;
      const before = list.slice(0, i).map((m) => m.name).filter((m) => names.includes(m)).at(-1);
      names.splice(before === undefined ? 0 : names.indexOf(before) + 1, 0, n.name);
    });
  }
  return names.map((name) => {
    const path = [...parent, name];
    const nodes = trees.map((list) => list.find((n) => n.name === name));
    return {
      name, path, id: path.join(pathSeparator),
      positions: trees.map((list) => { const i = list.findIndex((n) => n.name === name); return i < 0 ? null : i; }),
      children: unionTree(nodes.map((n) => n?.children ?? []), lead, path),
    };
  });
}

export const flattenUnion = (nodes: readonly UnionNode[]): UnionNode[] => nodes.flatMap((n) => [n, ...flattenUnion(n.children)]);

// ── in which editions each category was open ────────────────────────────────────────────────────

/** The name a category took in the next edition (图片/音频/视频 → 图片), or had in the one before, when the diff calls it a rename. */
export interface Renamed { to: string | null; from: string | null }

const runsOf = (present: readonly boolean[]) => present.reduce<[number, number][]>((runs, p, i) => {
  const last = runs.at(-1);
  if (p && last && last[1] === i - 1) last[1] = i;
  else if (p) runs.push([i, i]);
  return runs;
}, []);

/**
 * Where a category was open to individuals, from its presence in each edition (oldest first; the last
 * is the newest): "2017-06 版起各版均开放", "2018-07 版起开放", "2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放",
 * "仅 2018-07 版中开放；2018-09 版起不再对个人开放". Built at build time into every row, never shipped as code.
 */
export function historyText(present: readonly boolean[], ids: readonly string[], guideId: string, renamed: Renamed = { to: null, from: null }): string {
  const name = (i: number) => editionName(ids[i]!, guideId);
  const runs = runsOf(present);
  if (runs.length === 0) return '不在任何一版中';
  const newest = ids.length - 1;
  const [start, end] = runs.at(-1)!;
  const span = ([a, b]: [number, number]) => (a === b ? name(a) : `${ids[a]} 至 ${name(b)}`);
  const before = runs.slice(0, -1).map(span);
  if (end === newest) {
    if (start === 0) return `${name(0)}起各版均开放`;
    const from = renamed.from ? `（此前名为“${renamed.from}”）` : '';
    return `${[...before, `${name(start)}起`].join('、')}开放${from}`;
  }
  const spans = [...before, span([start, end])];
  const only = spans.length === 1 && start === end ? '仅 ' : '';
  const after = renamed.to ? `改名为“${renamed.to}”` : '不再对个人开放';
  return `${only}${spans.join('、')}中开放；${name(end + 1)}起${after}`;
}

/** The part of a history line that says it ended ("2018-07 版起不再对个人开放", "2018-09 版起改名为“图片”"), or null. */
export const closedPart = (history: string): string | null => history.split('；')[1] ?? null;

/**
 * Every category of every edition (by id, "生活服务>外送") with the line historyText writes for it; a
 * rename between consecutive editions (diffTrees) is told as one, on both names.
 */
export function editionHistories(trees: readonly (readonly EditionNode[])[], ids: readonly string[], guideId: string): Map<string, string> {
  const renamed = new Map<string, Renamed>();
  const at = (id: string) => renamed.get(id) ?? renamed.set(id, { to: null, from: null }).get(id)!;
  for (let k = 1; k < trees.length; k++) {
    for (const r of diffTrees(trees[k - 1]!, trees[k]!).renamed) {
      at(r.from.join(pathSeparator)).to = r.to.at(-1)!;
      at(r.to.join(pathSeparator)).from = r.from.at(-1)!;
    }
  }
  const out = new Map<string, string>();
  for (const n of flattenUnion(unionTree(trees))) out.set(n.id, historyText(n.positions.map((p) => p !== null), ids, guideId, renamed.get(n.id)));
  return out;
}

/**
 * The edition a category deep link opens when it names no edition: the default (newest) one when it
 * holds the category; else the guide's, which is what such links meant before the default moved; else
 * the newest edition that holds it. Null when none does. `pos` is the category's position per edition.
 */
export function editionHolding(pos: readonly (number | null)[], ids: readonly string[], defaultId: string, guideId: string): string | null {
  const has = (id: string) => pos[ids.indexOf(id)] != null;
  if (has(defaultId)) return defaultId;
  if (has(guideId)) return guideId;
  return [...ids].reverse().find(has) ?? null;
}

// ── the address and the sentences the browser shows ─────────────────────────────────────────────

export interface EditionParam { edition: string; notice: string | null }

/** Reads ?edition= (an id such as 2018-07, or the edition's date); anything else gets a notice and the default (newest) edition. */
export function parseEditionParam(search: string, editions: readonly EditionRef[], defaultId: string, guideId: string): EditionParam {
  const raw = new URLSearchParams(search).get('edition');
  if (raw === null) return { edition: defaultId, notice: null };
  const value = raw.normalize('NFKC').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const found = editions.find((e) => e.id === value || e.date === value);
  if (found) return { edition: found.id, notice: null };
  const text = value.length > 20 ? `${value.slice(0, 20)}…` : value;
  return {
    edition: defaultId,
    notice: (value === '' ? '链接中的类目表版本是空的' : `链接中的类目表版本“${text}”不存在`) +
      `，已显示 ${editionName(defaultId, guideId)}的类目表；其他版本可在“类目表版本”中选择。`,
  };
}

/** The label of an edition in a sentence: "2018-04 版指南" for the guide's, else "2018-07 版". */
export const editionName = (id: string, guideId: string) => (id === guideId ? `${id} 版指南` : `${id} 版`);
